using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;
using Triage.Contracts.V1;
using Triage.Data.Cases;

namespace Triage.Data.Tests;

/// <summary>Run on every provider, by one derived class each.</summary>
public abstract class CaseStoreTests(TestDatabase database) : IAsyncLifetime
{
    private CaseStore store = null!;

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        store = new CaseStore(database);
    }

    public Task DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task A_new_case_is_committed_with_its_result_and_first_event()
    {
        var (report, result, triaged) = NewCase();

        var outcome = await store.AddAsync(report, result, [triaged], null, CancellationToken.None);

        Assert.Equal(StoreOutcomeKind.Stored, outcome.Kind);
        var found = await store.FindAsync(result.CaseId, CancellationToken.None);
        Assert.NotNull(found);
        Assert.Equal(report, CaseReport.Parser.ParseFrom(found.Report));
        Assert.Equal((int)ReferralLevel.UrgentReferral, found.ReferralLevel);
        Assert.Equal([triaged], await store.EventsAfterAsync(found.Id, 0, CancellationToken.None));
        Assert.Empty(await store.EventsAfterAsync(found.Id, 1, CancellationToken.None));
    }

    [Fact]
    public async Task When_two_writers_race_with_the_same_case_the_unique_index_keeps_one_and_the_other_learns_it_is_a_duplicate()
    {
        var (report, result, triaged) = NewCase();
        var (_, rivalResult, rivalTriaged) = NewCase(report);

        await store.AddAsync(report, result, [triaged], null, CancellationToken.None);
        var rival = await store.AddAsync(report, rivalResult, [rivalTriaged], null, CancellationToken.None);

        Assert.Equal(StoreOutcomeKind.Duplicate, rival.Kind);
        Assert.Equal(result.CaseId, rival.Case.Id.ToString());
        await using var db = database.CreateDbContext();
        Assert.Equal(1, await db.Cases.CountAsync());
        Assert.Equal(1, await db.CaseEvents.CountAsync());
    }

    [Fact]
    public async Task A_different_case_under_a_taken_id_is_a_conflict_and_does_not_replace_the_stored_one()
    {
        var (report, result, triaged) = NewCase();
        await store.AddAsync(report, result, [triaged], null, CancellationToken.None);
        var impostor = report.Clone();
        impostor.Complaint = "something else";
        var (_, impostorResult, impostorTriaged) = NewCase(impostor);

        var outcome = await store.AddAsync(impostor, impostorResult, [impostorTriaged], null, CancellationToken.None);

        Assert.Equal(StoreOutcomeKind.Conflict, outcome.Kind);
        var stored = await store.FindByClientCaseIdAsync(report.ClientCaseId, CancellationToken.None);
        Assert.Equal(report, CaseReport.Parser.ParseFrom(stored!.Report));
    }

    [Fact]
    public async Task A_case_of_an_unknown_clinic_cannot_be_stored()
    {
        var (report, result, triaged) = NewCase();
        report.ClinicId = "KZ-NOWHERE";

        await Assert.ThrowsAsync<DbUpdateException>(() => store.AddAsync(report, result, [triaged], null, CancellationToken.None));
    }

    [Fact]
    public void The_fingerprint_ignores_list_order_and_repeats_but_not_content()
    {
        var (report, _, _) = NewCase();
        var reordered = report.Clone();
        reordered.Symptoms.Clear();
        reordered.Symptoms.Add([Symptom.Cough, Symptom.Fever, Symptom.Fever]);
        var changed = report.Clone();
        changed.Vitals.HeartRate = 101;

        Assert.Equal(CaseFingerprint.Of(report), CaseFingerprint.Of(reordered));
        Assert.NotEqual(CaseFingerprint.Of(report), CaseFingerprint.Of(changed));
    }

    private static (CaseReport Report, TriageResult Result, CaseEvent Triaged) NewCase(CaseReport? report = null)
    {
        report ??= new CaseReport
        {
            ClientCaseId = Guid.NewGuid().ToString(),
            ClinicId = TestDatabase.ClinicId,
            RecordedAt = Timestamp.FromDateTime(DateTime.UtcNow),
            Patient = new Patient { AgeYears = 70, Sex = Sex.Male },
            Vitals = new Vitals { HeartRate = 120 },
            Symptoms = { Symptom.Fever, Symptom.Cough },
        };
        var now = DateTime.UtcNow;
        var result = new TriageResult
        {
            CaseId = Guid.CreateVersion7().ToString(),
            ClientCaseId = report.ClientCaseId,
            ReferralLevel = ReferralLevel.UrgentReferral,
            Specialty = Specialty.InternalMedicine,
            AssessedAt = Timestamp.FromDateTime(now),
        };
        var triaged = new CaseEvent { CaseId = result.CaseId, Sequence = 1, OccurredAt = Timestamp.FromDateTime(now), Triaged = new CaseTriaged { Result = result } };
        return (report, result, triaged);
    }
}

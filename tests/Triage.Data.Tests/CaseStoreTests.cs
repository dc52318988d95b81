using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;
using Triage.Contracts.V1;
using Triage.Data.Audit;
using Triage.Data.Cases;

namespace Triage.Data.Tests;

/// <summary>Run on every provider, by one derived class each.</summary>
public abstract class CaseStoreTests(TestDatabase database) : IAsyncLifetime
{
    private CaseStore store = null!;

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        store = new CaseStore(database, database.Provider, new DatabaseWriteGate());
    }

    public Task DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task A_new_case_is_committed_with_its_result_and_first_event()
    {
        var (report, result, triaged) = NewCase();

        var outcome = await store.AddAsync(report, result, [triaged], null, null, CancellationToken.None);

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

        await store.AddAsync(report, result, [triaged], null, null, CancellationToken.None);
        var rival = await store.AddAsync(report, rivalResult, [rivalTriaged], null, null, CancellationToken.None);

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
        await store.AddAsync(report, result, [triaged], null, null, CancellationToken.None);
        var impostor = report.Clone();
        impostor.Complaint = "something else";
        var (_, impostorResult, impostorTriaged) = NewCase(impostor);

        var outcome = await store.AddAsync(impostor, impostorResult, [impostorTriaged], null, null, CancellationToken.None);

        Assert.Equal(StoreOutcomeKind.Conflict, outcome.Kind);
        var stored = await store.FindAsync(report.ClientCaseId, CancellationToken.None);
        Assert.Equal(report, CaseReport.Parser.ParseFrom(stored!.Report));
    }

    [Fact]
    public async Task A_case_of_an_unknown_clinic_cannot_be_stored()
    {
        var (report, result, triaged) = NewCase();
        report.ClinicId = "KZ-NOWHERE";

        await Assert.ThrowsAsync<DbUpdateException>(() => store.AddAsync(report, result, [triaged], null, null, CancellationToken.None));
    }

    [Fact]
    public async Task The_submission_is_audited_in_the_commit_that_stores_its_case_and_a_retry_is_audited_against_the_stored_case()
    {
        var (report, result, triaged) = NewCase();
        var (_, retryResult, retryTriaged) = NewCase(report);
        var submitted = new PendingAudit("T-1", "feldsher", "case.submit", "127.0.0.1", DateTime.UtcNow);

        var first = await store.AddAsync(report, result, [triaged], null, submitted, CancellationToken.None);
        var retry = await store.AddAsync(report, retryResult, [retryTriaged], null, submitted with { Source = "127.0.0.2" }, CancellationToken.None);

        await using var db = database.CreateDbContext();
        var entries = await db.AuditEntries.Where(e => e.Action == "case.submit").OrderBy(e => e.Id).ToListAsync();
        Assert.Equal([first.Case.Id, first.Case.Id], entries.Select(e => e.CaseId));
        Assert.Equal(["127.0.0.1", "127.0.0.2"], entries.Select(e => e.Source));
        Assert.All(entries, e => Assert.True(e.Allowed));
        Assert.Equal(StoreOutcomeKind.Duplicate, retry.Kind);
    }

    [Fact]
    public async Task Retries_arriving_together_with_other_cases_are_stored_once_and_answered_with_the_one_stored()
    {
        var (report, _, _) = NewCase();
        var attempts = Enumerable.Range(0, 20).Select(_ => NewCase(report))
            .Concat(Enumerable.Range(0, 20).Select(_ => NewCase()))
            .ToList();

        var outcomes = await Task.WhenAll(attempts.Select(a => store.AddAsync(a.Report, a.Result, [a.Triaged], null, null, CancellationToken.None)));

        var ofRetried = outcomes.Where(o => o.Case.ClientCaseId == report.ClientCaseId).ToList();
        Assert.Single(ofRetried, o => o.Kind == StoreOutcomeKind.Stored);
        Assert.Single(ofRetried.Select(o => o.Case.Id).Distinct());
        Assert.Equal(20, outcomes.Count(o => o.Case.ClientCaseId != report.ClientCaseId && o.Kind == StoreOutcomeKind.Stored));
        await using var db = database.CreateDbContext();
        Assert.Equal(21, await db.Cases.CountAsync());
    }

    [Fact]
    public async Task A_case_that_cannot_be_stored_fails_alone_and_the_cases_committed_with_it_are_stored()
    {
        var good = Enumerable.Range(0, 10).Select(_ => NewCase()).ToList();
        var (bad, badResult, badTriaged) = NewCase();
        bad.ClinicId = "KZ-NOWHERE";

        var goodStores = good.Select(g => store.AddAsync(g.Report, g.Result, [g.Triaged], null, null, CancellationToken.None)).ToList();
        var badStore = store.AddAsync(bad, badResult, [badTriaged], null, null, CancellationToken.None);

        await Assert.ThrowsAsync<DbUpdateException>(() => badStore);
        Assert.All(await Task.WhenAll(goodStores), o => Assert.Equal(StoreOutcomeKind.Stored, o.Kind));
        await using var db = database.CreateDbContext();
        Assert.Equal(10, await db.Cases.CountAsync());
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

    internal static (CaseReport Report, TriageResult Result, CaseEvent Triaged) NewCase(CaseReport? report = null)
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

using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;
using Triage.Contracts.V1;
using Triage.Data.Cases;
using Triage.Data.Shadow;

namespace Triage.Data.Tests;

/// <summary>Run on every provider, by one derived class each.</summary>
public abstract class ShadowScoreStoreTests(TestDatabase database) : IAsyncLifetime
{
    private const string Candidate = "triage-risk/2.0.0";
    private static readonly DateTimeOffset Start = new(2026, 11, 2, 8, 0, 0, TimeSpan.Zero);

    private CaseStore cases = null!;
    private ShadowScoreStore store = null!;

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        var gate = new DatabaseWriteGate();
        cases = new CaseStore(database, database.Provider, gate);
        store = new ShadowScoreStore(database, database.Provider, gate);
    }

    public async Task DisposeAsync()
    {
        await cases.DisposeAsync();
        await database.DisposeAsync();
    }

    [Fact]
    public async Task Unscored_cases_are_offered_oldest_first_and_a_scored_case_is_not_offered_again_for_that_version()
    {
        // Committed out of order, as concurrent intake may commit them.
        var ids = new[] { 2, 0, 3, 1 }.Select(minute => Start.AddMinutes(minute)).Select(Guid.CreateVersion7).ToList();
        foreach (var id in ids)
        {
            await AddCaseAsync(id);
        }

        var oldest = ids.Order().ToList();
        var first = await store.UnscoredAsync(Candidate, Guid.Empty, 3, CancellationToken.None);
        await store.AddAsync(first.Select(c => Score(c.Id)).ToList(), CancellationToken.None);
        var rest = await store.UnscoredAsync(Candidate, Guid.Empty, 3, CancellationToken.None);
        var afterSecond = await store.UnscoredAsync(Candidate, oldest[1], 3, CancellationToken.None);
        var otherVersion = await store.UnscoredAsync("triage-risk/3.0.0", Guid.Empty, 10, CancellationToken.None);

        Assert.Equal(oldest.Take(3), first.Select(c => c.Id));
        Assert.Equal([oldest[3]], rest.Select(c => c.Id));
        Assert.Equal([oldest[3]], afterSecond.Select(c => c.Id));
        Assert.Equal(oldest, otherVersion.Select(c => c.Id));
        Assert.Equal(ReferralLevel.UrgentReferral, TriageResult.Parser.ParseFrom(first[0].Result).ReferralLevel);
    }

    [Fact]
    public async Task A_score_offered_again_is_kept_once_and_the_new_ones_beside_it_are_stored()
    {
        var (scored, fresh) = (Guid.CreateVersion7(Start), Guid.CreateVersion7(Start.AddMinutes(1)));
        await AddCaseAsync(scored);
        await AddCaseAsync(fresh);
        await store.AddAsync([Score(scored, risk: 0.25)], CancellationToken.None);

        var added = await store.AddAsync([Score(scored, risk: 0.75), Score(fresh)], CancellationToken.None);

        Assert.Equal(1, added);
        await using var db = database.CreateDbContext();
        var stored = await db.ShadowScores.OrderBy(s => s.ScoredAtUtc).ToListAsync();
        Assert.Equal([(scored, 0.25), (fresh, 0.5)], stored.Select(s => (s.CaseId, s.Risk)));
    }

    private ShadowScore Score(Guid caseId, double risk = 0.5) => new()
    {
        CaseId = caseId,
        ModelVersion = Candidate,
        Risk = risk,
        ModelLevel = (int)ReferralLevel.Emergency,
        FinalLevel = (int)ReferralLevel.Emergency,
        ScoredAtUtc = DateTime.UtcNow,
    };

    private async Task AddCaseAsync(Guid id)
    {
        var report = new CaseReport
        {
            ClientCaseId = Guid.NewGuid().ToString(),
            ClinicId = TestDatabase.ClinicId,
            RecordedAt = Timestamp.FromDateTimeOffset(Start),
            Patient = new Patient { AgeYears = 70, Sex = Sex.Male },
        };
        var result = new TriageResult { CaseId = id.ToString(), ClientCaseId = report.ClientCaseId, ReferralLevel = ReferralLevel.UrgentReferral };
        var triaged = new CaseEvent { CaseId = result.CaseId, Sequence = 1, OccurredAt = Timestamp.FromDateTimeOffset(Start), Triaged = new CaseTriaged { Result = result } };
        Assert.Equal(StoreOutcomeKind.Stored, (await cases.AddAsync(report, result, [triaged], null, null, CancellationToken.None)).Kind);
    }
}

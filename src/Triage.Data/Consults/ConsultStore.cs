using Microsoft.EntityFrameworkCore;
using Triage.Contracts.V1;
using Triage.Data.Cases;

namespace Triage.Data.Consults;

/// <summary>
/// Every change of a consult is a conditional update plus its case event in one transaction: "claim while open",
/// "release, transfer or conclude only by the claimer". The database decides races, so one of ten specialists
/// claiming at once wins, on one gateway or many.
/// </summary>
public sealed class ConsultStore(IDbContextFactory<TriageDbContext> contexts, TimeProvider clock)
{
    private const int Attempts = 3;

    public async Task<Consult?> FindAsync(Guid consultId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Consults.AsNoTracking().SingleOrDefaultAsync(c => c.Id == consultId, cancellationToken);
    }

    public async Task<Consult?> FindByCaseAsync(Guid caseId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Consults.AsNoTracking().SingleOrDefaultAsync(c => c.CaseId == caseId, cancellationToken);
    }

    /// <summary>Open and claimed consults, the raw material of every specialist's queue.</summary>
    public async Task<IReadOnlyList<Consult>> ActiveAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Consults.AsNoTracking().Where(c => c.State != ConsultState.Concluded).ToListAsync(cancellationToken);
    }

    /// <summary>Open consults not yet escalated that were opened before <paramref name="openedBeforeUtc"/>.</summary>
    public async Task<IReadOnlyList<Consult>> UnclaimedSinceAsync(int level, DateTime openedBeforeUtc, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Consults.AsNoTracking()
            .Where(c => c.State == ConsultState.Open && c.EscalatedAtUtc == null && c.Level == level && c.OpenedAtUtc <= openedBeforeUtc)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Opens a consult for a stored case; a case has at most one, so a second request returns the first.</summary>
    public Task<ConsultChange> OpenAsync(Consult consult, Func<Consult, ConsultOpened> opened, CancellationToken cancellationToken) =>
        InTransactionAsync(async db =>
        {
            if (await db.Consults.AsNoTracking().SingleOrDefaultAsync(c => c.CaseId == consult.CaseId, cancellationToken) is { } existing)
            {
                return new ConsultChange(false, existing, null);
            }

            db.Consults.Add(consult);
            await db.SaveChangesAsync(cancellationToken);
            var caseEvent = await CaseEventAppender.AppendAsync(db, consult.CaseId, Now, e => e.ConsultOpened = opened(consult), cancellationToken);
            return new ConsultChange(true, consult, caseEvent);
        }, cancellationToken);

    public Task<ConsultChange> ClaimAsync(Guid consultId, Specialist specialist, CancellationToken cancellationToken) =>
        ChangeAsync(
            consultId,
            consults => consults.Where(c => c.State == ConsultState.Open),
            (setters, now) => setters
                .SetProperty(c => c.State, ConsultState.Claimed)
                .SetProperty(c => c.ClaimedBy, specialist.Id)
                .SetProperty(c => c.ClaimedAtUtc, now),
            (e, c) => e.ConsultClaimed = new ConsultClaimed { ConsultId = c.Id.ToString(), SpecialistId = specialist.Id, SpecialistName = specialist.Name },
            cancellationToken);

    public Task<ConsultChange> ReleaseAsync(Guid consultId, string specialistId, CancellationToken cancellationToken) =>
        ChangeAsync(
            consultId,
            consults => consults.Where(c => c.State == ConsultState.Claimed && c.ClaimedBy == specialistId),
            (setters, _) => setters
                .SetProperty(c => c.State, ConsultState.Open)
                .SetProperty(c => c.ClaimedBy, (string?)null)
                .SetProperty(c => c.ClaimedAtUtc, (DateTime?)null),
            (e, c) => e.ConsultReleased = new ConsultReleased { ConsultId = c.Id.ToString(), SpecialistId = specialistId },
            cancellationToken);

    public Task<ConsultChange> TransferAsync(Guid consultId, string fromSpecialistId, Specialist to, CancellationToken cancellationToken) =>
        ChangeAsync(
            consultId,
            consults => consults.Where(c => c.State == ConsultState.Claimed && c.ClaimedBy == fromSpecialistId),
            (setters, now) => setters
                .SetProperty(c => c.ClaimedBy, to.Id)
                .SetProperty(c => c.ClaimedAtUtc, now),
            (e, c) => e.ConsultTransferred = new ConsultTransferred
            {
                ConsultId = c.Id.ToString(),
                FromSpecialistId = fromSpecialistId,
                ToSpecialistId = to.Id,
                ToSpecialistName = to.Name,
            },
            cancellationToken);

    public Task<ConsultChange> ConcludeAsync(Guid consultId, Specialist specialist, ConsultConclusion conclusion, CancellationToken cancellationToken) =>
        ChangeAsync(
            consultId,
            consults => consults.Where(c => c.State == ConsultState.Claimed && c.ClaimedBy == specialist.Id),
            (setters, now) => setters
                .SetProperty(c => c.State, ConsultState.Concluded)
                .SetProperty(c => c.ConcludedAtUtc, now)
                .SetProperty(c => c.FinalLevel, conclusion.FinalLevel)
                .SetProperty(c => c.Icd10Code, conclusion.Icd10Code)
                .SetProperty(c => c.Diagnosis, conclusion.Diagnosis)
                .SetProperty(c => c.Plan, conclusion.Plan),
            (e, c) => e.Concluded = new ConsultConcluded
            {
                ConsultId = c.Id.ToString(),
                SpecialistId = specialist.Id,
                SpecialistName = specialist.Name,
                FinalLevel = (ReferralLevel)conclusion.FinalLevel,
                Icd10Code = conclusion.Icd10Code,
                Diagnosis = conclusion.Diagnosis,
                Plan = conclusion.Plan,
            },
            cancellationToken);

    /// <summary>Marks an unclaimed consult escalated once and records it; a claimed or already escalated one is left alone.</summary>
    public Task<ConsultChange> EscalateAsync(Guid consultId, IReadOnlyList<string> regionIds, CancellationToken cancellationToken) =>
        ChangeAsync(
            consultId,
            consults => consults.Where(c => c.State == ConsultState.Open && c.EscalatedAtUtc == null),
            (setters, now) => setters.SetProperty(c => c.EscalatedAtUtc, now),
            (e, c) => e.ConsultEscalated = new ConsultEscalated
            {
                ConsultId = c.Id.ToString(),
                RegionIds = { regionIds },
                WaitedSeconds = (long)(c.EscalatedAtUtc!.Value - c.OpenedAtUtc).TotalSeconds,
            },
            cancellationToken,
            (db, c) => db.ConsultEscalations.Add(new ConsultEscalation
            {
                ConsultId = c.Id,
                EscalatedAtUtc = c.EscalatedAtUtc!.Value,
                Level = c.Level,
                WaitedSeconds = (long)(c.EscalatedAtUtc!.Value - c.OpenedAtUtc).TotalSeconds,
                RegionIds = string.Join(',', regionIds),
            }));

    /// <summary>Appends an event to a case whose consult is still open or claimed (a concluded consult is read-only).</summary>
    /// <param name="isRepeat">Recognises an earlier event that this one repeats (a retried message), which is returned instead.</param>
    public Task<ConsultChange> AppendToActiveAsync(Guid consultId, Func<CaseEvent, bool> isRepeat, Action<CaseEvent, Consult> fill, CancellationToken cancellationToken) =>
        InTransactionAsync(async db =>
        {
            var consult = await db.Consults.AsNoTracking().SingleAsync(c => c.Id == consultId, cancellationToken);
            if (consult.State == ConsultState.Concluded)
            {
                return new ConsultChange(false, consult, null);
            }

            var history = (await db.CaseEvents.AsNoTracking().Where(e => e.CaseId == consult.CaseId).OrderBy(e => e.Sequence).Select(e => e.Payload).ToListAsync(cancellationToken))
                .Select(CaseEvent.Parser.ParseFrom).ToList();
            if (history.FirstOrDefault(isRepeat) is { } earlier)
            {
                return new ConsultChange(false, consult, earlier);
            }

            var caseEvent = await CaseEventAppender.AppendAsync(db, consult.CaseId, Now, e => fill(e, consult), cancellationToken);
            return new ConsultChange(true, consult, caseEvent);
        }, cancellationToken);

    /// <summary>Appends an event to any stored case, with or without a consult.</summary>
    public Task<CaseEvent> AppendToCaseAsync(Guid caseId, Action<CaseEvent> fill, CancellationToken cancellationToken) =>
        InTransactionAsync(db => CaseEventAppender.AppendAsync(db, caseId, Now, fill, cancellationToken), cancellationToken);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private Task<ConsultChange> ChangeAsync(
        Guid consultId,
        Func<IQueryable<Consult>, IQueryable<Consult>> guard,
        Action<Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<Consult>, DateTime> set,
        Action<CaseEvent, Consult> fill,
        CancellationToken cancellationToken,
        Action<TriageDbContext, Consult>? alsoStore = null) =>
        InTransactionAsync(async db =>
        {
            var now = Now;
            var changed = await guard(db.Consults.Where(c => c.Id == consultId)).ExecuteUpdateAsync(s => set(s, now), cancellationToken);
            var consult = await db.Consults.AsNoTracking().SingleOrDefaultAsync(c => c.Id == consultId, cancellationToken)
                ?? throw new KeyNotFoundException($"No consult {consultId}.");
            if (changed == 0)
            {
                return new ConsultChange(false, consult, null);
            }

            if (alsoStore is not null)
            {
                alsoStore(db, consult);
                await db.SaveChangesAsync(cancellationToken);
            }

            var caseEvent = await CaseEventAppender.AppendAsync(db, consult.CaseId, now, e => fill(e, consult), cancellationToken);
            return new ConsultChange(true, consult, caseEvent);
        }, cancellationToken);

    /// <summary>Runs <paramref name="work"/> in one transaction, again from scratch if a concurrent writer got there first.</summary>
    private async Task<T> InTransactionAsync<T>(Func<TriageDbContext, Task<T>> work, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            try
            {
                var result = await work(db);
                await transaction.CommitAsync(cancellationToken);
                return result;
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                await transaction.RollbackAsync(cancellationToken);
            }
        }
    }
}

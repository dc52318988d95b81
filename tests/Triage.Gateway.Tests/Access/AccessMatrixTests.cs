namespace Triage.Gateway.Tests.Access;

/// <summary>
/// Every guarded method × every kind of caller, on real loopback endpoints: exactly the entitled get in, the
/// unknown are told to authenticate, the known but unentitled are refused, and every refusal is in the audit log.
/// </summary>
public sealed class AccessMatrixTests(AccessWorld world) : IClassFixture<AccessWorld>
{
    private static readonly HashSet<Caller> Unknown = [Caller.Anonymous, Caller.ExpiredToken, Caller.WrongSignatureToken];

    public static TheoryData<string, Caller> Matrix()
    {
        var rows = new TheoryData<string, Caller>();
        foreach (var operation in GuardedOperations.All)
        {
            foreach (var caller in Enum.GetValues<Caller>())
            {
                rows.Add(operation.Name, caller);
            }
        }

        return rows;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Only_entitled_callers_get_in_and_every_refusal_is_audited(string operation, Caller caller)
    {
        var guarded = GuardedOperations.Named(operation);
        var scene = await world.NewSceneAsync();
        var refusalsBefore = await world.RefusalsAuditedAsync();

        var access = await guarded.Attempt(world, scene, world.TokenOf(caller));

        var expected = guarded.AllowedCallers.Contains(caller) ? Access.Allowed
            : Unknown.Contains(caller) ? Access.Unauthenticated
            : Access.Refused;
        Assert.Equal(expected, access);
        if (expected != Access.Allowed && !guarded.HidesInsteadOfRefusing)
        {
            Assert.True(await world.RefusalsAuditedAsync() > refusalsBefore, $"{caller} refused at {operation} but no refusal was audited");
        }
    }
}

using Grpc.Core;

namespace Triage.Terminal.Link;

/// <summary>Which failures are the link's (try again later) and which are the case's or the credentials' (do not).</summary>
public static class TransientFaults
{
    private static readonly HashSet<string> FinalRefusals =
        ["INVALID_ARGUMENT", "ALREADY_EXISTS", "PERMISSION_DENIED", "NOT_FOUND", "FAILED_PRECONDITION", "OUT_OF_RANGE"];

    public static bool IsTransient(Exception exception) => exception switch
    {
        SignInRefusedException => false,
        RpcException rpc => IsTransient(rpc.StatusCode),
        SyncStalledException or HttpRequestException or IOException => true,
        _ => false,
    };

    /// <summary>Unauthenticated counts as transient because the session signs in again before the next try.</summary>
    public static bool IsTransient(StatusCode code) => code is StatusCode.Unavailable or StatusCode.DeadlineExceeded or StatusCode.ResourceExhausted
        or StatusCode.Aborted or StatusCode.Internal or StatusCode.Unknown or StatusCode.Cancelled or StatusCode.Unauthenticated;

    /// <summary>True when a per-case refusal in a sync acknowledgement is final for that case.</summary>
    public static bool IsFinalRefusal(string errorCode) => FinalRefusals.Contains(errorCode);
}

namespace Triage.Gateway.Hosting;

/// <summary>Tells gRPC calls, which carry their status in trailers, from the HTTP requests that get problem details.</summary>
internal static class GrpcRequests
{
    public static bool Are(HttpRequest request) => request.ContentType?.StartsWith("application/grpc", StringComparison.OrdinalIgnoreCase) == true;
}

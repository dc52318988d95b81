using System.Buffers.Binary;
using System.Collections.Frozen;
using System.Globalization;
using System.IO.Compression;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.AspNetCore.Server;
using Grpc.Core;
using Microsoft.Extensions.Options;
using Triage.Contracts.V1;

namespace Triage.Gateway.Grpc;

/// <summary>
/// gRPC reads the single request message of a unary or server-streaming call before any interceptor runs, and
/// answers a message that does not parse with UNKNOWN, as if the fault were ours. This guard parses that message
/// first and answers INVALID_ARGUMENT, so a garbled or hostile request is refused as what it is.
/// </summary>
public sealed class MalformedMessageGuard(RequestDelegate next, IOptions<GrpcServiceOptions> grpcOptions)
{
    private const int FrameHeaderLength = 5;
    private const int DefaultMaxMessageSize = 4 * 1024 * 1024;

    private static readonly FrozenDictionary<string, MessageDescriptor> RequestTypes =
        new[] { Contracts.V1.Intake.Descriptor, Contracts.V1.Teleconsult.Descriptor, TerminalAuth.Descriptor }
            .SelectMany(service => service.Methods.Where(m => !m.IsClientStreaming).Select(m => ($"/{service.FullName}/{m.Name}", m.InputType)))
            .ToFrozenDictionary(p => p.Item1, p => p.InputType);

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.ContentType?.StartsWith("application/grpc", StringComparison.Ordinal) != true
            || !RequestTypes.TryGetValue(context.Request.Path.Value ?? "", out var requestType))
        {
            await next(context);
            return;
        }

        var maxMessageSize = grpcOptions.Value.MaxReceiveMessageSize ?? DefaultMaxMessageSize;
        var body = await ReadAtMostAsync(context.Request.Body, FrameHeaderLength + maxMessageSize, context.RequestAborted);
        if (body is null)
        {
            Refuse(context, StatusCode.ResourceExhausted, $"The request message is larger than {maxMessageSize} bytes.");
            return;
        }

        if (Problem(body, requestType, context.Request.Headers["grpc-encoding"].ToString()) is { } problem)
        {
            Refuse(context, StatusCode.InvalidArgument, problem);
            return;
        }

        context.Request.Body = new MemoryStream(body, writable: false);
        await next(context);
    }

    private static string? Problem(byte[] body, MessageDescriptor requestType, string encoding)
    {
        if (body.Length < FrameHeaderLength)
        {
            return "The request carries no complete gRPC message.";
        }

        var length = BinaryPrimitives.ReadUInt32BigEndian(body.AsSpan(1, 4));
        if (body[0] > 1 || length != body.Length - FrameHeaderLength)
        {
            return "The request must carry exactly one gRPC message, framed as its header states.";
        }

        try
        {
            requestType.Parser.ParseFrom(Payload(body, compressed: body[0] == 1, encoding));
            return null;
        }
        catch (Exception e) when (e is InvalidProtocolBufferException or InvalidDataException)
        {
            return $"The request is not a valid {requestType.FullName} message: {e.Message}";
        }
    }

    private static byte[] Payload(byte[] body, bool compressed, string encoding)
    {
        var payload = body.AsSpan(FrameHeaderLength).ToArray();
        if (!compressed)
        {
            return payload;
        }

        if (encoding != "gzip")
        {
            throw new InvalidDataException($"compressed with '{encoding}', which this gateway does not accept (gzip only)");
        }

        using var gzip = new GZipStream(new MemoryStream(payload), CompressionMode.Decompress);
        using var plain = new MemoryStream();
        gzip.CopyTo(plain);
        return plain.ToArray();
    }

    /// <summary>The whole body, or null when it is longer than <paramref name="limit"/>.</summary>
    private static async Task<byte[]?> ReadAtMostAsync(Stream body, int limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>A trailers-only gRPC response, as gRPC itself sends when it refuses a call before any message.</summary>
    private static void Refuse(HttpContext context, StatusCode code, string message)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/grpc";
        response.Headers["grpc-status"] = ((int)code).ToString(CultureInfo.InvariantCulture);
        response.Headers["grpc-message"] = Uri.EscapeDataString(message);
    }
}

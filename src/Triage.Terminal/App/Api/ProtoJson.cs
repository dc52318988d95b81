using System.Text.Json.Nodes;
using Google.Protobuf;

namespace Triage.Terminal.App.Api;

/// <summary>Protobuf's own JSON mapping (camelCase, enums by name), the shape the console's scripts already read.</summary>
internal static class ProtoJson
{
    private static readonly JsonFormatter Formatter = new(JsonFormatter.Settings.Default);
    private static readonly JsonParser Parser = new(JsonParser.Settings.Default);

    public static JsonNode? Node(IMessage? message) => message is null ? null : JsonNode.Parse(Formatter.Format(message));

    public static string Text(IMessage message) => Formatter.Format(message);

    /// <summary>Throws <see cref="InvalidProtocolBufferException"/> or <see cref="InvalidJsonException"/> on a malformed message.</summary>
    public static T Parse<T>(JsonNode node) where T : IMessage<T>, new() => Parser.Parse<T>(node.ToJsonString());
}

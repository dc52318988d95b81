using Google.Protobuf;

namespace Triage.Terminal.Tests.Faults;

internal static class MessageBytes
{
    public static byte[] ToByteArrayOf(this IMessage message) => message.ToByteArray();
}

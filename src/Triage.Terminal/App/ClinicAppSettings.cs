namespace Triage.Terminal.App;

/// <summary>Everything the clinic app needs to start: where it listens, its outbox, its clinic and its gateway.</summary>
/// <param name="Listen">The app's own address, on loopback: <c>serve</c> refuses any other, as the app has no sign-in.</param>
/// <param name="ClinicId">The health post the terminal belongs to; the gateway's token confirms it once signed in.</param>
/// <param name="SyncEvery">How often the background sync looks for the gateway and forwards what is queued.</param>
/// <param name="AttachmentFolder">Where photos wait until the gateway has every byte of them.</param>
public sealed record ClinicAppSettings(
    Uri Listen,
    string OutboxPath,
    string ClinicId,
    Uri Server,
    string TerminalId,
    string Secret,
    TimeSpan CallTimeout,
    TimeSpan SyncEvery,
    string AttachmentFolder);

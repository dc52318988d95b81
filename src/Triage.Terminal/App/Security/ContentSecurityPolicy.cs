namespace Triage.Terminal.App.Security;

/// <summary>
/// The pages may load nothing but the app's own files and talk to nothing but the app: a health post's link is slow
/// or absent, and a patient's case must not reach a third party through a script or an image added by mistake. No
/// other site may frame the app either, so it cannot be dressed up to make the feldsher click.
/// </summary>
internal static class ContentSecurityPolicy
{
    public const string Value = "default-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
}

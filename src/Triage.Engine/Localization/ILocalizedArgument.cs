namespace Triage.Engine.Localization;

/// <summary>
/// A value quoted inside a reason text that has words of its own, so it must be put in the sentence's language
/// rather than quoted as a code.
/// </summary>
public interface ILocalizedArgument
{
    string In(string language);
}

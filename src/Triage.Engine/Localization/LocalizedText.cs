namespace Triage.Engine.Localization;

/// <param name="Language">The language the text is actually in.</param>
public sealed record LocalizedText(string Text, string Language);

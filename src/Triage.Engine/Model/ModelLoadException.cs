namespace Triage.Engine.Model;

/// <summary>A model refused at start-up: the message says which file and what does not match, for the administrator.</summary>
public sealed class ModelLoadException(string message, Exception? inner = null) : Exception(message, inner);

namespace Triage.Engine.Model;

/// <summary>The ONNX tree-node comparisons the engine can walk and explain ("true" branch when the comparison holds).</summary>
internal enum NodeMode
{
    LessOrEqual,
    Less,
    GreaterOrEqual,
    Greater,
}

using Google.Protobuf;
using Microsoft.ML.Trainers.FastTree;
using Triage.Engine.Model;
using Triage.Engine.Model.Onnx;
using Triage.Training.Training;
using static Triage.Training.Export.OnnxAttributes;

namespace Triage.Training.Export;

/// <summary>
/// Writes the trained model as a standard ONNX graph that any runtime can load, with no custom operators:
/// features [N, F] → ai.onnx.ml TreeEnsembleRegressor (raw score) → Mul, Add → Sigmoid → risk [N, 1].
/// The Platt step P = 1 / (1 + exp(A·s + B)) is written as Sigmoid(−A·s − B).
/// </summary>
public static class OnnxExporter
{
    public const long IrVersion = 8;
    public const long OnnxOpset = 17;
    public const long OnnxMlOpset = 3;
    public const string RawScore = "raw_score";

    /// <param name="covers">Training rows that reached each node, written as nodes_hitrates so explanations can weigh branches.</param>
    public static ModelProto Export(RegressionTreeEnsemble trees, PlattScaling calibration, ModelManifest manifest, IReadOnlyList<float>? covers = null)
    {
        var nodes = TreeNodes.From(trees);
        var ensemble = new NodeProto { Name = "trees", OpType = TreeEnsembleReader.OpType, Domain = TreeEnsembleReader.Domain };
        ensemble.Input.Add(manifest.Input.Name);
        ensemble.Output.Add(RawScore);
        ensemble.Attribute.Add(
        [
            Text("aggregate_function", "SUM"),
            Floats("base_values", [(float)trees.Bias]),
            Int("n_targets", 1),
            Ints("nodes_falsenodeids", nodes.FalseIds),
            Ints("nodes_featureids", nodes.FeatureIds),
            Floats("nodes_hitrates", covers ?? Enumerable.Repeat(1f, nodes.Count)),
            Ints("nodes_missing_value_tracks_true", Enumerable.Repeat(0L, nodes.Count)),
            Texts("nodes_modes", nodes.Modes),
            Ints("nodes_nodeids", nodes.NodeIds),
            Ints("nodes_treeids", nodes.TreeIds),
            Ints("nodes_truenodeids", nodes.TrueIds),
            Floats("nodes_values", nodes.Values),
            Text("post_transform", "NONE"),
            Ints("target_ids", Enumerable.Repeat(0L, nodes.TargetNodeIds.Count)),
            Ints("target_nodeids", nodes.TargetNodeIds),
            Ints("target_treeids", nodes.TargetTreeIds),
            Floats("target_weights", nodes.TargetWeights),
        ]);

        var graph = new GraphProto { Name = manifest.ModelId, DocString = manifest.Description };
        graph.Node.Add(ensemble);
        graph.Node.Add(Node("platt_scale", "Mul", [RawScore, "platt_a"], "platt_scaled"));
        graph.Node.Add(Node("platt_shift", "Add", ["platt_scaled", "platt_b"], "platt_logit"));
        graph.Node.Add(Node("probability", "Sigmoid", ["platt_logit"], manifest.Output.Name));
        graph.Initializer.Add(Scalar("platt_a", (float)-calibration.Slope));
        graph.Initializer.Add(Scalar("platt_b", (float)-calibration.Offset));
        graph.Input.Add(Tensor(manifest.Input.Name, new TensorShapeProto.Types.Dimension { DimParam = "N" }, new TensorShapeProto.Types.Dimension { DimValue = manifest.Features.Count }));
        graph.Output.Add(Tensor(manifest.Output.Name, new TensorShapeProto.Types.Dimension { DimParam = "N" }, new TensorShapeProto.Types.Dimension { DimValue = 1 }));

        var model = new ModelProto
        {
            IrVersion = IrVersion,
            ProducerName = "Triage.Training",
            ProducerVersion = manifest.Version,
            Domain = "kz.triage",
            ModelVersion = 1,
            DocString = manifest.Description,
            Graph = graph,
        };
        model.OpsetImport.Add(new OperatorSetIdProto { Domain = "", Version = OnnxOpset });
        model.OpsetImport.Add(new OperatorSetIdProto { Domain = TreeEnsembleReader.Domain, Version = OnnxMlOpset });
        model.MetadataProps.Add(new StringStringEntryProto { Key = "model_id", Value = manifest.ModelId });
        model.MetadataProps.Add(new StringStringEntryProto { Key = "version", Value = manifest.Version });
        model.MetadataProps.Add(new StringStringEntryProto { Key = "training_data", Value = manifest.TrainingData.Synthetic ? "SYNTHETIC" : manifest.TrainingData.Source });
        return model;
    }

    public static byte[] ToBytes(ModelProto model) => model.ToByteArray();

    private static NodeProto Node(string name, string op, string[] inputs, string output)
    {
        var node = new NodeProto { Name = name, OpType = op };
        node.Input.Add(inputs);
        node.Output.Add(output);
        return node;
    }

    private static TensorProto Scalar(string name, float value)
    {
        var tensor = new TensorProto { Name = name, DataType = (int)TensorProto.Types.DataType.Float };
        tensor.Dims.Add(1);
        tensor.FloatData.Add(value);
        return tensor;
    }

    private static ValueInfoProto Tensor(string name, params TensorShapeProto.Types.Dimension[] dims)
    {
        var shape = new TensorShapeProto();
        shape.Dim.Add(dims);
        return new ValueInfoProto
        {
            Name = name,
            Type = new TypeProto { TensorType = new TypeProto.Types.Tensor { ElemType = (int)TensorProto.Types.DataType.Float, Shape = shape } },
        };
    }
}

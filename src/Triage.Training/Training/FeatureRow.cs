using Microsoft.ML;
using Microsoft.ML.Data;
using Triage.Engine.Model;

namespace Triage.Training.Training;

/// <summary>One case as ML.NET sees it: the shared feature vector and the outcome.</summary>
public sealed class FeatureRow
{
    public float[] Features { get; set; } = [];

    public bool Label { get; set; }

    /// <summary>The schema with the vector's width fixed, which ML.NET trainers need.</summary>
    public static SchemaDefinition Schema()
    {
        var schema = SchemaDefinition.Create(typeof(FeatureRow));
        schema[nameof(Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, RiskFeatures.Count);
        return schema;
    }

    public static IDataView Load(MLContext ml, IEnumerable<FeatureRow> rows) => ml.Data.LoadFromEnumerable(rows, Schema());
}

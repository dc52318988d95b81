namespace Triage.Engine.News2;

/// <summary>A chart row: ascending inclusive upper bounds, each with the score for values up to it.</summary>
internal sealed class ScoreBands(params (double UpTo, int Score)[] bands)
{
    public int Score(double value)
    {
        foreach (var (upTo, score) in bands)
        {
            if (value <= upTo)
            {
                return score;
            }
        }

        return bands[^1].Score;
    }
}

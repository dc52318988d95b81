namespace Triage.Cohort;

/// <summary>The distributions the generator draws from, on one seeded stream so that a seed always gives the same cohort.</summary>
internal sealed class SeededRandom(int seed)
{
    private readonly Random random = new(seed);

    public double Uniform() => random.NextDouble();

    public double Uniform(double low, double high) => low + (high - low) * random.NextDouble();

    public bool Chance(double probability) => random.NextDouble() < probability;

    public double Normal(double mean, double sd)
    {
        // Box–Muller; 1 - u keeps the logarithm finite.
        var u = 1 - random.NextDouble();
        var v = random.NextDouble();
        return mean + sd * Math.Sqrt(-2 * Math.Log(u)) * Math.Cos(2 * Math.PI * v);
    }

    public double LogNormal(double sdOfLog) => Math.Exp(Normal(0, sdOfLog));

    /// <summary>Beta(a, b) from two gammas.</summary>
    public double Beta(double a, double b)
    {
        var x = Gamma(a);
        return x / (x + Gamma(b));
    }

    public int Pick(IReadOnlyList<double> weights)
    {
        var total = weights.Sum();
        var r = random.NextDouble() * total;
        for (var i = 0; i < weights.Count; i++)
        {
            r -= weights[i];
            if (r < 0)
            {
                return i;
            }
        }

        return weights.Count - 1;
    }

    /// <summary>Marsaglia and Tsang (2000); shapes below 1 boosted by U^(1/a).</summary>
    private double Gamma(double shape)
    {
        if (shape < 1)
        {
            return Gamma(shape + 1) * Math.Pow(random.NextDouble(), 1 / shape);
        }

        var d = shape - 1.0 / 3;
        var c = 1 / Math.Sqrt(9 * d);
        while (true)
        {
            double x, v;
            do
            {
                x = Normal(0, 1);
                v = 1 + c * x;
            }
            while (v <= 0);

            v = v * v * v;
            var u = random.NextDouble();
            if (Math.Log(u) < 0.5 * x * x + d - d * v + d * Math.Log(v))
            {
                return d * v;
            }
        }
    }
}

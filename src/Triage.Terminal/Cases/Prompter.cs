using System.Globalization;
using Triage.Engine;
using Triage.Engine.Cases;
using Triage.Engine.Wire;
using Triage.Contracts;

namespace Triage.Terminal.Cases;

/// <summary>Asks one question at a time and asks again, saying why, until the answer is usable.</summary>
public sealed class Prompter(TextReader input, TextWriter output)
{
    public string Text(string question, string defaultValue = "", int maxLength = int.MaxValue)
    {
        while (true)
        {
            var answer = Ask(defaultValue == "" ? question : $"{question} [{defaultValue}]");
            answer = answer == "" ? defaultValue : answer;
            if (answer.Length <= maxLength)
            {
                return answer;
            }

            output.WriteLine($"  at most {maxLength} characters, please");
        }
    }

    /// <summary>
    /// A number within <paramref name="range"/>; empty means not measured (null) unless <paramref name="required"/>.
    /// A number outside <paramref name="usual"/> is taken only once confirmed: a dying patient's readings are real.
    /// </summary>
    public double? Number(string question, AllowedRange range, bool required = false, AllowedRange? usual = null)
    {
        while (true)
        {
            var answer = Ask($"{question} ({range.Min}–{range.Max}{range.Unit}{(required ? "" : ", empty if not measured")})");
            if (answer == "" && !required)
            {
                return null;
            }

            if (double.TryParse(answer.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
            {
                if (!range.Contains(value))
                {
                    output.WriteLine($"  {range.Describe(value)}");
                    continue;
                }

                if (usual is null || usual.Contains(value) || IsConfirmed(value, usual))
                {
                    return value;
                }

                continue;
            }

            output.WriteLine(answer == "" ? "  required" : $"  '{answer}' is not a number");
        }
    }

    /// <summary>A reading of a vital sign: impossible values are refused, extreme ones confirmed.</summary>
    public double? Reading(VitalSign sign) => Number(sign.Question, sign.Possible!, usual: sign.Usual);

    public int? WholeNumber(string question, AllowedRange range, bool required = false, AllowedRange? usual = null)
    {
        while (true)
        {
            var value = Number(question, range, required, usual);
            if (value is null || value == Math.Round(value.Value))
            {
                return (int?)value;
            }

            output.WriteLine("  a whole number, please");
        }
    }

    /// <summary>A reading of a vital sign counted in whole numbers.</summary>
    public int? WholeReading(VitalSign sign) => WholeNumber(sign.Question, sign.Possible!, usual: sign.Usual);

    public bool YesNo(string question, bool defaultValue = false)
    {
        while (true)
        {
            var answer = Ask($"{question} (y/n) [{(defaultValue ? "y" : "n")}]").ToLowerInvariant();
            switch (answer)
            {
                case "":
                    return defaultValue;
                case "y" or "yes" or "д" or "да" or "и" or "иә":
                    return true;
                case "n" or "no" or "н" or "нет" or "ж" or "жоқ":
                    return false;
            }

            output.WriteLine("  y or n, please");
        }
    }

    /// <summary>One of <paramref name="choices"/>, by its key (case-insensitive).</summary>
    public T Choice<T>(string question, IReadOnlyDictionary<string, T> choices, string? defaultKey = null)
    {
        var keys = string.Join("/", choices.Keys);
        while (true)
        {
            var answer = Ask(defaultKey is null ? $"{question} ({keys})" : $"{question} ({keys}) [{defaultKey}]");
            answer = answer == "" && defaultKey is not null ? defaultKey : answer;
            var match = choices.FirstOrDefault(c => string.Equals(c.Key, answer, StringComparison.OrdinalIgnoreCase));
            if (match.Key is not null)
            {
                return match.Value;
            }

            output.WriteLine($"  one of {keys}, please");
        }
    }

    /// <summary>Codes of an enum by their wire names, comma-separated; "?" lists them.</summary>
    public List<T> Codes<T>(string question) where T : struct, Enum
    {
        var known = Enum.GetValues<T>().Where(v => Convert.ToInt32(v, CultureInfo.InvariantCulture) != 0).ToDictionary(v => WireName.Of(v), StringComparer.OrdinalIgnoreCase);
        while (true)
        {
            var answer = Ask($"{question} (comma-separated, ? for the list, empty for none)");
            if (answer == "?")
            {
                output.WriteLine("  " + string.Join(", ", known.Keys));
                continue;
            }

            var names = answer.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(n => n.Replace(' ', '_'))
                .ToList();
            var unknown = names.Where(n => !known.ContainsKey(n)).ToList();
            if (unknown.Count == 0)
            {
                return names.Select(n => known[n]).Distinct().ToList();
            }

            output.WriteLine($"  not known: {string.Join(", ", unknown)}; ? lists the codes");
        }
    }

    public void Say(string line) => output.WriteLine(line);

    private bool IsConfirmed(double value, AllowedRange usual) =>
        YesNo(string.Create(CultureInfo.InvariantCulture, $"  {value}{usual.Unit} is outside the usual {usual.Min}–{usual.Max}{usual.Unit}: are you sure"));

    private string Ask(string question)
    {
        output.Write($"{question}: ");
        output.Flush();
        var line = input.ReadLine() ?? throw new InputEndedException();
        return line.Trim();
    }
}

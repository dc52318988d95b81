using System.Text;
using System.Text.RegularExpressions;

namespace Triage.EndToEnd.Tests.Readme;

/// <summary>
/// A README command line split into words as bash would: single quotes literal, double quotes and bare words
/// expanding <c>$NAME</c>, a <c>#</c> at the start of a word beginning a comment.
/// </summary>
public static partial class ShellWords
{
    public static IReadOnlyList<string> Split(string line, Func<string, string> variable)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (char.IsWhiteSpace(c))
            {
                if (inWord)
                {
                    words.Add(word.ToString());
                    word.Clear();
                    inWord = false;
                }
            }
            else if (c == '#' && !inWord)
            {
                break;
            }
            else if (c is '\'' or '"')
            {
                var end = line.IndexOf(c, i + 1);
                if (end < 0)
                {
                    throw new FormatException($"Unclosed {c} in: {line}");
                }

                var quoted = line[(i + 1)..end];
                word.Append(c == '"' ? Expand(quoted, variable) : quoted);
                inWord = true;
                i = end;
            }
            else
            {
                var end = i;
                while (end < line.Length && !char.IsWhiteSpace(line[end]) && line[end] is not ('\'' or '"'))
                {
                    end++;
                }

                word.Append(Expand(line[i..end], variable));
                inWord = true;
                i = end - 1;
            }
        }

        if (inWord)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    private static string Expand(string text, Func<string, string> variable) =>
        VariablePattern().Replace(text, m => variable(m.Groups[1].Value));

    [GeneratedRegex(@"\$([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex VariablePattern();
}

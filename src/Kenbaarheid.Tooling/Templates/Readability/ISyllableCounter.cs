namespace Kenbaarheid.Tooling.Templates.Readability;

/// <summary>Counts the syllables of one word in one language; a word always has at least one.</summary>
public interface ISyllableCounter
{
    int Count(string word);
}

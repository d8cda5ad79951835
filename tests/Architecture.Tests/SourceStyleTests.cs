using System.Text.RegularExpressions;

namespace CustomiseYou.Architecture.Tests;

/// <summary>The rules of .editorconfig that `dotnet format` does not check.</summary>
public sealed partial class SourceStyleTests
{
    /// <summary>max_line_length in .editorconfig; counted in characters (text elements would be kinder, but rarer).</summary>
    private const int MaxLineLength = 150;

    /// <summary>The folders held to the limit; generated migrations and the generated API client are exempt.</summary>
    private static readonly string[] CheckedFolders = ["src", "build"];

    [Fact]
    public void No_source_line_is_longer_than_the_editorconfig_limit()
    {
        var root = RepositoryRoot();
        var files = CheckedFolders
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "*.cs", SearchOption.AllDirectories))
            .Where(path => !IsExempt(Path.GetRelativePath(root, path)))
            .ToList();

        var longLines = files
            .SelectMany(path => File.ReadLines(path)
                .Select((line, index) => (Path: Path.GetRelativePath(root, path), Number: index + 1, line.Length)))
            .Where(line => line.Length > MaxLineLength)
            .Select(line => $"{line.Path}:{line.Number} ({line.Length} characters)")
            .ToList();

        files.Count.ShouldBeGreaterThan(100);
        longLines.ShouldBeEmpty();
    }

    /// <summary>
    /// One convention for test names: the subject as it is spelled (a type, a member or a phrase), then the behaviour in
    /// lower-case words joined by underscores (<c>Create_trims_the_name</c>); capitals only for names and acronyms
    /// (<c>Europe_pays_out_on_Monday</c>, <c>E164</c>), never PascalCase phrases after the subject.
    /// </summary>
    [Fact]
    public void Test_methods_are_named_subject_then_behaviour_in_words()
    {
        var root = RepositoryRoot();
        var names = Directory.EnumerateFiles(Path.Combine(root, "tests"), "*.cs", SearchOption.AllDirectories)
            .Where(path => !IsExempt(Path.GetRelativePath(root, path)))
            .SelectMany(path => TestMethod().Matches(File.ReadAllText(path)).Select(match => match.Groups["name"].Value))
            .ToList();

        var misnamed = names.Where(name => name.Split('_') is var words
                && (words.Length < 2 || words.Skip(1).Any(word => CamelHump().IsMatch(word) && !SpelledAsNamed.Contains(word))))
            .ToList();

        names.Count.ShouldBeGreaterThan(500);
        misnamed.ShouldBeEmpty();
    }

    /// <summary>Words that are names spelled with an inner capital.</summary>
    private static readonly HashSet<string> SpelledAsNamed = ["SigV4", "camelCase", "IResultBase", "PayPal", "WireMock", "SignalR", "OpenApi"];

    [GeneratedRegex(@"\[(?:Fact|Theory)[^\]]*\][^\n]*\n(?:\s*\[[^\n]*\n)*\s*public (?:async )?(?:Task|void) (?<name>\w+)\(")]
    private static partial Regex TestMethod();

    [GeneratedRegex("[a-z][A-Z]")]
    private static partial Regex CamelHump();

    private static bool IsExempt(string relativePath)
    {
        var parts = relativePath.Split(Path.DirectorySeparatorChar);
        return parts.Contains("bin") || parts.Contains("obj") || parts.Contains("Migrations")
            || relativePath.StartsWith(Path.Combine("src", "ApiClient", "Generated") + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CustomiseYou.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No CustomiseYou.sln above {AppContext.BaseDirectory}.");
    }
}

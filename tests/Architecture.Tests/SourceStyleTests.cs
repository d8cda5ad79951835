namespace CustomiseYou.Architecture.Tests;

/// <summary>The rules of .editorconfig that `dotnet format` does not check.</summary>
public sealed class SourceStyleTests
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

using System.Reflection;
using System.Text.Json;
using CustomiseYou.Application.Notifications.Common;
using CustomiseYou.Domain.Users;

namespace CustomiseYou.Infrastructure.Notifications.Templates;

/// <summary>
/// The message texts, from the JSON files embedded from <c>Notifications/Templates</c>: <c>{language}.json</c> shared
/// by every region, and <c>{region}/{locale}.json</c> with what one region words differently (at least its footer).
/// A lookup tries the region's file for the locale, then for its language, then the shared ones, then English.
/// </summary>
public sealed class NotificationTemplateCatalog
{
    public const string FallbackLocale = "en";

    /// <summary>The scope of the files every region shares.</summary>
    public const string Shared = "";

    private const string ResourcePrefix = "notification-templates/";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly Dictionary<(string Scope, string Locale), TemplateFile> _files;

    public NotificationTemplateCatalog(IReadOnlyDictionary<(string Scope, string Locale), TemplateFile> files) =>
        _files = new Dictionary<(string, string), TemplateFile>(files);

    public static NotificationTemplateCatalog LoadEmbedded()
    {
        var assembly = typeof(NotificationTemplateCatalog).Assembly;
        var files = new Dictionary<(string, string), TemplateFile>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            // "notification-templates/en.json" or "notification-templates/europe/de.json"
            var path = name[ResourcePrefix.Length..].Replace('\\', '/');
            var scope = path.Contains('/', StringComparison.Ordinal) ? path[..path.IndexOf('/', StringComparison.Ordinal)] : Shared;
            files[(scope, Path.GetFileNameWithoutExtension(path))] = Read(assembly, name);
        }

        // Fail at start-up, not at the first message: every template needs at least its English text.
        var catalog = new NotificationTemplateCatalog(files);
        var missing = NotificationTemplates.All.Where(key => catalog.Find(Shared, FallbackLocale, key) is null).ToList();
        return missing.Count == 0
            ? catalog
            : throw new InvalidOperationException($"The shared '{FallbackLocale}' notification templates lack: {string.Join(", ", missing)}.");
    }

    /// <summary>The template in the best available language, and that language.</summary>
    public (TemplateText Template, string Locale) Resolve(string tenantId, string locale, string key)
    {
        foreach (var candidate in Candidates(tenantId, locale))
        {
            if (_files.TryGetValue(candidate, out var file) && file.Templates?.GetValueOrDefault(key) is { } template)
            {
                return (template, candidate.Locale);
            }
        }

        throw new InvalidOperationException($"There is no notification template '{key}', not even in '{FallbackLocale}'.");
    }

    public string Footer(string tenantId, string locale) =>
        Candidates(tenantId, locale).Select(c => _files.GetValueOrDefault(c)?.Footer).FirstOrDefault(f => f is not null) ?? string.Empty;

    /// <summary>Exactly this file's template, without fallback; for checking the catalog's completeness.</summary>
    public TemplateText? Find(string scope, string locale, string key) =>
        _files.GetValueOrDefault((scope, locale))?.Templates?.GetValueOrDefault(key);

    private static IEnumerable<(string Scope, string Locale)> Candidates(string tenantId, string locale)
    {
        var language = Locale.LanguageOf(locale);
        yield return (tenantId, locale);
        yield return (tenantId, language);
        yield return (Shared, locale);
        yield return (Shared, language);
        yield return (tenantId, FallbackLocale);
        yield return (Shared, FallbackLocale);
    }

    private static TemplateFile Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        return JsonSerializer.Deserialize<TemplateFile>(stream, Json)
            ?? throw new InvalidOperationException($"The notification templates '{resource}' are empty.");
    }
}

/// <summary>One embedded file: an optional footer and templates by key.</summary>
public sealed record TemplateFile(string? Footer, IReadOnlyDictionary<string, TemplateText>? Templates);

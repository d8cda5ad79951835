namespace CustomiseYou.Infrastructure.Notifications.Templates;

/// <summary>A template filled in for one recipient; <see cref="Locale"/> is the language actually used.</summary>
public sealed record RenderedMessage(string Locale, string Subject, string Summary, string TextBody, string HtmlBody);

namespace CustomiseYou.Infrastructure.Notifications.Templates;

/// <summary>
/// One message in one language. <see cref="Subject"/> is the email subject and the in-app title; <see cref="Summary"/>
/// is the SMS and the in-app body; <see cref="Body"/> holds the email's paragraphs (plain text and HTML).
/// </summary>
public sealed record TemplateText(string Subject, string Summary, IReadOnlyList<string> Body);

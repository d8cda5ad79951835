using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CustomiseYou.Application.Identity.Common;
using CustomiseYou.Application.Identity.Register;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;
using WireMock.Logging;

namespace CustomiseYou.WebApi.IntegrationTests.Identity;

/// <summary>An account signed up over HTTP: registered, verified with the emailed code, signed in.</summary>
public sealed record Account(string Tenant, Guid UserId, string Email, string Password, TokenPair Tokens);

/// <summary>An email as SendGrid received it, with the 6-digit code it carries.</summary>
public sealed record SentEmail(string To, string FromEmail, string FromName, string Subject, string Text, string Html, string Code, ILogEntry Entry);

/// <summary>A text message as Twilio received it (form fields of the Messages resource).</summary>
public sealed record SentSms(string Path, string To, string From, string Body, string Code, string? Authorization, ILogEntry Entry);

/// <summary>Identity flows over HTTP for the tests of this folder, and readers for what the provider stubs received.</summary>
public sealed partial class IdentityKit(ApiFactory api)
{
    public const string Password = "Saffron-Lantern-2026";
    public const string SendGridPath = "/v3/mail/send";

    /// <summary>The senders configured per region in src/WebApi/appsettings.json.</summary>
    public static readonly IReadOnlyDictionary<string, string> EmailFrom = new Dictionary<string, string>
    {
        ["south-asia"] = "hello@in.customiseyou.example",
        ["europe"] = "hello@eu.customiseyou.example",
    };

    public static readonly IReadOnlyDictionary<string, string> SmsFrom = new Dictionary<string, string>
    {
        ["south-asia"] = "+910000000000",
        ["europe"] = "+4900000000000",
    };

    private static readonly TimeSpan ProviderLogWait = TimeSpan.FromSeconds(5);

    public static string NewEmail(string tag) => $"{tag}-{Guid.NewGuid():N}@test.example";

    /// <summary>A German mobile number in E.164 form, unique to the test (codes are throttled per phone).</summary>
    public static string NewPhone() =>
        "+49151" + RandomNumberGenerator.GetInt32(0, 100_000_000).ToString("D8", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A well-formed code that is not <paramref name="code"/>.</summary>
    public static string WrongCode(string code) =>
        ((int.Parse(code, System.Globalization.CultureInfo.InvariantCulture) + 1) % 1_000_000)
            .ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

    public static Task<HttpResponseMessage> PostRegisterAsync(
        HttpClient client, string email, string password = Password, string fullName = "Asha Tester") =>
        client.PostAsJsonAsync("/api/v1/auth/register", new { email, password, fullName });

    public static async Task<Guid> RegisterAsync(HttpClient client, string email, string password = Password, string fullName = "Asha Tester") =>
        (await (await PostRegisterAsync(client, email, password, fullName)).ReadAsync<RegisterResult>(HttpStatusCode.Created)).UserId;

    public static Task<HttpResponseMessage> PostVerifyEmailAsync(HttpClient client, string email, string code) =>
        client.PostAsJsonAsync("/api/v1/auth/verify-email", new { email, code });

    public static Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string email, string password) =>
        client.PostAsJsonAsync("/api/v1/auth/login", new { email, password });

    public static async Task<TokenPair> LoginAsync(HttpClient client, string email, string password = Password) =>
        await (await PostLoginAsync(client, email, password)).ReadAsync<TokenPair>(HttpStatusCode.OK);

    public static Task<HttpResponseMessage> PostRefreshAsync(HttpClient client, string refreshToken) =>
        client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken });

    /// <summary>Reads the newest code emailed to <paramref name="email"/> by <paramref name="tenant"/> and verifies the address with it.</summary>
    public async Task VerifyEmailAsync(HttpClient client, string tenant, string email)
    {
        var code = (await LatestEmailAsync(tenant, email)).Code;
        var response = await PostVerifyEmailAsync(client, email, code);
        response.StatusCode.ShouldBe(HttpStatusCode.NoContent, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Register, verify and sign in, from a client of its own (5 requests under the per-address limit).</summary>
    public async Task<Account> SignUpAsync(string tenant, string? email = null, string password = Password)
    {
        email ??= NewEmail("member");
        var client = api.ClientFor(tenant);
        var userId = await RegisterAsync(client, email, password);
        await VerifyEmailAsync(client, tenant, email);
        return new Account(tenant, userId, email, password, await LoginAsync(client, email, password));
    }

    /// <summary>A client of <paramref name="tenant"/> sending <paramref name="accessToken"/>.</summary>
    public HttpClient Bearer(string tenant, string accessToken)
    {
        var client = api.ClientFor(tenant);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }

    /// <summary>The payload of a JWT (its middle, base64url-encoded part), unverified.</summary>
    public static JsonElement Claims(string jwt)
    {
        var parts = jwt.Split('.');
        parts.Length.ShouldBe(3, "a JWS in compact form has three parts");
        var base64 = parts[1].Replace('-', '+').Replace('_', '/');
        base64 += new string('=', (4 - (base64.Length % 4)) % 4);
        using var document = JsonDocument.Parse(Convert.FromBase64String(base64));
        return document.RootElement.Clone();
    }

    /// <summary>The role claim, which is a string for one role or an array for several.</summary>
    public static string[] Roles(JsonElement claims)
    {
        var role = claims.GetProperty("role");
        return role.ValueKind == JsonValueKind.Array ? [.. role.EnumerateArray().Select(r => r.GetString()!)] : [role.GetString()!];
    }

    /// <summary>Emails SendGrid received for <paramref name="to"/> from <paramref name="tenant"/>'s sender, oldest first.</summary>
    public IReadOnlyList<SentEmail> EmailsTo(string tenant, string to) =>
        [.. api.Providers.Server.LogEntries
            .Where(e => e.RequestMessage.Path == SendGridPath && e.RequestMessage.Body?.Contains(to, StringComparison.Ordinal) == true)
            .OrderBy(e => e.RequestMessage.DateTime)
            .Select(ParseEmail)
            .Where(m => m.To == to && m.FromEmail == EmailFrom[tenant])];

    /// <summary>The newest email; the provider logs a request just after answering it, so this waits briefly.</summary>
    public async Task<SentEmail> LatestEmailAsync(string tenant, string to, int expectedCount = 1)
    {
        var emails = await WaitForAsync(() => EmailsTo(tenant, to), expectedCount);
        emails.Count.ShouldBeGreaterThanOrEqualTo(expectedCount, $"SendGrid should have received {expectedCount} email(s) for {to} from {tenant}");
        return emails[^1];
    }

    /// <summary>Text messages Twilio received for <paramref name="phone"/>, oldest first.</summary>
    public IReadOnlyList<SentSms> TextsTo(string phone) =>
        [.. api.Providers.Server.LogEntries
            .Where(e => e.RequestMessage.Path.StartsWith("/2010-04-01/", StringComparison.Ordinal)
                && e.RequestMessage.Body?.Contains(Uri.EscapeDataString(phone), StringComparison.Ordinal) == true)
            .OrderBy(e => e.RequestMessage.DateTime)
            .Select(ParseSms)
            .Where(m => m.To == phone)];

    public async Task<SentSms> LatestTextAsync(string phone, int expectedCount = 1)
    {
        var texts = await WaitForAsync(() => TextsTo(phone), expectedCount);
        texts.Count.ShouldBeGreaterThanOrEqualTo(expectedCount, $"Twilio should have received {expectedCount} message(s) for {phone}");
        return texts[^1];
    }

    public static string? Header(ILogEntry entry, string name) =>
        entry.RequestMessage.Headers?.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();

    private static async Task<IReadOnlyList<T>> WaitForAsync<T>(Func<IReadOnlyList<T>> read, int expectedCount)
    {
        var deadline = DateTime.UtcNow + ProviderLogWait;
        var items = read();
        while (items.Count < expectedCount && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
            items = read();
        }

        return items;
    }

    private static SentEmail ParseEmail(ILogEntry entry)
    {
        using var document = JsonDocument.Parse(entry.RequestMessage.Body!);
        var root = document.RootElement;
        var personalization = root.GetProperty("personalizations")[0];
        var to = personalization.GetProperty("to")[0].GetProperty("email").GetString()!;
        var from = root.GetProperty("from");
        // SendGrid's single-email helper puts the subject on the personalization; a global one is allowed too.
        var subject = (personalization.TryGetProperty("subject", out var own) ? own : root.GetProperty("subject")).GetString()!;
        var contents = root.GetProperty("content").EnumerateArray()
            .ToDictionary(c => c.GetProperty("type").GetString()!, c => c.GetProperty("value").GetString()!);
        return new SentEmail(
            to,
            from.GetProperty("email").GetString()!,
            from.TryGetProperty("name", out var name) ? name.GetString()! : "",
            subject,
            contents.GetValueOrDefault("text/plain", ""),
            contents.GetValueOrDefault("text/html", ""),
            SixDigits().Match(subject).Value,
            entry);
    }

    private static SentSms ParseSms(ILogEntry entry)
    {
        var form = System.Web.HttpUtility.ParseQueryString(entry.RequestMessage.Body!);
        var body = form["Body"] ?? "";
        return new SentSms(
            entry.RequestMessage.Path, form["To"] ?? "", form["From"] ?? "", body, SixDigits().Match(body).Value,
            Header(entry, "Authorization"), entry);
    }

    /// <summary>A 429 says when to come back: Retry-After in seconds, within [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public static void ShouldHaveRetryAfter(HttpResponseMessage response, TimeSpan min, TimeSpan max)
    {
        var retryAfter = response.Headers.RetryAfter.ShouldNotBeNull("a 429 carries Retry-After");
        var seconds = retryAfter.Delta.ShouldNotBeNull("Retry-After is a number of seconds").TotalSeconds;
        seconds.ShouldBeGreaterThanOrEqualTo(min.TotalSeconds);
        seconds.ShouldBeLessThanOrEqualTo(max.TotalSeconds);
    }

    public static string BasicAuthorization(string user, string password) =>
        "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}"));

    [GeneratedRegex(@"\b[0-9]{6}\b", RegexOptions.CultureInvariant)]
    private static partial Regex SixDigits();
}

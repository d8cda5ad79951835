using System.Net;
using System.Text.Json;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;

namespace CustomiseYou.WebApi.IntegrationTests.Identity;

/// <summary>Bad sign-up input: a 400 naming each bad field (camelCase), and nothing stored, nothing emailed.</summary>
[Collection(ApiCollection.Name)]
public sealed class RegistrationValidationTests(ApiFactory api)
{
    private const string Tenant = "south-asia";
    private readonly IdentityKit _kit = new(api);

    [Theory]
    [InlineData("malformed email", "email")]
    [InlineData("email with two @", "email")]
    [InlineData("phone without +", "phone")]
    [InlineData("phone with spaces", "phone")]
    [InlineData("phone too short", "phone")]
    [InlineData("password of 9 characters", "password")]
    [InlineData("common password", "password")]
    [InlineData("common password in capitals", "password")]
    [InlineData("password equal to the email", "password")]
    [InlineData("password equal to the email's local part", "password")]
    [InlineData("full name of 201 characters", "fullName")]
    [InlineData("blank full name", "fullName")]
    [InlineData("password missing", "password")]
    [InlineData("email as a number", "email")]
    [InlineData("password as a number", "password")]
    [InlineData("full name as an object", "fullName")]
    [InlineData("phone as an array", "phone")]
    public async Task Bad_input_is_400_with_the_field_path_and_stores_nothing(string defect, string field)
    {
        var email = IdentityKit.NewEmail("invalid");
        var localPart = email.Split('@')[0];
        var sentEmail = defect switch
        {
            "malformed email" => email.Replace("@", "-at-", StringComparison.Ordinal),
            "email with two @" => email.Replace("@", "@@", StringComparison.Ordinal),
            _ => email,
        };
        var body = defect switch
        {
            "malformed email" or "email with two @" => Body(sentEmail),
            "phone without +" => Body(email, phone: "4915112345678"),
            "phone with spaces" => Body(email, phone: "+49 151 1234 5678"),
            "phone too short" => Body(email, phone: "+491234"),
            "password of 9 characters" => Body(email, password: "Kx7!pQ2#z"),
            "common password" => Body(email, password: "password123"),
            "common password in capitals" => Body(email, password: "PASSWORD123"),
            "password equal to the email" => Body(email, password: email),
            "password equal to the email's local part" => Body(email, password: localPart),
            "full name of 201 characters" => Body(email, fullName: new string('n', 201)),
            "blank full name" => Body(email, fullName: "   "),
            "password missing" => JsonSerializer.Serialize(new { email, fullName = "No Password" }),
            "email as a number" => $$"""{"email": 42, "password": "{{IdentityKit.Password}}", "fullName": "Typed Wrong"}""",
            "password as a number" => $$"""{"email": "{{email}}", "password": 12345678901, "fullName": "Typed Wrong"}""",
            "full name as an object" => $$$"""{"email": "{{{email}}}", "password": "{{{IdentityKit.Password}}}", "fullName": {"first": "Typed"} }""",
            "phone as an array" =>
                $$"""{"email": "{{email}}", "password": "{{IdentityKit.Password}}", "fullName": "Typed Wrong", "phone": ["+4915112345678"]}""",
            _ => throw new ArgumentOutOfRangeException(nameof(defect), defect, null),
        };
        var usersBefore = await CountAllUsersAsync();

        var response = await api.ClientFor(Tenant).PostRawJsonAsync("/api/v1/auth/register", body);

        var problem = await Problem.ReadAsync(response, HttpStatusCode.BadRequest);
        problem.Code.ShouldBe("validation");
        problem.Errors.Keys.ShouldBe([field]);
        problem.Raw.ShouldNotContain("CustomiseYou.");
        (await CountUsersAsync(sentEmail)).ShouldBe(0);
        (await CountAllUsersAsync()).ShouldBe(usersBefore);
        (await TestDatabases.ScalarAsync<long>(Tenant, "SELECT count(*) FROM one_time_codes WHERE target_index = @e", ("e", TestFieldKeys.BlindIndex(Tenant, sentEmail)))).ShouldBe(0);
        _kit.EmailsTo(Tenant, sentEmail).ShouldBeEmpty();
    }

    [Fact]
    public async Task Every_bad_field_is_reported_at_once()
    {
        var email = "not-an-email-" + Guid.NewGuid().ToString("N");

        var problem = await Problem.ReadAsync(
            await api.ClientFor(Tenant).PostRawJsonAsync(
                "/api/v1/auth/register", Body(email, password: "short", fullName: new string('x', 201), phone: "12345")),
            HttpStatusCode.BadRequest);

        problem.Errors.Keys.ShouldBe(["email", "password", "fullName", "phone"], ignoreOrder: true);
        (await CountUsersAsync(email)).ShouldBe(0);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{}")]
    [InlineData("null")]
    [InlineData("not json")]
    public async Task A_missing_or_unreadable_body_is_400_and_stores_nothing(string json)
    {
        var before = await CountAllUsersAsync();

        var problem = await Problem.ReadAsync(await api.ClientFor(Tenant).PostRawJsonAsync("/api/v1/auth/register", json), HttpStatusCode.BadRequest);

        problem.Errors.ShouldNotBeEmpty();
        if (json is "" or "null" or "not json")
        {
            problem.Errors.Keys.ShouldBe(["body"]);
        }
        else
        {
            problem.Errors.Keys.ShouldBe(["email", "password", "fullName"], ignoreOrder: true);
        }

        problem.Raw.ShouldNotContain("CustomiseYou.");
        (await CountAllUsersAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task A_valid_body_with_a_valid_phone_is_accepted()
    {
        var email = IdentityKit.NewEmail("valid");

        var response = await api.ClientFor(Tenant).PostRawJsonAsync("/api/v1/auth/register", Body(email, phone: "+919876543210"));

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        (await CountUsersAsync(email)).ShouldBe(1);
        (await TestFieldKeys.DecryptedScalarAsync(Tenant, "SELECT phone FROM users WHERE email = @e", ("e", email))).ShouldBe("+919876543210");
    }

    [Fact]
    public async Task Registering_an_email_twice_in_one_region_is_409()
    {
        var email = IdentityKit.NewEmail("twice");
        var client = api.ClientFor(Tenant);
        await IdentityKit.RegisterAsync(client, email);

        (await Problem.ReadAsync(await IdentityKit.PostRegisterAsync(client, email.ToUpperInvariant()), HttpStatusCode.Conflict))
            .Code.ShouldBe("user.email_taken");

        (await CountUsersAsync(email)).ShouldBe(1);
    }

    private static string Body(string email, string password = IdentityKit.Password, string fullName = "Valid Name", string? phone = null) =>
        JsonSerializer.Serialize(new { email, password, fullName, phone });

    /// <summary>Safe to compare before and after: the integration tests share one collection, so they run one at a time.</summary>
    private static Task<long> CountAllUsersAsync() => TestDatabases.ScalarAsync<long>(Tenant, "SELECT count(*) FROM users");

    private static Task<long> CountUsersAsync(string email) =>
        TestDatabases.ScalarAsync<long>(Tenant, "SELECT count(*) FROM users WHERE email = @e", ("e", email));
}

namespace CustomiseYou.Domain.Users;

/// <summary>A link from an account to an identity at Google or Apple (the provider's stable subject id).</summary>
public sealed record ExternalLogin(string Provider, string Subject);

using CustomiseYou.Domain.Common;

namespace CustomiseYou.Application.Identity.Common;

public static class IdentityErrors
{
    /// <summary>The same answer for an unknown email, a wrong password and a locked account: nothing to enumerate.</summary>
    public static readonly Error InvalidCredentials = new(
        "auth.invalid_credentials", "The email or password is wrong, or the account is temporarily locked.", ErrorType.Unauthorized);

    public static readonly Error EmailUnverified = Error.Forbidden(
        "auth.email_unverified", "Verify your email address with the code we sent before signing in.");

    public static readonly Error EmailTaken = Error.Conflict("user.email_taken", "An account with this email already exists in this region.");

    public static readonly Error ExternalEmailUnverified = Error.Conflict(
        "auth.external_email_unverified", "An account with this email exists; sign in with its password to link this provider.");

    public static Error UserNotFound(Guid id) => Error.NotFound("user.not_found", $"User '{id}' does not exist.");

    public static Error SessionNotFound(Guid id) => Error.NotFound("session.not_found", $"Session '{id}' does not exist.");
}

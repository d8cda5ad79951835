using Microsoft.AspNetCore.Identity;
using IPasswordHasher = CustomiseYou.Application.Identity.Common.IPasswordHasher;

namespace CustomiseYou.Infrastructure.Identity;

/// <summary>ASP.NET Core Identity's versioned PBKDF2 (HMAC-SHA512, 100,000 iterations, random salt).</summary>
internal sealed class AspNetPasswordHasher : IPasswordHasher
{
    private static readonly object Subject = new();
    private readonly PasswordHasher<object> _inner = new();

    public string Hash(string password) => _inner.HashPassword(Subject, password);

    public bool Verify(string hash, string password) =>
        _inner.VerifyHashedPassword(Subject, hash, password) is not PasswordVerificationResult.Failed;
}

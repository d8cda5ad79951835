namespace CustomiseYou.Application.Identity.Common;

public sealed record TokenPair(string AccessToken, string RefreshToken, int ExpiresIn);

namespace CustomiseYou.Domain.Users;

public interface IOneTimeCodeRepository
{
    /// <summary>The newest code of this purpose for the target, consumed or not.</summary>
    Task<OneTimeCode?> GetLatestAsync(OneTimeCodePurpose purpose, string target, CancellationToken cancellationToken);

    /// <summary>Creation times of codes sent to the target since <paramref name="since"/>, for resend throttling.</summary>
    Task<IReadOnlyList<DateTimeOffset>> GetIssuedSinceAsync(
        OneTimeCodePurpose purpose, string target, DateTimeOffset since, CancellationToken cancellationToken);

    void Add(OneTimeCode code);
}

namespace CustomiseYou.Domain.Privacy;

/// <summary>Consent records are only ever added; the current answers are read through the consent query.</summary>
public interface IConsentRepository
{
    void Add(ConsentRecord record);
}

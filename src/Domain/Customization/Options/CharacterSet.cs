namespace CustomiseYou.Domain.Customization.Options;

/// <summary>Named sets of characters a text option may allow. Letters and digits are of any script.</summary>
public enum CharacterSet
{
    Any,
    LettersDigitsSpacePunctuation,
    LettersDigitsSpace,
    Digits,
}

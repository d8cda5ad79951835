namespace CustomiseYou.Application.Common.Models;

/// <summary>
/// A PATCH field: absent (leave unchanged) is distinct from present-and-null (clear it).
/// The web host's JSON converter sets <see cref="HasValue"/> only when the property was in the body.
/// </summary>
public readonly record struct Optional<T>
{
    private readonly T _value;

    public Optional(T value)
    {
        _value = value;
        HasValue = true;
    }

    public bool HasValue { get; }

    public T Value => HasValue ? _value : throw new InvalidOperationException("The field was not supplied.");

    public T GetValueOrDefault(T fallback) => HasValue ? _value : fallback;

    public static implicit operator Optional<T>(T value) => new(value);
}

namespace CustomiseYou.Domain.Customization;

/// <summary>
/// Collects messages per field path (authoring) or option key (selections) so callers get every problem at once,
/// in the order they were found.
/// </summary>
internal sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _messages = new(StringComparer.Ordinal);

    public bool IsEmpty => _messages.Count == 0;

    public void Add(string field, string message)
    {
        if (!_messages.TryGetValue(field, out var list))
        {
            list = [];
            _messages[field] = list;
        }

        list.Add(message);
    }

    public IReadOnlyDictionary<string, string[]> ToDictionary() =>
        _messages.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.Ordinal).AsReadOnly();
}

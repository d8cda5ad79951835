using CustomiseYou.Domain.Customization.Options;

namespace CustomiseYou.Domain.Customization;

/// <summary>
/// Finds options whose conditions lead back to themselves (a -> b -> a), which could never be shown. Self-references
/// and unknown keys are reported elsewhere and ignored here.
/// </summary>
internal static class ConditionCycles
{
    /// <summary>The index of every option on a cycle, with the cycle as seen from it.</summary>
    public static IEnumerable<(int Index, IReadOnlyList<string> Cycle)> Find(IReadOnlyList<OptionDefinition> options)
    {
        var dependsOn = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var option in options)
        {
            if (option.Condition is { } condition && condition.DependsOn != option.Key && OptionKey.IsValid(option.Key))
            {
                dependsOn.TryAdd(option.Key, condition.DependsOn);
            }
        }

        for (var i = 0; i < options.Count; i++)
        {
            var start = options[i].Key;
            var path = new List<string> { start };
            var visited = new HashSet<string>(StringComparer.Ordinal) { start };
            var current = start;
            while (dependsOn.TryGetValue(current, out var next))
            {
                path.Add(next);
                if (next == start)
                {
                    yield return (i, path);
                    break;
                }

                if (!visited.Add(next))
                {
                    break; // leads into a cycle this option is not part of
                }

                current = next;
            }
        }
    }
}

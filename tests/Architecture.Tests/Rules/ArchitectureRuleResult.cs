namespace CustomiseYou.Architecture.Tests.Rules;

/// <summary>The outcome of one architecture rule over a set of types.</summary>
/// <param name="CheckedTypeCount">How many types the rule applied to, so a rule that saw nothing cannot pass silently.</param>
/// <param name="FailingTypeNames">Full names of the types that break the rule.</param>
public sealed record ArchitectureRuleResult(int CheckedTypeCount, IReadOnlyList<string> FailingTypeNames)
{
    public bool IsSuccessful => FailingTypeNames.Count == 0;
}

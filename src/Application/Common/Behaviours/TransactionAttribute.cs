using System.Reflection;

namespace CustomiseYou.Application.Common.Behaviours;

/// <summary>Declares a command's <see cref="TransactionPolicy"/>, read once per command type by the unit-of-work behaviour.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class TransactionAttribute(TransactionPolicy policy) : Attribute
{
    public TransactionPolicy Policy { get; } = policy;

    /// <summary>The declared policy of <paramref name="commandType"/>; null when it declares none.</summary>
    public static TransactionPolicy? Of(Type commandType) => commandType.GetCustomAttribute<TransactionAttribute>()?.Policy;

    /// <summary>Whether the unit of work runs <paramref name="commandType"/> inside its transaction.</summary>
    public static bool WrapsInTransaction(Type commandType) =>
        Of(commandType) is { } policy && policy is not (TransactionPolicy.HandlerCommits or TransactionPolicy.Coordinates);
}

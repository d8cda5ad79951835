using Mono.Cecil;
using Mono.Cecil.Cil;
using NetArchTest.Rules;

namespace CustomiseYou.Architecture.Tests.Rules;

/// <summary>
/// Met by a type (or a type nested in it: lambdas, async state machines) that asks which database it runs on: it uses
/// the tenant's <c>DatabaseProvider</c>, EF Core's <c>IsSqlite()</c>/<c>IsNpgsql()</c>, <c>Database.ProviderName</c>
/// or <c>MigrationBuilder.ActiveProvider</c>.
/// </summary>
public sealed class ChecksTheDatabaseProvider : ICustomRule
{
    public const string ProviderType = "CustomiseYou.Infrastructure.Persistence.Dialects.DatabaseProvider";

    private static readonly HashSet<string> ProviderMembers = new(StringComparer.Ordinal)
    {
        "Microsoft.EntityFrameworkCore.SqliteDatabaseFacadeExtensions::IsSqlite",
        "Microsoft.EntityFrameworkCore.NpgsqlDatabaseFacadeExtensions::IsNpgsql",
        "Microsoft.EntityFrameworkCore.Infrastructure.DatabaseFacade::get_ProviderName",
        "Microsoft.EntityFrameworkCore.Migrations.MigrationBuilder::get_ActiveProvider",
    };

    public bool MeetsRule(TypeDefinition type) =>
        type.Fields.Any(f => IsProvider(f.FieldType))
        || type.Properties.Any(p => IsProvider(p.PropertyType))
        || type.Methods.Any(Uses)
        || type.NestedTypes.Any(MeetsRule);

    private static bool Uses(MethodDefinition method) =>
        IsProvider(method.ReturnType)
        || method.Parameters.Any(p => IsProvider(p.ParameterType))
        || (method.HasBody && (method.Body.Variables.Any(v => IsProvider(v.VariableType)) || method.Body.Instructions.Any(Uses)));

    private static bool Uses(Instruction instruction) => instruction.Operand switch
    {
        MethodReference m => ProviderMembers.Contains($"{m.DeclaringType.FullName}::{m.Name}")
            || IsProvider(m.DeclaringType) || IsProvider(m.ReturnType) || m.Parameters.Any(p => IsProvider(p.ParameterType)),
        FieldReference f => IsProvider(f.DeclaringType) || IsProvider(f.FieldType),
        TypeReference t => IsProvider(t),
        _ => false,
    };

    private static bool IsProvider(TypeReference type) =>
        type.FullName == ProviderType
        || (type is GenericInstanceType generic && generic.GenericArguments.Any(IsProvider))
        || (type is TypeSpecification { ElementType: { } element } && element != type && IsProvider(element));
}

using System.Reflection;
using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Privacy.Common;
using CustomiseYou.Domain.Common;
using CustomiseYou.Infrastructure.Persistence;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace CustomiseYou.WebApi.IntegrationTests.Privacy;

/// <summary>The areas registered in the running host cover every type the inventory marks as personal data.</summary>
[Collection(ApiCollection.Name)]
public sealed class PersonalDataAreaTests(ApiFactory api)
{
    [Fact]
    public async Task Every_type_holding_personal_data_is_exported_and_erased_by_an_area()
    {
        await using var scope = api.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        using var _ = services.GetRequiredService<ITenantContext>().Change(services.GetRequiredService<ITenantStore>().Find("europe")!);
        var areas = services.GetServices<IPersonalDataArea>().ToList();
        var covered = areas.SelectMany(a => a.Covers).ToHashSet();

        var holders = services.GetRequiredService<AppDbContext>().Model.GetEntityTypes()
            .Where(type => type.GetDeclaredProperties().Any(p => (p.PropertyInfo ?? (MemberInfo?)p.FieldInfo)?.GetCustomAttribute<PersonalDataAttribute>() is not null))
            .Select(type => RootOf(type).ClrType)
            .Distinct()
            .ToList();

        holders.Count.ShouldBeGreaterThan(8);
        holders.Where(type => !covered.Contains(type)).Select(type => type.Name).ShouldBeEmpty("add an IPersonalDataArea covering each of these");
    }

    [Fact]
    public async Task Areas_have_unique_file_names_and_describe_themselves_in_english_german_and_hindi()
    {
        await using var scope = api.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        using var _ = services.GetRequiredService<ITenantContext>().Change(services.GetRequiredService<ITenantStore>().Find("south-asia")!);
        var areas = services.GetServices<IPersonalDataArea>().ToList();

        areas.Select(a => a.Name).ShouldBeUnique();
        areas.ShouldAllBe(a => a.Description.Keys.Order().SequenceEqual(new[] { "de", "en", "hi" }) && a.Description.Values.All(text => text.Length > 20));
    }

    /// <summary>Owned types belong to the aggregate that owns them.</summary>
    private static IEntityType RootOf(IEntityType type) => type.FindOwnership() is { } ownership ? RootOf(ownership.PrincipalEntityType) : type;
}

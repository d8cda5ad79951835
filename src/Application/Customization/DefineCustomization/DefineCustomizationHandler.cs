using System.Text.Json;
using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Customization.Common;
using CustomiseYou.Application.Products.Common;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Customization;
using Mediator;

namespace CustomiseYou.Application.Customization.DefineCustomization;

public sealed class DefineCustomizationHandler(
    ProductAccess access, IProductCustomizationRepository customizations, ITenantContext tenant, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<DefineCustomizationCommand, Result<CustomizationVersionDto>>
{
    public async ValueTask<Result<CustomizationVersionDto>> Handle(DefineCustomizationCommand command, CancellationToken cancellationToken)
    {
        var found = await access.ForEditAsync(command.ProductId, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var schema = CustomizationMapping.ToSchema(command.Definition, tenant.Tenant.Currency);
        if (!schema.IsSuccess)
        {
            return schema.Error!;
        }

        // A concurrent save of the same version number fails on the unique (product, version) index: 409, not a lost update.
        var latest = await customizations.GetLatestAsync(command.ProductId, cancellationToken);
        var version = ProductCustomization.Create(
            Guid.CreateVersion7(), command.ProductId, (latest?.Version ?? 0) + 1,
            JsonSerializer.Serialize(command.Definition, CustomizationCatalog.Json), currentUser.RequiredUserId, clock.GetUtcNow());
        customizations.Add(version);
        found.Value.MarkCustomizable(schema.Value.Options.Count > 0);
        return new CustomizationVersionDto(command.ProductId, version.Version, version.CreatedAt, command.Definition);
    }
}

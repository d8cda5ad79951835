using CustomiseYou.Application.Products.Common;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Products.SetInventory;

public sealed class SetInventoryHandler(ProductAccess access, TimeProvider clock) : ICommandHandler<SetInventoryCommand, Result<ProductDto>>
{
    public async ValueTask<Result<ProductDto>> Handle(SetInventoryCommand command, CancellationToken cancellationToken)
    {
        var found = await access.ForEditAsync(command.Id, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        found.Value.SetStock(command.Stock, clock.GetUtcNow());
        return ProductDto.From(found.Value);
    }
}

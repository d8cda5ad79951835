using CustomiseYou.Application.Products.Common;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Products.ArchiveProduct;

public sealed class ArchiveProductHandler(ProductAccess access, TimeProvider clock) : ICommandHandler<ArchiveProductCommand, Result<ProductDto>>
{
    public async ValueTask<Result<ProductDto>> Handle(ArchiveProductCommand command, CancellationToken cancellationToken)
    {
        var found = await access.ForEditAsync(command.Id, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        found.Value.Archive(clock.GetUtcNow());
        return ProductDto.From(found.Value);
    }
}

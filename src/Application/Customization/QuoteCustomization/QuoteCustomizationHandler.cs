using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Common.Models;
using CustomiseYou.Application.Customization.Common;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Customization.QuoteCustomization;

public sealed class QuoteCustomizationHandler(CustomizationCatalog catalog, ITenantContext tenant)
    : IQueryHandler<QuoteCustomizationQuery, Result<QuoteDto>>
{
    public async ValueTask<Result<QuoteDto>> Handle(QuoteCustomizationQuery query, CancellationToken cancellationToken)
    {
        var parsed = SelectionParser.Parse(query.Selections);
        var prepared = parsed.IsSuccess ? await catalog.PrepareAsync(query.ProductId, parsed.Value, cancellationToken) : parsed.Error!;
        if (!prepared.IsSuccess)
        {
            return prepared.Error!;
        }

        var (product, version, schema, uploads) = prepared.Value;
        // Labels in the caller's language, else the region's first locale (en-IN → en).
        var quote = schema.Quote(
            product.BasePrice, query.Quantity, parsed.Value, catalog.TodayInRegion(), uploads, query.Locale ?? tenant.Tenant.Locales[0]);
        if (!quote.IsSuccess)
        {
            return quote.Error!;
        }

        var q = quote.Value;
        return new QuoteDto(
            product.Id,
            version,
            MoneyDto.From(q.UnitPrice),
            [.. q.Breakdown.Select(line => new PriceLineDto(line.Label, MoneyDto.From(line.Amount), line.Kind.ToString(), line.OptionKey))],
            q.Quantity,
            MoneyDto.From(q.Total),
            q.LeadTimeDays,
            q.Selection.Values.ToDictionary(v => v.Key, v => SelectionJson.ToPlain(v.Value)));
    }
}

using CustomiseYou.Application.Common.Localization;
using CustomiseYou.Application.Common.Models;
using CustomiseYou.Application.Customization.Common;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Customization.QuoteCustomization;

public sealed class QuoteCustomizationHandler(CustomizationCatalog catalog, CallerLocale callerLocale)
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
        // Labels in the locale asked for, else the caller's (account, Accept-Language, region).
        var locale = query.Locale ?? await callerLocale.ResolveAsync(cancellationToken);
        var quote = schema.Quote(product.BasePrice, query.Quantity, parsed.Value, catalog.TodayInRegion(), uploads, locale);
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

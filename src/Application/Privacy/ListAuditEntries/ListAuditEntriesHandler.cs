using CustomiseYou.Application.Privacy.Common;
using Mediator;

namespace CustomiseYou.Application.Privacy.ListAuditEntries;

public sealed class ListAuditEntriesHandler(IPrivacyQueries queries) : IQueryHandler<ListAuditEntriesQuery, AuditPage>
{
    public async ValueTask<AuditPage> Handle(ListAuditEntriesQuery query, CancellationToken cancellationToken) =>
        await queries.ListAuditAsync(query.UserId, query.Limit, query.Cursor, cancellationToken);
}

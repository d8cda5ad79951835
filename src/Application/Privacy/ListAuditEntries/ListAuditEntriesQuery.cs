using CustomiseYou.Application.Common.Security;
using CustomiseYou.Application.Privacy.Common;
using Mediator;

namespace CustomiseYou.Application.Privacy.ListAuditEntries;

/// <summary>The privacy audit log of the region, newest first; <see cref="UserId"/> keeps entries about or by one person.</summary>
[Authorize(Roles.Compliance)]
public sealed record ListAuditEntriesQuery(Guid? UserId, int Limit = 20, string? Cursor = null) : IQuery<AuditPage>;

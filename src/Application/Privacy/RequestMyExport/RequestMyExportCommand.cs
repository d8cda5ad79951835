using CustomiseYou.Application.Common.Behaviours;
using CustomiseYou.Application.Common.Security;
using CustomiseYou.Application.Privacy.Common;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Privacy.RequestMyExport;

/// <summary>The caller asks for a copy of their own data; the README's language comes from <see cref="Locale"/> or Accept-Language.</summary>
[Authorize]
[Transaction(TransactionPolicy.AllOrNothing)]
public sealed record RequestMyExportCommand(string? Locale, string? AcceptLanguage) : ICommand<Result<PrivacyRequestDto>>;

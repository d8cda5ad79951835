using CustomiseYou.Application.Common.Behaviours;
using CustomiseYou.Application.Common.Security;
using CustomiseYou.Application.Identity.Common;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Identity.ExternalSignIn;

/// <summary>Sign in with a Google or Apple id token; links to or creates the account of its email.</summary>
[PublishableKeyAllowed]
[Transaction(TransactionPolicy.HandlerCommits)]
public sealed record ExternalSignInCommand(ExternalProvider Provider, string IdToken, string? Nonce, string? FullName)
    : ICommand<Result<TokenPair>>;

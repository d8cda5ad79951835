using CustomiseYou.Application.Common.Abstractions;
using FluentValidation.Results;
using Mediator;

namespace CustomiseYou.Architecture.Tests.Fixtures.BadApplication;

/// <summary>Good: Mediator, FluentValidation and Application abstractions are allowed; the rule must not flag it.</summary>
public static class CleanApplicationType
{
    public static ValueTask<TResponse> Ask<TResponse>(ISender sender, IQuery<TResponse> query) => sender.Send(query);

    public static ValidationFailure Fail(ICurrentUser user) => new("user", user.UserId?.ToString() ?? "anonymous");
}

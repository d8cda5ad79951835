using CustomiseYou.Application.Common.Behaviours;
using CustomiseYou.Application.Common.Security;
using CustomiseYou.Application.UnitTests.Fakes;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.UnitTests.Common.Behaviours;

public sealed class AuthorizationBehaviourTests
{
    [Fact]
    public async Task Anonymous_caller_of_an_authorized_message_is_unauthorized()
    {
        var next = new HandlerSpy<AdminOnlyCommand, string>(_ => "done");
        var behaviour = new AuthorizationBehaviour<AdminOnlyCommand, string>(FakeCurrentUser.Anonymous);

        var exception = await Should.ThrowAsync<AccessDeniedException>(
            async () => await behaviour.Handle(new AdminOnlyCommand("x"), next.Next, CancellationToken.None));

        exception.Error.Type.ShouldBe(ErrorType.Unauthorized);
        next.Calls.ShouldBe(0);
    }

    [Fact]
    public async Task Signed_in_caller_without_the_role_is_forbidden()
    {
        var next = new HandlerSpy<AdminOnlyCommand, string>(_ => "done");
        var behaviour = new AuthorizationBehaviour<AdminOnlyCommand, string>(FakeCurrentUser.SignedIn(Roles.Customer));

        var exception = await Should.ThrowAsync<AccessDeniedException>(
            async () => await behaviour.Handle(new AdminOnlyCommand("x"), next.Next, CancellationToken.None));

        exception.Error.Type.ShouldBe(ErrorType.Forbidden);
        exception.Error.Message.ShouldContain(Roles.Admin);
        next.Calls.ShouldBe(0);
    }

    [Fact]
    public async Task Signed_in_caller_with_the_role_reaches_the_handler()
    {
        var next = new HandlerSpy<AdminOnlyCommand, string>(m => "renamed " + m.Name);
        var behaviour = new AuthorizationBehaviour<AdminOnlyCommand, string>(FakeCurrentUser.SignedIn(Roles.Admin));
        var command = new AdminOnlyCommand("mugs");

        var response = await behaviour.Handle(command, next.Next, CancellationToken.None);

        response.ShouldBe("renamed mugs");
        next.Calls.ShouldBe(1);
        next.LastMessage.ShouldBeSameAs(command);
    }

    [Fact]
    public async Task Any_one_of_the_listed_roles_is_enough()
    {
        var next = new HandlerSpy<AdminOrSellerCommand, string>(_ => "done");
        var behaviour = new AuthorizationBehaviour<AdminOrSellerCommand, string>(FakeCurrentUser.SignedIn(Roles.Seller));

        var response = await behaviour.Handle(new AdminOrSellerCommand(), next.Next, CancellationToken.None);

        response.ShouldBe("done");
        next.Calls.ShouldBe(1);
    }

    [Fact]
    public async Task Authorize_without_roles_needs_only_a_signed_in_caller()
    {
        var next = new HandlerSpy<SignedInQuery, string>(_ => "done");
        var signedIn = new AuthorizationBehaviour<SignedInQuery, string>(FakeCurrentUser.SignedIn());
        var anonymous = new AuthorizationBehaviour<SignedInQuery, string>(FakeCurrentUser.Anonymous);

        (await signedIn.Handle(new SignedInQuery(), next.Next, CancellationToken.None)).ShouldBe("done");
        var exception = await Should.ThrowAsync<AccessDeniedException>(
            async () => await anonymous.Handle(new SignedInQuery(), next.Next, CancellationToken.None));

        exception.Error.Type.ShouldBe(ErrorType.Unauthorized);
        next.Calls.ShouldBe(1);
    }

    [Fact]
    public async Task Message_without_the_attribute_is_open_to_anonymous_callers()
    {
        var next = new HandlerSpy<OpenQuery, string>(_ => "public");
        var behaviour = new AuthorizationBehaviour<OpenQuery, string>(FakeCurrentUser.Anonymous);

        var response = await behaviour.Handle(new OpenQuery(), next.Next, CancellationToken.None);

        response.ShouldBe("public");
        next.Calls.ShouldBe(1);
    }

    [Authorize(Roles.Admin)]
    private sealed record AdminOnlyCommand(string Name) : ICommand<string>;

    [Authorize(Roles.Admin, Roles.Seller)]
    private sealed record AdminOrSellerCommand : ICommand<string>;

    [Authorize]
    private sealed record SignedInQuery : IQuery<string>;

    private sealed record OpenQuery : IQuery<string>;
}

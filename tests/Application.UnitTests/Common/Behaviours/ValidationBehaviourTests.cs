using CustomiseYou.Application.Common.Behaviours;
using CustomiseYou.Application.UnitTests.Fakes;
using FluentValidation;
using Mediator;

namespace CustomiseYou.Application.UnitTests.Common.Behaviours;

public sealed class ValidationBehaviourTests
{
    [Fact]
    public async Task Failures_of_every_validator_are_thrown_together()
    {
        var next = new HandlerSpy<RenameThingCommand, string>(_ => "renamed");
        var behaviour = new ValidationBehaviour<RenameThingCommand, string>([new NameValidator(), new CodeValidator()]);

        var exception = await Should.ThrowAsync<ValidationException>(
            behaviour.Handle(new RenameThingCommand("", "toolong"), next.Next, CancellationToken.None).AsTask());

        exception.Errors.Select(e => e.PropertyName).ShouldBe(["Name", "Code"], ignoreOrder: true);
        next.Calls.ShouldBe(0);
    }

    [Fact]
    public async Task One_failing_validator_is_enough_to_stop_the_handler()
    {
        var next = new HandlerSpy<RenameThingCommand, string>(_ => "renamed");
        var behaviour = new ValidationBehaviour<RenameThingCommand, string>([new NameValidator(), new CodeValidator()]);

        var exception = await Should.ThrowAsync<ValidationException>(
            behaviour.Handle(new RenameThingCommand("Mugs", "toolong"), next.Next, CancellationToken.None).AsTask());

        exception.Errors.ShouldHaveSingleItem().PropertyName.ShouldBe("Code");
        next.Calls.ShouldBe(0);
    }

    [Fact]
    public async Task Valid_message_passes_through_to_the_handler()
    {
        var next = new HandlerSpy<RenameThingCommand, string>(m => "renamed " + m.Name);
        var behaviour = new ValidationBehaviour<RenameThingCommand, string>([new NameValidator(), new CodeValidator()]);

        var response = await behaviour.Handle(new RenameThingCommand("Mugs", "MG"), next.Next, CancellationToken.None);

        response.ShouldBe("renamed Mugs");
        next.Calls.ShouldBe(1);
    }

    [Fact]
    public async Task Message_without_validators_passes_through_to_the_handler()
    {
        var next = new HandlerSpy<RenameThingCommand, string>(_ => "renamed");
        var behaviour = new ValidationBehaviour<RenameThingCommand, string>([]);

        var response = await behaviour.Handle(new RenameThingCommand("", ""), next.Next, CancellationToken.None);

        response.ShouldBe("renamed");
        next.Calls.ShouldBe(1);
    }

    private sealed record RenameThingCommand(string Name, string Code) : ICommand<string>;

    // Names are fixed with OverridePropertyName so the assertions do not depend on the global name resolver.
    private sealed class NameValidator : AbstractValidator<RenameThingCommand>
    {
        public NameValidator() => RuleFor(c => c.Name).NotEmpty().OverridePropertyName("Name");
    }

    private sealed class CodeValidator : AbstractValidator<RenameThingCommand>
    {
        public CodeValidator() => RuleFor(c => c.Code).MaximumLength(3).OverridePropertyName("Code");
    }
}

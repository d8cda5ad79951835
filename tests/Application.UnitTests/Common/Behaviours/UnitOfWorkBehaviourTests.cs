using CustomiseYou.Application.Common.Behaviours;
using CustomiseYou.Application.UnitTests.Fakes;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.UnitTests.Common.Behaviours;

public sealed class UnitOfWorkBehaviourTests
{
    [Fact]
    public async Task Successful_result_is_saved_exactly_once()
    {
        var unitOfWork = new CountingUnitOfWork();
        var next = new HandlerSpy<SaveThingCommand, Result<string>>(_ => "saved");
        var behaviour = new UnitOfWorkBehaviour<SaveThingCommand, Result<string>>(unitOfWork);
        using var cancellation = new CancellationTokenSource();

        var response = await behaviour.Handle(new SaveThingCommand(), next.Next, cancellation.Token);

        response.Value.ShouldBe("saved");
        unitOfWork.SaveCount.ShouldBe(1);
        unitOfWork.CommitCount.ShouldBe(1);
        unitOfWork.RollbackCount.ShouldBe(0);
        unitOfWork.LastCancellationToken.ShouldBe(cancellation.Token);
    }

    [Fact]
    public async Task Response_that_is_not_a_result_is_saved_exactly_once()
    {
        var unitOfWork = new CountingUnitOfWork();
        var next = new HandlerSpy<PlainCommand, int>(_ => 7);
        var behaviour = new UnitOfWorkBehaviour<PlainCommand, int>(unitOfWork);

        var response = await behaviour.Handle(new PlainCommand(), next.Next, CancellationToken.None);

        response.ShouldBe(7);
        unitOfWork.SaveCount.ShouldBe(1);
        unitOfWork.CommitCount.ShouldBe(1);
        unitOfWork.RollbackCount.ShouldBe(0);
    }

    [Fact]
    public async Task Failed_result_is_not_saved_and_is_returned_as_is()
    {
        var unitOfWork = new CountingUnitOfWork();
        var error = Error.Conflict("thing.taken", "Taken.");
        var next = new HandlerSpy<SaveThingCommand, Result<string>>(_ => error);
        var behaviour = new UnitOfWorkBehaviour<SaveThingCommand, Result<string>>(unitOfWork);

        var response = await behaviour.Handle(new SaveThingCommand(), next.Next, CancellationToken.None);

        response.IsSuccess.ShouldBeFalse();
        response.Error.ShouldBe(error);
        unitOfWork.SaveCount.ShouldBe(0);
        unitOfWork.CommitCount.ShouldBe(0);
        unitOfWork.RollbackCount.ShouldBe(1);
    }

    [Fact]
    public async Task Handler_that_throws_is_not_saved_and_the_exception_propagates()
    {
        var unitOfWork = new CountingUnitOfWork();
        var next = new HandlerSpy<SaveThingCommand, Result<string>>(_ => throw new InvalidOperationException("boom"));
        var behaviour = new UnitOfWorkBehaviour<SaveThingCommand, Result<string>>(unitOfWork);

        var exception = await Should.ThrowAsync<InvalidOperationException>(
            behaviour.Handle(new SaveThingCommand(), next.Next, CancellationToken.None).AsTask());

        exception.Message.ShouldBe("boom");
        next.Calls.ShouldBe(1);
        unitOfWork.SaveCount.ShouldBe(0);
        unitOfWork.CommitCount.ShouldBe(0);
        unitOfWork.RollbackCount.ShouldBe(1);
    }

    [Fact]
    public async Task Coordinating_command_opens_no_transaction_and_saves_nothing()
    {
        var unitOfWork = new CountingUnitOfWork();
        var next = new HandlerSpy<BatchCommand, Result<int>>(_ => 3);
        var behaviour = new UnitOfWorkBehaviour<BatchCommand, Result<int>>(unitOfWork);

        var response = await behaviour.Handle(new BatchCommand(), next.Next, CancellationToken.None);

        response.Value.ShouldBe(3);
        next.Calls.ShouldBe(1);
        unitOfWork.SaveCount.ShouldBe(0);
        unitOfWork.CommitCount.ShouldBe(0);
        unitOfWork.RollbackCount.ShouldBe(0);
    }

    [Fact]
    public async Task Keep_failures_command_commits_its_failed_result()
    {
        var unitOfWork = new CountingUnitOfWork();
        var next = new HandlerSpy<CountAttemptCommand, Result<string>>(_ => Error.Conflict("code.wrong", "Wrong code."));
        var behaviour = new UnitOfWorkBehaviour<CountAttemptCommand, Result<string>>(unitOfWork);

        var response = await behaviour.Handle(new CountAttemptCommand(), next.Next, CancellationToken.None);

        response.IsSuccess.ShouldBeFalse();
        unitOfWork.SaveCount.ShouldBe(1);
        unitOfWork.CommitCount.ShouldBe(1);
        unitOfWork.RollbackCount.ShouldBe(0);
    }

    [Fact]
    public async Task Command_without_a_policy_is_refused_before_its_handler_runs()
    {
        var unitOfWork = new CountingUnitOfWork();
        var next = new HandlerSpy<UndeclaredCommand, int>(_ => 1);
        var behaviour = new UnitOfWorkBehaviour<UndeclaredCommand, int>(unitOfWork);

        var exception = await Should.ThrowAsync<InvalidOperationException>(
            behaviour.Handle(new UndeclaredCommand(), next.Next, CancellationToken.None).AsTask());

        exception.Message.ShouldContain(nameof(UndeclaredCommand));
        next.Calls.ShouldBe(0);
        unitOfWork.SaveCount.ShouldBe(0);
    }

    [Transaction(TransactionPolicy.AllOrNothing)]
    private sealed record SaveThingCommand : ICommand<Result<string>>;

    [Transaction(TransactionPolicy.Coordinates)]
    private sealed record BatchCommand : ICommand<Result<int>>;

    [Transaction(TransactionPolicy.AllOrNothing)]
    private sealed record PlainCommand : ICommand<int>;

    [Transaction(TransactionPolicy.KeepFailures)]
    private sealed record CountAttemptCommand : ICommand<Result<string>>;

    private sealed record UndeclaredCommand : ICommand<int>;
}

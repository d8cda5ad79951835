using Mediator;

namespace CustomiseYou.Application.UnitTests.Fakes;

/// <summary>Stands in for the rest of the pipeline: records whether it ran and answers with a fixed response.</summary>
internal sealed class HandlerSpy<TMessage, TResponse>(Func<TMessage, TResponse> respond)
    where TMessage : IMessage
{
    public int Calls { get; private set; }

    public TMessage? LastMessage { get; private set; }

    public MessageHandlerDelegate<TMessage, TResponse> Next => (message, _) =>
    {
        Calls++;
        LastMessage = message;
        return ValueTask.FromResult(respond(message));
    };
}

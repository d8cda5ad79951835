using System.Diagnostics;
using CustomiseYou.Domain.Common;
using Mediator;
using Microsoft.Extensions.Logging;

namespace CustomiseYou.Application.Common.Behaviours;

/// <summary>Logs each use case's name, outcome and duration; never the message body (it may hold personal data).</summary>
public sealed partial class LoggingBehaviour<TMessage, TResponse>(ILogger<LoggingBehaviour<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var name = typeof(TMessage).Name;
        try
        {
            var response = await next(message, cancellationToken);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (response is IResultBase { IsSuccess: false, Error: { } error })
            {
                LogFailed(name, error.Code, elapsed);
            }
            else
            {
                LogHandled(name, elapsed);
            }

            return response;
        }
        catch (Exception exception)
        {
            LogThrew(name, exception.GetType().Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            throw;
        }
    }

    // Debug: the request log line already records every request; this adds only the use case's own time.
    [LoggerMessage(Level = LogLevel.Debug, Message = "{UseCase} handled in {ElapsedMs:0.0} ms")]
    private partial void LogHandled(string useCase, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "{UseCase} failed with {ErrorCode} in {ElapsedMs:0.0} ms")]
    private partial void LogFailed(string useCase, string errorCode, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{UseCase} threw {ExceptionType} after {ElapsedMs:0.0} ms")]
    private partial void LogThrew(string useCase, string exceptionType, double elapsedMs);
}

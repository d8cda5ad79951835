using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CustomiseYou.WebApi.IntegrationTests.Infrastructure;

/// <summary>The request log lines of the shared host (the newest few thousand), with their levels, for tests of what gets logged.</summary>
public sealed class CapturedRequestLog : ILoggerProvider
{
    public const string Category = "CustomiseYou.WebApi.Infrastructure.RequestLoggingMiddleware";
    private const int Kept = 5_000;
    private readonly ConcurrentQueue<(LogLevel Level, string Message)> _lines = new();

    public IReadOnlyList<(LogLevel Level, string Message)> Lines => _lines.ToArray();

    public ILogger CreateLogger(string categoryName) => categoryName == Category ? new Capturing(this) : NullLogger.Instance;

    public void Dispose()
    {
    }

    private void Add(LogLevel level, string message)
    {
        _lines.Enqueue((level, message));
        while (_lines.Count > Kept && _lines.TryDequeue(out _))
        {
        }
    }

    private sealed class Capturing(CapturedRequestLog log) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            log.Add(logLevel, formatter(state, exception));
    }
}

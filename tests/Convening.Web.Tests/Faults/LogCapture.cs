using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Convening.Web.Tests.Faults;

/// <summary>Keeps every log entry a test host writes, as an operator reading the log would see it.</summary>
public sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<Entry> _entries = new();

    public IReadOnlyList<Entry> Entries => [.. _entries];

    public void AddTo(IServiceCollection services) => services.AddLogging(b => b.AddProvider(this));

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    public sealed record Entry(LogLevel Level, string Category, string Message, Exception? Exception)
    {
        /// <summary>Whether an operator would see a stack trace in this entry.</summary>
        public bool HasStackTrace => Exception is not null || Message.Contains("   at ", StringComparison.Ordinal);

        public override string ToString() => $"{Level} {Category}: {Message}{(Exception is null ? "" : " [" + Exception.GetType().Name + ": " + Exception.Message + "]")}";
    }

    private sealed class Logger(LogCapture capture, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
                capture._entries.Enqueue(new Entry(logLevel, category, formatter(state, exception), exception));
        }
    }
}

using System.Collections.Concurrent;
using FrontDoor.Core.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace FrontDoor.Core.Tests.Jobs;

public sealed class RecurringJobRunnerTests
{
    [Fact]
    public async Task Runner_WhenARunFails_LogsOnlyTheExceptionType_AndRunsAgainOnTheNextTick()
    {
        var ct = TestContext.Current.CancellationToken;
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));
        var logs = new CapturingLoggerProvider();
        var services = new ServiceCollection()
            .AddLogging(logging => logging.AddProvider(logs))
            .AddSingleton<TimeProvider>(clock)
            .AddRecurringJob<FlakyJob>()
            .AddRecurringJob<FlakyJob>()
            .BuildServiceProvider();
        await using var _ = services;
        var runner = Assert.Single(services.GetServices<IHostedService>());
        var job = services.GetRequiredService<FlakyJob>();

        await runner.StartAsync(ct);
        await job.Ran.WaitAsync(1, ct);
        clock.Advance(FlakyJob.Every);
        await job.Ran.WaitAsync(2, ct);
        await runner.StopAsync(ct);

        var warning = Assert.Single(logs.Messages);
        Assert.Contains("flaky job", warning, StringComparison.Ordinal);
        Assert.Contains(nameof(InvalidOperationException), warning, StringComparison.Ordinal);
        Assert.DoesNotContain("Margaret", warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Runner_WhenTheClockJumpsADay_RunsTheJobOnce_NotOncePerMinuteMissed()
    {
        var ct = TestContext.Current.CancellationToken;
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(clock)
            .AddRecurringJob<FlakyJob>()
            .BuildServiceProvider();
        await using var _ = services;
        var runner = Assert.Single(services.GetServices<IHostedService>());
        var job = services.GetRequiredService<FlakyJob>();

        await runner.StartAsync(ct);
        await job.Ran.WaitAsync(1, ct);
        clock.Advance(TimeSpan.FromDays(1));
        await job.Ran.WaitAsync(2, ct);
        await Task.Delay(200, ct);
        await runner.StopAsync(ct);

        Assert.Equal(2, job.Ran.Count);
    }

    private sealed class FlakyJob : IRecurringJob
    {
        public static readonly TimeSpan Every = TimeSpan.FromMinutes(1);

        public RunCounter Ran { get; } = new();

        public string Name => "flaky job";

        public TimeSpan Interval => Every;

        public bool RunsAtStart => true;

        public Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
        {
            // A scope per run: the runner must hand over a working provider.
            ArgumentNullException.ThrowIfNull(services.GetService(typeof(TimeProvider)));
            return Ran.Increment() == 1
                ? throw new InvalidOperationException("Could not match Margaret Smith, 12 High Street.")
                : Task.CompletedTask;
        }
    }

    private sealed class RunCounter
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public int Increment() => Interlocked.Increment(ref _count);

        public async Task WaitAsync(int count, CancellationToken cancellationToken)
        {
            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (Volatile.Read(ref _count) < count)
            {
                Assert.True(DateTime.UtcNow < deadline, $"The job ran {_count} times, not {count}.");
                await Task.Delay(20, cancellationToken);
            }
        }
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        public ConcurrentQueue<string> All { get; } = new();

        public IEnumerable<string> Messages => All;

        public ILogger CreateLogger(string categoryName) => new Logger(this);

        public void Dispose()
        {
        }

        private sealed class Logger(CapturingLoggerProvider owner) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (IsEnabled(logLevel))
                {
                    owner.All.Enqueue(formatter(state, exception) + (exception is null ? string.Empty : " " + exception));
                }
            }
        }
    }
}

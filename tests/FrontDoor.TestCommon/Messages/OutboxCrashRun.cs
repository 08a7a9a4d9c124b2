using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using FrontDoor.Core.Messages;
using FrontDoor.TestCommon.Databases;
using FrontDoor.TestCommon.Notify;
using FrontDoor.TestCommon.Webhooks;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.TestCommon.Messages;

/// <summary>One message as a receiver got it: the id it carried (our outbox id) and what it said.</summary>
public sealed record ReceivedMessage(string Id, string Content);

/// <summary>
/// A fake on the other side of the outbox that the crash run points FrontDoor at and then checks: the outbox kinds it
/// is sent, the settings that point FrontDoor at it, and every message it accepted (repeats included).
/// </summary>
public sealed record CrashRunReceiver(string Name, IReadOnlyCollection<MessageKind> Kinds, IReadOnlyDictionary<string, string?> Settings, Func<IReadOnlyList<ReceivedMessage>> Received)
{
    public static CrashRunReceiver For(FakeNotify notify) => new(
        "GOV.UK Notify",
        [MessageKind.NotifyEmail, MessageKind.NotifySms],
        notify.Configuration(),
        () => [.. notify.Accepted.Select(r => new ReceivedMessage(r.Reference ?? string.Empty, $"{r.Path} {r.Recipient} {r.TemplateId} {string.Join(",", r.Personalisation.Order())}"))]);

    /// <summary>
    /// The case system's receiver, subscribed to <c>contact.received</c> (one event per contact). A repeat is compared by
    /// its body: its signature is made afresh for each attempt.
    /// </summary>
    public static CrashRunReceiver For(FakeWebhookReceiver receiver) => new(
        "Case-system webhook",
        [MessageKind.Webhook],
        receiver.Configuration("case-system", ["contact.received"]),
        () => [.. receiver.Deliveries.Where(d => d.Status == 200).Select(d => new ReceivedMessage(d.EventId ?? string.Empty, d.Body))]);
}

/// <param name="WebApp">The built FrontDoor.Web.dll, run with <c>dotnet</c>.</param>
/// <param name="WebRoot">Its wwwroot with the GOV.UK Frontend assets the build installs.</param>
public sealed record CrashRunSettings(
    int Contacts,
    int Kills,
    string WebApp,
    string WebRoot,
    string CertificatePath,
    string CertificatePassword)
{
    /// <summary>People asking for help at the same time.</summary>
    public int People { get; init; } = 4;

    public int Seed { get; init; } = 16;

    public TimeSpan DrainTimeout { get; init; } = TimeSpan.FromMinutes(3);

    public Action<string> Progress { get; init; } = _ => { };
}

/// <summary>What one receiver got against what the outbox held for it.</summary>
public sealed record ReceiverTally(string Name, int Expected, int Received, int DistinctIds, int Repeats, int Lost, int Unknown, int RepeatsThatDiffer);

public sealed record CrashRunReport(
    int ContactsAsked,
    int ContactsConfirmed,
    int ContactsStored,
    int ContactsLost,
    int Kills,
    int MessagesInOutbox,
    IReadOnlyDictionary<MessageStatus, int> OutboxByStatus,
    IReadOnlyList<ReceiverTally> Receivers,
    TimeSpan Elapsed)
{
    public override string ToString()
    {
        var lines = new List<string>
        {
            $"contacts: asked {ContactsAsked}, confirmed to the person {ContactsConfirmed}, stored {ContactsStored}, lost {ContactsLost}",
            $"kills (SIGKILL, restarted): {Kills}",
            $"outbox: {MessagesInOutbox} messages ({string.Join(", ", OutboxByStatus.Select(s => $"{s.Key} {s.Value}"))})",
        };
        lines.AddRange(Receivers.Select(r =>
            $"{r.Name}: expected {r.Expected}, received {r.Received}, distinct ids {r.DistinctIds}, repeats {r.Repeats} (differing from the first: {r.RepeatsThatDiffer}), lost {r.Lost}, unknown ids {r.Unknown}"));
        lines.Add($"elapsed: {Elapsed.TotalSeconds:0} s");
        return string.Join(Environment.NewLine, lines);
    }
}

/// <summary>
/// The outbox's crash test: FrontDoor.Web runs as its own process (Production, its real jobs home sending the outbox
/// every second) while people ask for help on the portal, each asking for a receipt; the process is killed with
/// SIGKILL at random moments and started again. Then the outbox is left to drain and what the receivers got is
/// checked against what the database holds: every message received, each id once or repeated (the kill fell between
/// sending and recording), and every contact a person was told about stored once.
/// </summary>
public static class OutboxCrashRun
{
    public static async Task<CrashRunReport> RunAsync(CrashRunSettings settings, IReadOnlyList<CrashRunReceiver> receivers, TestDatabase database, CancellationToken cancellationToken)
    {
        var elapsed = Stopwatch.StartNew();
        var random = new Random(settings.Seed);
        var port = FreePort();
        var server = new Uri($"http://127.0.0.1:{port}/");
        var environment = Environment(settings, receivers, database, port);
        await using var web = new WebProcess(settings.WebApp, port, environment);
        await web.StartAsync(server, cancellationToken);

        // Kills fall at random points of the run: when this many people have been told their reference, after a random pause.
        var killAfter = new Queue<int>(Enumerable.Range(0, settings.Kills).Select(_ => random.Next(1, settings.Contacts)).Order());
        var references = new string?[settings.Contacts];
        var confirmed = 0;
        var next = -1;
        var portal = new PortalRequestForHelp(server, TimeSpan.FromMinutes(3));
        using var asking = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var people = Enumerable.Range(0, settings.People).Select(_ => Task.Run(
            async () =>
            {
                for (var i = Interlocked.Increment(ref next); i < settings.Contacts; i = Interlocked.Increment(ref next))
                {
                    references[i] = await portal.AskAsync(i, i % 2 == 0 ? PortalRequestForHelp.Receipt.Email : PortalRequestForHelp.Receipt.TextMessage, asking.Token);
                    Interlocked.Increment(ref confirmed);
                }
            },
            asking.Token)).ToList();
        var allAsked = Task.WhenAll(people);

        var kills = 0;
        var lastProgress = Stopwatch.StartNew();
        while (!allAsked.IsCompleted || killAfter.Count > 0)
        {
            if (killAfter.TryPeek(out var when) && (Volatile.Read(ref confirmed) >= when || allAsked.IsCompleted))
            {
                killAfter.Dequeue();
                await Task.Delay(random.Next(0, 400), cancellationToken);
                await web.KillAsync();
                kills++;
                settings.Progress($"killed FrontDoor.Web ({kills} of {settings.Kills}) with {Volatile.Read(ref confirmed)} of {settings.Contacts} contacts confirmed; restarting");
                await web.StartAsync(server, cancellationToken);
            }

            if (allAsked.IsFaulted)
            {
                break;
            }

            if (lastProgress.Elapsed > TimeSpan.FromSeconds(5))
            {
                settings.Progress($"{Volatile.Read(ref confirmed)} of {settings.Contacts} contacts confirmed, {kills} kills, {Received(receivers)} messages received");
                lastProgress.Restart();
            }

            await Task.WhenAny(allAsked, Task.Delay(20, cancellationToken));
        }

        await allAsked;
        settings.Progress($"all {settings.Contacts} contacts confirmed after {elapsed.Elapsed.TotalSeconds:0} s and {kills} kills; waiting for the outbox to drain");

        var drainBy = DateTime.UtcNow + settings.DrainTimeout;
        int unsettled;
        // A kill between storing a contact and processing it leaves it for the sweep (Intake:StuckAfter, shortened
        // here); the events its processing writes are part of what must arrive.
        while ((unsettled = await OutboxNode.UnsettledAsync(database, cancellationToken) + await OutboxNode.UnprocessedContactsAsync(database, cancellationToken)) > 0)
        {
            if (DateTime.UtcNow > drainBy)
            {
                throw new TimeoutException($"{unsettled} messages or contacts were still waiting to be sent or processed {settings.DrainTimeout} after the last contact: {web.LastOutput}");
            }

            if (lastProgress.Elapsed > TimeSpan.FromSeconds(5))
            {
                settings.Progress($"{unsettled} messages still to send or contacts to process (claims by killed nodes wait for their lease to run out)");
                lastProgress.Restart();
            }

            await Task.Delay(250, cancellationToken);
        }

        await web.KillAsync();
        return await ReportAsync(settings, receivers, database, references, kills, elapsed.Elapsed, cancellationToken);
    }

    private static async Task<CrashRunReport> ReportAsync(
        CrashRunSettings settings, IReadOnlyList<CrashRunReceiver> receivers, TestDatabase database, string?[] references, int kills, TimeSpan elapsed, CancellationToken cancellationToken)
    {
        await using var db = database.CreateDbContext();
        var stored = (await db.Contacts.AsNoTracking().Select(c => c.Reference).ToListAsync(cancellationToken)).Select(r => r.Value).ToList();
        var confirmed = references.OfType<string>().ToList();
        var contactsLost = settings.Contacts - confirmed.Count + confirmed.Except(stored).Count();
        var messages = await db.OutboxMessages.AsNoTracking().Select(m => new { m.Id, m.Kind, m.Status }).ToListAsync(cancellationToken);
        var tallies = receivers.Select(receiver =>
        {
            var expected = messages.Where(m => receiver.Kinds.Contains(m.Kind)).Select(m => m.Id.ToString("D")).ToHashSet(StringComparer.Ordinal);
            var received = receiver.Received();
            var byId = received.GroupBy(r => r.Id, StringComparer.Ordinal).ToList();
            var receivedIds = byId.Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
            return new ReceiverTally(
                receiver.Name,
                expected.Count,
                received.Count,
                byId.Count,
                received.Count - byId.Count,
                expected.Count(id => !receivedIds.Contains(id)),
                byId.Count(g => !expected.Contains(g.Key)),
                byId.Sum(g => g.Skip(1).Count(r => r.Content != g.First().Content)));
        }).ToList();
        return new CrashRunReport(
            settings.Contacts,
            confirmed.Count,
            stored.Count,
            contactsLost,
            kills,
            messages.Count,
            messages.GroupBy(m => m.Status).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Count()),
            tallies,
            elapsed);
    }

    private static int Received(IReadOnlyList<CrashRunReceiver> receivers) => receivers.Sum(r => r.Received().Count);

    /// <summary>FrontDoor.Web as a council runs it (Production, sign-in configured, keys under a certificate), sending every second.</summary>
    private static Dictionary<string, string> Environment(CrashRunSettings settings, IReadOnlyList<CrashRunReceiver> receivers, TestDatabase database, int port)
    {
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ASPNETCORE_WEBROOT"] = settings.WebRoot,
            ["DOTNET_hostBuilder__reloadConfigOnChange"] = "false",
            ["DataProtection__CertificatePath"] = settings.CertificatePath,
            ["DataProtection__CertificatePassword"] = settings.CertificatePassword,
            ["Authentication__OpenIdConnect__Authority"] = "https://login.example.test/tenant/v2.0",
            ["Authentication__OpenIdConnect__ClientId"] = "frontdoor",
            ["Authentication__OpenIdConnect__ClientSecret"] = "not-a-real-secret",
            // Plain HTTP on loopback, and every request from one address: the throttle would refuse the load.
            ["FrontDoor__AllowInsecureHttp"] = "true",
            ["Throttling__Enabled"] = "false",
            ["Messages__SendInterval"] = "00:00:01",
            ["Messages__SendLease"] = "00:00:10",
            ["Intake__StuckAfter"] = "00:00:05",
            ["Intake__SweepInterval"] = "00:00:02",
            ["Intake__ProcessingLease"] = "00:00:10",
            ["Logging__LogLevel__Default"] = "Warning",
        };
        foreach (var (key, value) in database.ConfigurationValues.Concat(receivers.SelectMany(r => r.Settings)))
        {
            environment[key.Replace(":", "__", StringComparison.Ordinal)] = value ?? string.Empty;
        }

        return environment;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>FrontDoor.Web run with dotnet, killed with SIGKILL and started again on the same port.</summary>
    private sealed class WebProcess(string webApp, int port, IReadOnlyDictionary<string, string> environment) : IAsyncDisposable
    {
        private readonly Queue<string> _output = new();
        private Process? _process;

        public string LastOutput
        {
            get
            {
                lock (_output)
                {
                    return string.Join(System.Environment.NewLine, _output);
                }
            }
        }

        public async Task StartAsync(Uri server, CancellationToken cancellationToken)
        {
            var start = new ProcessStartInfo("dotnet", [webApp, "--urls", $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}"])
            {
                WorkingDirectory = Path.GetDirectoryName(webApp)!,
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            foreach (var (key, value) in environment)
            {
                start.Environment[key] = value;
            }

            _process = Process.Start(start)!;
            _process.OutputDataReceived += (_, line) => Keep(line.Data);
            _process.ErrorDataReceived += (_, line) => Keep(line.Data);
            _process.BeginOutputReadLine();
            _process.BeginErrorReadLine();

            using var client = new HttpClient { BaseAddress = server, Timeout = TimeSpan.FromSeconds(5) };
            var deadline = DateTime.UtcNow.AddSeconds(90);
            while (DateTime.UtcNow < deadline)
            {
                if (_process.HasExited)
                {
                    throw new InvalidOperationException($"FrontDoor.Web stopped with exit code {_process.ExitCode}: {LastOutput}");
                }

                try
                {
                    using var health = await client.GetAsync("/health", cancellationToken);
                    if (health.StatusCode == HttpStatusCode.OK)
                    {
                        return;
                    }
                }
                catch (Exception ex) when (ex is HttpRequestException || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
                {
                    // Not listening yet.
                }

                await Task.Delay(100, cancellationToken);
            }

            throw new TimeoutException($"FrontDoor.Web did not report healthy within 90 seconds: {LastOutput}");
        }

        /// <summary>SIGKILL: no shutdown, no finally blocks, no flushing; whatever was in flight is lost.</summary>
        public async Task KillAsync()
        {
            if (_process is null)
            {
                return;
            }

            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            await _process.WaitForExitAsync(CancellationToken.None);
            _process.Dispose();
            _process = null;
        }

        public async ValueTask DisposeAsync() => await KillAsync();

        private void Keep(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (_output)
            {
                _output.Enqueue(line);
                if (_output.Count > 40)
                {
                    _output.Dequeue();
                }
            }
        }
    }
}

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using FrontDoor.Core.Contacts.Email;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using MailKit.Security;
using MimeKit;
using Xunit;

namespace FrontDoor.TestCommon.Mail;

/// <summary>
/// A private Dovecot IMAP server on loopback for the whole test run (an xUnit assembly fixture): its own
/// config, folders and log in a temp folder, plain-text sign-in, one mailbox per test from
/// <see cref="CreateMailboxAsync"/>. Needs Debian's dovecot-imapd, which ./test.sh installs when missing.
/// </summary>
public sealed class DovecotServer : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"frontdoor-dovecot-{Guid.NewGuid():N}");
    private readonly SemaphoreSlim _passwdLock = new(1, 1);

    public const string Host = "127.0.0.1";

    public int Port { get; private set; }

    public string ConfigFile => Path.Combine(_root, "dovecot.conf");

    private string PasswdFile => Path.Combine(_root, "passwd");

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists("/usr/sbin/dovecot") && !CommandExists("dovecot"))
        {
            throw new InvalidOperationException("The IMAP tests need Dovecot: run ./test.sh, or apt-get install -y dovecot-imapd.");
        }

        Directory.CreateDirectory(Path.Combine(_root, "run"));
        Directory.CreateDirectory(Path.Combine(_root, "state"));
        Directory.CreateDirectory(Path.Combine(_root, "mail"));
        await File.WriteAllTextAsync(PasswdFile, string.Empty);
        Port = FreePort();
        await File.WriteAllTextAsync(ConfigFile, Config());

        // Dovecot's mail processes run as the dovecot user (uid 0 is refused), so it must own the mail folder.
        await RunAsync("chmod", ["755", _root]);
        await RunAsync("chown", ["-R", "dovecot:dovecot", Path.Combine(_root, "mail")]);
        await RunAsync("dovecot", ["-c", ConfigFile]);
        await WaitForPortAsync();
    }

    /// <summary>A new, empty mailbox of its own, and the options that point FrontDoor's reader at it.</summary>
    public async Task<MailboxOptions> CreateMailboxAsync(string? processedFolder = null)
    {
        var user = $"intake{Guid.NewGuid():N}"[..20];
        var password = Guid.NewGuid().ToString("N");
        await _passwdLock.WaitAsync();
        try
        {
            await File.AppendAllTextAsync(PasswdFile, $"{user}:{{PLAIN}}{password}\n");
        }
        finally
        {
            _passwdLock.Release();
        }

        var options = new MailboxOptions
        {
            Host = Host,
            Port = Port,
            UseTls = SecureSocketOptions.None,
            Username = user,
            Password = password,
            Folder = "INBOX",
            ProcessedFolder = processedFolder,
            PollInterval = TimeSpan.FromSeconds(5),
        };
        // Dovecot notices the new passwd line on its next stat of the file; wait until the user can sign in.
        using var client = await SignInWhenReadyAsync(options);
        if (processedFolder is not null)
        {
            await client.GetFolder(client.PersonalNamespaces[0]).CreateAsync(processedFolder, isMessageFolder: true);
        }

        await client.DisconnectAsync(true);
        return options;
    }

    /// <summary>Delivers a message the way a mail server would, through IMAP APPEND, arriving now or at <paramref name="arrivedAt"/>.</summary>
    public async Task DeliverAsync(MailboxOptions mailbox, MimeMessage message, DateTimeOffset? arrivedAt = null)
    {
        EnsureStarted();
        using var client = await ConnectAsync(mailbox);
        await client.Inbox.AppendAsync(new AppendRequest(message) { InternalDate = arrivedAt });
        await client.DisconnectAsync(true);
    }

    /// <summary>Delivers many messages over one connection (IMAP MULTIAPPEND where the server offers it).</summary>
    public async Task DeliverAsync(MailboxOptions mailbox, IReadOnlyList<MimeMessage> messages)
    {
        EnsureStarted();
        using var client = await ConnectAsync(mailbox);
        await client.Inbox.AppendAsync(messages.Select(m => (IAppendRequest)new AppendRequest(m)).ToList());
        await client.DisconnectAsync(true);
    }

    /// <summary>Delivers raw bytes as they are, even ones that are not an email (doveadm save).</summary>
    public Task DeliverRawAsync(MailboxOptions mailbox, byte[] raw) =>
        RunAsync("doveadm", ["-c", ConfigFile, "save", "-u", mailbox.Username], raw);

    /// <summary>The keywords each message in a folder carries, by subject, as the mailbox holds them now.</summary>
    public async Task<IReadOnlyList<MailboxMessageState>> ListAsync(MailboxOptions mailbox, string? folderName = null)
    {
        EnsureStarted();
        using var client = await ConnectAsync(mailbox);
        var folder = folderName is null ? client.Inbox : await client.GetFolderAsync(folderName);
        await folder.OpenAsync(FolderAccess.ReadOnly);
        var uids = await folder.SearchAsync(SearchQuery.All);
        var states = new List<MailboxMessageState>();
        if (uids.Count > 0)
        {
            foreach (var summary in await folder.FetchAsync(uids, MessageSummaryItems.UniqueId | MessageSummaryItems.Flags | MessageSummaryItems.Envelope))
            {
                states.Add(new MailboxMessageState(summary.UniqueId.Id, summary.Envelope?.Subject, summary.Keywords.ToHashSet(StringComparer.OrdinalIgnoreCase)));
            }
        }

        await client.DisconnectAsync(true);
        return states;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await RunAsync("doveadm", ["-c", ConfigFile, "stop"]);
        }
        catch (InvalidOperationException)
        {
            // Already stopped; the folder still goes.
        }

        _passwdLock.Dispose();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A process still closing a file; the temp folder is cleaned by the OS.
        }
    }

    private void EnsureStarted()
    {
        if (Port == 0)
        {
            throw new InvalidOperationException("Dovecot is not started: take DovecotServer as an assembly fixture.");
        }
    }

    private static async Task<ImapClient> SignInWhenReadyAsync(MailboxOptions mailbox)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await ConnectAsync(mailbox);
            }
            catch (AuthenticationException) when (attempt < 50)
            {
                await Task.Delay(100);
            }
        }
    }

    private static async Task<ImapClient> ConnectAsync(MailboxOptions mailbox)
    {
        var client = new ImapClient();
        await client.ConnectAsync(mailbox.Host, mailbox.Port, SecureSocketOptions.None);
        await client.AuthenticateAsync(mailbox.Username, mailbox.Password);
        return client;
    }

    private string Config() => $$"""
        base_dir = {{_root}}/run
        state_dir = {{_root}}/state
        log_path = {{_root}}/dovecot.log
        info_log_path = {{_root}}/dovecot.log
        protocols = imap
        listen = 127.0.0.1
        ssl = no
        disable_plaintext_auth = no
        auth_mechanisms = plain login
        first_valid_uid = 1
        mail_location = maildir:~/Maildir
        passdb {
          driver = passwd-file
          args = scheme=PLAIN username_format=%u {{PasswdFile}}
        }
        userdb {
          driver = static
          args = uid=dovecot gid=dovecot home={{_root}}/mail/%u
        }
        service imap-login {
          inet_listener imap {
            address = 127.0.0.1
            port = {{Port}}
          }
          inet_listener imaps {
            port = 0
          }
          chroot =
        }
        service anvil {
          chroot =
        }
        """;

    private async Task WaitForPortAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            try
            {
                using var tcp = new TcpClient();
                await tcp.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }
            catch (SocketException ex)
            {
                var log = File.Exists(Path.Combine(_root, "dovecot.log")) ? await File.ReadAllTextAsync(Path.Combine(_root, "dovecot.log")) : "(no log)";
                throw new InvalidOperationException($"Dovecot did not start listening on {Port}: {log}", ex);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static bool CommandExists(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':').Any(dir => File.Exists(Path.Combine(dir, name)));

    private static async Task RunAsync(string fileName, string[] arguments, byte[]? input = null)
    {
        var start = new ProcessStartInfo(fileName) { RedirectStandardError = true, RedirectStandardOutput = true, RedirectStandardInput = input is not null };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        if (input is not null)
        {
            await process.StandardInput.BaseStream.WriteAsync(input);
            process.StandardInput.Close();
        }

        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{fileName} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await error}{await output}");
        }
    }
}

/// <summary>A message in a test mailbox: its UID, subject and IMAP keywords.</summary>
public sealed record MailboxMessageState(uint Uid, string? Subject, IReadOnlySet<string> Keywords)
{
    public bool IsMarkedProcessed => Keywords.Contains(MailboxOptions.ProcessedKeyword);
}

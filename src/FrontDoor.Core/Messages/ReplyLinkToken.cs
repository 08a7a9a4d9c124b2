using System.Security.Cryptography;
using System.Text;

namespace FrontDoor.Core.Messages;

/// <summary>
/// The secret in a link texted to someone so they can answer without signing in (a survey, a check-in). Only its hash
/// is stored, so the table that holds it cannot be used to answer for someone.
/// </summary>
public static class ReplyLinkToken
{
    /// <summary>Length of <see cref="HashOf"/>'s result: SHA-256 in lower-case hex.</summary>
    public const int HashLength = 64;

    /// <summary>A new unguessable token (256 bits, URL-safe) and the hash to store for it.</summary>
    public static (string Token, string Hash) New()
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (token, HashOf(token));
    }

    public static string HashOf(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}

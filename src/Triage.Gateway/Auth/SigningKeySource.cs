using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Triage.Gateway.Auth;

/// <summary>The token signing key: from configuration, or generated once into a file that only the service user can read.</summary>
public static class SigningKeySource
{
    private const int KeyBytes = 32;

    public static SymmetricSecurityKey Load(AuthOptions options, string contentRoot)
    {
        if (!string.IsNullOrEmpty(options.SigningKey))
        {
            return Checked(Convert.FromBase64String(options.SigningKey), "Auth:SigningKey");
        }

        var path = Path.GetFullPath(options.SigningKeyFile, contentRoot);
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, Convert.ToBase64String(RandomNumberGenerator.GetBytes(KeyBytes)));
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }

        return Checked(Convert.FromBase64String(File.ReadAllText(path).Trim()), path);
    }

    private static SymmetricSecurityKey Checked(byte[] key, string source) =>
        key.Length >= KeyBytes
            ? new SymmetricSecurityKey(key)
            : throw new InvalidOperationException($"The signing key from {source} has {key.Length} bytes; HMAC-SHA256 needs at least {KeyBytes}.");
}

using System.Security.Cryptography;

namespace CustomiseYou.Infrastructure.Security;

/// <summary>
/// Stored ciphertext that cannot be opened: its key id is not in the region's ring (a key removed too early, or
/// another region's data), or it was altered. Never carries the plaintext or the key.
/// </summary>
public sealed class FieldEncryptionException(string message, Exception? inner = null) : CryptographicException(message, inner);

namespace CustomiseYou.Application.Common.Files;

/// <summary>An upload as the web host received it: a readable, seekable stream and its length.</summary>
public sealed record UploadedFile(Stream Content, long Length);

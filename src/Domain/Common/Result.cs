namespace CustomiseYou.Domain.Common;

/// <summary>Outcome of an operation that can fail in an expected way.</summary>
public interface IResultBase
{
    bool IsSuccess { get; }

    Error? Error { get; }
}

/// <summary>The value of a successful result that carries nothing else.</summary>
public readonly record struct Success
{
    public static readonly Success Value;
}

/// <summary>A value or an <see cref="Common.Error"/>; never both.</summary>
public sealed class Result<T> : IResultBase
{
    private readonly T? _value;

    private Result(T value)
    {
        _value = value;
        IsSuccess = true;
    }

    private Result(Error error) => Error = error;

    public bool IsSuccess { get; }

    public Error? Error { get; }

    public T Value => IsSuccess ? _value! : throw new InvalidOperationException($"A failed result has no value ({Error!.Code}).");

    public static Result<T> Success(T value) => new(value);

    public static Result<T> Failure(Error error) => new(error);

    public static implicit operator Result<T>(T value) => Success(value);

    public static implicit operator Result<T>(Error error) => Failure(error);
}

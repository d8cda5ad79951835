using Mediator;

namespace CustomiseYou.WebApi.OpenApi;

/// <summary>
/// Endpoint metadata: the Mediator message an endpoint sends. The OpenAPI document reads the message's
/// <c>[Authorize]</c>, validator and idempotency from it, so the contract follows the use case instead of a second list.
/// </summary>
public sealed record UseCaseMetadata(Type MessageType);

/// <summary>Two or more response bodies for one status: the body matches at least one of them (anyOf).</summary>
public sealed record AlternativeResponsesMetadata(int StatusCode, IReadOnlyList<Type> Types);

/// <summary>The values a string parameter takes (a sort name, a status), documented as an enum.</summary>
public sealed record AllowedValuesMetadata(string Parameter, IReadOnlyList<string> Values);

/// <summary>
/// Multipart form fields the server requires although their parameters are nullable (so the validator names what is
/// missing), and text fields that take an enum's names.
/// </summary>
public sealed record FormFieldsMetadata(IReadOnlyList<string> Required, IReadOnlyDictionary<string, Type> Enums);

public static class UseCaseEndpointExtensions
{
    /// <summary>
    /// Names the endpoint after its use case (<c>CreateCategoryCommand</c>: <c>CreateCategory</c>, the operationId
    /// <c>createCategory</c>) unless <paramref name="name"/> is given, and records the message it sends.
    /// </summary>
    public static RouteHandlerBuilder UseCase<TMessage>(this RouteHandlerBuilder builder, string? name = null)
        where TMessage : IMessage =>
        builder.WithName(name ?? OperationName(typeof(TMessage))).WithMetadata(new UseCaseMetadata(typeof(TMessage)));

    /// <summary>A 200 whose body is one of two views, such as the public profile or the owner's full record.</summary>
    public static RouteHandlerBuilder ProducesAnyOf<TFirst, TSecond>(this RouteHandlerBuilder builder, int statusCode = StatusCodes.Status200OK) =>
        builder.Produces<TFirst>(statusCode).WithMetadata(new AlternativeResponsesMetadata(statusCode, [typeof(TFirst), typeof(TSecond)]));

    /// <summary>Documents the values <paramref name="parameter"/> accepts; the validator stays the one that enforces them.</summary>
    public static RouteHandlerBuilder AllowedValues(this RouteHandlerBuilder builder, string parameter, IEnumerable<string> values) =>
        builder.WithMetadata(new AllowedValuesMetadata(parameter, [.. values]));

    /// <summary>Documents the form's fields as required, <paramref name="enumField"/> as taking <typeparamref name="TEnum"/>'s names;
    /// the validator stays the one that enforces them.</summary>
    public static RouteHandlerBuilder FormFields<TEnum>(this RouteHandlerBuilder builder, string enumField, params string[] required)
        where TEnum : struct, Enum =>
        builder.WithMetadata(new FormFieldsMetadata(required, new Dictionary<string, Type> { [enumField] = typeof(TEnum) }));

    internal static string OperationName(Type message)
    {
        var name = message.Name;
        foreach (var suffix in (string[])["Command", "Query"])
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal))
            {
                return name[..^suffix.Length];
            }
        }

        return name;
    }
}

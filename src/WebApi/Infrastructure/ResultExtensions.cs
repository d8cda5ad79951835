using CustomiseYou.Domain.Common;

namespace CustomiseYou.WebApi.Infrastructure;

internal static class ResultExtensions
{
    /// <summary>Maps a use case result to HTTP: the success projection, or problem details for its error.</summary>
    public static IResult ToHttp<T>(this Result<T> result, HttpContext context, Func<T, IResult> onSuccess) =>
        result.IsSuccess ? onSuccess(result.Value) : result.Error!.ToProblem(context);

    public static IResult ToProblem(this Error error, HttpContext context)
    {
        var problem = ProblemFactory.From(error, context);
        return TypedResults.Problem(problem);
    }
}

namespace Scim.Schema;

/// <summary>
/// The one error type for protocol failures: anything a client can cause (bad JSON, a bad filter, a PATCH that
/// cannot apply, a uniqueness or version conflict, an unknown resource) is a <see cref="ScimException"/> carrying the
/// HTTP status, the RFC 7644 §3.12 <c>scimType</c> (where one applies) and a detail safe to return to the client.
/// </summary>
/// <remarks>
/// A bug in the library or in a host is an ordinary exception, never a <see cref="ScimException"/>, so that it
/// surfaces as a 500 and is not disguised as a client error. The <see cref="Exception.Message"/> equals
/// <see cref="Detail"/>. Details never echo secret values such as passwords.
/// </remarks>
public sealed class ScimException : Exception
{
    /// <summary>Creates an error with the given HTTP status, <c>scimType</c> and detail.</summary>
    /// <param name="status">The HTTP status code (4xx for client errors).</param>
    /// <param name="scimType">The RFC 7644 §3.12 keyword (see <see cref="ScimErrorType"/>), or <see langword="null"/>.</param>
    /// <param name="detail">A human-readable explanation, safe to return to the client.</param>
    /// <param name="innerException">The underlying exception, if any; it is never shown to the client.</param>
    public ScimException(int status, string? scimType, string detail, Exception? innerException = null)
        : base(detail, innerException)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(status, 100);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(status, 599);
        ArgumentNullException.ThrowIfNull(detail);
        Status = status;
        ScimType = scimType;
        Detail = detail;
    }

    /// <summary>The HTTP status code.</summary>
    public int Status { get; }

    /// <summary>The RFC 7644 §3.12 <c>scimType</c> keyword, or <see langword="null"/> when none applies.</summary>
    public string? ScimType { get; }

    /// <summary>A human-readable explanation, safe to return to the client.</summary>
    public string Detail { get; }

    /// <summary>400 with <c>invalidFilter</c>.</summary>
    /// <param name="detail">What is wrong and where.</param>
    public static ScimException InvalidFilter(string detail) => new(400, ScimErrorType.InvalidFilter, detail);

    /// <summary>400 with <c>invalidSyntax</c>.</summary>
    /// <param name="detail">What is wrong and where.</param>
    /// <param name="innerException">The underlying parser exception, if any.</param>
    public static ScimException InvalidSyntax(string detail, Exception? innerException = null) =>
        new(400, ScimErrorType.InvalidSyntax, detail, innerException);

    /// <summary>400 with <c>invalidValue</c>.</summary>
    /// <param name="detail">What is wrong.</param>
    public static ScimException InvalidValue(string detail) => new(400, ScimErrorType.InvalidValue, detail);

    /// <summary>400 with <c>invalidPath</c>.</summary>
    /// <param name="detail">What is wrong and where.</param>
    public static ScimException InvalidPath(string detail) => new(400, ScimErrorType.InvalidPath, detail);

    /// <summary>400 with <c>noTarget</c>.</summary>
    /// <param name="detail">Which path had no target.</param>
    public static ScimException NoTarget(string detail) => new(400, ScimErrorType.NoTarget, detail);

    /// <summary>400 with <c>mutability</c>.</summary>
    /// <param name="detail">Which attribute cannot be changed.</param>
    public static ScimException Mutability(string detail) => new(400, ScimErrorType.Mutability, detail);

    /// <summary>409 with <c>uniqueness</c>.</summary>
    /// <param name="detail">Which attribute is not unique (never the conflicting value of a secret attribute).</param>
    public static ScimException Uniqueness(string detail) => new(409, ScimErrorType.Uniqueness, detail);

    /// <summary>400 with <c>tooMany</c>.</summary>
    /// <param name="detail">Which limit was exceeded.</param>
    public static ScimException TooMany(string detail) => new(400, ScimErrorType.TooMany, detail);

    /// <summary>400 with <c>sensitive</c>.</summary>
    /// <param name="detail">What was refused.</param>
    public static ScimException Sensitive(string detail) => new(400, ScimErrorType.Sensitive, detail);

    /// <summary>404 without a <c>scimType</c>.</summary>
    /// <param name="detail">What was not found.</param>
    public static ScimException NotFound(string detail) => new(404, null, detail);

    /// <summary>412: the resource changed since the version the client named (If-Match) or the store expected.</summary>
    /// <param name="detail">What did not match.</param>
    public static ScimException PreconditionFailed(string detail) => new(412, null, detail);

    /// <summary>413: the request exceeds a size limit.</summary>
    /// <param name="detail">Which limit was exceeded.</param>
    public static ScimException PayloadTooLarge(string detail) => new(413, null, detail);
}

namespace Scim.Filter.Parsing;

/// <summary>A syntax error found while tokenizing or parsing: where (0-based offset) and what.</summary>
/// <param name="Offset">The 0-based character offset of the error in the input.</param>
/// <param name="Message">What went wrong, without position and without trailing period.</param>
internal readonly record struct FilterSyntaxError(int Offset, string Message)
{
    /// <summary>The error as shown to clients: <c>Syntax error at column N: message.</c></summary>
    public string Format() => string.Create(
        System.Globalization.CultureInfo.InvariantCulture, $"Syntax error at column {Offset + 1}: {Message}.");
}

namespace Scim.Schema;

/// <summary>
/// The path of a value being read, kept as its parts and joined only when an error message needs it, so that
/// reading does not allocate a path string per value.
/// </summary>
/// <param name="Parent">The parent attribute's path (or an extension URN), or <see langword="null"/> at the top level.</param>
/// <param name="Name">The attribute name.</param>
/// <param name="Separator">The separator between parent and name: <c>.</c> for sub-attributes, <c>:</c> after an extension URN.</param>
internal readonly record struct ValuePathText(string? Parent, string Name, char Separator = '.')
{
    /// <summary>The joined path.</summary>
    public override string ToString() => Parent is null ? Name : string.Concat(Parent, Separator.ToString(), Name);
}

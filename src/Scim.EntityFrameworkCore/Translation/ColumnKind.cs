namespace Scim.EntityFrameworkCore;

/// <summary>The comparison semantics of a mapped column.</summary>
internal enum ColumnKind
{
    /// <summary>A string column (case-exact, or holding comparison keys when the mapping says so).</summary>
    Text,

    /// <summary>A nullable boolean column.</summary>
    Boolean,

    /// <summary>A UTC <see cref="DateTime"/> column.</summary>
    DateTime,
}

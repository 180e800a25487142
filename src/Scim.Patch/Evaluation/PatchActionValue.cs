namespace Scim.Patch;

/// <summary>What the value of a <see cref="PatchAction"/> means.</summary>
internal enum PatchActionValue
{
    /// <summary>The value to add or replace with (add, replace), or nothing (remove without value).</summary>
    Normal,

    /// <summary>The client asked to clear the target (replace with <c>null</c>, or an empty manager under client compatibility): applied as a remove.</summary>
    Clear,

    /// <summary>Entra's remove with a value array (INTEROP.md item 3): remove exactly the listed values.</summary>
    RemoveListed,

    /// <summary>Add with nothing to add (<c>null</c>, <c>[]</c>): nothing happens.</summary>
    Nothing,
}

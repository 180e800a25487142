namespace Scim.Fuzz.Targets;

/// <summary>A broken invariant found by a harness; deliberately not a ScimException so the fuzzer records a crash.</summary>
internal sealed class FuzzFindingException : Exception
{
    public FuzzFindingException()
    {
    }

    public FuzzFindingException(string message)
        : base(message)
    {
    }

    public FuzzFindingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

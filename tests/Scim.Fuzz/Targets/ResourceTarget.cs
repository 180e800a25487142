using Scim.Schema;

namespace Scim.Fuzz.Targets;

/// <summary>
/// Reads the input as a User and as a Group request body. A refusal must be a <see cref="ScimException"/>; an accepted
/// document must write (for a response and for storage) and read back from its stored form to an equal document.
/// </summary>
internal static class ResourceTarget
{
    public static void Run(ReadOnlySpan<byte> input)
    {
        ReadWriteReadBack(input, CoreSchemas.UserResourceType);
        ReadWriteReadBack(input, CoreSchemas.GroupResourceType);
    }

    private static void ReadWriteReadBack(ReadOnlySpan<byte> input, ResourceTypeDefinition type)
    {
        ScimResource resource;
        try
        {
            resource = ScimJsonReader.ReadResource(input, type);
        }
        catch (ScimException refused)
        {
            FuzzOracle.ExpectClientError(refused);
            return;
        }

        _ = ScimJsonWriter.SerializeResource(resource, ScimJsonWriteOptions.Response);
        var stored = ScimJsonWriter.SerializeResource(resource, ScimJsonWriteOptions.Storage);
        var readBack = FuzzOracle.MustSucceed(() => ScimJsonReader.ReadResource(stored, type, ScimJsonReadOptions.Stored), "the stored form of an accepted " + type.Name);
        FuzzOracle.Check(readBack.Equals(resource), "the stored form of an accepted " + type.Name + " reads back to a different document");
        FuzzOracle.Check(readBack.GetHashCode() == resource.GetHashCode(), "equal documents have different hash codes");
    }
}

using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Scim.Schema.Tests;

public sealed class RoundTripProperties
{
    [Property(MaxTest = 3000)]
    public Property Writing_a_resource_and_reading_it_again_gives_an_equal_resource() =>
        Prop.ForAll(ResourceGenerator.User().ToArbitrary(), user =>
        {
            var written = ScimJsonWriter.SerializeResource(user, ScimJsonWriteOptions.Storage);
            var read = ScimJsonReader.ReadResource(written, CoreSchemas.UserResourceType, ScimJsonReadOptions.Stored);

            Assert.Equal(user, read);
            Assert.Equal(written, ScimJsonWriter.SerializeResource(read, ScimJsonWriteOptions.Storage));
        });

    [Property(MaxTest = 1000)]
    public Property Responses_never_carry_the_password_whatever_the_projection() =>
        Prop.ForAll(
            ResourceGenerator.User().ToArbitrary(),
            Gen.Elements(null, "password", "userName,password", "name.givenName", "emails.value").ToArbitrary(),
            (user, attributes) =>
            {
                var projected = ScimProjection.Create(CoreSchemas.UserResourceType, attributes, null).Apply(user);
                var response = ScimJsonWriter.SerializeResourceToString(projected);

                Assert.Null(projected["password"]);
                Assert.DoesNotContain("\"password\"", response, StringComparison.Ordinal);
                Assert.Equal(user.Id, projected.Id);
            });

    [Property(MaxTest = 1000)]
    public Property Projection_only_removes_values_and_the_default_projection_only_removes_the_password() =>
        Prop.ForAll(ResourceGenerator.User().ToArbitrary(), user =>
        {
            var projected = ScimProjection.Default(CoreSchemas.UserResourceType).Apply(user);

            Assert.Equal(user.With("password", null), projected);
        });
}

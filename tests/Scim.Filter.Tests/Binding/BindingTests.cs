using Scim.Schema;

namespace Scim.Filter.Tests.Binding;

public sealed class BindingTests
{
    private static readonly ResourceTypeDefinition Users = CoreSchemas.UserResourceType;

    [Theory]
    [InlineData("userName eq \"bjensen\"")]
    [InlineData("USERNAME Eq \"bjensen\"")]
    [InlineData("urn:ietf:params:scim:schemas:core:2.0:User:userName sw \"J\"")]
    [InlineData("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value eq \"26118915\"")]
    [InlineData("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber eq \"701984\"")]
    [InlineData("employeeNumber eq \"701984\"")]
    [InlineData("manager eq \"26118915\"")]
    [InlineData("id eq \"2819c223\"")]
    [InlineData("urn:ietf:params:scim:schemas:core:2.0:User:id eq \"2819c223\"")]
    [InlineData("externalId eq \"x\"")]
    [InlineData("meta.lastModified gt \"2011-05-13T04:42:34Z\"")]
    [InlineData("meta.created le \"2011-05-13T04:42:34.5+02:00\"")]
    [InlineData("schemas eq \"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\"")]
    [InlineData("emails co \"example.com\"")]
    [InlineData("emails[type eq \"work\" and value co \"@example.com\"]")]
    [InlineData("emails[type eq \"work\"].value eq \"x\"")]
    [InlineData("roles[primary eq \"True\"]")]
    [InlineData("active eq true and not (title pr)")]
    [InlineData("title eq null")]
    [InlineData("title ne null")]
    [InlineData("name pr")]
    [InlineData("name.familyName gt \"M\"")]
    public void Filter_binds_to_the_user_resource_type(string filter)
    {
        var bound = ScimFilter.Bind(ScimFilter.Parse(filter), Users);

        Assert.Same(Users, bound.ResourceType);
    }

    [Theory]
    [InlineData("nickname2 eq \"x\"", "The filter names the attribute `nickname2`, which User resources do not have.")]
    [InlineData("urn:example:Nope:userName eq \"x\"", "The filter names the schema `urn:example:Nope`, which User resources do not use.")]
    [InlineData("name.nope eq \"x\"", "The attribute `name` has no sub-attribute `nope`.")]
    [InlineData("userName.value eq \"x\"", "The attribute `userName` has no sub-attributes.")]
    [InlineData("password eq \"hunter2\"", "The attribute `password` cannot be used in a filter.")]
    [InlineData("password pr", "The attribute `password` cannot be used in a filter.")]
    [InlineData("urn:ietf:params:scim:schemas:core:2.0:User:password sw \"a\"", "The attribute `password` cannot be used in a filter.")]
    [InlineData("active gt true", "The operator `gt` cannot order the boolean attribute `active`.")]
    [InlineData("active co \"t\"", "The operator `co` applies to string and reference attributes; `active` is boolean.")]
    [InlineData("meta.lastModified sw \"2011\"", "The operator `sw` applies to string and reference attributes; `meta.lastModified` is dateTime.")]
    [InlineData("x509Certificates.value gt \"AAAA\"", "The operator `gt` cannot order the binary attribute `x509Certificates.value`.")]
    [InlineData("x509Certificates.value eq \"not base64!\"", "The value for the binary attribute `x509Certificates.value` is not valid base64.")]
    [InlineData("userName eq 1", "The string attribute `userName` cannot be compared with an integer.")]
    [InlineData("active eq \"yes\"", "The boolean attribute `active` cannot be compared with a string.")]
    [InlineData("meta.lastModified gt \"yesterday\"", "The value for the dateTime attribute `meta.lastModified` is not an xsd:dateTime such as \"2011-05-13T04:42:34Z\".")]
    [InlineData("name eq \"Barbara\"", "Compare a sub-attribute of the complex attribute `name`, such as `name.formatted`.")]
    [InlineData("userName[value eq \"x\"]", "A value filter applies to a complex attribute; `userName` is not complex.")]
    [InlineData("emails[nope eq \"x\"]", "The attribute `emails` has no sub-attribute `nope`.")]
    [InlineData("emails[value.x eq \"x\"]", "The sub-attribute `emails.value` has no sub-attributes.")]
    [InlineData("name.givenName[value eq \"x\"]", "A value filter applies to a complex attribute, not to the sub-attribute `name.givenName`.")]
    [InlineData("userName gt null", "Only `eq` and `ne` can compare `userName` with null.")]
    public void Filter_that_does_not_fit_the_schema_is_rejected_with_invalidFilter(string filter, string message)
    {
        var parsed = ScimFilter.Parse(filter);

        var error = Assert.Throws<ScimException>(() => ScimFilter.Bind(parsed, Users));

        Assert.Equal(ScimErrorType.InvalidFilter, error.ScimType);
        Assert.Equal(400, error.Status);
        Assert.Equal(message, error.Detail);
    }

    [Fact]
    public void Password_filter_error_never_echoes_the_value()
    {
        var error = Assert.Throws<ScimException>(() => ScimFilter.Bind(ScimFilter.Parse("password eq \"hunter2\""), Users));

        Assert.DoesNotContain("hunter2", error.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Group_resources_do_not_have_user_attributes()
    {
        var error = Assert.Throws<ScimException>(() => ScimFilter.Bind(ScimFilter.Parse("userName eq \"x\""), CoreSchemas.GroupResourceType));

        Assert.Equal("The filter names the attribute `userName`, which Group resources do not have.", error.Detail);
    }
}

namespace Scim.Schema;

/// <summary>
/// The core User and Group schemas and the Enterprise User extension, with every attribute and characteristic as
/// RFC 7643 §4 and §8.7.1 define them, and the two core resource types.
/// </summary>
/// <remarks>
/// Where §8.7.1 and the prose of §4 differ, the schema follows §8.7.1 except in two places, both so that the RFC's
/// own §8 examples round-trip: <c>addresses</c> carries <c>primary</c> (§4.1.2 prose and the §8.2 example) and
/// <c>members</c> carries <c>display</c> (the §8.4 example and what Okta and Entra ID send).
/// </remarks>
public static class CoreSchemas
{
    private static AttributeDefinition Text(string name, string description, bool caseExact = false) =>
        new(name) { Description = description, CaseExact = caseExact };

    private static AttributeDefinition MultiValuedComplex(string name, string description, params AttributeDefinition[] subAttributes) =>
        new(name, AttributeType.Complex) { Description = description, MultiValued = true, SubAttributes = subAttributes };

    private static AttributeDefinition TypeAttribute(string description, params string[] canonicalValues) =>
        new("type") { Description = description, CanonicalValues = canonicalValues };

    private static AttributeDefinition Primary(string description) =>
        new("primary", AttributeType.Boolean) { Description = description };

    private static AttributeDefinition Display(string description) => Text("display", description);

    /// <summary>The core User schema (<c>urn:ietf:params:scim:schemas:core:2.0:User</c>).</summary>
    public static SchemaDefinition User { get; } = new(ScimSchemaIds.User, "User", "User Account",
    [
        new("userName")
        {
            Description = "Unique identifier for the User, typically used by the user to directly authenticate to the service provider.",
            Required = true,
            Uniqueness = Uniqueness.Server,
        },
        new("name", AttributeType.Complex)
        {
            Description = "The components of the user's real name.",
            SubAttributes =
            [
                Text("formatted", "The full name, including all middle names, titles, and suffixes as appropriate, formatted for display."),
                Text("familyName", "The family name of the User, or last name in most Western languages."),
                Text("givenName", "The given name of the User, or first name in most Western languages."),
                Text("middleName", "The middle name(s) of the User."),
                Text("honorificPrefix", "The honorific prefix(es) of the User, or title in most Western languages."),
                Text("honorificSuffix", "The honorific suffix(es) of the User, or suffix in most Western languages."),
            ],
        },
        Text("displayName", "The name of the User, suitable for display to end-users."),
        Text("nickName", "The casual way to address the user in real life."),
        new("profileUrl", AttributeType.Reference) { Description = "A fully qualified URL pointing to a page representing the User's online profile.", ReferenceTypes = ["external"] },
        Text("title", "The user's title, such as \"Vice President\"."),
        Text("userType", "Used to identify the relationship between the organization and the user."),
        Text("preferredLanguage", "Indicates the User's preferred written or spoken language."),
        Text("locale", "Used to indicate the User's default location for purposes of localizing items such as currency, date time format, or numerical representations."),
        Text("timezone", "The User's time zone in the 'Olson' time zone database format, e.g., 'America/Los_Angeles'."),
        new("active", AttributeType.Boolean) { Description = "A Boolean value indicating the User's administrative status." },
        new("password")
        {
            Description = "The User's cleartext password. This attribute is intended to be used as a means to specify an initial password when creating a new User or to reset an existing User's password.",
            Mutability = Mutability.WriteOnly,
            Returned = Returned.Never,
        },
        MultiValuedComplex("emails", "Email addresses for the user.",
            Text("value", "Email addresses for the user."),
            Display("A human-readable name, primarily used for display purposes."),
            TypeAttribute("A label indicating the attribute's function, e.g., 'work' or 'home'.", "work", "home", "other"),
            Primary("A Boolean value indicating the 'primary' or preferred attribute value for this attribute, e.g., the preferred mailing address or primary email address.")),
        MultiValuedComplex("phoneNumbers", "Phone numbers for the User.",
            Text("value", "Phone number of the User."),
            Display("A human-readable name, primarily used for display purposes."),
            TypeAttribute("A label indicating the attribute's function, e.g., 'work', 'home', 'mobile'.", "work", "home", "mobile", "fax", "pager", "other"),
            Primary("A Boolean value indicating the 'primary' or preferred attribute value for this attribute, e.g., the preferred phone number or primary phone number.")),
        MultiValuedComplex("ims", "Instant messaging addresses for the User.",
            Text("value", "Instant messaging address for the User."),
            Display("A human-readable name, primarily used for display purposes."),
            TypeAttribute("A label indicating the attribute's function, e.g., 'aim', 'gtalk', 'xmpp'.", "aim", "gtalk", "icq", "xmpp", "msn", "skype", "qq", "yahoo"),
            Primary("A Boolean value indicating the 'primary' or preferred attribute value for this attribute, e.g., the preferred messenger or primary messenger.")),
        MultiValuedComplex("photos", "URLs of photos of the User.",
            new AttributeDefinition("value", AttributeType.Reference) { Description = "URL of a photo of the User.", ReferenceTypes = ["external"] },
            Display("A human-readable name, primarily used for display purposes."),
            TypeAttribute("A label indicating the attribute's function, i.e., 'photo' or 'thumbnail'.", "photo", "thumbnail"),
            Primary("A Boolean value indicating the 'primary' or preferred attribute value for this attribute, e.g., the preferred photo or thumbnail.")),
        MultiValuedComplex("addresses", "A physical mailing address for this User.",
            Text("formatted", "The full mailing address, formatted for display or use with a mailing label."),
            Text("streetAddress", "The full street address component, which may include house number, street name, P.O. box, and multi-line extended street address information."),
            Text("locality", "The city or locality component."),
            Text("region", "The state or region component."),
            Text("postalCode", "The zip code or postal code component."),
            Text("country", "The country name component."),
            TypeAttribute("A label indicating the attribute's function, e.g., 'work' or 'home'.", "work", "home", "other"),
            Primary("A Boolean value indicating the 'primary' or preferred address.")),
        new("groups", AttributeType.Complex)
        {
            Description = "A list of groups to which the user belongs, either through direct membership, through nested groups, or dynamically calculated.",
            MultiValued = true,
            Mutability = Mutability.ReadOnly,
            SubAttributes =
            [
                new("value") { Description = "The identifier of the User's group.", Mutability = Mutability.ReadOnly },
                new("$ref", AttributeType.Reference) { Description = "The URI of the corresponding 'Group' resource to which the user belongs.", Mutability = Mutability.ReadOnly, ReferenceTypes = ["User", "Group"] },
                new("display") { Description = "A human-readable name, primarily used for display purposes.", Mutability = Mutability.ReadOnly },
                new("type") { Description = "A label indicating the attribute's function, e.g., 'direct' or 'indirect'.", Mutability = Mutability.ReadOnly, CanonicalValues = ["direct", "indirect"] },
            ],
        },
        MultiValuedComplex("entitlements", "A list of entitlements for the User that represent a thing the User has.",
            Text("value", "The value of an entitlement."),
            Display("A human-readable name, primarily used for display purposes."),
            Text("type", "A label indicating the attribute's function."),
            Primary("A Boolean value indicating the 'primary' or preferred attribute value for this attribute.")),
        MultiValuedComplex("roles", "A list of roles for the User that collectively represent who the User is, e.g., 'Student', 'Faculty'.",
            Text("value", "The value of a role."),
            Display("A human-readable name, primarily used for display purposes."),
            Text("type", "A label indicating the attribute's function."),
            Primary("A Boolean value indicating the 'primary' or preferred attribute value for this attribute.")),
        MultiValuedComplex("x509Certificates", "A list of certificates issued to the User.",
            new AttributeDefinition("value", AttributeType.Binary) { Description = "The value of an X.509 certificate." },
            Display("A human-readable name, primarily used for display purposes."),
            Text("type", "A label indicating the attribute's function."),
            Primary("A Boolean value indicating the 'primary' or preferred attribute value for this attribute.")),
    ]);

    /// <summary>The core Group schema (<c>urn:ietf:params:scim:schemas:core:2.0:Group</c>).</summary>
    public static SchemaDefinition Group { get; } = new(ScimSchemaIds.Group, "Group", "Group",
    [
        Text("displayName", "A human-readable name for the Group. REQUIRED."),
        new("members", AttributeType.Complex)
        {
            Description = "A list of members of the Group.",
            MultiValued = true,
            SubAttributes =
            [
                new("value") { Description = "Identifier of the member of this Group.", Mutability = Mutability.Immutable },
                new("$ref", AttributeType.Reference) { Description = "The URI corresponding to a SCIM resource that is a member of this Group.", Mutability = Mutability.Immutable, ReferenceTypes = ["User", "Group"] },
                new("type") { Description = "A label indicating the type of resource, e.g., 'User' or 'Group'.", Mutability = Mutability.Immutable, CanonicalValues = ["User", "Group"] },
                Display("A human-readable name for the member, primarily used for display purposes."),
            ],
        },
    ]);

    /// <summary>The Enterprise User extension (<c>urn:ietf:params:scim:schemas:extension:enterprise:2.0:User</c>).</summary>
    public static SchemaDefinition EnterpriseUser { get; } = new(ScimSchemaIds.EnterpriseUser, "EnterpriseUser", "Enterprise User",
    [
        Text("employeeNumber", "Numeric or alphanumeric identifier assigned to a person, typically based on order of hire or association with an organization."),
        Text("costCenter", "Identifies the name of a cost center."),
        Text("organization", "Identifies the name of an organization."),
        Text("division", "Identifies the name of a division."),
        Text("department", "Identifies the name of a department."),
        new("manager", AttributeType.Complex)
        {
            Description = "The User's manager. A complex type that optionally allows service providers to represent organizational hierarchy by referencing the 'id' attribute of another User.",
            SubAttributes =
            [
                Text("value", "The id of the SCIM resource representing the User's manager."),
                new("$ref", AttributeType.Reference) { Description = "The URI of the SCIM resource representing the User's manager.", ReferenceTypes = ["User"] },
                new("displayName") { Description = "The displayName of the User's manager.", Mutability = Mutability.ReadOnly },
            ],
        },
    ]);

    /// <summary>The User resource type at <c>/Users</c>, with the Enterprise User extension (optional).</summary>
    public static ResourceTypeDefinition UserResourceType { get; } =
        new("User", "/Users", User, "User Account", [new SchemaExtensionReference(EnterpriseUser, false)]);

    /// <summary>The Group resource type at <c>/Groups</c>.</summary>
    public static ResourceTypeDefinition GroupResourceType { get; } = new("Group", "/Groups", Group, "Group");
}

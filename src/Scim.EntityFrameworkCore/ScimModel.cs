using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Scim.EntityFrameworkCore;

/// <summary>The table and column names (shared with the migration and the raw member insert) and the model configuration.</summary>
internal static class ScimModel
{
    public const string UsersTable = "scim_users";
    public const string UserEmailsTable = "scim_user_emails";
    public const string GroupsTable = "scim_groups";
    public const string GroupMembersTable = "scim_group_members";

    public const int TenantLength = 128;
    public const int IdLength = 256;
    public const int KeyLength = 1024;

    /// <summary>PostgreSQL compares and sorts these columns byte-wise ("C"), as SQLite's BINARY and .NET's ordinal comparison do.</summary>
    public const string OrdinalCollation = "C";

    public static bool IsPostgres(string? providerName) =>
        providerName is not null && providerName.Contains("Npgsql", StringComparison.OrdinalIgnoreCase);

    public static void Configure(ModelBuilder model, string? providerName)
    {
        var postgres = IsPostgres(providerName);

        model.Entity<ScimUserEntity>(user =>
        {
            user.ToTable(UsersTable);
            ConfigureResource(user, postgres, UsersTable);
            user.Property(u => u.UserName).HasColumnName("user_name").IsRequired();
            Key(user.Property(u => u.UserNameKey).HasColumnName("user_name_key").IsRequired(), postgres);
            user.Property(u => u.Active).HasColumnName("active");
            user.HasIndex(u => new { u.Tenant, u.UserNameKey }).IsUnique().HasDatabaseName("ux_scim_users_user_name");
            user.HasIndex(u => new { u.Tenant, u.ExternalId }).HasDatabaseName("ix_scim_users_external_id");
            user.HasIndex(u => new { u.Tenant, u.DisplayNameKey }).HasDatabaseName("ix_scim_users_display_name");
            user.HasMany(u => u.Emails).WithOne().HasForeignKey(e => new { e.Tenant, e.UserId }).OnDelete(DeleteBehavior.Cascade).HasConstraintName("fk_scim_user_emails_users");
        });

        model.Entity<ScimUserEmailEntity>(email =>
        {
            email.ToTable(UserEmailsTable);
            Key(email.Property(e => e.Tenant).HasColumnName("tenant").HasMaxLength(TenantLength), postgres);
            Key(email.Property(e => e.UserId).HasColumnName("user_id").HasMaxLength(IdLength), postgres);
            email.Property(e => e.Position).HasColumnName("position");
            Key(email.Property(e => e.ValueKey).HasColumnName("value_key"), postgres);
            Key(email.Property(e => e.TypeKey).HasColumnName("type_key"), postgres);
            Key(email.Property(e => e.DisplayKey).HasColumnName("display_key"), postgres);
            email.Property(e => e.Primary).HasColumnName("is_primary");
            email.HasKey(e => new { e.Tenant, e.UserId, e.Position }).HasName("pk_scim_user_emails");
            email.HasIndex(e => new { e.Tenant, e.ValueKey }).HasDatabaseName("ix_scim_user_emails_value");
        });

        model.Entity<ScimGroupEntity>(group =>
        {
            group.ToTable(GroupsTable);
            ConfigureResource(group, postgres, GroupsTable);
            group.HasIndex(g => new { g.Tenant, g.DisplayNameKey }).IsUnique().HasDatabaseName("ux_scim_groups_display_name");
            group.HasIndex(g => new { g.Tenant, g.ExternalId }).HasDatabaseName("ix_scim_groups_external_id");
            group.HasMany(g => g.Members).WithOne().HasForeignKey(m => new { m.Tenant, m.GroupId }).OnDelete(DeleteBehavior.Cascade).HasConstraintName("fk_scim_group_members_groups");
        });

        model.Entity<ScimGroupMemberEntity>(member =>
        {
            member.ToTable(GroupMembersTable);
            Key(member.Property(m => m.Tenant).HasColumnName("tenant").HasMaxLength(TenantLength), postgres);
            Key(member.Property(m => m.GroupId).HasColumnName("group_id").HasMaxLength(IdLength), postgres);
            Key(member.Property(m => m.MemberId).HasColumnName("member_id").HasMaxLength(IdLength), postgres);
            member.Property(m => m.Type).HasColumnName("type");
            member.Property(m => m.Display).HasColumnName("display");
            member.HasKey(m => new { m.Tenant, m.GroupId, m.MemberId }).HasName("pk_scim_group_members");
            member.HasIndex(m => new { m.Tenant, m.MemberId }).HasDatabaseName("ix_scim_group_members_member");
        });
    }

    private static void ConfigureResource<TEntity>(EntityTypeBuilder<TEntity> entity, bool postgres, string tableName)
        where TEntity : ScimResourceEntity
    {
        Key(entity.Property(e => e.Tenant).HasColumnName("tenant").HasMaxLength(TenantLength), postgres);
        Key(entity.Property(e => e.Id).HasColumnName("id").HasMaxLength(IdLength), postgres);
        Key(entity.Property(e => e.ExternalId).HasColumnName("external_id"), postgres);
        entity.Property(e => e.DisplayName).HasColumnName("display_name");
        Key(entity.Property(e => e.DisplayNameKey).HasColumnName("display_name_key"), postgres);
        entity.Property(e => e.Created).HasColumnName("created");
        entity.Property(e => e.LastModified).HasColumnName("last_modified");
        entity.Property(e => e.Version).HasColumnName("version");
        entity.Property(e => e.Document).HasColumnName("document").IsRequired();
        entity.HasKey(e => new { e.Tenant, e.Id }).HasName(tableName == UsersTable ? "pk_scim_users" : "pk_scim_groups");
    }

    private static void Key(PropertyBuilder property, bool postgres)
    {
        if (postgres)
        {
            property.UseCollation(OrdinalCollation);
        }
    }
}

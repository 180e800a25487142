using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Scim.EntityFrameworkCore.Migrations;

/// <summary>
/// Creates the SCIM tables. Hand-written and provider-neutral: column types come from the provider's type mapping
/// (SQLite or PostgreSQL), and on PostgreSQL the id and key columns use the byte-wise "C" collation so that
/// comparisons and sorting are ordinal, as on SQLite.
/// </summary>
[DbContext(typeof(ScimDbContext))]
[Migration("20260101000000_InitialScimSchema")]
public sealed class InitialScimSchema : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        var ordinal = ScimModel.IsPostgres(migrationBuilder.ActiveProvider) ? ScimModel.OrdinalCollation : null;

        migrationBuilder.CreateTable(
            name: ScimModel.UsersTable,
            columns: table => new
            {
                tenant = table.Column<string>(maxLength: ScimModel.TenantLength, nullable: false, collation: ordinal),
                id = table.Column<string>(maxLength: ScimModel.IdLength, nullable: false, collation: ordinal),
                external_id = table.Column<string>(nullable: true, collation: ordinal),
                display_name = table.Column<string>(nullable: true),
                display_name_key = table.Column<string>(nullable: true, collation: ordinal),
                created = table.Column<DateTime>(nullable: false),
                last_modified = table.Column<DateTime>(nullable: false),
                version = table.Column<long>(nullable: false),
                document = table.Column<string>(nullable: false),
                user_name = table.Column<string>(nullable: false),
                user_name_key = table.Column<string>(nullable: false, collation: ordinal),
                active = table.Column<bool>(nullable: true),
            },
            constraints: table => table.PrimaryKey("pk_scim_users", x => new { x.tenant, x.id }));

        migrationBuilder.CreateTable(
            name: ScimModel.UserEmailsTable,
            columns: table => new
            {
                tenant = table.Column<string>(maxLength: ScimModel.TenantLength, nullable: false, collation: ordinal),
                user_id = table.Column<string>(maxLength: ScimModel.IdLength, nullable: false, collation: ordinal),
                position = table.Column<int>(nullable: false),
                value_key = table.Column<string>(nullable: true, collation: ordinal),
                type_key = table.Column<string>(nullable: true, collation: ordinal),
                display_key = table.Column<string>(nullable: true, collation: ordinal),
                is_primary = table.Column<bool>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_scim_user_emails", x => new { x.tenant, x.user_id, x.position });
                table.ForeignKey("fk_scim_user_emails_users", x => new { x.tenant, x.user_id }, ScimModel.UsersTable, ["tenant", "id"], onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: ScimModel.GroupsTable,
            columns: table => new
            {
                tenant = table.Column<string>(maxLength: ScimModel.TenantLength, nullable: false, collation: ordinal),
                id = table.Column<string>(maxLength: ScimModel.IdLength, nullable: false, collation: ordinal),
                external_id = table.Column<string>(nullable: true, collation: ordinal),
                display_name = table.Column<string>(nullable: true),
                display_name_key = table.Column<string>(nullable: true, collation: ordinal),
                created = table.Column<DateTime>(nullable: false),
                last_modified = table.Column<DateTime>(nullable: false),
                version = table.Column<long>(nullable: false),
                document = table.Column<string>(nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_scim_groups", x => new { x.tenant, x.id }));

        migrationBuilder.CreateTable(
            name: ScimModel.GroupMembersTable,
            columns: table => new
            {
                tenant = table.Column<string>(maxLength: ScimModel.TenantLength, nullable: false, collation: ordinal),
                group_id = table.Column<string>(maxLength: ScimModel.IdLength, nullable: false, collation: ordinal),
                member_id = table.Column<string>(maxLength: ScimModel.IdLength, nullable: false, collation: ordinal),
                type = table.Column<string>(nullable: true, collation: ordinal),
                display = table.Column<string>(nullable: true, collation: ordinal),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_scim_group_members", x => new { x.tenant, x.group_id, x.member_id });
                table.ForeignKey("fk_scim_group_members_groups", x => new { x.tenant, x.group_id }, ScimModel.GroupsTable, ["tenant", "id"], onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex("ux_scim_users_user_name", ScimModel.UsersTable, ["tenant", "user_name_key"], unique: true);
        migrationBuilder.CreateIndex("ix_scim_users_external_id", ScimModel.UsersTable, ["tenant", "external_id"]);
        migrationBuilder.CreateIndex("ix_scim_users_display_name", ScimModel.UsersTable, ["tenant", "display_name_key"]);
        migrationBuilder.CreateIndex("ix_scim_user_emails_value", ScimModel.UserEmailsTable, ["tenant", "value_key"]);
        migrationBuilder.CreateIndex("ux_scim_groups_display_name", ScimModel.GroupsTable, ["tenant", "display_name_key"], unique: true);
        migrationBuilder.CreateIndex("ix_scim_groups_external_id", ScimModel.GroupsTable, ["tenant", "external_id"]);
        migrationBuilder.CreateIndex("ix_scim_group_members_member", ScimModel.GroupMembersTable, ["tenant", "member_id"]);
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable(ScimModel.GroupMembersTable);
        migrationBuilder.DropTable(ScimModel.GroupsTable);
        migrationBuilder.DropTable(ScimModel.UserEmailsTable);
        migrationBuilder.DropTable(ScimModel.UsersTable);
    }
}

using Scim.Abstractions;
using Scim.Filter;
using Scim.Schema;
using static Scim.Testing.ScimTestResources;

namespace Scim.Testing;

/// <summary>
/// The behaviour every <see cref="IScimUserStore"/>/<see cref="IScimGroupStore"/> pair must have. A store's test
/// project derives from this class and supplies the stores; every test works in a tenant of its own, so the stores
/// may be shared by all tests of the class (one database per class).
/// </summary>
public abstract class ScimStoreContractTests
{
    /// <summary>The user store under test.</summary>
    protected abstract IScimUserStore Users { get; }

    /// <summary>The group store under test (sharing data with <see cref="Users"/>).</summary>
    protected abstract IScimGroupStore Groups { get; }

    /// <summary>A fresh tenant for one test.</summary>
    protected ScimTenant Tenant { get; } = new("tenant-" + Guid.NewGuid().ToString("N"));

    private static readonly ScimTenant OtherTenant = new("other-" + Guid.NewGuid().ToString("N"));

    // ---- create and get -------------------------------------------------------------------------------------

    [Fact]
    public async Task Create_sets_meta_with_version_1_and_returns_what_get_returns()
    {
        var created = await Users.CreateAsync(Tenant, User("bjensen", displayName: "Barbara", active: true, emails: ("work", "bjensen@example.com")));

        Assert.False(string.IsNullOrEmpty(created.Id));
        Assert.Equal("W/\"1\"", created.Version);
        Assert.Equal("User", (created.Meta!["resourceType"] as ScimString)?.Value);
        Assert.IsType<ScimDateTime>(created.Meta["created"]);
        Assert.IsType<ScimDateTime>(created.Meta["lastModified"]);
        Assert.Null(created.Meta["location"]);

        var read = await Users.GetAsync(Tenant, created.Id!);
        Assert.NotNull(read);
        Assert.Equal(created, read);
        Assert.Equal("Barbara", (read!["displayName"] as ScimString)?.Value);
        Assert.Equal(ScimBoolean.True, read["active"]);
    }

    [Fact]
    public async Task Create_keeps_the_id_the_endpoint_chose()
    {
        var created = await Users.CreateAsync(Tenant, User("chosen", id: "user-42"));

        Assert.Equal("user-42", created.Id);
        Assert.NotNull(await Users.GetAsync(Tenant, "user-42"));
    }

    [Fact]
    public async Task Create_with_an_id_in_use_is_409_uniqueness()
    {
        await Groups.CreateAsync(Tenant, Group("Sales", id: "Sales"));

        var error = await Assert.ThrowsAsync<ScimException>(() => Groups.CreateAsync(Tenant, Group("Sales 2", id: "Sales")));

        Assert.Equal(409, error.Status);
        Assert.Equal(ScimErrorType.Uniqueness, error.ScimType);
    }

    [Fact]
    public async Task Get_of_an_unknown_id_is_null()
    {
        Assert.Null(await Users.GetAsync(Tenant, "no-such-id"));
        Assert.Null(await Groups.GetAsync(Tenant, "no-such-id"));
    }

    // ---- tenant isolation -----------------------------------------------------------------------------------

    [Fact]
    public async Task Another_tenant_cannot_see_change_or_delete_a_resource()
    {
        var user = await Users.CreateAsync(Tenant, User("isolated"));
        var group = await Groups.CreateAsync(Tenant, Group("Isolated"));

        Assert.Null(await Users.GetAsync(OtherTenant, user.Id!));
        Assert.Null(await Groups.GetAsync(OtherTenant, group.Id!));
        Assert.Null(await Users.ReplaceAsync(OtherTenant, User("hijack", id: user.Id), null));
        Assert.Null(await Groups.ApplyPatchAsync(OtherTenant, MemberDelta(group, add: [user.Id!]), null));
        Assert.False(await Users.DeleteAsync(OtherTenant, user.Id!, null));
        var page = await Users.QueryAsync(OtherTenant, new ScimQuery { Filter = ScimFilter.Parse("userName eq \"isolated\"") });
        Assert.Equal(0, page.TotalResults);

        Assert.Equal("isolated", UserName((await Users.GetAsync(Tenant, user.Id!))!));
        Assert.Empty(MemberIds(await Groups.GetAsync(Tenant, group.Id!)));
    }

    [Fact]
    public async Task The_same_userName_may_exist_in_two_tenants()
    {
        await Users.CreateAsync(Tenant, User("shared"));
        var other = new ScimTenant("second-" + Guid.NewGuid().ToString("N"));

        var created = await Users.CreateAsync(other, User("shared"));

        Assert.Equal("shared", UserName(created));
    }

    // ---- uniqueness ------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("BJensen")]
    [InlineData("BJENSEN")]
    [InlineData("ｂｊｅｎｓｅｎ")] // full-width letters: NFKC folds them to ASCII
    [InlineData("bjen\u017Fen")] // LATIN SMALL LETTER LONG S: NFKC makes it "s"
    public async Task UserName_is_unique_after_normalisation_and_case_fold(string variant)
    {
        await Users.CreateAsync(Tenant, User("bjensen"));

        var error = await Assert.ThrowsAsync<ScimException>(() => Users.CreateAsync(Tenant, User(variant)));

        Assert.Equal(409, error.Status);
        Assert.Equal(ScimErrorType.Uniqueness, error.ScimType);
    }

    [Theory]
    [InlineData("bjensen2")]
    [InlineData("b.jensen")]
    [InlineData("bjensén")]
    public async Task Different_userNames_are_not_conflicts(string other)
    {
        await Users.CreateAsync(Tenant, User("bjensen"));

        Assert.NotNull((await Users.CreateAsync(Tenant, User(other))).Id);
    }

    [Fact]
    public async Task Kelvin_sign_and_K_are_the_same_userName()
    {
        await Users.CreateAsync(Tenant, User("kate"));

        var error = await Assert.ThrowsAsync<ScimException>(() => Users.CreateAsync(Tenant, User("\u212Aate")));

        Assert.Equal(ScimErrorType.Uniqueness, error.ScimType);
    }

    [Fact]
    public async Task Replace_to_a_userName_in_use_is_409_and_changes_nothing()
    {
        await Users.CreateAsync(Tenant, User("first"));
        var second = await Users.CreateAsync(Tenant, User("second"));

        var error = await Assert.ThrowsAsync<ScimException>(() => Users.ReplaceAsync(Tenant, User("FIRST", id: second.Id, displayName: "x"), null));

        Assert.Equal(409, error.Status);
        Assert.Equal(second, await Users.GetAsync(Tenant, second.Id!));
    }

    [Fact]
    public async Task Renaming_frees_the_old_userName()
    {
        var user = await Users.CreateAsync(Tenant, User("old-name"));

        await Users.ApplyPatchAsync(Tenant, SetAttributes(user, ("userName", new ScimString("new-name"))), null);
        var reused = await Users.CreateAsync(Tenant, User("Old-Name"));

        Assert.NotEqual(user.Id, reused.Id);
        var conflict = await Assert.ThrowsAsync<ScimException>(() => Users.CreateAsync(Tenant, User("NEW-NAME")));
        Assert.Equal(409, conflict.Status);
    }

    [Fact]
    public async Task Group_displayName_is_unique_per_tenant_case_insensitively()
    {
        await Groups.CreateAsync(Tenant, Group("Engineering"));

        var error = await Assert.ThrowsAsync<ScimException>(() => Groups.CreateAsync(Tenant, Group("ENGINEERING")));

        Assert.Equal(ScimErrorType.Uniqueness, error.ScimType);
    }

    [Fact]
    public async Task Two_display_names_deriving_the_same_id_conflict()
    {
        var generator = new DisplayNameScimIdGenerator();
        var first = Group("Sales.EMEA");
        var second = Group("Sales-EMEA");
        await Groups.CreateAsync(Tenant, first.With("id", new ScimString(generator.GenerateId(Tenant, first))));

        var error = await Assert.ThrowsAsync<ScimException>(() =>
            Groups.CreateAsync(Tenant, second.With("id", new ScimString(generator.GenerateId(Tenant, second)))));

        Assert.Equal(ScimErrorType.Uniqueness, error.ScimType);
        Assert.NotNull(await Groups.GetAsync(Tenant, "Sales_EMEA"));
    }

    [Fact]
    public async Task Parallel_creates_of_variants_of_one_userName_give_exactly_one_success()
    {
        string[] variants = ["racer", "RACER", "Racer", "ｒａｃｅｒ", "RaCeR", "rAcEr", "ＲＡＣＥＲ", "racEr"];
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var attempts = Enumerable.Range(0, 32).Select(i => Task.Run(async () =>
        {
            await gate.Task;
            try
            {
                await Users.CreateAsync(Tenant, User(variants[i % variants.Length]));
                return (int?)null;
            }
            catch (ScimException ex)
            {
                return ex.Status;
            }
        })).ToArray();

        gate.SetResult();
        var outcomes = await Task.WhenAll(attempts);

        Assert.Equal(1, outcomes.Count(o => o is null));
        Assert.All(outcomes.Where(o => o is not null), status => Assert.Equal(409, status));
        var page = await Users.QueryAsync(Tenant, new ScimQuery { Filter = ScimFilter.Parse("userName eq \"racer\"") });
        Assert.Equal(1, page.TotalResults);
    }

    // ---- versions --------------------------------------------------------------------------------------------

    [Fact]
    public async Task Replace_bumps_the_version_only_when_something_changed()
    {
        var user = await Users.CreateAsync(Tenant, User("versioned", displayName: "A"));

        var same = await Users.ReplaceAsync(Tenant, User("versioned", id: user.Id, displayName: "A"), user.Version);
        var changed = await Users.ReplaceAsync(Tenant, User("versioned", id: user.Id, displayName: "B"), user.Version);

        Assert.Equal("W/\"1\"", same!.Version);
        Assert.Equal("W/\"2\"", changed!.Version);
        Assert.Equal("B", (changed["displayName"] as ScimString)?.Value);
    }

    [Fact]
    public async Task Replace_clears_attributes_the_new_resource_lacks()
    {
        var user = await Users.CreateAsync(Tenant, User("clearing", displayName: "Shown", active: true));

        var replaced = await Users.ReplaceAsync(Tenant, User("clearing", id: user.Id), null);

        Assert.Null(replaced!["displayName"]);
        Assert.Null((await Users.GetAsync(Tenant, user.Id!))!["active"]);
    }

    [Fact]
    public async Task A_stale_expected_version_is_412_for_replace_patch_and_delete()
    {
        var user = await Users.CreateAsync(Tenant, User("stale"));
        await Users.ReplaceAsync(Tenant, User("stale", id: user.Id, displayName: "v2"), null);

        var replace = await Assert.ThrowsAsync<ScimException>(() => Users.ReplaceAsync(Tenant, User("stale", id: user.Id, displayName: "v3"), user.Version));
        var patch = await Assert.ThrowsAsync<ScimException>(() => Users.ApplyPatchAsync(Tenant, SetAttributes(user, ("displayName", new ScimString("v3"))), user.Version));
        var delete = await Assert.ThrowsAsync<ScimException>(() => Users.DeleteAsync(Tenant, user.Id!, user.Version));

        Assert.All([replace, patch, delete], e => Assert.Equal(412, e.Status));
        var current = await Users.GetAsync(Tenant, user.Id!);
        Assert.Equal("v2", (current!["displayName"] as ScimString)?.Value);
        Assert.Equal("W/\"2\"", current.Version);
    }

    [Fact]
    public async Task The_current_version_is_accepted_in_weak_and_strong_form()
    {
        var user = await Users.CreateAsync(Tenant, User("etag"));

        var weak = await Users.ApplyPatchAsync(Tenant, SetAttributes(user, ("displayName", new ScimString("a"))), "W/\"1\"");
        var strong = await Users.ApplyPatchAsync(Tenant, SetAttributes(user, ("displayName", new ScimString("b"))), "\"2\"");

        Assert.Equal("W/\"2\"", weak!.Version);
        Assert.Equal("W/\"3\"", strong!.Version);
    }

    [Fact]
    public async Task Patch_sets_and_removes_attributes_and_an_empty_change_keeps_the_version()
    {
        var user = await Users.CreateAsync(Tenant, User("patched", displayName: "Before", active: true));

        var patched = await Users.ApplyPatchAsync(Tenant, SetAttributes(user, ("displayName", new ScimString("After")), ("active", null)), user.Version);
        var unchanged = await Users.ApplyPatchAsync(Tenant, SetAttributes(patched!), patched!.Version);
        var sameValue = await Users.ApplyPatchAsync(Tenant, SetAttributes(patched, ("displayName", new ScimString("After"))), null);

        Assert.Equal("W/\"2\"", patched.Version);
        Assert.Equal("After", (patched["displayName"] as ScimString)?.Value);
        Assert.Null(patched["active"]);
        Assert.Equal("W/\"2\"", unchanged!.Version);
        Assert.Equal("W/\"2\"", sameValue!.Version);
    }

    [Fact]
    public async Task Patch_and_replace_of_an_unknown_id_are_null()
    {
        var ghost = User("ghost", id: "ghost-id");

        Assert.Null(await Users.ReplaceAsync(Tenant, ghost, null));
        Assert.Null(await Users.ApplyPatchAsync(Tenant, SetAttributes(ghost, ("displayName", new ScimString("x"))), null));
        Assert.False(await Users.DeleteAsync(Tenant, "ghost-id", null));
    }

    // ---- members ---------------------------------------------------------------------------------------------

    [Fact]
    public async Task Member_add_is_idempotent_and_a_repeat_keeps_the_version()
    {
        var user = await Users.CreateAsync(Tenant, User("member"));
        var group = await Groups.CreateAsync(Tenant, Group("Team"));

        var added = await Groups.ApplyPatchAsync(Tenant, MemberDelta(group, add: [user.Id!]), null);
        var repeated = await Groups.ApplyPatchAsync(Tenant, MemberDelta(group, add: [user.Id!]), added!.Version);

        Assert.Equal("W/\"2\"", added.Version);
        Assert.Equal("W/\"2\"", repeated!.Version);
        Assert.Equal([user.Id!], MemberIds(await Groups.GetAsync(Tenant, group.Id!)));
    }

    [Fact]
    public async Task Member_remove_is_idempotent_and_removing_an_absent_member_keeps_the_version()
    {
        var a = await Users.CreateAsync(Tenant, User("a"));
        var b = await Users.CreateAsync(Tenant, User("b"));
        var group = await Groups.CreateAsync(Tenant, Group("Pair", null, a.Id!, b.Id!));

        var removed = await Groups.ApplyPatchAsync(Tenant, MemberDelta(group, remove: [a.Id!]), group.Version);
        var again = await Groups.ApplyPatchAsync(Tenant, MemberDelta(group, remove: [a.Id!, "never-a-member"]), null);

        Assert.Equal("W/\"2\"", removed!.Version);
        Assert.Equal("W/\"2\"", again!.Version);
        Assert.Equal([b.Id!], MemberIds(await Groups.GetAsync(Tenant, group.Id!)));
    }

    [Fact]
    public async Task Member_deltas_clear_then_remove_then_add()
    {
        var ids = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            ids.Add((await Users.CreateAsync(Tenant, User("m" + i))).Id!);
        }

        var group = await Groups.CreateAsync(Tenant, Group("Replaced", null, ids[0], ids[1]));
        var replaced = await Groups.ApplyPatchAsync(Tenant, MemberDelta(group, add: [ids[2], ids[3]], clear: true), null);
        var sameSet = await Groups.ApplyPatchAsync(Tenant, MemberDelta(group, add: [ids[2], ids[3]], clear: true), null);

        Assert.Equal("W/\"2\"", replaced!.Version);
        Assert.Equal("W/\"2\"", sameSet!.Version);
        Assert.Equal(new[] { ids[2], ids[3] }.Order(StringComparer.Ordinal), MemberIds(await Groups.GetAsync(Tenant, group.Id!)));
    }

    [Fact]
    public async Task Members_can_be_left_out_when_reading_and_a_deferred_add_does_not_need_them()
    {
        var user = await Users.CreateAsync(Tenant, User("deferred"));
        var group = await Groups.CreateAsync(Tenant, Group("Deferred"));
        var withoutMembers = await Groups.GetAsync(Tenant, group.Id!, ScimLoadOptions.Omit("members"));

        var patched = await Groups.ApplyPatchAsync(Tenant, MemberDelta(withoutMembers!, add: [user.Id!]), withoutMembers!.Version);

        Assert.NotNull(patched);
        Assert.Null((await Groups.GetAsync(Tenant, group.Id!, ScimLoadOptions.Omit("members")))!["members"]);
        Assert.Equal([user.Id!], MemberIds(await Groups.GetAsync(Tenant, group.Id!)));
        var page = await Groups.QueryAsync(Tenant, new ScimQuery { Load = ScimLoadOptions.Omit("members") });
        Assert.Null(Assert.Single(page.Resources)["members"]);
    }

    [Fact]
    public async Task Replace_of_a_group_replaces_its_members()
    {
        var a = await Users.CreateAsync(Tenant, User("ra"));
        var b = await Users.CreateAsync(Tenant, User("rb"));
        var group = await Groups.CreateAsync(Tenant, Group("Put", null, a.Id!));

        var replaced = await Groups.ReplaceAsync(Tenant, Group("Put", group.Id, b.Id!), group.Version);

        Assert.Equal("W/\"2\"", replaced!.Version);
        Assert.Equal([b.Id!], MemberIds(await Groups.GetAsync(Tenant, group.Id!)));
    }

    [Fact]
    public async Task Deleting_a_user_removes_it_from_its_groups()
    {
        var user = await Users.CreateAsync(Tenant, User("leaver"));
        var stayer = await Users.CreateAsync(Tenant, User("stayer"));
        var group = await Groups.CreateAsync(Tenant, Group("Cascade", null, user.Id!, stayer.Id!));

        Assert.True(await Users.DeleteAsync(Tenant, user.Id!, null));

        var after = await Groups.GetAsync(Tenant, group.Id!);
        Assert.Equal([stayer.Id!], MemberIds(after));
        Assert.NotEqual(group.Version, after!.Version);
        Assert.Null(await Users.GetAsync(Tenant, user.Id!));
        Assert.False(await Users.DeleteAsync(Tenant, user.Id!, null));
    }

    [Fact]
    public async Task Deleting_a_group_frees_its_displayName()
    {
        var group = await Groups.CreateAsync(Tenant, Group("Temporary"));

        Assert.True(await Groups.DeleteAsync(Tenant, group.Id!, group.Version));

        Assert.NotNull((await Groups.CreateAsync(Tenant, Group("temporary"))).Id);
    }

    [Fact]
    public async Task Parallel_member_adds_to_one_group_are_never_lost()
    {
        var userIds = new List<string>();
        for (var i = 0; i < 64; i++)
        {
            userIds.Add((await Users.CreateAsync(Tenant, User("p" + i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture)))).Id!);
        }

        for (var round = 0; round < 3; round++)
        {
            var group = await Groups.CreateAsync(Tenant, Group("Parallel " + round.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var adds = userIds.Select(id => Task.Run(async () =>
            {
                await gate.Task;
                await Groups.ApplyPatchAsync(Tenant, MemberDelta(group, add: [id]), null);
            })).ToArray();
            gate.SetResult();
            await Task.WhenAll(adds);

            var after = await Groups.GetAsync(Tenant, group.Id!);
            Assert.Equal(userIds.Order(StringComparer.Ordinal), MemberIds(after));
            Assert.Equal("W/\"65\"", after!.Version);
        }
    }

    // ---- query: filters --------------------------------------------------------------------------------------

    private async Task SeedPeopleAsync()
    {
        await Users.CreateAsync(Tenant, User("alice", displayName: "Alice Adams", active: true, emails: [("work", "alice@example.com"), ("home", "alice@home.org")]));
        await Users.CreateAsync(Tenant, User("bob", displayName: "Bob Brown", active: false, emails: ("work", "bob@example.com")));
        await Users.CreateAsync(Tenant, User("carol", active: true, emails: ("home", "carol@example.com")));
        await Users.CreateAsync(Tenant, User("Dave", displayName: "Dave Davis"));
    }

    private async Task<string[]> MatchAsync(string filter)
    {
        var page = await Users.QueryAsync(Tenant, new ScimQuery { Filter = ScimFilter.Parse(filter), SortBy = new AttributePath("userName") });
        Assert.Equal(page.TotalResults, page.Resources.Count);
        return [.. page.Resources.Select(UserName)];
    }

    [Theory]
    [InlineData("userName eq \"ALICE\"", new[] { "alice" })]
    [InlineData("userName eq \"dave\"", new[] { "Dave" })]
    [InlineData("userName eq \"ＡＬＩＣＥ\"", new[] { "alice" })]
    [InlineData("userName ne \"alice\"", new[] { "bob", "carol", "Dave" })]
    [InlineData("displayName co \"own\"", new[] { "bob" })]
    [InlineData("displayName sw \"a\"", new[] { "alice" })]
    [InlineData("displayName ew \"DAVIS\"", new[] { "Dave" })]
    [InlineData("displayName pr", new[] { "alice", "bob", "Dave" })]
    [InlineData("active eq true", new[] { "alice", "carol" })]
    [InlineData("active eq false", new[] { "bob" })]
    [InlineData("active eq true and displayName pr", new[] { "alice" })]
    [InlineData("userName eq \"bob\" or userName eq \"carol\"", new[] { "bob", "carol" })]
    [InlineData("not (displayName pr)", new[] { "carol" })]
    [InlineData("emails pr", new[] { "alice", "bob", "carol" })]
    [InlineData("emails co \"example.com\"", new[] { "alice", "bob", "carol" })]
    [InlineData("emails.value ew \"home.org\"", new[] { "alice" })]
    [InlineData("emails[type eq \"work\"]", new[] { "alice", "bob" })]
    [InlineData("emails[type eq \"work\" and value co \"bob\"]", new[] { "bob" })]
    [InlineData("emails[type eq \"home\"].value eq \"carol@example.com\"", new[] { "carol" })]
    [InlineData("emails[type eq \"work\"] and not (active eq true)", new[] { "bob" })]
    [InlineData("userName gt \"b\" and userName lt \"d\"", new[] { "bob", "carol" })]
    [InlineData("userName eq \"nobody\"", new string[0])]
    public async Task Filters_select_exactly_the_matching_users(string filter, string[] expected)
    {
        await SeedPeopleAsync();

        Assert.Equal(expected, await MatchAsync(filter));
    }

    [Fact]
    public async Task A_created_user_is_found_by_the_next_userName_filter()
    {
        var created = await Users.CreateAsync(Tenant, User("Read.Your@Writes.example"));

        var page = await Users.QueryAsync(Tenant, new ScimQuery { Filter = ScimFilter.Parse("userName eq \"read.your@writes.example\"") });

        Assert.Equal(created.Id, Assert.Single(page.Resources).Id);
    }

    [Fact]
    public async Task Groups_filter_by_displayName_and_member_value()
    {
        var user = await Users.CreateAsync(Tenant, User("gm"));
        await Groups.CreateAsync(Tenant, Group("With Member", null, user.Id!));
        await Groups.CreateAsync(Tenant, Group("Without Member"));

        var byName = await Groups.QueryAsync(Tenant, new ScimQuery { Filter = ScimFilter.Parse("displayName eq \"with member\"") });
        var byMember = await Groups.QueryAsync(Tenant, new ScimQuery { Filter = ScimFilter.Parse($"members[value eq \"{user.Id}\"]"), Load = ScimLoadOptions.Omit("members") });

        Assert.Equal("With Member", (Assert.Single(byName.Resources)["displayName"] as ScimString)?.Value);
        Assert.Equal("With Member", (Assert.Single(byMember.Resources)["displayName"] as ScimString)?.Value);
    }

    // ---- query: sorting and paging ---------------------------------------------------------------------------

    [Fact]
    public async Task Sort_by_userName_ascending_and_descending_with_missing_values_last_ascending()
    {
        await SeedPeopleAsync();

        var ascending = await Users.QueryAsync(Tenant, new ScimQuery { SortBy = new AttributePath("userName") });
        var descending = await Users.QueryAsync(Tenant, new ScimQuery { SortBy = new AttributePath("userName"), SortDescending = true });
        var byDisplayName = await Users.QueryAsync(Tenant, new ScimQuery { SortBy = new AttributePath("displayName") });

        Assert.Equal(["alice", "bob", "carol", "Dave"], ascending.Resources.Select(UserName));
        Assert.Equal(["Dave", "carol", "bob", "alice"], descending.Resources.Select(UserName));
        Assert.Equal(["alice", "bob", "Dave", "carol"], byDisplayName.Resources.Select(UserName));
    }

    private async Task<List<string>> SeedManyAsync(int count)
    {
        var names = new List<string>();
        for (var i = 0; i < count; i++)
        {
            // Pairs of equal display names exercise the id tie-breaker.
            var name = "user" + i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture);
            await Users.CreateAsync(Tenant, User(name, displayName: "Name " + (i / 2).ToString(System.Globalization.CultureInfo.InvariantCulture)));
            names.Add(name);
        }

        return names;
    }

    [Fact]
    public async Task Index_paging_is_stable_and_complete()
    {
        var names = await SeedManyAsync(23);
        var seen = new List<string>();
        for (var start = 1; start <= 23; start += 5)
        {
            var page = await Users.QueryAsync(Tenant, new ScimQuery { SortBy = new AttributePath("displayName"), StartIndex = start, Count = 5 });
            Assert.Equal(23, page.TotalResults);
            seen.AddRange(page.Resources.Select(UserName));
        }

        Assert.Equal(names.Order(StringComparer.Ordinal), seen.Order(StringComparer.Ordinal));
        Assert.Equal(23, seen.Distinct(StringComparer.Ordinal).Count());
        var beyond = await Users.QueryAsync(Tenant, new ScimQuery { StartIndex = 100, Count = 5 });
        Assert.Empty(beyond.Resources);
        Assert.Equal(23, beyond.TotalResults);
        var countOnly = await Users.QueryAsync(Tenant, new ScimQuery { Count = 0 });
        Assert.Empty(countOnly.Resources);
        Assert.Equal(23, countOnly.TotalResults);
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("displayName", false)]
    [InlineData("displayName", true)]
    [InlineData("userName", true)]
    public async Task Cursor_paging_walks_every_resource_once_forward_and_back(string? sortBy, bool descending)
    {
        var names = await SeedManyAsync(17);
        var sort = sortBy is null ? null : new AttributePath(sortBy);
        var pages = new List<ScimQueryResult>();
        var cursor = string.Empty;
        while (cursor is not null)
        {
            var page = await Users.QueryAsync(Tenant, new ScimQuery { SortBy = sort, SortDescending = descending, Cursor = cursor, Count = 4 });
            Assert.Equal(17, page.TotalResults);
            pages.Add(page);
            cursor = page.NextCursor;
            Assert.True(pages.Count <= 5);
        }

        var walked = pages.SelectMany(p => p.Resources.Select(UserName)).ToList();
        Assert.Equal(names.Order(StringComparer.Ordinal), walked.Order(StringComparer.Ordinal));
        Assert.Equal([4, 4, 4, 4, 1], pages.Select(p => p.Resources.Count));
        Assert.Null(pages[0].PreviousCursor);

        var back = await Users.QueryAsync(Tenant, new ScimQuery { SortBy = sort, SortDescending = descending, Cursor = pages[2].PreviousCursor, Count = 4 });
        Assert.Equal(pages[1].Resources.Select(UserName), back.Resources.Select(UserName));

        var index = await Users.QueryAsync(Tenant, new ScimQuery { SortBy = sort, SortDescending = descending, Count = 17 });
        Assert.Equal(index.Resources.Select(UserName), walked);
    }

    [Fact]
    public async Task Cursor_paging_neither_skips_nor_repeats_when_resources_are_added_behind_the_cursor()
    {
        await SeedManyAsync(6);
        var first = await Users.QueryAsync(Tenant, new ScimQuery { SortBy = new AttributePath("userName"), Cursor = string.Empty, Count = 3 });
        await Users.CreateAsync(Tenant, User("user000a"));

        var second = await Users.QueryAsync(Tenant, new ScimQuery { SortBy = new AttributePath("userName"), Cursor = first.NextCursor, Count = 3 });

        Assert.Equal(["user000", "user001", "user002"], first.Resources.Select(UserName));
        Assert.Equal(["user003", "user004", "user005"], second.Resources.Select(UserName));
    }

    [Theory]
    [InlineData("not-a-cursor!")]
    [InlineData("eyJ4IjoxfQ")]
    [InlineData("AAAA")]
    public async Task An_invalid_cursor_is_400_invalidCursor(string cursor)
    {
        await SeedManyAsync(2);

        var error = await Assert.ThrowsAsync<ScimException>(() => Users.QueryAsync(Tenant, new ScimQuery { Cursor = cursor }));

        Assert.Equal(400, error.Status);
        Assert.Equal(ScimErrorType.InvalidCursor, error.ScimType);
    }

    [Fact]
    public async Task A_cursor_from_another_sort_order_is_400_invalidCursor()
    {
        await SeedManyAsync(4);
        var page = await Users.QueryAsync(Tenant, new ScimQuery { SortBy = new AttributePath("userName"), Cursor = string.Empty, Count = 2 });

        var error = await Assert.ThrowsAsync<ScimException>(() =>
            Users.QueryAsync(Tenant, new ScimQuery { SortBy = new AttributePath("displayName"), Cursor = page.NextCursor, Count = 2 }));

        Assert.Equal(ScimErrorType.InvalidCursor, error.ScimType);
    }
}

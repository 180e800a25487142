using FsCheck;
using FsCheck.Fluent;
using Scim.Filter;
using Scim.Schema;

namespace Scim.Abstractions.Tests;

public sealed class ScimCursorTests
{
    [Fact]
    public void A_cursor_round_trips_through_its_token() =>
        Prop.ForAll<string, string, bool>((key, id, backward) =>
        {
            if (id is null)
            {
                return true;
            }

            var fingerprint = ScimCursor.FingerprintOf(new AttributePath("userName"), backward);
            var decoded = ScimCursor.Decode(new ScimCursor(key, id, backward, fingerprint).Encode(), fingerprint);
            return decoded.SortKey == key && decoded.Id == id && decoded.Backward == backward;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Any_other_text_is_400_invalidCursor_or_a_position_never_another_exception() =>
        Prop.ForAll<string>(text =>
        {
            if (text is null)
            {
                return true;
            }

            try
            {
                ScimCursor.Decode(text, "|a");
                return true;
            }
            catch (ScimException ex)
            {
                return ex.Status == 400 && ex.ScimType == ScimErrorType.InvalidCursor;
            }
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void An_overlong_token_is_refused_before_decoding()
    {
        var error = Assert.Throws<ScimException>(() => ScimCursor.Decode(new string('A', ScimCursor.MaxLength + 4), "|a"));

        Assert.Equal(ScimErrorType.InvalidCursor, error.ScimType);
    }
}

using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Scim.Schema;

namespace Scim.Filter.Tests.Properties;

public sealed class RobustnessProperties
{
    private static readonly FilterParseOptions Lenient = new() { AllowUnquotedStrings = true };

    [Property(MaxTest = 5000)]
    public Property Any_string_gives_a_tree_or_an_invalidFilter_error() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>().Filter(text => text is not null), text => ParsesOrFailsCleanly(text, null));

    [Property(MaxTest = 5000)]
    public Property Any_mix_of_filter_tokens_gives_a_tree_or_an_invalidFilter_error() =>
        Prop.ForAll(FilterGenerators.TokenSoup().ToArbitrary(), text => ParsesOrFailsCleanly(text, null) && ParsesOrFailsCleanly(text, Lenient));

    [Property(MaxTest = 3000)]
    public Property Mutated_filters_give_a_tree_or_an_invalidFilter_error() =>
        Prop.ForAll(FilterGenerators.MutatedFilters().ToArbitrary(), text => ParsesOrFailsCleanly(text, FilterGenerators.Generous));

    [Property(MaxTest = 3000)]
    public Property Any_mix_of_filter_tokens_gives_a_path_or_an_invalidPath_error() =>
        Prop.ForAll(FilterGenerators.TokenSoup().ToArbitrary(), text =>
        {
            try
            {
                var path = ScimPath.Parse(text);
                return ScimPath.Parse(path.ToString()).Equals(path);
            }
            catch (ScimException error)
            {
                return error.ScimType == ScimErrorType.InvalidPath && error.Status == 400;
            }
        });

    private static bool ParsesOrFailsCleanly(string text, FilterParseOptions? options)
    {
        var parsed = ScimFilter.TryParse(text, out var expression, out var message, options);
        try
        {
            var thrown = ScimFilter.Parse(text, options);
            return parsed && thrown.Equals(expression) && ScimFilter.Parse(thrown.ToString(), FilterGenerators.Generous).Equals(thrown);
        }
        catch (ScimException error)
        {
            return !parsed && error.ScimType == ScimErrorType.InvalidFilter && error.Status == 400
                && error.Detail == message && message.Length < 300;
        }
    }
}

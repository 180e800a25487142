using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Scim.Filter.Tests.Properties;

public sealed class RoundTripProperties
{
    [Property(MaxTest = 3000)]
    public Property Printed_filter_parses_back_to_an_equal_tree() =>
        Prop.ForAll(FilterGenerators.Filters().ToArbitrary(), filter =>
        {
            var reparsed = ScimFilter.Parse(filter.ToString(), FilterGenerators.Generous);
            return reparsed.Equals(filter)
                && reparsed.GetHashCode() == filter.GetHashCode()
                && reparsed.ToString() == filter.ToString();
        });

    [Property(MaxTest = 2000)]
    public Property Printed_path_parses_back_to_an_equal_path() =>
        Prop.ForAll(FilterGenerators.Paths().ToArbitrary(), path =>
        {
            var reparsed = ScimPath.Parse(path.ToString(), FilterGenerators.Generous);
            return reparsed.Equals(path) && reparsed.GetHashCode() == path.GetHashCode();
        });

    [Property(MaxTest = 2000)]
    public Property Equal_trees_have_equal_hash_codes_and_differ_from_their_negation() =>
        Prop.ForAll(FilterGenerators.Filters().ToArbitrary(), filter =>
        {
            var copy = ScimFilter.Parse(filter.ToString(), FilterGenerators.Generous);
            var negated = new NotExpression(filter);
            return copy.Equals(filter) && !negated.Equals(filter) && !filter.Equals(negated);
        });
}

using System.Text;

namespace Scim.Security.Tests.Bombs;

/// <summary>
/// A generated hostile input: a shape repeated <see cref="Size"/> times. Every bomb is invalid at every size (too
/// deep, too many comparisons, an extra path segment, a late duplicate key or a missing closing bracket), so the only
/// right answer is a 4xx, and the wide ones make the reader walk all of the input before it can refuse.
/// </summary>
public sealed class StructuralBomb
{
    private readonly Func<int, string> _build;

    private StructuralBomb(string shape, int size, Func<int, string> build)
    {
        Shape = shape;
        Size = size;
        _build = build;
    }

    /// <summary>The sizes every shape is generated at.</summary>
    public static IReadOnlyList<int> Sizes { get; } = [100, 1_000, 10_000, 100_000, 1_000_000];

    public string Shape { get; }

    public int Size { get; }

    public string Build() => _build(Size);

    public byte[] BuildUtf8() => Encoding.UTF8.GetBytes(Build());

    public override string ToString() => Shape + " x " + Size.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static TheoryData<string, int> Cases(IReadOnlyDictionary<string, Func<int, string>> shapes)
    {
        var data = new TheoryData<string, int>();
        foreach (var shape in shapes.Keys.Order(StringComparer.Ordinal))
        {
            foreach (var size in Sizes)
            {
                data.Add(shape, size);
            }
        }

        return data;
    }

    public static StructuralBomb Of(IReadOnlyDictionary<string, Func<int, string>> shapes, string shape, int size) =>
        new(shape, size, shapes[shape]);

    /// <summary>Filters (the <c>filter</c> query parameter and the body of <c>/.search</c>).</summary>
    public static IReadOnlyDictionary<string, Func<int, string>> Filters { get; } = new Dictionary<string, Func<int, string>>(StringComparer.Ordinal)
    {
        ["parentheses"] = n => Repeat("(", n) + "userName eq \"a\"" + Repeat(")", n),
        ["not"] = n => Repeat("not (", n) + "userName eq \"a\"" + Repeat(")", n),
        ["value-path"] = n => Repeat("emails[", n) + "value eq \"a\"" + Repeat("]", n),
        ["or-chain"] = n => "userName eq \"a\"" + Repeat(" or userName eq \"a\"", n),
        ["and-not-mix"] = n => "userName eq \"a\"" + Repeat(" and not (title pr)", n),
        ["unclosed"] = n => Repeat("(", n) + "userName eq \"a\"",
    };

    /// <summary>Attribute paths (PATCH <c>path</c>, <c>sortBy</c>, <c>attributes</c>).</summary>
    public static IReadOnlyDictionary<string, Func<int, string>> Paths { get; } = new Dictionary<string, Func<int, string>>(StringComparer.Ordinal)
    {
        ["dotted"] = n => "name" + Repeat(".givenName", n),
        ["urn-segments"] = n => "urn" + Repeat(":x", n) + ":userName.a.b",
        ["value-filter-nesting"] = n => Repeat("emails[", n) + "value eq \"a\"" + Repeat("]", n) + ".value",
        ["value-filter-or-chain"] = n => "emails[value eq \"a\"" + Repeat(" or value eq \"a\"", n) + "].value",
    };

    /// <summary>JSON request bodies for User resources (POST, PUT).</summary>
    public static IReadOnlyDictionary<string, Func<int, string>> ResourceBodies { get; } = new Dictionary<string, Func<int, string>>(StringComparer.Ordinal)
    {
        ["nested-arrays"] = n => "{\"userName\":\"bomb\",\"emails\":" + Repeat("[", n) + Repeat("]", n) + "}",
        ["nested-objects-unknown"] = n => "{\"userName\":\"bomb\"," + Repeat("\"a\":{", n) + "\"b\":1" + Repeat("}", n) + "}",
        ["nested-objects-known"] = n => "{\"userName\":\"bomb\",\"name\":" + Repeat("{\"name\":", n) + "1" + Repeat("}", n) + "}",
        ["nested-in-extension"] = n => "{\"userName\":\"bomb\",\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\":" + Repeat("{\"manager\":", n) + "1" + Repeat("}", n) + "}",
        ["wide-object-late-duplicate"] = n => WideObject(n),
        ["wide-array-unterminated"] = n => "{\"userName\":\"bomb\",\"emails\":[" + string.Join(',', Enumerable.Repeat("{\"value\":\"a@example.com\"}", n)) + ",}",
        ["wide-array-of-scalars-in-single-valued"] = n => "{\"userName\":[" + string.Join(',', Enumerable.Repeat("\"a\"", n)) + "]}",
    };

    /// <summary>PATCH request bodies.</summary>
    public static IReadOnlyDictionary<string, Func<int, string>> PatchBodies { get; } = new Dictionary<string, Func<int, string>>(StringComparer.Ordinal)
    {
        ["nested-value"] = n => PatchEnvelope("{\"op\":\"add\",\"path\":\"emails\",\"value\":" + Repeat("[", n) + Repeat("]", n) + "}"),
        ["nested-operations"] = n => "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":" + Repeat("[", n) + Repeat("]", n) + "}",
        ["deep-path"] = n => PatchEnvelope("{\"op\":\"replace\",\"path\":\"" + Repeat("emails[", n) + "value eq \\\"a\\\"" + Repeat("]", n) + "\",\"value\":\"x\"}"),
        ["long-path"] = n => PatchEnvelope("{\"op\":\"replace\",\"path\":\"name" + Repeat(".givenName", n) + "\",\"value\":\"x\"}"),
        ["wide-operations-unterminated"] = n => "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":[" + string.Join(',', Enumerable.Repeat("{\"op\":\"replace\",\"path\":\"nickName\",\"value\":\"x\"}", n)) + ",]}",
    };

    private static string PatchEnvelope(string operation) =>
        "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":[" + operation + "]}";

    private static string WideObject(int n)
    {
        var builder = new StringBuilder(n * 12);
        builder.Append("{\"userName\":\"bomb\"");
        for (var i = 0; i < n; i++)
        {
            builder.Append(",\"x").Append(i).Append("\":").Append(i % 10);
        }

        // The same key as the first unknown one, in other case: names compare case-insensitively, so a duplicate.
        return builder.Append(",\"X0\":0}").ToString();
    }

    private static string Repeat(string unit, int count) => new StringBuilder(unit.Length * count).Insert(0, unit, count).ToString();
}

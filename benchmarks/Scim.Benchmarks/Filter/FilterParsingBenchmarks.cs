using BenchmarkDotNet.Attributes;
using Scim.Filter;
using Scim.Filter.Parsing;
using Superpower.Model;

namespace Scim.Benchmarks.Filter;

/// <summary>
/// Tokenizing and parsing measured apart, per filter, against the hand-written lexer floor:
/// <c>HandLexer</c> (baseline), the Superpower tokenizer surface, the pooled tokenizer the parser uses, the token
/// parsers alone on a prepared token list, and the whole <see cref="ScimFilter.Parse"/>.
/// </summary>
[MemoryDiagnoser]
public class FilterParsingBenchmarks
{
    private string _text = string.Empty;
    private TokenList<FilterToken> _tokens;
    private Token<FilterToken>[] _tokenArray = [];

    /// <summary>The filter case.</summary>
    [ParamsSource(typeof(FilterBenchmarkInputs), nameof(FilterBenchmarkInputs.Names))]
    public string Case { get; set; } = string.Empty;

    /// <summary>Prepares the inputs and asserts that they parse to the expected canonical form.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _text = FilterBenchmarkInputs.Filters[Case];
        var parsed = ScimFilter.Parse(_text);
        if (!ScimFilter.Parse(parsed.ToString()).Equals(parsed))
        {
            throw new InvalidOperationException($"Benchmark input '{Case}' does not round-trip.");
        }

        if (!FilterTokenizer.TryTokenize(_text, out var tokens, out _) || tokens.Length != HandWrittenFilterLexer.CountTokens(_text))
        {
            throw new InvalidOperationException($"Benchmark input '{Case}' tokenizes differently from the hand lexer.");
        }

        _tokens = new TokenList<FilterToken>(tokens);
        _tokenArray = tokens;
        if (!FilterTokenParsers.Filter(_tokens).HasValue)
        {
            throw new InvalidOperationException($"Benchmark input '{Case}' does not parse from tokens.");
        }
    }

    /// <summary>The floor: count tokens with a minimal hand-written lexer.</summary>
    [Benchmark(Baseline = true)]
    public int HandLexer() => HandWrittenFilterLexer.CountTokens(_text);

    /// <summary>The Superpower <c>Tokenizer&lt;FilterToken&gt;</c> surface (iterator and list).</summary>
    [Benchmark]
    public int TokenizeSuperpower() => FilterTokenizer.Instance.Tokenize(_text).Count();

    /// <summary>The pooled tokenizer the parser uses.</summary>
    [Benchmark]
    public int Tokenize() => FilterTokenizer.TryTokenize(_text, out var tokens, out _) ? tokens.Length : -1;

    /// <summary>The token parsers alone, on a prepared token list.</summary>
    [Benchmark]
    public FilterExpression? ParseTokens() => new FilterGrammar(_tokenArray).ParseFilter();

    /// <summary>The whole parse: length check, tokenize, limits, parse.</summary>
    [Benchmark]
    public FilterExpression Parse() => ScimFilter.Parse(_text);
}

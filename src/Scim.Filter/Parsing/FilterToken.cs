using Superpower.Display;

namespace Scim.Filter.Parsing;

/// <summary>The kinds of token the filter tokenizer produces.</summary>
internal enum FilterToken
{
    /// <summary>No token; never produced.</summary>
    None,

    /// <summary>An attribute path word: <c>[urn ":"] ATTRNAME ["." ATTRNAME]</c>.</summary>
    [Token(Description = "attribute name")]
    AttributePath,

    /// <summary>A JSON string literal, quotes included.</summary>
    [Token(Description = "string")]
    String,

    /// <summary>A JSON number literal.</summary>
    [Token(Description = "number")]
    Number,

    /// <summary>A bare word in value position, accepted only with <see cref="FilterParseOptions.AllowUnquotedStrings"/>.</summary>
    [Token(Description = "unquoted value")]
    UnquotedString,

    /// <summary>A run of characters that is neither a keyword, an attribute path nor a number.</summary>
    [Token(Description = "text")]
    Unrecognized,

    /// <summary><c>(</c></summary>
    [Token(Example = "(")]
    LParen,

    /// <summary><c>)</c></summary>
    [Token(Example = ")")]
    RParen,

    /// <summary><c>[</c></summary>
    [Token(Example = "[")]
    LBracket,

    /// <summary><c>]</c></summary>
    [Token(Example = "]")]
    RBracket,

    /// <summary><c>.</c> after a value filter (<c>emails[type eq "work"].value</c>).</summary>
    [Token(Example = ".")]
    Period,

    /// <summary><c>and</c></summary>
    [Token(Example = "and")]
    And,

    /// <summary><c>or</c></summary>
    [Token(Example = "or")]
    Or,

    /// <summary><c>not</c></summary>
    [Token(Example = "not")]
    Not,

    /// <summary><c>true</c></summary>
    [Token(Example = "true")]
    True,

    /// <summary><c>false</c></summary>
    [Token(Example = "false")]
    False,

    /// <summary><c>null</c></summary>
    [Token(Example = "null")]
    Null,

    /// <summary><c>eq</c></summary>
    [Token(Example = "eq")]
    Eq,

    /// <summary><c>ne</c></summary>
    [Token(Example = "ne")]
    Ne,

    /// <summary><c>co</c></summary>
    [Token(Example = "co")]
    Co,

    /// <summary><c>sw</c></summary>
    [Token(Example = "sw")]
    Sw,

    /// <summary><c>ew</c></summary>
    [Token(Example = "ew")]
    Ew,

    /// <summary><c>gt</c></summary>
    [Token(Example = "gt")]
    Gt,

    /// <summary><c>ge</c></summary>
    [Token(Example = "ge")]
    Ge,

    /// <summary><c>lt</c></summary>
    [Token(Example = "lt")]
    Lt,

    /// <summary><c>le</c></summary>
    [Token(Example = "le")]
    Le,

    /// <summary><c>pr</c></summary>
    [Token(Example = "pr")]
    Pr,
}

using System;

namespace XmppTopology;

/// <summary>
/// A typed handle to a pool, held in a field, property or variable so that every reference to
/// the pool uses one name. Wherever the DSL takes a pool, a FQDN string works too.
/// </summary>
/// <example><code>public static readonly PoolRef Fe2015 = new("fe15.contoso.com");</code></example>
#if XMPP_ANALYZER
internal
#else
public
#endif
sealed class PoolRef : IEquatable<PoolRef>
{
    /// <summary>Names a pool by its FQDN.</summary>
    /// <exception cref="ArgumentException">The FQDN is null, empty or malformed.</exception>
    public PoolRef(string fqdn) => Fqdn = Guard.Fqdn(fqdn, nameof(fqdn));

    /// <summary>The pool's fully qualified domain name.</summary>
    public string Fqdn { get; }

    /// <summary>Lets a FQDN string stand wherever a pool is expected.</summary>
    public static implicit operator PoolRef(string fqdn) => new(fqdn);

    /// <summary>The same as the implicit conversion, for languages without one.</summary>
    public static PoolRef FromString(string fqdn) => new(fqdn);

    /// <inheritdoc />
    public bool Equals(PoolRef? other) => other is not null && string.Equals(Fqdn, other.Fqdn, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PoolRef);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Fqdn);

    /// <inheritdoc />
    public override string ToString() => Fqdn;
}

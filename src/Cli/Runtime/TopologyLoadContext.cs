using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.Loader;

namespace XmppTopology.Cli.Runtime;

/// <summary>
/// Where the project's compiled topology runs: a collectible context that shares XmppTopology.Dsl
/// and the framework with the CLI (so the Topology it returns is the CLI's type) and loads any
/// other dependency from its implementation file.
/// </summary>
/// <param name="dsl">The CLI's XmppTopology.Dsl, given for any version the project asks for: a
/// project built against the DSL's source (a project reference, as the samples have) asks for the
/// version its design-time evaluation gives, which is not the packed one the CLI carries.</param>
/// <param name="implementations">The project's other dependencies, by assembly name: their implementation files.</param>
internal sealed class TopologyLoadContext(Assembly dsl, IReadOnlyDictionary<string, string> implementations) : AssemblyLoadContext("XmppTopology project topology", isCollectible: true)
{
    public const string DslAssembly = "XmppTopology.Dsl";

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        var name = assemblyName.Name ?? "";
        if (string.Equals(name, DslAssembly, StringComparison.OrdinalIgnoreCase))
        {
            return dsl; // the CLI's: one Topology type on both sides
        }

        return implementations.TryGetValue(name, out var path) ? LoadFromAssemblyPath(path) : null;
    }

    /// <summary>The assembly's name, or null for a file that is no assembly or only a reference assembly (metadata without code).</summary>
    public static string? ImplementationName(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var image = new PEReader(stream);
            if (!image.HasMetadata)
            {
                return null;
            }

            var metadata = image.GetMetadataReader();
            if (!metadata.IsAssembly)
            {
                return null;
            }

            var assembly = metadata.GetAssemblyDefinition();
            foreach (var handle in assembly.GetCustomAttributes())
            {
                if (AttributeTypeName(metadata, metadata.GetCustomAttribute(handle).Constructor) == "ReferenceAssemblyAttribute")
                {
                    return null;
                }
            }

            return metadata.GetString(assembly.Name);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or BadImageFormatException)
        {
            return null;
        }
    }

    // The attribute's type is referenced from another assembly, or defined in this one (System.Runtime defines ReferenceAssemblyAttribute itself).
    private static string? AttributeTypeName(MetadataReader metadata, EntityHandle constructor) => constructor.Kind switch
    {
        HandleKind.MemberReference when metadata.GetMemberReference((MemberReferenceHandle)constructor).Parent is { Kind: HandleKind.TypeReference } parent =>
            metadata.GetString(metadata.GetTypeReference((TypeReferenceHandle)parent).Name),
        HandleKind.MethodDefinition =>
            metadata.GetString(metadata.GetTypeDefinition(metadata.GetMethodDefinition((MethodDefinitionHandle)constructor).GetDeclaringType()).Name),
        _ => null,
    };
}

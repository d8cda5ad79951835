using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CustomiseYou.WebApi.IntegrationTests.Hardening;

/// <summary>
/// A seeded generator of request bodies: a plausible body built from the operation's schema in the served document, then
/// broken the ways careless and hostile clients break them (nulls, wrong types, huge and malformed strings, lone surrogates,
/// NUL, invalid UTF-8, deep nesting, arrays for objects). The same seed gives the same bodies, so a failure reproduces.
/// </summary>
public sealed partial class HostileJson(JsonElement schemas, Random random, IReadOnlyDictionary<string, string> knownIds)
{
    // Markers for what JsonNode cannot hold; replaced in the serialized text.
    private const string LoneLow = "\u0001LONE_LOW\u0001";
    private const string LoneHigh = "\u0001LONE_HIGH\u0001";
    private const string BadUtf8 = "\u0001BAD_UTF8\u0001";
    private const string HugeNumber = "\u0001HUGE_NUMBER\u0001";

    private static readonly Func<Random, JsonNode?>[] Hostile =
    [
        _ => null,
        _ => 0,
        _ => -1,
        _ => 2147483648L,
        _ => 1e308,
        _ => true,
        _ => "",
        _ => "   ",
        r => new string('W', r.Next(1_000, 60_000)),
        _ => $"ab{LoneLow}",
        _ => $"{LoneHigh}cd",
        _ => "Mu\0g",
        _ => $"x{BadUtf8}y",
        _ => HugeNumber,
        _ => new JsonArray(),
        _ => new JsonArray((JsonNode?)null),
        _ => new JsonObject(),
        _ => new JsonObject { ["a"] = new JsonArray(new JsonObject { ["b"] = null }) },
        r => NestedMarker(r.Next(10, 80)),
        r => new JsonArray([.. Enumerable.Range(0, r.Next(100, 5_000)).Select(i => (JsonNode?)i)]),
        _ => "<script>alert(1)</script>",
        _ => "😀\u202e\u0301ǅ",
        _ => "../../etc/passwd",
        _ => "9999-99-99",
        _ => "00000000-0000-0000-0000-000000000000",
        _ => "not-a-guid",
        _ => -0.0000001m,
        _ => 79228162514264337593543950335m,
    ];

    private static readonly string[] RawBodies =
    [
        "", "null", "[]", "123", "\"text\"", "{", "{\"a\":", "[1,2", "{}}", "{\"a\":1,}", "{'a':1}", "// comment\n{}",
    ];

    /// <summary>A body the operation could plausibly accept: every property, with a value of its type.</summary>
    public JsonNode? Plausible(JsonElement schema, string? name = null, int depth = 0)
    {
        schema = Resolve(schema);
        if (depth > 6)
        {
            return null;
        }

        foreach (var combinator in (string[])["oneOf", "anyOf", "allOf"])
        {
            if (schema.TryGetProperty(combinator, out var choices))
            {
                var options = choices.EnumerateArray().Select(Resolve).Where(c => !IsNullType(c)).ToList();
                return options.Count == 0 ? null : Plausible(options[random.Next(options.Count)], name, depth + 1);
            }
        }

        if (schema.TryGetProperty("enum", out var values))
        {
            var list = values.EnumerateArray().Where(v => v.ValueKind != JsonValueKind.Null).ToList();
            return list.Count == 0 ? null : JsonNode.Parse(list[random.Next(list.Count)].GetRawText());
        }

        return TypeOf(schema) switch
        {
            "object" => PlausibleObject(schema, depth),
            "array" => new JsonArray([.. Enumerable.Range(0, random.Next(1, 3))
                .Select(_ => schema.TryGetProperty("items", out var items) ? Plausible(items, name, depth + 1) : "item")]),
            "integer" => random.Next(1, 5),
            "number" => random.Next(1, 500),
            "boolean" => random.Next(2) == 0,
            "string" => PlausibleString(schema, name),
            _ => null,
        };
    }

    /// <summary>The plausible body broken in one of several ways, as the bytes to send.</summary>
    public byte[] Break(JsonNode? plausible)
    {
        switch (random.Next(10))
        {
            case 0:
                return Encoding.UTF8.GetBytes(RawBodies[random.Next(RawBodies.Length)]);
            case 1:
                return Serialize(NestedMarker(random.Next(65, 3_000)));
            case 2:
                return Serialize(Hostile[random.Next(Hostile.Length)](random));
            case 3:
                var everyString = plausible?.DeepClone();
                var value = Hostile[random.Next(9, 13)](random);
                ReplaceStrings(everyString, value);
                return Serialize(everyString);
            default:
                var broken = plausible?.DeepClone();
                for (var i = random.Next(1, 3); i > 0; i--)
                {
                    broken = ReplaceOne(broken, Hostile[random.Next(Hostile.Length)](random));
                }

                return Serialize(broken);
        }
    }

    public static byte[] Serialize(JsonNode? node)
    {
        var text = node?.ToJsonString() ?? "null";
        text = text
            .Replace(JsonString(LoneLow), "\\udfff", StringComparison.Ordinal)
            .Replace(JsonString(LoneHigh), "\\ud800", StringComparison.Ordinal)
            .Replace($"\"{JsonString(HugeNumber)}\"", "1e400", StringComparison.Ordinal);
        text = NestedPattern().Replace(text, match => Nested(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)));
        var parts = text.Split(JsonString(BadUtf8));
        var bytes = new List<byte>();
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0)
            {
                bytes.AddRange([0xC3, 0x28, 0xFF]); // an invalid two-byte sequence and a byte UTF-8 never uses
            }

            bytes.AddRange(Encoding.UTF8.GetBytes(parts[i]));
        }

        return [.. bytes];
    }

    private static string JsonString(string marker) => JsonSerializer.Serialize(marker)[1..^1];

    /// <summary>Arrays and objects <paramref name="depth"/> deep, as text: a JSON writer refuses to write them.</summary>
    private static string Nested(int depth)
    {
        var open = new StringBuilder();
        var close = new StringBuilder();
        for (var i = 0; i < depth; i++)
        {
            open.Append(i % 2 == 0 ? "[" : "{\"a\":");
            close.Insert(0, i % 2 == 0 ? "]" : "}");
        }

        return $"{open}{{\"leaf\":1}}{close}";
    }

    private static JsonNode NestedMarker(int depth) => $"\u0001NESTED_{depth}\u0001";

    [GeneratedRegex("\"\\\\u0001NESTED_(\\d+)\\\\u0001\"")]
    private static partial Regex NestedPattern();

    private JsonObject PlausibleObject(JsonElement schema, int depth)
    {
        var result = new JsonObject();
        if (schema.TryGetProperty("properties", out var properties))
        {
            foreach (var property in properties.EnumerateObject())
            {
                result[property.Name] = Plausible(property.Value, property.Name, depth + 1);
            }
        }
        else if (schema.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.Object)
        {
            foreach (var key in (string[])["engraving", "size"])
            {
                result[key] = Plausible(additional, key, depth + 1);
            }
        }

        return result;
    }

    private JsonNode PlausibleString(JsonElement schema, string? name)
    {
        var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
        if (format == "uuid")
        {
            return name is not null && knownIds.TryGetValue(name, out var id) ? id : Guid.NewGuid().ToString();
        }

        return format switch
        {
            "date-time" => DateTimeOffset.UtcNow.AddDays(1).ToString("O"),
            "date" => DateTime.UtcNow.AddDays(5).ToString("yyyy-MM-dd"),
            "email" => $"fuzz-{random.Next()}@test.example",
            _ => name switch
            {
                "currency" => "INR",
                "country" => "IN",
                "email" => $"fuzz-{random.Next()}@test.example",
                "password" => "Saffron-Lantern-2026",
                "locale" => "en-IN",
                "type" => "text",
                "key" => "engraving",
                "phone" => "+919876543210",
                "code" => "123456",
                "slug" => $"fuzz-{random.Next()}",
                "sku" => $"SKU-{random.Next()}",
                "role" => "seller",
                "hex" => "#aabbcc",
                "payoutAccount" => "acct_1234567890",
                _ => "sample " + random.Next(100),
            },
        };
    }

    private JsonElement Resolve(JsonElement schema) =>
        schema.TryGetProperty("$ref", out var reference)
            ? schemas.GetProperty(reference.GetString()!.Split('/')[^1])
            : schema;

    private static bool IsNullType(JsonElement schema) => TypeOf(schema) == "null";

    private static string? TypeOf(JsonElement schema)
    {
        if (!schema.TryGetProperty("type", out var type))
        {
            return schema.TryGetProperty("properties", out _) ? "object" : null;
        }

        return type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Select(t => t.GetString()).FirstOrDefault(t => t != "null") ?? "null"
            : type.GetString();
    }

    /// <summary>Replaces one node, picked at random among all of them (the root included).</summary>
    private JsonNode? ReplaceOne(JsonNode? root, JsonNode? replacement)
    {
        var nodes = new List<JsonNode>();
        Collect(root, nodes);
        if (nodes.Count == 0 || random.Next(nodes.Count + 1) == 0)
        {
            return replacement;
        }

        var target = nodes[random.Next(nodes.Count)];
        switch (target.Parent)
        {
            case JsonObject parent:
                parent[target.GetPropertyName()] = replacement;
                break;
            case JsonArray array:
                array[target.GetElementIndex()] = replacement;
                break;
            default:
                return replacement;
        }

        return root;
    }

    private static void Collect(JsonNode? node, List<JsonNode> nodes)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, child) in obj.ToList())
                {
                    if (child is not null)
                    {
                        nodes.Add(child);
                        Collect(child, nodes);
                    }
                }

                break;
            case JsonArray array:
                foreach (var child in array.ToList())
                {
                    if (child is not null)
                    {
                        nodes.Add(child);
                        Collect(child, nodes);
                    }
                }

                break;
        }
    }

    private static void ReplaceStrings(JsonNode? node, JsonNode? value)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj.ToList())
                {
                    if (child is JsonValue leaf && leaf.GetValueKind() == JsonValueKind.String)
                    {
                        obj[key] = value?.DeepClone();
                    }
                    else
                    {
                        ReplaceStrings(child, value);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is JsonValue leaf && leaf.GetValueKind() == JsonValueKind.String)
                    {
                        array[i] = value?.DeepClone();
                    }
                    else
                    {
                        ReplaceStrings(array[i], value);
                    }
                }

                break;
        }
    }
}

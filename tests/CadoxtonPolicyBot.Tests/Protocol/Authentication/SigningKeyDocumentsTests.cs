using System.Text.Json;
using CadoxtonPolicyBot.Protocol.Authentication;
using Microsoft.IdentityModel.Tokens;

namespace CadoxtonPolicyBot.Tests.Protocol.Authentication;

public sealed class SigningKeyDocumentsTests
{
    private const string Modulus = "sXchDaQebHnPiGvyDOAT4saGEUetSyo9MKLOoWFsueri23bOdgWp4Dy1WlUzewbgBHod5pcM9H95GQRV3JDXboIRROSBigeC5yjU1hGzHHyXss8UDprecbAYxknTcQkhslANGRUZmdTOQ5qTRsLAt6BTYuyvVRdhS8exSZEy_c4gs_7svlJJQ4H9_NxsiIoLwAEk7-Q3UXERGYw_75IDrGA84-lA_-Ct4eTlXHBIY2EaV7t7LjJaynVJCpkv4LKjTTAumiGUIuQhrNhZLuF_RJLqHpM2kgWFLU7-VTdL1VbC2tejvcI2BlMkEpk1BzBZI0KQB0GaDWFLN-aEAw3vRw";

    [Fact]
    public void Only_RSA_signature_keys_are_kept_and_a_symmetric_key_never_is()
    {
        var keys = Parse($$"""
            {"keys":[
              {"kty":"oct","kid":"symmetric","k":"c2VjcmV0"},
              {"kty":"EC","kid":"elliptic","crv":"P-256","x":"AA","y":"AA"},
              {"kty":"RSA","kid":"encryption","use":"enc","n":"{{Modulus}}","e":"AQAB"},
              {"kty":"RSA","kid":"rs384","alg":"RS384","n":"{{Modulus}}","e":"AQAB"},
              {"kty":"RSA","kid":"","n":"{{Modulus}}","e":"AQAB"},
              {"kty":"RSA","kid":"good","use":"sig","n":"{{Modulus}}","e":"AQAB"}
            ]}
            """);

        var key = Assert.Single(keys);
        Assert.Equal("good", key.Key);
        Assert.IsType<RsaSecurityKey>(key.Value.Key);
        Assert.Equal("good", key.Value.Key.KeyId);
    }

    [Fact]
    public void Endorsements_are_read_by_kid_from_the_raw_key_set()
    {
        var keys = Parse($$"""
            {"keys":[
              {"kty":"RSA","kid":"teams","n":"{{Modulus}}","e":"AQAB","endorsements":["msteams","skype"]},
              {"kty":"RSA","kid":"nothing","n":"{{Modulus}}","e":"AQAB","endorsements":[]},
              {"kty":"RSA","kid":"unlisted","n":"{{Modulus}}","e":"AQAB"}
            ]}
            """);

        Assert.Equal(["msteams", "skype"], keys["teams"].Endorsements);
        Assert.Empty(keys["nothing"].Endorsements!);
        Assert.Null(keys["unlisted"].Endorsements);
    }

    [Theory]
    [InlineData("""{"keys":{}}""")]
    [InlineData("""[]""")]
    [InlineData("""{"keys":[{"kty":"RSA","kid":"bad","n":"***","e":"AQAB"}]}""")]
    public void Unusable_key_sets_yield_no_keys(string json) => Assert.Empty(Parse(json));

    [Theory]
    [InlineData("https://login.botframework.com/v1/.well-known/keys", true)]
    [InlineData("http://127.0.0.1:5000/keys", true)]
    [InlineData("http://localhost:5000/keys", true)]
    [InlineData("http://login.botframework.com/v1/.well-known/keys", false)]
    [InlineData("ftp://login.botframework.com/keys", false)]
    public void Metadata_endpoints_must_be_https_except_on_loopback(string url, bool allowed) =>
        Assert.Equal(allowed, SigningKeyDocuments.IsAllowedEndpoint(new Uri(url)));

    private static Dictionary<string, SigningKey> Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return SigningKeyDocuments.ParseKeySet(document.RootElement);
    }
}

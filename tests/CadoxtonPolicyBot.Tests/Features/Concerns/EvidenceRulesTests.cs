using System.IO.Compression;
using System.Net;
using System.Text;
using CadoxtonPolicyBot.Features.Concerns;
using CadoxtonPolicyBot.Protocol;
using Microsoft.Extensions.Options;

namespace CadoxtonPolicyBot.Tests.Features.Concerns;

/// <summary>The rules behind evidence downloads and case bundles, case by case.</summary>
public sealed class EvidenceRulesTests
{
    [Theory]
    [InlineData("52.108.1.1", true)]
    [InlineData("13.107.136.9", true)]
    [InlineData("2603:1026:c0b::1", true)]
    [InlineData("127.0.0.1", false)]
    [InlineData("127.8.9.10", false)]
    [InlineData("10.0.0.5", false)]
    [InlineData("172.16.0.1", false)]
    [InlineData("172.31.255.254", false)]
    [InlineData("192.168.1.10", false)]
    [InlineData("169.254.169.254", false)]
    [InlineData("168.63.129.16", false)]
    [InlineData("100.64.0.1", false)]
    [InlineData("100.127.255.254", false)]
    [InlineData("0.0.0.0", false)]
    [InlineData("224.0.0.1", false)]
    [InlineData("255.255.255.255", false)]
    [InlineData("::1", false)]
    [InlineData("::", false)]
    [InlineData("fe80::1", false)]
    [InlineData("fd12:3456::1", false)]
    [InlineData("fc00::1", false)]
    [InlineData("::ffff:127.0.0.1", false)]
    [InlineData("::ffff:10.1.2.3", false)]
    [InlineData("::ffff:52.108.1.1", true)]
    [InlineData("::127.0.0.1", false)]
    [InlineData("64:ff9b::a9fe:a9fe", false)]
    [InlineData("2002:7f00:1::1", false)]
    [InlineData("2001:db8::1", false)]
    [InlineData("2001:0:4136:e378::1", false)]
    public void Deployed_only_public_internet_addresses_may_be_connected_to(string address, bool allowed) =>
        Assert.Equal(allowed, NetworkAddressRule.PublicOnly.Allows(IPAddress.Parse(address)));

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("::1", true)]
    [InlineData("::ffff:127.0.0.1", true)]
    [InlineData("52.108.1.1", false)]
    [InlineData("10.0.0.5", false)]
    public void In_local_mode_only_this_machine_may_be_connected_to(string address, bool allowed) =>
        Assert.Equal(allowed, NetworkAddressRule.ThisMachineOnly.Allows(IPAddress.Parse(address)));

    private static EvidenceUrlPolicy Deployed(params string[] hosts) =>
        new(Options.Create(new BotIdentityOptions { MicrosoftAppId = "3f1c2b4a-5d6e-4f70-8a9b-0c1d2e3f4a5b" }),
            Options.Create(new ConcernsOptions { FileDownloadHosts = [.. hosts] }));

    private const string ServiceUrl = "https://smba.trafficmanager.net/amer/6a1b2c3d-0000-4000-8000-000000000001/";

    [Theory]
    [InlineData("https://cadoxton-my.sharepoint.com/personal/a_cadoxton_org/_layouts/15/download.aspx?UniqueId=1&tempauth=x", "Guarded")]
    [InlineData("https://cadoxton.sharepoint.com/sites/staff/_layouts/15/download.aspx?UniqueId=1", "Guarded")]
    [InlineData("https://CADOXTON-MY.SHAREPOINT.COM./x", "Guarded")]
    [InlineData("http://cadoxton-my.sharepoint.com/x", "Refused")]
    [InlineData("https://cadoxton-my.sharepoint.com:8443/x", "Refused")]
    [InlineData("https://sharepoint.com/x", "Refused")]
    [InlineData("https://cadoxton.sharepoint.com.attacker.example/x", "Refused")]
    [InlineData("https://attackersharepoint.com/x", "Refused")]
    [InlineData("https://user@cadoxton.sharepoint.com/x", "Refused")]
    [InlineData("https://13.107.136.9/x", "Refused")]
    [InlineData("file:///etc/passwd", "Refused")]
    [InlineData("not a url", "Refused")]
    public void A_file_link_is_fetched_only_from_where_teams_keeps_files(string url, string expected) =>
        Assert.Equal(expected, Deployed().Decide(new EvidenceAttachment(url, EvidenceOrigin.FileLink, "f"), ServiceUrl).ToString());

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/v3/attachments/0-eus-d1-abc/views/original", "ConnectorAttachment")]
    [InlineData("https://smba.trafficmanager.net/amer/6a1b2c3d-0000-4000-8000-000000000001/v3/attachments/0-eus-d1-abc/views/original", "ConnectorAttachment")]
    [InlineData("https://smba.trafficmanager.net/v3/attachments/0-eus-d1-abc/views/thumbnail", "ConnectorAttachment")]
    [InlineData("https://smba.trafficmanager.net/amer/v3/conversations/a:1/members", "Refused")]
    [InlineData("https://smba.trafficmanager.net/emea/v3/attachments/abc/views/original", "Refused")]
    [InlineData("https://smba.trafficmanager.net/amer/v3/attachments/abc/views/original/../../../conversations", "Refused")]
    [InlineData("https://smba.trafficmanager.net/amer/v3/attachments/abc%2F..%2F..%2Fconversations/views/original", "Refused")]
    [InlineData("https://smba.trafficmanager.net/amer/v3/attachments/abc/views/original?redirect=1", "Refused")]
    [InlineData("https://smba.trafficmanager.net:444/amer/v3/attachments/abc/views/original", "Refused")]
    [InlineData("https://evil.example/amer/v3/attachments/abc/views/original", "Refused")]
    [InlineData("https://cadoxton-my.sharepoint.com/v3/attachments/abc/views/original", "Refused")]
    public void A_pasted_picture_gets_the_token_only_on_the_connectors_attachment_path_of_this_turns_service(string url, string expected) =>
        Assert.Equal(expected, Deployed().Decide(new EvidenceAttachment(url, EvidenceOrigin.PastedPicture, null), ServiceUrl).ToString());

    [Fact]
    public void A_national_cloud_names_its_own_file_hosts()
    {
        var policy = Deployed("*.sharepoint.us");

        Assert.Equal(EvidenceFetch.Guarded, policy.Decide(new EvidenceAttachment("https://school.sharepoint.us/x", EvidenceOrigin.FileLink, null), ServiceUrl));
        Assert.Equal(EvidenceFetch.Refused, policy.Decide(new EvidenceAttachment("https://school.sharepoint.com/x", EvidenceOrigin.FileLink, null), ServiceUrl));
    }

    [Theory]
    [InlineData("*")]
    [InlineData("*.com")]
    [InlineData("127.0.0.1")]
    [InlineData("localhost")]
    [InlineData("https://x.sharepoint.com")]
    public void A_file_host_setting_that_would_open_the_door_wide_stops_the_bot_at_start_up(string host)
    {
        var options = new ConcernsOptions { EncryptionKey = ConcernsHarness.Key, FileDownloadHosts = [host] };

        var errors = options.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(options)).ToList();

        Assert.Contains(errors, e => e.ErrorMessage!.StartsWith("Concerns:FileDownloadHosts", StringComparison.Ordinal));
    }

    [Fact]
    public void In_local_mode_only_urls_on_this_machine_are_fetched()
    {
        var policy = new EvidenceUrlPolicy(Options.Create(new BotIdentityOptions()), Options.Create(new ConcernsOptions()));

        Assert.Equal(EvidenceFetch.Guarded, policy.Decide(new EvidenceAttachment("http://127.0.0.1:5000/f", EvidenceOrigin.FileLink, null), null));
        Assert.Equal(EvidenceFetch.Guarded, policy.Decide(new EvidenceAttachment("http://localhost:5000/v3/attachments/a/views/b", EvidenceOrigin.PastedPicture, null), null));
        Assert.Equal(EvidenceFetch.Refused, policy.Decide(new EvidenceAttachment("https://cadoxton-my.sharepoint.com/f", EvidenceOrigin.FileLink, null), null));
        Assert.Equal(EvidenceFetch.Refused, policy.Decide(new EvidenceAttachment("http://10.0.0.2/f", EvidenceOrigin.FileLink, null), null));
    }

    private static byte[] Zip(params (string Name, string Text)[] parts)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in parts)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), Encoding.UTF8);
                writer.Write(text);
            }
        }

        return buffer.ToArray();
    }

    private const string Types = "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";

    [Fact]
    public void Word_excel_and_powerpoint_files_are_recognised_by_their_parts()
    {
        Assert.Equal("docx", EvidenceFileType.Detect(Zip(("[Content_Types].xml", Types), ("word/document.xml", "<w:document/>")))?.Extension);
        Assert.Equal("xlsx", EvidenceFileType.Detect(Zip(("[Content_Types].xml", Types), ("xl/workbook.xml", "<workbook/>")))?.Extension);
        Assert.Equal("pptx", EvidenceFileType.Detect(Zip(("[Content_Types].xml", Types), ("ppt/presentation.xml", "<p:presentation/>")))?.Extension);
    }

    [Fact]
    public void A_plain_zip_or_an_office_file_carrying_macros_or_embedded_programs_is_refused()
    {
        Assert.Null(EvidenceFileType.Detect(Zip(("readme.txt", "hello"), ("setup.exe", "MZ"))));
        Assert.Null(EvidenceFileType.Detect(Zip(("[Content_Types].xml", Types), ("word/document.xml", "<w:document/>"), ("word/vbaProject.bin", "macro"))));
        Assert.Null(EvidenceFileType.Detect(Zip(("[Content_Types].xml", Types), ("word/document.xml", "<w:document/>"), ("word/embeddings/oleObject1.bin", "program"))));
        Assert.Null(EvidenceFileType.Detect(Zip(("[Content_Types].xml", Types.Replace("document.main+xml", "document.macroEnabled.main+xml", StringComparison.Ordinal)), ("word/document.xml", "<w:document/>"))));
    }

    [Theory]
    [InlineData("holiday\u202Egpj.exe", "holiday<U+202E>gpj.exe")]
    [InlineData("a\u200Fb\u2066c\u0007d", "a<U+200F>b<U+2066>c<U+0007>d")]
    [InlineData("Llun o'r ŵyl.png", "Llun o'r ŵyl.png")]
    [InlineData("line\nbreak.txt", "line<U+000A>break.txt")]
    public void The_senders_name_for_a_file_is_shown_with_every_invisible_or_direction_changing_character_written_out(string name, string shown) =>
        Assert.Equal(shown, EvidenceFileName.Escaped(name));

    [Theory]
    [InlineData(1, "image/png", "evidence-01.png")]
    [InlineData(12, "text/plain", "evidence-12.txt")]
    [InlineData(3, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "evidence-03.docx")]
    public void A_file_in_the_bundle_is_named_by_its_number_and_real_type(int number, string contentType, string expected) =>
        Assert.Equal(expected, EvidenceFileName.InBundle(number, contentType));
}

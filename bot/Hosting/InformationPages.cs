using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace CadoxtonPolicyBot.Hosting;

/// <summary>
/// The read-only pages the Teams app's developer links point at (manifest.json: websiteUrl, privacyUrl,
/// termsOfUseUrl): what the bot is, the privacy notice for staff, and the terms of use. They are fixed text, built
/// once at start-up; nothing a visitor sends is ever put in them.
/// </summary>
public static class InformationPages
{
    public const string ContentType = "text/html; charset=utf-8";

    /// <summary>PostgreSQL's backup retention in deploy/modules/postgres.bicep (a test keeps the two the same).</summary>
    private const int BackupRetentionDays = 35;

    /// <summary>Log Analytics and Application Insights retention in deploy/main.bicep (a test keeps the two the same).</summary>
    private const int LogRetentionDays = 90;

    /// <summary>The concern retention period when configuration names none (the default in appsettings.sample.json).</summary>
    private const int DefaultConcernRetentionYears = 6;

    /// <summary>The acknowledgement retention period when configuration names none (Acknowledgements:RetentionYears).</summary>
    private const int DefaultAcknowledgementRetentionYears = 6;

    /// <summary>How long a leaver's conversation references stay when configuration names none (Roles:LeaverGracePeriod).</summary>
    private static readonly TimeSpan DefaultLeaverGracePeriod = TimeSpan.FromDays(30);

    /// <summary>Maps GET /, GET /privacy and GET /terms.</summary>
    public static IEndpointRouteBuilder MapInformationPages(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var configuration = endpoints.ServiceProvider.GetRequiredService<IConfiguration>();
        // The notice states the retention period the deployment really applies, not a figure that can drift from it.
        var retentionYears = configuration.GetValue("Concerns:RetentionYears", DefaultConcernRetentionYears);
        var acknowledgementYears = configuration.GetValue("Acknowledgements:RetentionYears", DefaultAcknowledgementRetentionYears);
        var leaverGrace = configuration.GetValue("Roles:LeaverGracePeriod", DefaultLeaverGracePeriod);

        Map(endpoints, "/", Home());
        Map(endpoints, "/privacy", Privacy(retentionYears, acknowledgementYears, (int)leaverGrace.TotalDays));
        Map(endpoints, "/terms", Terms());
        return endpoints;
    }

    private static void Map(IEndpointRouteBuilder endpoints, string path, string html)
    {
        var body = Encoding.UTF8.GetBytes(html);
        endpoints.MapGet(path, (HttpContext context) =>
        {
            var headers = context.Response.Headers;
            // No scripts, frames or outside resources: the only thing the page needs is its own inline style.
            headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            return Results.Bytes(body, ContentType);
        });
    }

    internal static string Home() => new Page("Cadoxton Primary School social media policy bot")
        .Paragraph("This is the Social Media Policy app for staff of Cadoxton Primary School, in Microsoft Teams. " +
            "It is for the school's staff, governors and the people who handle concerns; it is not a service for pupils or parents.")
        .Heading("What it does")
        .List(
            "Answers \"can I post this?\" questions about the staff social media policy, quoting the sections of the policy each answer rests on.",
            "Shows the full policy, and lets each member of staff acknowledge once a year that they have read and understood it.",
            "Lets the head teacher run the yearly acknowledgement round and see who has acknowledged.",
            "Lets staff raise a concern privately with the head teacher and the other concern handlers. Concerns are not anonymous: your identity is recorded with the concern.")
        .Heading("How to use it")
        .Paragraph("Open Microsoft Teams, find \"Social Media Policy\" in your apps and send it \"help\". " +
            "There is nothing to use on this website.")
        .Links()
        .ToHtml();

    internal static string Privacy(int concernRetentionYears, int acknowledgementRetentionYears = DefaultAcknowledgementRetentionYears, int leaverGraceDays = 30) => new Page("Privacy notice for staff")
        .Paragraph("This notice explains what the Social Media Policy app in Microsoft Teams keeps about you, who can see it and for how long. " +
            "Cadoxton Primary School is responsible for this information (the data controller). The app runs in the school's own Microsoft 365 and Azure services.")
        .Heading("What the app keeps")
        .List(
            "Conversation references: the ids Teams gives the app for you and for your chat with it (your Teams and Microsoft Entra user ids, the conversation id and the Teams service address). They let the app send you messages, such as acknowledgement cards, reminders and updates on a concern you raised. They contain no message text.",
            "Acknowledgement records: who acknowledged the policy (your Microsoft Entra id, name and work email address), when, and which version of the policy you acknowledged. They are never changed afterwards; they are the school's evidence that staff have read the policy.",
            "Concerns: what you report, any evidence files you send with it, and your identity as Teams confirmed it. Concerns are not anonymous, and the policy says they may be used in disciplinary proceedings. Concern details and evidence are stored encrypted, and every time someone opens or exports a concern it is recorded in an audit trail that cannot be altered without it showing.")
        .Heading("What the app does not keep")
        .Paragraph("The questions you ask the app (for example \"can I post a photo of the school trip?\") are not stored and are not written to logs. " +
            "If the app cannot answer, it offers to pass your question to the head teacher; only if you choose to do that is the question kept, so that the head teacher can read and answer it. " +
            "When you press \"Helpful\" or \"Not helpful\" the app counts the press; it does not keep your question.")
        .Heading("Who can see what")
        .List(
            "You can see your own acknowledgements, and the progress of concerns you raised, by their reference number.",
            "The head teacher can see who has and has not acknowledged the policy, and can export that list as evidence. The head teacher also sees questions that staff choose to pass on.",
            "Concern handlers (the head teacher, the deputy head and designated safeguarding lead, and the chair of governors) can see the concerns routed to them: a concern goes to the first handler who is not its subject, and passes to the next only if it is not opened in time. A concern about the head teacher goes to the chair of governors.",
            "The person a concern is about is not told about it by the app.",
            "The school's IT administrators run the service. They cannot read concern details: these are encrypted with a key that nobody holds in day-to-day running. " +
            "Reaching that key is an emergency step, taken only at the head teacher's request (for example to restore the service), and Azure records every time it is taken from Key Vault. A sealed paper copy kept for disaster recovery is opened only by the head teacher and the data protection officer together.")
        .Heading("How long it is kept")
        .List(
            string.Create(CultureInfo.InvariantCulture, $"Concerns, their evidence and their audit trail are deleted {concernRetentionYears} years after the case is closed."),
            string.Create(CultureInfo.InvariantCulture, $"Acknowledgement records are kept for {acknowledgementRetentionYears} years after the round closes, in line with the school's records retention schedule, as evidence that staff have read the policy. After that they can be deleted, and only by a deliberate step that is itself recorded (who did it, when, and how many records)."),
            string.Create(CultureInfo.InvariantCulture, $"Conversation references are kept so that the app can reach you while you work at the school. When you leave the school's staff group they are deleted after {leaverGraceDays} days, with any acknowledgement card still waiting to be sent to you; the deletion is recorded as a count, without your name."),
            string.Create(CultureInfo.InvariantCulture, $"Backups of the app's database are kept for {BackupRetentionDays} days, so something deleted is gone from the backups too after {BackupRetentionDays} days."),
            string.Create(CultureInfo.InvariantCulture, $"Technical logs (which requests reached the app and whether they worked, never what you typed) are kept for {LogRetentionDays} days."))
        .Heading("Your rights and questions")
        .Paragraph("You can ask to see the information the app holds about you, and ask for it to be corrected. " +
            "For this, or any question about this notice, contact the school's data protection officer through the school office. " +
            "If you are unhappy with how your information is handled, you can also complain to the Information Commissioner's Office (ico.org.uk).")
        .Links()
        .ToHtml();

    internal static string Terms() => new Page("Terms of use")
        .Paragraph("The Social Media Policy app is provided by Cadoxton Primary School for its staff and governors, for school purposes only.")
        .List(
            "The staff social media policy itself is what counts. The app's answers quote the policy, but if an answer and the policy seem to differ, follow the policy and ask the head teacher.",
            "The app's answers are guidance on the school's policy, not legal advice.",
            "Concerns are not anonymous: your identity is recorded with every concern you raise and may be used in disciplinary proceedings. Raise concerns honestly and in good faith.",
            "The app is not the way to report a child at immediate risk. Follow the school's safeguarding procedures and speak to the designated safeguarding lead straight away.",
            "Use the app in line with the school's acceptable use policy. Do not send it pupils' personal details unless a concern needs them.",
            "The school aims to keep the app available but does not promise that it always will be. The school may change the app and these terms; the version on this page is the current one.")
        .Links()
        .ToHtml();

    /// <summary>A page built from plain text; every piece of text is HTML-encoded when the page is written.</summary>
    private sealed class Page(string title)
    {
        private static readonly HtmlEncoder Encoder = HtmlEncoder.Default;
        private readonly StringBuilder _body = new();

        public Page Heading(string text)
        {
            _body.Append("<h2>").Append(Encoder.Encode(text)).Append("</h2>\n");
            return this;
        }

        public Page Paragraph(string text)
        {
            _body.Append("<p>").Append(Encoder.Encode(text)).Append("</p>\n");
            return this;
        }

        public Page List(params string[] items)
        {
            _body.Append("<ul>\n");
            foreach (var item in items)
            {
                _body.Append("<li>").Append(Encoder.Encode(item)).Append("</li>\n");
            }

            _body.Append("</ul>\n");
            return this;
        }

        public Page Links()
        {
            _body.Append("<nav><a href=\"/\">About the app</a> · <a href=\"/privacy\">Privacy notice</a> · <a href=\"/terms\">Terms of use</a></nav>\n");
            return this;
        }

        public string ToHtml() =>
            "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n" +
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n" +
            $"<title>{Encoder.Encode(title)} | Cadoxton Primary School</title>\n" +
            "<style>body{font-family:system-ui,sans-serif;max-width:42rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}" +
            "h1,h2{color:#1B4F8C}nav{margin-top:2rem;border-top:1px solid #ccc;padding-top:1rem}</style>\n" +
            $"</head>\n<body>\n<main>\n<h1>{Encoder.Encode(title)}</h1>\n{_body}</main>\n</body>\n</html>\n";
    }
}

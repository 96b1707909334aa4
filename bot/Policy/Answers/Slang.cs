using System.Collections.Frozen;

namespace CadoxtonPolicyBot.Policy.Answers;

/// <summary>Text-speak, abbreviations and common misspellings, mapped to the words the lexicon knows.</summary>
internal static class Slang
{
    public static FrozenDictionary<string, string> Words { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["fb"] = "facebook", ["facebok"] = "facebook", ["facbook"] = "facebook", ["faceboook"] = "facebook", ["fbook"] = "facebook",
        ["insta"] = "instagram", ["ig"] = "instagram", ["insty"] = "instagram", ["instgram"] = "instagram", ["gram"] = "instagram",
        ["tiktoc"] = "tiktok", ["ticktock"] = "tiktok", ["tictok"] = "tiktok", ["tt"] = "tiktok",
        ["snapchat"] = "snapchat", ["snapchats"] = "snapchat", ["sc"] = "snapchat",
        ["whatsap"] = "whatsapp", ["watsapp"] = "whatsapp", ["wattsapp"] = "whatsapp", ["whatapp"] = "whatsapp", ["whatsup"] = "whatsapp",
        ["yt"] = "youtube", ["twiter"] = "twitter", ["twit"] = "twitter", ["linkdin"] = "linkedin",
        ["pics"] = "pictures", ["pic"] = "picture", ["pix"] = "pictures", ["piccies"] = "pictures", ["piccy"] = "picture",
        ["pict"] = "picture", ["picts"] = "pictures", ["pictures"] = "pictures", ["foto"] = "photo", ["fotos"] = "photos",
        ["photoes"] = "photos", ["phots"] = "photos", ["phot"] = "photo", ["vid"] = "video", ["vids"] = "videos", ["selfy"] = "selfie",
        ["kids"] = "children", ["kiddies"] = "children", ["kiddos"] = "children", ["kiddo"] = "child", ["kidz"] = "children",
        ["skool"] = "school", ["scool"] = "school", ["skul"] = "school", ["schl"] = "school", ["sch"] = "school", ["shcool"] = "school",
        ["schoool"] = "school", ["scholl"] = "school", ["skools"] = "schools",
        ["u"] = "you", ["ya"] = "you", ["ur"] = "your", ["r"] = "are", ["im"] = "i am", ["ive"] = "i have", ["id"] = "i would",
        ["wanna"] = "want to", ["gonna"] = "going to", ["gotta"] = "got to", ["cos"] = "because", ["coz"] = "because", ["cuz"] = "because",
        ["b4"] = "before", ["pls"] = "please", ["plz"] = "please", ["thx"] = "thanks", ["ppl"] = "people", ["abt"] = "about",
        ["msg"] = "message", ["msgs"] = "messages", ["msging"] = "messaging", ["pm"] = "message", ["dms"] = "messages",
        ["txt"] = "text", ["txting"] = "texting", ["2day"] = "today", ["2nite"] = "tonight", ["tmrw"] = "tomorrow", ["tmr"] = "tomorrow",
        ["2moro"] = "tomorrow", ["sum1"] = "someone", ["some1"] = "someone", ["any1"] = "anyone", ["every1"] = "everyone",
        ["no1"] = "no one", ["ok"] = "ok", ["okay"] = "ok", ["k"] = "ok", ["teh"] = "the", ["w"] = "with", ["wiv"] = "with",
        ["govs"] = "governors", ["gov"] = "governor", ["ht"] = "head teacher", ["dht"] = "deputy head", ["hod"] = "head of",
        ["colleage"] = "colleague", ["collegue"] = "colleague", ["colleauge"] = "colleague", ["coleague"] = "colleague",
        ["collegues"] = "colleagues", ["colleages"] = "colleagues", ["coleagues"] = "colleagues",
        ["pupul"] = "pupil", ["pupuls"] = "pupils", ["pupills"] = "pupils", ["puplis"] = "pupils", ["pupli"] = "pupil",
        ["childern"] = "children", ["chidren"] = "children", ["childen"] = "children", ["chilren"] = "children",
        ["parnets"] = "parents", ["parants"] = "parents", ["parnet"] = "parent",
        ["teachr"] = "teacher", ["techer"] = "teacher", ["teachers"] = "teachers",
        ["wifi"] = "wifi", ["ipad"] = "ipad", ["i-pad"] = "ipad", ["lappy"] = "laptop", ["lptop"] = "laptop",
        ["fone"] = "phone", ["phne"] = "phone", ["mob"] = "mobile", ["moby"] = "mobile", ["cell"] = "phone", ["cellphone"] = "phone",
        ["sm"] = "social media", ["socmed"] = "social media",
        ["dont"] = "dont", ["cant"] = "cant", ["wont"] = "wont",
        ["lol"] = "lol", ["lmao"] = "lol", ["omg"] = "", ["tbh"] = "", ["ngl"] = "", ["hi"] = "", ["hiya"] = "",
        ["hey"] = "", ["quick"] = "", ["question"] = "", ["please"] = "", ["just"] = "", ["really"] = "", ["actually"] = "",
        ["wrk"] = "work", ["wk"] = "work", ["lessn"] = "lesson", ["lessions"] = "lessons", ["lession"] = "lesson",
        ["breaktime"] = "breaktime", ["dinnertime"] = "dinner time", ["playtimes"] = "playtime", ["wkend"] = "weekend",
        ["w/e"] = "weekend", ["hols"] = "holidays", ["hol"] = "holiday", ["eve"] = "evening",
        ["privacy"] = "privacy", ["priv"] = "private", ["pvt"] = "private", ["acc"] = "account", ["acct"] = "account",
        ["photograph"] = "photograph", ["headteacher"] = "head teacher", ["headteachers"] = "head teacher", ["headmistress"] = "head teacher",
        ["headmaster"] = "head teacher", ["deputyhead"] = "deputy head", ["tas"] = "tas", ["ks1"] = "infants", ["ks2"] = "juniors",
        ["y1s"] = "year 1", ["y2s"] = "year 2", ["y3s"] = "year 3", ["y4s"] = "year 4", ["y5s"] = "year 5", ["y6s"] = "year 6", ["yr"] = "year", ["bl"] = "year", ["sarky"] = "sarky", ["mams"] = "mums", ["brekky"] = "breakfast", ["obvs"] = "obviously", ["cn"] = "can", ["bout"] = "about", ["thru"] = "through", ["scrol"] = "scroll", ["contarct"] = "contract", ["there"] = "there", ["1s"] = "1", ["2s"] = "2", ["3s"] = "3", ["4s"] = "4", ["5s"] = "5", ["6s"] = "6", ["y1"] = "year 1", ["y2"] = "year 2", ["y3"] = "year 3", ["y4"] = "year 4", ["y5"] = "year 5", ["y6"] = "year 6",
        ["tweat"] = "tweet", ["twete"] = "tweet", ["tweeet"] = "tweet", ["instagarm"] = "instagram", ["snapchap"] = "snapchat",
        ["facebk"] = "facebook", ["fbk"] = "facebook", ["discusting"] = "disgusting", ["rediculous"] = "ridiculous",
        ["ridiculus"] = "ridiculous", ["redicolous"] = "ridiculous", ["embarassing"] = "embarrassing", ["confidencial"] = "confidential",
        ["confidental"] = "confidential", ["goverors"] = "governors", ["governers"] = "governors", ["privite"] = "private",
        ["permision"] = "permission", ["permisson"] = "permission", ["concent"] = "consent", ["derogotory"] = "derogatory",
        ["usless"] = "useless", ["pupls"] = "pupils", ["stoopid"] = "stupid", ["crapp"] = "crap",
        ["yr1"] = "year 1", ["yr2"] = "year 2", ["yr3"] = "year 3", ["yr4"] = "year 4", ["yr5"] = "year 5", ["yr6"] = "year 6",
        // "One of my yr6s", "the yr2s": the class by its year, plural.
        ["yr1s"] = "year 1", ["yr2s"] = "year 2", ["yr3s"] = "year 3", ["yr4s"] = "year 4", ["yr5s"] = "year 5", ["yr6s"] = "year 6",
        ["year1s"] = "year 1", ["year2s"] = "year 2", ["year3s"] = "year 3", ["year4s"] = "year 4", ["year5s"] = "year 5", ["year6s"] = "year 6",
        ["year1"] = "year 1", ["year2"] = "year 2", ["year3"] = "year 3", ["year4"] = "year 4", ["year5"] = "year 5", ["year6"] = "year 6",
            }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Words that take a number after them, so "clause 2" is not read as "clause to".</summary>
    public static FrozenSet<string> NumberTakers { get; } = new[]
    {
        "clause", "clauses", "section", "sections", "item", "items", "point", "points", "paragraph", "para", "number", "no", "rule",
        "procedure", "part", "year", "yr", "stage", "ks", "page", "and", "or", "top", "class", "group", "room", "step", "&",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Everyday words a one-letter typo correction must leave alone.</summary>
    public static FrozenSet<string> Common { get; } = new[]
    {
        "should", "would", "could", "because", "really", "another", "things", "thinks", "something", "anything", "everything",
        "nothing", "someone", "anyone", "everyone", "people", "before", "after", "during", "without", "within", "through", "around",
        "allowed", "wanted", "happen", "happens", "thought", "though", "through", "getting", "putting", "saying", "asking", "other",
        "others", "either", "neither", "whether", "think", "which", "where", "there", "their", "these", "those", "about", "above",
        "below", "under", "still", "stuff", "staff", "while", "whilst", "always", "never", "please", "thanks", "today", "yesterday",
        "tomorrow", "morning", "afternoon", "minute", "minutes", "second", "seconds", "written", "writes", "wrote", "worked",
        "working", "worker", "workers", "talked", "listed", "listen", "wonder", "wondering", "making", "taking", "having", "giving",
        "coming", "trying", "looking", "seeing", "posted", "poster", "posters", "posting", "parent", "parents", "school", "schools",
        "checked", "cheque", "likely", "liking", "friend", "friends", "friendly", "pupils", "pupil", "public", "picked", "pocket",
        "policy", "police", "polite", "matter", "mother", "father", "brother", "sister", "better", "letter", "letters", "certain",
        "course", "causes", "caused", "cousin", "number", "numbers", "member", "members", "remember", "enough", "already", "almost",
        "anyway", "actual", "answer", "answers", "button", "change", "changes", "choose", "chosen", "closed", "common", "doesnt",
        "family", "figure", "follow", "inside", "inform", "itself", "lately", "mainly", "myself", "nearly", "needed", "online",
        "plenty", "pretty", "rather", "reason", "recent", "report", "reports", "return", "safely", "secure", "simple", "simply",
        "single", "social", "somewhat", "source", "spoken", "strong", "summer", "system", "thinking", "twelve", "twenty", "unless",
        "useful", "versus", "wasnt", "weekly", "whose", "within", "worth", "writing", "yourself", "beings", "being", "media",
        "concern", "concerns", "concerned", "concerning", "hearing", "wearing", "bearing", "sharing", "caring", "daring", "staring",
        "scaring", "parking", "marking", "barking", "planning", "printer", "printing", "meeting", "meetings", "greeting", "setting",
        "sitting", "getting", "letting", "petition", "station", "nation", "ration", "mention", "mentions", "session", "lessen",
        "listen", "glisten", "christen", "kitten", "mitten", "bitten", "written", "rotten", "forgotten", "gotten", "beaten",
        "threat", "threats", "throat", "treat", "treats", "street", "sweet", "sweets", "tweed", "parent", "patent", "patient",
        "period", "periods", "twitch", "switch", "stitch", "pitch", "children", "chilled", "hours", "house", "horse", "course",
        "source", "coarse", "posture", "pasture", "picture", "pictures", "mixture", "fixture", "fixtures", "feature", "features",
    }.ToFrozenSet(StringComparer.Ordinal);
}

using System.Collections.Frozen;

namespace CadoxtonPolicyBot.Policy.Answers;

/// <summary>
/// The vocabulary staff use for each policy concept. Entries are written normalised (lower case, no apostrophes,
/// slang already expanded by <see cref="Slang"/>) and may be phrases of several words; the longest phrase wins.
/// </summary>
internal static partial class Lexicon
{
    public static FrozenDictionary<string, Cue[]> Phrases { get; } = Build();

    /// <summary>Every word of every phrase: a word the lexicon uses is never "corrected" into another ("announced" is not a typo of "announce").</summary>
    public static FrozenSet<string> PhraseWords { get; } = Phrases.Keys.SelectMany(k => k.Split(' ')).ToFrozenSet(StringComparer.Ordinal);

    public static int MaxPhraseWords { get; } = Phrases.Keys.Max(k => k.Count(c => c == ' ') + 1);

    // Typos are corrected only towards names of things (platforms, people, devices, images); correcting towards
    // judgement words ("dreading" for "reading") would change what a question says.
    private static readonly Cue[] CorrectableCues =
    [
        Cue.Platform, Cue.OnlineGeneric, Cue.Pupils, Cue.Staff, Cue.Parents, Cue.Governors, Cue.Council, Cue.School, Cue.Image,
        Cue.Device, Cue.Phone, Cue.Lessons, Cue.Break, Cue.Privacy, Cue.Monitoring, Cue.Consequence, Cue.Evidence, Cue.Report,
        Cue.Trip, Cue.Premises, Cue.PostVerb, Cue.MessageVerb, Cue.Permission,
    ];

    /// <summary>Single words long enough to be worth correcting a one-letter typo towards.</summary>
    public static FrozenSet<string> TypoTargets { get; } = Phrases
        .Where(kv => !kv.Key.Contains(' ', StringComparison.Ordinal) && kv.Key.Length >= 5 && kv.Key.All(char.IsLetter)
            && Array.Exists(kv.Value, CorrectableCues.Contains))
        .Select(kv => kv.Key)
        .ToFrozenSet(StringComparer.Ordinal);

    private static readonly Cue[] JudgementCues = [Cue.Derogatory, Cue.Complaint, Cue.Confidential, Cue.Defamatory, Cue.Discriminatory, Cue.Threatening];

    /// <summary>Single words of tone and confidentiality, corrected only from doubled, undoubled or swapped letters.</summary>
    public static FrozenSet<string> JudgementTypoTargets { get; } = Phrases
        .Where(kv => !kv.Key.Contains(' ', StringComparison.Ordinal) && kv.Key.Length >= 5 && kv.Key.All(char.IsLetter)
            && Array.Exists(kv.Value, JudgementCues.Contains))
        .Select(kv => kv.Key)
        .ToFrozenSet(StringComparer.Ordinal);

    private static FrozenDictionary<string, Cue[]> Build()
    {
        var map = new Dictionary<string, List<Cue>>(StringComparer.Ordinal);

        void Add(Cue cue, params string[] phrases)
        {
            foreach (var phrase in phrases)
            {
                if (!map.TryGetValue(phrase, out var cues))
                {
                    map[phrase] = cues = [];
                }

                if (!cues.Contains(cue))
                {
                    cues.Add(cue);
                }
            }
        }

        // Where and how: platforms, devices, time.
        Add(Cue.Platform, "facebook", "twitter", "on x", "instagram", "tiktok", "snapchat", "whatsapp", "youtube", "linkedin",
            "threads", "reddit", "pinterest", "tumblr", "bluesky", "mastodon", "telegram", "discord", "messenger", "bereal",
            "myspace", "tik tok", "whats app", "face book", "you tube", "insta story", "instagram story", "flickr", "vimeo", "twitch", "signal", "wechat", "mumsnet", "nextdoor", "tweet", "tweets", "tweeted", "tweeting",
            "retweet", "status", "story", "stories", "reel", "reels", "feed", "timeline", "whatsapp group", "group chat", "facebook group", "xbox live", "playstation network", "psn", "roblox", "fortnite", "minecraft", "online games", "online gaming", "steam", "twitch chat", "google hangouts", "kik", "houseparty", "yubo");
        Add(Cue.OnlineGeneric, "social media", "social networking", "social network", "social networks", "social networking sites",
            "social media sites", "online", "on the internet", "the web", "on line", "socials", "social", "app", "apps", "website", "forum");
        Add(Cue.Blog, "blog about", "blog", "blogs", "blogging", "blogger", "vlog", "podcast");
        Add(Cue.AccountOrPage, "account", "accounts", "page", "profile", "handle", "channel");
        // Setting a profile or cover picture publishes it on social media.
        foreach (var cue in (Cue[])[Cue.PostVerb, Cue.OnlineGeneric, Cue.Image])
        {
            Add(cue, "profile picture", "profile pic", "profile photo", "cover photo", "cover picture", "display picture", "avatar", "banner photo");
        }

        Add(Cue.PostVerb, "post", "posts", "posted", "posting", "share", "shares", "shared", "sharing", "upload", "uploaded", "uploading",
            "put up", "put it up", "put them up", "put on", "put it on", "put them on", "stick on", "stick it on", "publish",
            "tweet", "tweets", "tweeted", "tweeting", "retweet", "repost", "comment", "comments", "commenting", "write on", "write about",
            "blog about", "say on", "status", "story", "reel", "go live", "livestream", "tag", "tagging", "tagged", "like a post", "liking", "caption",
            "put a", "put the", "put some", "say something", "say that", "write that", "mention");
        Add(Cue.UseVerb, "go on", "going on", "get on", "be on", "use", "using", "used", "check", "checking", "look at", "looking at",
            "look on", "access", "accessing", "browse", "browsing", "scroll", "scrolling", "surf", "read", "watch", "play",
            "text", "texting", "texts", "chat to friends", "online shopping", "personal use", "for personal", "private use", "reply to friends",
            "message friends", "message my friends", "text friends", "text my friends", "answer", "take a call", "take calls", "phone calls", "log into", "log in", "log on", "login", "logging into", "logging in", "logging on", "sign into", "sign in", "signing into", "signing in", "go onto", "going onto", "get onto", "hop on", "nip on");
        Add(Cue.ViewVerb, "watch", "watching", "watches", "look at", "looking at", "look on", "browse", "browsing", "scroll", "scrolling",
            "scroll through", "read", "reading", "go on", "going on", "log into", "log in", "login", "sign into", "sign in", "stream",
            "streaming", "binge", "listen to", "listening to", "play", "playing");
        Add(Cue.MessageVerb, "message", "messages", "messaged", "messaging", "dm", "direct message", "private message", "reply", "replied",
            "replying", "respond", "message back", "chat", "chatting", "chat with", "talk to", "talk with", "speak to", "contact", "contacted",
            "send", "sending", "text", "texting", "texted", "video call", "facetime", "write to", "email", "inbox", "snap", "snaps", "dialogue");
        // "A friend request" must not read as "a friend" (someone unconnected) followed by "request".
        Add(Cue.ConnectVerb, "a friend request", "friend request", "friend requests", "friend", "friends with", "be friends", "befriend", "add", "added", "adding",
            "accept", "accepted", "follow", "follows", "following", "follower", "followers", "follow back", "connect", "connection",
            "connections", "contacts", "friends list", "mutuals");
        Add(Cue.PhotographVerb, "take photos", "take pictures", "take a photo", "take a picture", "taking photos", "taking pictures",
            "film", "filming", "record", "recording", "take a selfie", "photograph");
        Add(Cue.KeepPhone, "keep my phone", "have my phone", "phone on", "phone with me", "mobile with me", "phone on me", "keep my mobile",
            "have my mobile", "phone in my pocket", "phone on silent", "phone switched on", "answer my phone", "take a call", "phone calls");
        Add(Cue.Device, "computer", "computers", "laptop", "laptops", "pc", "pcs", "desktop", "ipad", "ipads", "tablet", "tablets",
            "chromebook", "chromebooks", "whiteboard", "smartboard", "device", "devices", "equipment", "it equipment", "kit", "mac", "macbook");
        Add(Cue.Phone, "phone", "phones", "mobile", "mobiles", "smartphone", "iphone", "android", "smartwatch", "apple watch", "mobile phone");
        Add(Cue.SchoolOwned, "school", "schools", "work", "works", "classroom", "class", "office", "staffroom", "council", "school issued",
            "school owned", "the schools", "interactive", "staff", "work issued");
        Add(Cue.OwnOwned, "my", "my own", "own", "personal", "private", "home");
        Add(Cue.SchoolSystem, "school wifi", "wi fi", "work wifi", "school network", "schools network", "school internet", "school system",
            "school systems", "school it", "schools it", "it system", "it systems", "school email", "work email", "school login",
            "school account", "council network", "council it", "interactive whiteboard", "smartboard", "school broadband", "the wifi",
            "wifi at school", "guest wifi", "staff wifi", "staff laptop", "teacher laptop", "teachers laptop", "ict suite", "computer suite", "it suite", "computer room", "ict room", "library computer", "library computers", "office computer", "office computers", "office pc", "staffroom computer", "staffroom computers", "staffroom pc");
        Add(Cue.Lessons, "lesson", "lessons", "during class", "in class", "teaching", "while teaching", "working time", "working hours",
            "work time", "while the children are working", "while the pupils are working", "while the children work", "while pupils work",
            "directed time", "on the clock", "teaching time", "class time",
            "while i am working", "whilst working", "while working", "during the lesson", "in front of the class",
            "in front of the children");
        Add(Cue.LessonActivity, "during registration", "registration", "assembly", "on duty", "duty", "ppa", "guided reading", "maths", "phonics", "carpet time", "story time", "circle time", "golden time", "in a meeting", "during a meeting", "supervising", "pe", "swimming", "playground duty", "the register", "spelling test", "reading time");
        Add(Cue.SchoolDay, "at work", "in work", "in school", "at school", "school day", "during the day", "school hours", "during school",
            "in the day", "workday", "working day");
        Add(Cue.Break, "break", "breaks", "breaktime", "break time", "lunch", "lunchtime", "lunch break", "lunch hour", "dinner time",
            "playtime", "play time", "free period", "my break", "on my break", "coffee break", "tea break", "recess", "non contact");
        Add(Cue.OwnTime, "evening", "evenings", "tonight", "night", "weekend", "weekends", "saturday", "sunday", "holiday", "holidays",
            "half term", "after school", "after work", "before school", "before work", "own time", "my own time", "personal time",
            "day off", "days off", "off duty", "summer", "outside work", "outside school", "outside of work", "outside of school",
            "out of school", "out of hours", "outside working hours", "at home", "from home", "bank holiday", "christmas break", "easter");
        Add(Cue.Home, "at home", "from home", "home", "my house", "in the house", "on holiday");

        // What: content kinds.
        Add(Cue.Confidential, "confidential", "private information", "personal information", "personal details", "secret",
            "pregnant", "pregnancy", "expecting a baby", "maternity", "illness", "diagnosis", "diagnosed", "cancer", "medical", "medication",
            "health", "mental health", "off sick", "sick leave", "signed off", "address", "addresses", "phone number", "phone numbers",
            "date of birth", "rota", "rotas", "timetable", "staff list", "class list", "data", "results", "sats results",
            "marks", "grades", "scores", "reports", "report card", "assessment", "assessments", "safeguarding", "child protection",
            "social services", "social worker", "looked after", "foster", "fostered", "adopted", "sen", "special needs", "ehcp",
            "iep", "autism", "autistic", "adhd", "dyslexia", "dyslexic", "behaviour plan", "exclusion", "excluded", "suspended",
            "suspension", "disciplinary hearing", "investigation", "complaint", "complaints", "meeting notes", "meeting minutes",
            "internal email", "ofsted report", "ofsted grade", "before she has told", "before he has told",
            "before they have told", "before its announced", "not announced", "not been announced", "hasnt been announced",
            "havent told", "hasnt told", "before she told", "before it is announced", "resigned", "resigning", "redundancy",
            "redundancies", "restructure", "budget", "salary", "salaries", "payslip", "divorce", "divorcing", "affair", "split up",
            "home life", "family situation", "free school meals", "pupil premium", "court", "police", "arrested", "passwords", "password",
            "gossip", "staffing", "who is leaving", "interview", "interviews", "divorced", "getting divorced", "separated", "separating", "breaking up", "marriage problems", "miscarriage", "ivf", "bereavement", "bereaved", "rehab", "in care", "care order", "custody", "on the child protection register", "referral", "referred", "allegation against", "under investigation", "capability", "performance management", "probation", "mark book", "markbook", "test scores", "exam results", "reading ages", "reading age", "tracking data", "attendance", "attendance figures", "tribunal", "grievance", "sick note", "fit note", "therapy", "counselling", "depression", "anxiety", "breakdown");
        Add(Cue.Incident, "bit", "bitten", "biting", "hit", "hitting", "punched", "kicked", "fight", "fighting", "fell", "fell over",
            "injured", "injury", "accident", "hurt", "cried", "crying", "tantrum", "meltdown", "swore", "swearing", "wet himself",
            "wet herself", "wet themselves", "was sick", "threw up", "vomited", "naughty", "misbehaved", "misbehaving", "behaviour",
            "behavior", "incident", "told off", "detention", "stole", "stealing", "bullying", "bullied", "ran away", "nits",
            "head lice", "did today", "happened today", "happened in class", "in trouble", "spelling mistakes", "bad day", "lice");
        Add(Cue.Derogatory, "rubbish", "useless", "hopeless", "shambles", "shambolic", "clueless", "no clue",
            "havent got a clue", "hasnt got a clue", "havent a clue", "not got a clue", "no idea what", "pointless", "thick", "stupid",
            "dim", "dumb", "idiot", "idiots", "idiotic", "moron", "morons", "lazy", "incompetent", "awful", "terrible", "worst", "hate",
            "hates", "hated", "horrible", "nasty", "vile", "disgusting", "pathetic", "crap", "crappy", "shit", "shite", "bloody", "moan",
            "moaning", "rant", "ranting", "vent", "venting", "slag", "slag off", "slagging", "slagging off", "criticise", "criticize",
            "criticising", "criticism", "diss", "dissing", "mock", "mocking", "make fun", "making fun", "laugh at", "laugh about",
            "laughing at", "laughing about", "take the mick", "taking the mick", "ridicule", "embarrass", "rude", "insult", "insulting",
            "abuse", "abusive", "brats", "brat", "feral", "little monsters", "little sods", "nightmare", "nightmares",
            "annoying", "annoy", "drive me mad", "driving me mad", "drives me mad", "cant stand", "sucks", "suck", "ugly", "fat",
            "weird", "weirdo", "creep", "creepy", "snob", "snobby", "a disgrace", "disgrace", "shameful", "unprofessional",
            "badly run", "poorly run", "rubbish at", "bad at", "awful at", "not fit", "waste of space", "waste of time", "sarcastic",
            "complain about", "complaining about", "moan about", "having a go", "have a go", "name and shame", "call out", "calling out",
            "expose", "dig at", "snide", "bitch", "prat", "muppet", "numpty", "useless lot", "clown", "clowns", "no good", "doesnt care", "dont care",
            "couldnt care less", "bad teacher", "poor teacher", "lousy", "dreadful", "appalling", "offensive", "derogatory", "unkind", "spiteful", "rude comment", "horrible things", "nasty things", "pig", "scruffy",
            "smelly", "stinks", "trash", "dreading", "cant even read", "cant read", "cant even spell", "cant spell", "cant even write", "cant write", "cant even count", "cant count", "cant parent", "illiterate", "lost the plot", "losing the plot", "off their rocker", "off his rocker", "off her rocker", "bonkers", "nutter", "nutters", "psycho", "chav", "chavs", "chavvy", "scroungers", "scrounger", "feckless", "gobby", "poke fun", "poking fun", "joke at", "wind up", "piss take", "take the piss", "taking the piss", "piss taking", "sly dig", "swipe at", "belittle", "belittling", "humiliate", "humiliating", "shaming", "bitchy", "two faced", "useless at", "cant teach", "cant manage", "cant control", "out of control", "rough as", "dregs", "scum");
        Add(Cue.Defamatory, "defamatory", "defame", "libel", "slander", "lie", "lies", "lying", "liar", "rumour", "rumours",
            "rumor", "allegation", "allegations", "accuse", "accusing", "fraud", "corrupt", "fiddling", "drunk at work", "on drugs",
            "having an affair", "stealing from", "cheating", "cheat", "fiddles");
        Add(Cue.Discriminatory, "racist", "racism", "sexist", "sexism", "homophobic", "transphobic", "disablist", "ableist",
            "discriminatory", "discriminate", "discrimination", "bigoted", "slur", "slurs", "xenophobic", "antisemitic", "islamophobic",
            "because of her religion", "because of his religion", "foreigners", "immigrants", "race", "religion", "skin colour",
            "gay joke", "racial");
        Add(Cue.Threatening, "threaten", "threatening", "threat", "threats", "get them", "sort them out", "sort him out", "sort her out",
            "watch your back", "watch their back", "make them pay", "make him pay", "make her pay", "punch", "hurt them", "kill",
            "beat up", "intimidate", "intimidating", "pay for this", "find out where", "know where you live", "come for");
        Add(Cue.Embarrassing, "silly", "funny", "embarrassing", "unflattering", "drunk", "tipsy", "asleep", "sleeping", "pulling a face",
            "daft", "compromising", "revealing", "fancy dress", "hungover", "meme", "caught out", "candid", "off guard", "inappropriate");
        Add(Cue.Positive, "proud", "well done", "congratulations", "congrats", "great", "brilliant", "amazing", "fantastic", "lovely",
            "fab", "wonderful", "won", "win", "winning", "celebrate", "celebrating", "achievement", "achievements", "award", "success",
            "thank you", "thanks", "enjoyed", "fun", "good luck", "excited", "happy", "best", "sports day results", "match results", "race results", "football results", "competition results", "quiz results", "tournament results", "results of the match", "won the match", "won the cup", "came first", "came second", "came third", "medal", "medals", "trophy", "cup");
        Add(Cue.NewsOrOpinion, "teachers strike", "teachers union", "teachers pay", "the teachers strike", "news", "article", "articles", "news story", "petition", "campaign", "strike", "strikes", "union",
            "politics", "political", "election", "government", "opinion", "opinions", "views", "pay", "pay rise",
            "funding", "education policy", "debate", "protest", "charity", "fundraiser", "fundraising", "link", "research", "job advert",
            "vacancy", "vacancies", "advert", "budget cuts", "funding cuts", "cuts", "cutting", "school budgets", "education budget", "education cuts", "cost of living", "workload", "teachers workload", "ofsted reform", "strike action");
        Add(Cue.PersonalLife, "weekend", "holiday", "holidays", "walk", "walking", "hike", "hiking", "wedding", "birthday", "party",
            "night out", "dog", "cat", "pet", "garden", "gym", "running", "marathon", "football", "rugby", "concert", "gig", "recipe",
            "dinner", "meal", "food", "trip to", "beach", "mountains", "family", "my family", "engagement", "engaged", "new house",
            "my baby", "my kids", "my children", "bake", "baking", "cake", "hobby", "selfie", "selfies", "myself", "me and");
        // News that is confidential when it is someone else's but the user's own to share when it is theirs ("my pregnancy").
        Add(Cue.PersonalLife, "pregnant", "pregnancy", "expecting a baby", "maternity", "illness", "diagnosis", "diagnosed", "cancer",
            "medical", "medication", "health", "mental health", "off sick", "sick leave", "signed off", "divorce", "divorcing", "divorced",
            "getting divorced", "separated", "separating", "breaking up", "miscarriage", "ivf", "bereavement", "bereaved", "leaving",
            "resigned", "resigning", "interview", "interviews", "depression", "anxiety", "therapy", "counselling", "adhd", "autism",
            "autistic", "dyslexia", "dyslexic", "home life", "salary");
        Add(Cue.PupilWork, "artwork", "art work", "display", "displays", "wall display", "drawings", "drawing", "paintings",
            "painting", "writing", "books", "exercise books", "projects", "project", "models", "poems", "their work", "childrens work", "pupils work", "class work", "classwork", "work on the wall", "classroom display");

        // About whom.
        Add(Cue.School, "school", "schools", "our school", "this school", "cadoxton", "work", "workplace", "job",
            "my job", "employer", "academy", "the place", "management", "leadership", "staff meeting", "staff meetings", "ofsted",
            "inset", "training day", "policy", "policies", "initiative", "curriculum");
        Add(Cue.Staff, "staff", "staff member", "member of staff", "members of staff", "colleague", "colleagues", "teacher", "teachers",
            "head", "head teacher", "headteacher", "the head", "head of", "deputy", "deputy head", "assistant head", "slt", "smt",
            "senior leadership", "senior leaders", "leadership team", "management", "manager", "boss", "line manager", "ta", "tas",
            "teaching assistant", "teaching assistants", "lsa", "hlta", "senco", "dsl", "caretaker", "cleaner", "cleaners", "cook",
            "cooks", "dinner lady", "dinner ladies", "lunchtime supervisor", "office staff", "receptionist", "secretary", "bursar",
            "business manager", "supply teacher", "student teacher", "nqt", "ect", "coworker", "coworkers", "workmate", "workmates",
            "mr", "mrs", "miss", "ms", "teammate", "year group partner", "pgce student", "trainee", "employee",
            "employees");
        Add(Cue.Pupils, "pupil", "pupils", "children", "child", "kid", "student", "students", "learner", "learners", "my class",
            "the class", "class", "classes", "year 1", "year 2", "year 3", "year 4", "year 5", "year 6", "reception", "nursery class",
            "infants", "juniors", "foundation phase", "boy", "boys", "girl", "girls", "toddler", "little ones", "my group", "youngsters", "schoolchildren", "someone in my class", "one of my pupils", "one of the children", "young people", "minors",
            "student council", "school council", "football team", "choir", "cast", "nativity", "leavers");
        Add(Cue.Parents, "parent", "parents", "mum", "mums", "dad", "dads", "carer", "carers", "guardian", "guardians", "a mum",
            "a dad", "one of the parents", "one of the mums", "one of the dads", "pta", "family of", "parent helper", "grandparent",
            "grandparents", "the mums", "school gate mums", "parents evening");
        Add(Cue.Governors, "governor", "governors", "chair of governors", "governing body", "board", "trustees", "trustee");
        Add(Cue.Council, "council", "councils", "local authority", "la", "lea", "education department", "county", "councillor",
            "councillors", "education authority", "vale of glamorgan", "consortium", "cardiff council", "the authority");
        Add(Cue.Former, "former", "ex", "used to teach", "left", "who left", "taught", "grown up", "now an adult",
            // "Year 6 leavers" are still pupils until they leave in July, so "leavers" alone does not make them former pupils.
            "now adults", "used to be");
        Add(Cue.Family, "my daughter", "my son", "my child", "my baby", "my wife", "my husband", "my partner", "my mum", "my dad",
            "my mother", "my father", "my parents", "my nan", "my gran", "my grandad", "my grandmother", "my grandfather", "my sister",
            "my brother", "my family", "my elderly", "family", "family member", "my toddler", "my boy", "my girl", "my little one",
            "my stepson", "my stepdaughter", "daughter", "son", "wife", "husband", "partner", "childminder", "my sons",
            "my daughters", "my babys", "my own children", "my own kids", "my own child", "my own kid", "my own son", "my own daughter", "own children", "own kids", "own child");
        Add(Cue.MyChildren, "my kids", "my children", "my kid", "my little ones", "our kids", "our children");
        Add(Cue.Self, "myself", "my weekend", "my holiday", "my life", "about me", "of me", "my own life", "my hobbies",
            "my views", "my opinion", "my dog", "my cat", "my house");
        Add(Cue.Unconnected, "friends", "my friends", "a friend", "mate", "mates", "celebrity", "celebrities", "footballer",
            "politician", "politicians", "prime minister", "government", "restaurant", "shop", "company", "business", "band", "tv show", "my ex", "neighbour", "neighbours", "strangers", "public figure", "the public");
        Add(Cue.ThirdParty, "i saw", "i have seen", "i noticed", "i found", "i came across", "i spotted", "someone told me", "colleague", "colleagues", "someone", "somebody", "a teacher", "another teacher", "a member of staff",
            "another member of staff", "a parent", "parents", "a governor", "a pupil", "a child", "he", "she", "they", "a friend",
            "my ta", "a ta", "one of the teachers", "one of the parents", "one of my colleagues", "a colleague", "people", "staff member",
            "someone else", "another parent", "an ex pupil", "a former pupil", "a mum", "a dad", "the head");
        Add(Cue.ThirdPartyAction, "i saw", "i have seen", "i noticed", "i found", "i came across", "i spotted", "someone told me", "posted", "has posted", "have posted", "is posting", "are posting", "keeps posting", "been posting",
            "shared", "has shared", "is sharing", "wrote", "has written", "is writing", "are writing", "been writing", "put up",
            "has put", "uploaded", "commented", "is commenting", "tweeted", "is messaging", "has been messaging", "messaged",
            "is friends with", "are friends with", "has added", "is saying", "are saying", "is slagging",
            "is trolling", "trolling", "trolled", "is bullying", "harassing", "is harassing", "spreading", "is spreading", "tagged me",
            "liked", "is following", "follows", "been", "has been", "have been", "keeps", "kept", "is always", "are always", "has started", "have started", "started", "been slagging", "is calling", "are calling", "has called", "called me", "is mocking", "mocked", "is posting pictures", "is putting", "puts", "sends", "sent", "is sending", "has sent", "is being", "are being", "being bullied", "being trolled", "being harassed", "being targeted", "being abused", "being picked on", "getting bullied", "getting trolled", "made a fake", "set up a fake", "created a fake", "pretending to be");
        Add(Cue.AboutMe, "about me", "me online", "at me", "targeting me", "of me", "my name", "my photo", "my picture", "tagged me",
            "harassing me", "trolling me", "bullying me", "abusing me", "attacking me", "threatening me");

        // Images.
        Add(Cue.Image, "photo", "photos", "photograph", "photographs", "picture", "pictures", "image", "images", "selfie", "selfies",
            "video", "videos", "clip", "clips", "footage", "film", "snap", "snaps", "shot", "shots", "group photo", "class photo",
            "photo of", "pic", "recording", "livestream", "artwork", "art work", "wall display", "drawings", "paintings", "classroom display", "go live", "reel", "screenshot of");
        Add(Cue.Premises, "school", "in school", "at school", "classroom", "my classroom", "staffroom", "playground", "school field",
            "field", "hall", "school hall", "corridor", "yard", "grounds", "premises", "school premises", "on site", "on the premises",
            "library", "reception area", "office", "canteen", "dinner hall", "sports day", "nativity", "assembly", "concert",
            "christmas concert", "school play", "the play", "open day", "fete", "summer fair", "christmas fair", "disco",
            "school disco", "staff training", "training day", "inset", "staff party", "christmas party", "staff do", "parents evening",
            "forest school", "swimming", "lesson", "lessons", "pe");
        Add(Cue.Trip, "trip", "trips", "school trip", "outing", "residential", "visit", "visits", "day out", "off site", "offsite",
            "excursion", "museum", "zoo", "farm", "camp", "swimming lessons", "sports tournament", "tournament", "match", "away day",
            "field trip", "off site activity", "off site activities", "staff night out", "team building", "staff away day", "leaving do", "leaving party", "leaving drinks", "leaving meal", "leaving night", "leaving lunch", "staff social", "staff meal", "staff drinks", "christmas do", "christmas meal", "christmas night out", "end of term drinks", "end of term do");
        Add(Cue.SchoolPlace, "front of the school", "school building", "the building", "building", "school gate", "school gates",
            "gate", "gates", "school sign", "logo", "school logo", "grounds", "school grounds", "playground", "field",
            "school field", "school garden", "school", "schools", "our school", "classroom", "my classroom", "hall", "staffroom",
            "corridor", "library", "outside of the school", "outside the school", "entrance", "mural", "new building", "extension");
        Add(Cue.Face, "face", "faces", "identifiable", "recognisable", "recognizable", "identify", "identified", "can see",
            "see them", "uniform", "school uniform", "name badge", "in the background", "in the shot", "in it", "in them", "in the photo",
            "in the picture", "spot them", "make out");
        Add(Cue.Name, "name", "names", "naming", "named", "name them", "surname", "surnames", "initials", "tag them", "tagging them");
        Add(Cue.Unidentifiable, "anonymous", "anonymously", "anonymised", "anonymized", "unidentifiable", "unrecognisable",
            "blurred", "blur", "blurring", "pixelated", "pixelate", "from behind", "backs of their heads", "back of their heads",
            "faces hidden", "faces covered", "cropped out", "emoji over", "no names", "no faces", "nobody identifiable",
            "hands only", "before the children arrive", "before the pupils arrive", "after the children have gone", "after the children leave", "after the pupils leave", "when the children have gone", "empty classroom", "nobody in it", "no one in it", "no one else in it", "just their hands", "only their hands", "silhouettes", "set up for", "set up ready", "all set up", "empty", "empty hall", "empty room", "empty playground", "before anyone arrives", "before anyone arrived", "before they arrive", "before they arrived", "no children in it", "no pupils in it", "no children in them", "no pupils in them", "no children in shot", "nobody in shot", "no one in shot", "without any children", "without any pupils", "without the children", "without the pupils", "no children", "no pupils", "no one in the picture", "nobody in the picture", "no people", "no people in it");
        Add(Cue.Permission, "permission", "permissions", "consent", "consented", "consent form", "consent forms", "photo consent",
            "agreed", "agree", "said yes", "said its ok", "said it was ok", "ok with it", "okay with it", "happy for me", "happy for",
            "allowed me", "signed", "opted in", "approved", "approval", "sign off", "asked them", "asked her", "asked him",
            "asked the parents", "with their permission", "permission slip");
        Add(Cue.ObjectOrFood, "my lunch", "my dinner", "my breakfast", "my food", "my coffee", "my desk", "my outfit", "my shoes",
            "my car", "cake", "cakes", "food", "coffee", "the view", "sunset", "flowers", "book", "my new", "lunch i");

        // Official channels, family, urgency.
        Add(Cue.Official, "official", "school facebook", "school twitter", "school instagram", "school page", "school account",
            "school website", "school blog", "school app", "school social media", "schools facebook", "schools twitter",
            "schools instagram", "schools page", "schools account", "schools website", "schools social media", "class page",
            "class blog", "class dojo", "classdojo", "dojo", "seesaw", "tapestry", "google classroom", "microsoft teams", "hwb",
            "parentmail", "parent mail", "school newsletter", "newsletter", "school gateway", "schoolcomms", "weduc", "class story",
            "school x", "school channel", "school comms", "school text", "school business", "official business", "work purposes", "for work purposes", "school purposes", "for school purposes", "educational purposes");
        Add(Cue.OnBehalf, "on behalf of the school", "for the school", "for our school");
        Add(Cue.WorkTask, "write reports", "write my reports", "writing reports", "writing my reports", "do my reports", "doing my reports",
            "doing reports", "end of year reports", "school reports", "report writing", "marking", "my marking", "do my marking",
            "planning", "my planning", "do my planning", "lesson plans", "lesson plan", "lesson planning", "plan lessons", "plan my lessons",
            "plan a lesson", "work emails", "school work", "schoolwork", "teaching resources", "make resources", "making resources",
            "resources", "worksheet", "worksheets", "powerpoint", "powerpoints", "slides", "smartboard slides", "data entry", "sims",
            "arbor", "cpoms", "twinkl", "for my lessons", "for lessons", "for teaching", "reset my password", "reset password",
            "password reset", "forgot my password", "forgotten my password", "locked out", "login details", "log in details",
            "hwb password", "my hwb password", "teams password", "email password", "my password", "locked me out", "cant log in",
            "cant log on", "cant get into", "cant sign in", "two factor", "authenticator", "log in to hwb", "login to hwb",
            "printer", "printers", "printing", "print", "photocopier", "photocopying", "laminator", "laminating", "projector",
            "not working", "wont turn on", "wont connect", "it support", "it technician", "technician", "helpdesk", "help desk",
            "repair", "fix it", "fixes it", "broken screen", "cracked screen", "update windows", "install", "installing", "software", "show the class", "show my class", "show the children", "show the pupils", "in my lesson", "for my lesson", "for a lesson", "for the lesson", "teaching resource", "to teach", "in a lesson", "educational video", "educational videos");
        Add(Cue.Urgent, "urgent", "urgently", "emergency", "emergencies", "family emergency", "urgent family", "crisis", "in labour",
            "going into labour", "due any day", "waiting for a call", "expecting a call", "important call", "the hospital might",
            "could call", "might call", "might ring", "in case", "call from the hospital", "call from the doctor",
            // "Test results" alone is as often a class's reading test as a hospital's: only the hospital's are urgent.
            "test results from the hospital", "hospital test results", "my test results", "waiting for test results",
            "bad news", "dying", "passed away", "funeral", "end of life", "critical", "family matter", "family matters", "give birth", "giving birth", "gives birth", "about to give birth", "in labor", "contractions", "waters broke", "baby is due", "baby due", "waiting to hear", "waiting for news", "waiting on news", "waiting on a call", "waiting on the hospital", "on call for", "carer for", "care for my");
        Add(Cue.Illness, "poorly", "ill", "unwell", "sick", "hospital", "in hospital", "a and e", "ae", "doctor", "doctors", "gp",
            "operation", "surgery", "fever", "temperature", "injured", "broken", "ambulance", "hospice", "care home", "vomiting",
            "chickenpox", "covid", "flu", "not well", "off school", "home from school", "nursery rang", "nursery called");

        // Reporting and the policy itself.
        Add(Cue.Report, "report", "reporting", "reported", "raise a concern", "raise concerns", "raise it", "whistleblow",
            "whistleblowing", "whistle blow", "flag", "flag it", "flag up", "tell someone", "tell the head", "tell my line manager",
            "let someone know", "let the head know", "make a complaint", "complain to", "escalate", "dob in", "grass", "shop them", "tell on", "fake account", "fake profile", "fake page", "pretending to be me", "impersonating me", "impersonating", "hacked my account", "hacked my facebook", "hacked my");
        // Asking how to report is both a wish to report and a request for help.
        foreach (var cue in (Cue[])[Cue.Report, Cue.HelpSeeking])
        {
            Add(cue, "who do i report", "who should i report", "who do i report it to", "where do i report", "how do i report",
                "how can i report", "how should i report", "where can i report", "who can i report");
        }

        Add(Cue.HelpSeeking, "who do i tell", "who should i tell", "who do i speak to", "who should i speak to", "who do i go to",
            "who should i go to", "what should i do", "what do i do", "what can i do", "what can i do about", "how do i", "who can i",
            "what happens now", "who can help", "help", "should i tell", "do i tell", "should i say something", "should i do something", "what are my options", "advice", "worried about", "concerned about", "concern about", "who do i contact", "who should i contact", "who deals with", "who handles", "what is the process", "whats the process", "who do i talk to", "who should i talk to", "who can i talk to", "who do i ask", "who should i ask", "who do i go to about", "who do i inform", "who should i inform");
        Add(Cue.Monitoring, "monitor", "monitors", "monitored", "monitoring", "track", "tracked", "tracking", "spy", "spying",
            "watched", "watching what", "see what i", "see what i am", "see what sites", "see my browsing", "browsing history",
            "history", "logged", "logs", "keep an eye", "check what i", "filtering", "filtered", "can they see", "can the school see", "can it see", "does it see", "know what i", "who can see what i", "surveillance", "check what websites", "check what sites", "see what websites", "what websites i", "what sites i", "websites i visit", "sites i visit", "check up on", "keep a record of", "keep records of", "record the sites", "record what", "see the sites", "look at my history", "read my emails", "read my messages", "check my emails", "check my history", "is it monitored", "are they monitored", "monitor my");
        Add(Cue.Applies, "apply", "applies", "applied", "cover", "covers", "covered", "count", "counts", "include", "includes",
            "included", "extend", "extends", "relevant", "does it matter", "still apply", "still count", "matter", "affect",
            "affects", "outside of work", "in my own time", "only in school", "only at work", "only during", "just in school");
        Add(Cue.PolicyWord, "policy", "policies", "the policy", "social media policy", "rules", "rule", "guidelines", "guidance",
            "code of conduct", "procedure", "procedures", "the rules", "this policy");
        Add(Cue.Consequence, "what happens if", "what would happen", "what could happen", "what might happen", "break the", "breaks the", "broke the", "breaking the", "what will happen", "what happens when", "consequence",
            "consequences", "sacked", "fired", "dismissed", "dismissal", "lose my job", "lose your job", "losing my job", "disciplinary",
            "disciplined", "gross misconduct", "misconduct", "in trouble", "get in trouble", "punished", "punishment", "sanction",
            "sanctions", "warning", "written warning", "breach", "breaches", "breaching", "breached", "break the policy",
            "broke the policy", "breaking the policy", "get the sack", "investigated", "struck off", "penalty");
        Add(Cue.Evidence, "evidence", "screenshot", "screenshots", "screen shot", "screengrab", "copies", "copy", "proof", "prove",
            "printout", "print out", "hard copy", "hard copies", "save the post", "keep a record", "record of", "kept on file");
        Add(Cue.Anonymity, "my name", "anonymous", "anonymously", "anonymity", "attached", "will they know", "know it was me",
            "know its me", "find out it was me", "identity", "who reported", "stay anonymous", "remain anonymous", "confidentially",
            "in confidence", "kept confidential", "be told who");
        Add(Cue.Privacy, "privacy", "privacy settings", "private account", "set to private", "settings", "locked", "lock my account",
            "public account", "public profile", "private profile", "who can see my", "friends only", "be private", "account private", "profile private", "go private", "make it private", "keep it private", "visible", "hide my", "search for me",
            "find me", "find my account", "find my profile", "real name", "nickname", "different name", "on private", "to private", "is private", "set private", "setting it to private", "private mode", "locked down", "lock down", "lock it down", "friends list", "friend list", "friends lists", "my friends list", "contacts list", "contact list", "followers list", "my followers", "who follows me", "who can see", "who sees", "audience", "close friends");
        Add(Cue.WhatPolicySays, "what does the policy say", "what does it say", "what are the rules", "what is the rule", "what is the policy",
            "whats the policy", "whats the rule", "is there a rule", "is there anything in the policy", "does the policy say",
            "does the policy mention", "what does the policy", "policy on", "rules on", "rules about", "rule on", "rule about",
            "guidance on", "what is the guidance", "explain", "summarise", "summary", "in a nutshell", "the gist", "main points",
            "according to the policy", "under the policy", "what do i need to know", "where does the policy", "which clause",
            "which section", "which part", "what clause", "what section", "what counts as", "what is classed as", "what is considered", "what would be considered", "what is seen as", "define", "definition of", "what do you mean by", "what does it mean", "what does the policy mean", "what is meant by");
        Add(Cue.Purpose, "why do we have", "what is the point of", "whats the point of", "purpose", "aim of", "aims of", "why is there",
            "who does the policy apply to", "who does it apply to", "does it apply to", "why does the school", "what is the policy for", "why do we need", "why have a policy", "why is there a policy", "reason for the policy", "reasons for the policy", "point of the policy", "what is the policy about", "whats the policy about", "what is the social media policy about", "what does the policy aim", "what is the aim", "whats the aim", "who is the policy for", "who is it for");
        Add(Cue.Show, "show", "show me", "read", "see", "display", "give me", "send me", "link", "full", "whole", "entire", "text of",
            "copy of", "view", "open", "print", "list", "what does", "quote");
        Add(Cue.SectionWord, "clause", "clauses", "section", "sections", "item", "items", "point", "points", "paragraph", "para",
            "number", "rule", "procedure", "part");
        Add(Cue.SectionName, "policy statement", "the statement", "statement", "disciplinary action", "disciplinary section",
            "disciplinary part", "evidence paragraph", "evidence section", "evidence part", "paragraph on evidence", "general advice",
            "advice section", "the advice", "the procedure", "procedure section");
        Add(Cue.Negator, "not", "no", "without", "never", "dont", "doesnt", "wont", "cant", "cannot", "isnt", "arent", "wasnt",
            "havent", "hasnt", "didnt", "nobody", "none", "neither", "nor", "nothing", "wouldnt", "couldnt", "shouldnt");
        Add(Cue.Question, "can", "could", "may", "am", "is", "are", "should", "would", "will", "does", "do", "what", "how", "who",
            "why", "when", "where", "ok", "okay", "alright", "allowed", "possible", "fine");
        Add(Cue.HaveVerb, "keep", "have", "start", "run", "open", "create", "set up", "make", "get", "join", "keep up", "write");
        Add(Cue.Adult, "now an adult", "now adults", "grown up", "all grown up", "over 18", "18", "adult", "adults", "at university", "at uni", "in their twenties");
        Add(Cue.ScopeQuestion, "does it matter", "does it count", "does that count", "does this count", "does it apply", "does this apply",
            "does that apply", "do the rules apply", "still apply", "still count", "still applies", "does it still", "do they still",
            "is it covered", "are they covered", "does it cover", "does the policy", "do the rules", "is that covered", "is this covered",
            "does that matter", "does this matter", "apply to me", "applies to me");
        Add(Cue.WantTo, "i want to", "i would like to", "i need to", "i wish to", "how do i", "how can i");

        // Concepts added for issue 10: each list is a concept in everyday school words, not a question's wording.
        Add(Cue.Endorse, "like it", "like the post", "like a post", "like their post", "sign it", "sign the petition", "sign a petition", "signing it", "sign and share", "liking", "heart it", "react", "reacting", "reaction", "retweet",
            "retweeting", "repost", "reposting", "share it", "share that", "share the post", "signed it",
            "put a laughing", "thumbs up it", "hoffi", "upvote", "duet", "duets", "stitch");
        Add(Cue.Petition, "petition", "petitions", "campaign", "campaigning", "protest", "protesting", "boycott", "open letter");
        Add(Cue.Against, "against", "to stop", "stop the", "opposing", "oppose", "objecting to", "object to", "fight the", "save our");
        Add(Cue.Inspectorate, "estyn", "ofsted", "inspectors", "inspector", "inspection", "inspection report", "estyn report", "ofsted report");
        Add(Cue.Humour, "joke", "jokes", "joking", "meme", "memes", "banter", "funny", "hilarious", "lol", "haha", "living the dream",
            "love language", "teacher life", "teacherlife", "jôc", "a laugh", "tongue in cheek", "pun");
        Add(Cue.AlreadyPublic, "already on the school website", "on the school website", "already public", "already been announced",
            "already announced", "its been announced", "been announced", "the school has announced", "school announced", "publicly announced",
            "already on the website", "already out", "public report", "on the news");
        Add(Cue.Relative, "niece", "nephew", "cousin", "cousins", "my cousins boy", "my cousins girl", "godson", "goddaughter",
            "grandson", "granddaughter", "my nieces", "my nephews", "family friend", "stepson", "stepdaughter", "my own two",
            "my own kids", "my own children", "my kids go here", "my kids go to", "my children go here", "my son is in", "my daughter is in");
        Add(Cue.OtherPoster, "my husband", "my wife", "my partner", "my boyfriend", "my girlfriend", "my friend", "my mate", "my sister",
            "my brother", "my mum", "he wants to", "she wants to", "wants to share", "wants to post", "wants to put");
        Add(Cue.Leave, "maternity leave", "maternity", "paternity leave", "sick leave", "off sick", "signed off", "on leave",
            "career break", "secondment", "on holiday", "in spain", "abroad", "half term", "suspended", "gardening leave", "mamolaeth");
        Add(Cue.Duty, "yard duty", "playground duty", "on duty", "duty", "breakfast club", "brekky club", "after school club",
            "lunchtime supervisor", "dinner duty", "bus duty", "gate duty", "while i hoover", "hoover", "hoovering", "hoovers",
            "while i clean", "cleaning the classrooms", "i clean the classrooms", "clean the classrooms", "my shift", "on shift",
            "doing dinner money", "doing the dinner money", "counting dinner money", "counting the dinner money", "collecting dinner money", "photocopying", "doing the register", "during register", "register", "on the carpet", "observing",
            "at the back", "while my class teacher is teaching", "while they eat", "while the kids eat", "while they are watching",
            "while theyre watching", "while they watch", "ppa", "ppa time", "covering", "supervising", "on placement");
        Add(Cue.PersonalActivity, "banking", "online banking", "bank", "my banking", "music", "spotify", "netflix", "youtube music",
            "podcast", "podcasts", "wordle", "games", "gaming", "candy crush", "shopping", "online shopping", "amazon", "ebay",
            "marketplace", "personal emails", "personal email", "my emails", "my messages", "messages", "my texts", "texts", "the news",
            "news", "rightmove", "dating", "betting", "my next booking", "job hunting", "sports scores", "the football");
        Add(Cue.Broken, "dead", "died", "has died", "broken", "broke", "not working", "stopped working", "wont work", "booked",
            "always booked", "out of battery", "flat", "playing up", "torri", "wedi torri", "is down", "are down", "went down", "locked out", "locked out of", "locked out of the",
            "wont let me in", "wont let me log in", "cant log in", "cant log into", "cant get into");
        Add(Cue.ChildNow, "year 7", "year 8", "year 9", "year 10", "year 11", "at the comp", "the comp", "comprehensive", "secondary",
            "secondary school", "high school", "left last year", "left last july", "left in july", "last years year 6", "left y6",
            "left year 6", "about 10", "about 11", "about 12", "still a child", "only 12", "only 13", "only 14", "only 15", "a teenager",
            "in year 7", "moved up", "just left");
        Add(Cue.Adult, "university", "uni", "a nurse", "nurse", "policeman", "police officer", "training to be",
            "a teacher now", "married", "has kids of her own", "has kids of his own", "works as",
            "years ago", "15 years ago", "10 years ago", "20 years ago", "my first class", "my very first class",
            "first ever class", "my first ever class", "blismon", "nyrs", "mlynedd yn ol");
        Add(Cue.NoPeople, "no kids in it", "no children in it", "no pupils in it", "no one in it", "nobody in it", "no one in the shot",
            "no one in shot", "nobody in shot", "nobody about", "no one about", "nobody around", "no one around", "no children at all",
            "no kids at all", "no pupils at all", "empty", "empty hall", "empty classroom", "empty room", "just the", "only the", "just sand",
            "the children had gone", "the kids had gone", "had gone out", "had gone home", "gone home", "before the children arrive",
            "before the kids arrive", "before the pupils arrive", "before they arrive", "after they had gone", "no people", "no faces or names",
            "no children", "no kids", "no pupils", "none of the children", "none of the kids", "none of the pupils", "nobody in them",
            "no children in them", "no one in them", "just sand and sea", "just the stage", "just the tables", "just the trophy",
            "without any children", "without the children", "set up for", "all set up", "set up ready");
        Add(Cue.WhoToAsk, "who should i ask", "who do i ask", "who do i speak to", "who should i speak to", "who do i talk to",
            "who should i talk to", "who can i ask", "who decides", "who approves", "who signs off", "who do i need to ask",
            "who do i need to speak to", "whose permission", "who gives permission");
        Add(Cue.InConfidence, "in confidence", "on the quiet", "in secret", "secretly", "confided", "not meant to know",
            "not supposed to know", "not been announced", "hasnt been announced", "not announced yet", "not announced", "before its announced",
            "only told a few", "only told", "told me privately", "told a few of us", "between us", "off the record", "yet to be announced",
            "not public yet", "not official yet", "before it is official", "hush hush", "asked us not to post", "asked not to post",
            "told us not to post", "told not to post", "asked us not to share", "told us not to share", "not to post about",
            "till the council confirms", "until the council confirms", "until its confirmed", "till its confirmed", "not confirmed yet",
            "before its officially", "before its published", "before it is published", "not published yet", "officially published",
            "seen the draft", "the draft report", "draft report", "embargoed", "under embargo");
        Add(Cue.Confidential, "taken into care", "into care", "on the register", "cp plan");
        Add(Cue.PersonalActivity, "food shop", "online food shop", "my food shop", "online shop",
            "vinted", "asos", "my banking app", "book a holiday", "booking a holiday", "holiday booking",
            "sky sports", "the rugby",
            "the cricket");
        Add(Cue.PersonalActivity, "bored", "im bored", "just bored", "for fun", "for a scroll", "a quick scroll", "nothing urgent",
            "not urgent", "isnt urgent");
        Add(Cue.NamesShown, "register", "their names", "names on", "names are on", "first names", "full names", "cast list",
            "name labels", "name tags", "name badges", "with names", "names on it", "names on their work", "names on the work",
            "names showing", "names visible", "programme with the cast", "class list");
        Add(Cue.SetUp, "set up", "setting up", "create", "creating", "open an account", "setup");
        Add(Cue.Review, "review", "reviews", "glassdoor", "rate my", "rating", "trustpilot", "google review", "indeed review");
        Add(Cue.SchoolLink, "lanyard", "school lanyard", "school t shirt", "schools charity t shirt", "school shirt", "school jumper",
            "school hoodie", "staff badge", "i work at", "worked at", "i teach at", "mention i", "placement at", "primary school in",
            "my school lanyard", "school logo", "the schools charity", "for the schools total", "the schools total");
        Add(Cue.SchoolNews, "shut", "closed", "closure", "closing", "closing date", "snow day", "shut tomorrow", "closed tomorrow",
            "term dates", "inset day");
        Add(Cue.TeachingUse, "show the class", "show my class", "show the children", "show the kids", "show the pupils",
            "for the kids", "for the children", "for the class", "for my class", "for their", "seesaw journals", "for their journals",
            "to teach", "for teaching", "for a lesson", "for the lesson", "in my lesson",
            "to show", "educational", "a clip about", "clip about", "video about", "for the whiteboard", "plug my", "into the board",
            "dangos");
        Add(Cue.Complaint, "wouldnt give", "never puts", "never put", "never fixes", "hasnt fixed", "still hasnt fixed", "doesnt care", "dont care", "is a joke", "its a joke", "are a joke", "shame about", "unfair", "so unfair", "wrong", "got it wrong", "completely wrong", "problems", "the problems", "issues",
            "what really goes on", "whats really going on", "what is really going on", "really going on", "still hasnt", "cant be bothered", "like dirt", "servants", "hell", "life hell", "from hell", "shouted",
            "shouted at", "ridiculous", "nightmare", "a nightmare", "shame them", "underfunded", "cutting",
            "cut our", "cuts", "less hours", "going on till", "went on till", "dreamt it up", "never had kids",
            "slating", "slate", "slated", "roasting", "take the mick", "sarky", "vent", "rant", "moan",
            "complain", "complaining", "complaint", "criticise", "criticising", "criticism", "critical", "a dig", "snarky",
            "passive aggressive", "the truth about", "expose", "honest opinion", "what i think of", "what i really think", "sad times",
            "jobs going", "talks to us", "useless", "fed up", "sick of", "had enough", "disgrace", "disgusting", "awful", "terrible", "pathetic", "rubbish");

        // Who, in the ways schools say it.
        Add(Cue.Pupils, "my girls", "my boys", "one of my girls", "one of my boys", "my little boys", "my little girls", "little boy",
            "little girl", "the little ones", "the learners", "my learners", "the children", "the kids",
            "year 1s", "year 2s", "year 3s", "year 4s", "year 5s", "year 6s", "my year 6s", "nursery", "reception class",
            "one of the juniors", "one of the infants", "a kid", "a child", "a boy", "a girl",
            "a year 5 girl", "a year 6 boy", "our class", "my netball team",
            "netball team", "the team", "the cast", "the leavers", "a kid from breakfast club",
            "breakfast club children", "after school club children", "our after school club children", "the choir", "my tutor group",
            "a pupil", "one of the kids", "one of our children",
            "y6", "y5", "the y6s", "the y5s", "plant", "disgyblion", "disgybl", "kids",
            "tots", "toddlers", "the babies", "my babies", "my lot",
            "my class of", "a girl from my class", "a boy from my class", "a child i had", "a kid i had", "a child from", "a kid from");
        Add(Cue.Staff, "site manager", "class teacher", "the deputy", "our deputy", "new head",
            "the new head", "our head", "senior team", "leadership", "the office staff",
            "office manager", "lunchtime supervisors", "supervisors", "a ta", "the ta", "one of the tas",
            "one of the teachers", "another teacher", "the cleaners", "admin", "the staff",
            "my colleagues", "the senco", "pennaeth", "dirprwy", "athro", "athrawes", "athrawon", "cydweithiwr",
            "cydweithwyr");
        Add(Cue.Parents, "mams", "mam", "the mams", "one of the mams", "class reps", "class rep", "parents group",
            "parents whatsapp", "parents facebook group", "the parents", "families", "a family", "rhiant", "rhieni");
        // The parents' chat is still WhatsApp or Facebook, and it is the parents' own, not one of the school's channels.
        Add(Cue.Platform, "parents whatsapp", "parents facebook group");
        Add(Cue.NotOfficial, "parents whatsapp", "parents facebook group", "parents group", "parents chat");
        Add(Cue.Council, "the vale", "vale", "the la", "the council", "cyngor");
        Add(Cue.Governors, "governors meeting", "llywodraethwyr");
        Add(Cue.Inspectorate, "the inspectors", "our estyn report", "adroddiad estyn");
        // Results and menus everyone is meant to see are news, not anyone's confidential record.
        Add(Cue.SchoolNews, "raffle results", "raffle winners", "quiz results", "match results", "race results", "allergy menu",
            "allergen menu", "new menu", "lunch menu", "the menu", "dinner menu");
        Add(Cue.Self, "my payslip", "payslip", "my pay", "my wages", "my salary");
        Add(Cue.HomePlace, "at the pub", "in the pub", "down the pub", "at a wedding", "at the wedding", "at the beach", "on the beach",
            "on holiday", "at the gym", "at a restaurant", "at the restaurant", "at a party", "at my party");
        Add(Cue.HomePlace, "taken at home", "at home before", "at home in", "in our kitchen", "in my kitchen", "in our garden", "in my garden",
            "in the back garden", "at our house", "at my house", "in our living room", "in our front room", "in our lounge");
        Add(Cue.OtherSchool, "another school", "a different school", "different school", "other school", "not this school",
            "not our school", "not cadoxton", "not at cadoxton", "not at this school", "goes to another", "not this one");
        Add(Cue.WhatPolicySays, "personal use or school business", "is that personal use", "count as personal use", "counts as personal use",
            "school business or personal", "is that school business", "count as school business", "counts as school business",
            "personal or school business", "personal or work use", "work use or personal");
        Add(Cue.Staff, "the office team", "office team", "the kitchen team", "kitchen team", "staff team", "our team at work", "work mates", "work friends",
            "the girls from work", "the lads from work", "the kitchen staff", "fellow tas", "the other tas");
        Add(Cue.NamesShown, "her name on", "his name on", "their name on", "name on the back", "name on her", "name on his",
            "names on their", "name badge", "name tag", "name sticker", "name stickers", "name label",
            "name is on", "name written on", "names written on", "name on it", "name on the front");
        Add(Cue.Derogatory, "sh*t", "sh*te", "sh**", "f*ck", "f**k", "f***", "f*cking", "f**king", "b*tch", "b*tches", "c*nt", "c**t",
            "tw*t", "tw*ts", "d*ck", "d*ckhead", "a*se", "a**e", "a*sehole", "p*ss", "b*stard", "b*llocks", "little sh*t", "little sh*ts",
            "little git", "little gits", "little brat", "little brats", "little horrors",
            "devil child", "nightmare child", "thick as", "bone idle");
        // How a child is doing at school is theirs and their family's: it is sensitive even said kindly.
        Add(Cue.Sensitive, "struggles", "struggling", "struggles with", "struggling with", "behind with", "cant read", "cant write",
            "reading age", "needs help with", "is behind", "falls behind", "fallen behind", "low ability", "bottom set", "lowest group",
            "iep", "intervention group", "on the sen register", "sen register", "formal complaint", "a complaint about me", "complaint about me",
            "grievance", "tribunal", "ex wife", "ex husband", "custody", "contact arrangements", "hard time at home", "having a hard time",
            "a hard time", "going through a lot", "tough time at home", "problems at home", "trouble at home", "difficult home",
            "home situation", "at home is", "things at home", "hard time", "hard times", "tough time", "rough time", "difficult time", "mum and dad split", "parents split", "parents are splitting", "young carer");
        Add(Cue.PostVerb, "put updates", "post updates", "give updates", "updates on my", "update on my", "updates on facebook",
            "do updates", "keep updating", "live updates", "going live", "live stream");
        Add(Cue.PupilEvent, "race results", "race night", "cross country results", "sports day race", "his race", "her race", "the race", "a race", "egg and spoon race", "sack race", "relay race",
            "running race", "fun run", "mums race", "dads race", "parents race");
        Add(Cue.Evidence, "used against me", "be used against", "still be used", "can it be used", "count against me");
        Add(Cue.Pupils, "classmates", "his classmates", "her classmates", "their classmates");
        Add(Cue.OtherChildren, "classmates", "his classmates", "her classmates", "their classmates", "class photo", "class picture",
            "the class photo", "her class photo", "his class photo", "team photo", "group photo", "whole class photo");
        // Safeguarding matters: for the designated safeguarding lead, never small talk in personal messages.
        foreach (var cue in (Cue[])[Cue.Confidential, Cue.Sensitive])
        {
            Add(cue, "self harm", "self harming", "selfharm", "self-harm", "abuse", "abused", "being abused", "neglect", "neglected",
                "suicidal", "suicide", "eating disorder", "safeguarding concern", "a disclosure", "disclosed");
        }

        Add(Cue.OtherChildren, "other kids", "other children", "other pupils", "some of my class", "some of the class", "my class came",
            "his friends", "her friends", "their friends", "friends from class", "kids from school",
            "children from school", "some of the kids", "the other kids", "rest of the class", "whole class", "his mates", "her mates",
            "other kids in", "kids in the background", "children in the background", "next to him", "next to her", "with his friend",
            "with her friend", "friend from my class", "friends from my class", "theres other kids", "other kids running");
        Add(Cue.Defamatory, "thief", "a thief", "thieves", "crook", "a crook", "stole", "steals", "a fraud", "drug dealer", "a drunk",
            "an alcoholic", "alcoholic", "abuser", "paedo", "pervert", "nonce", "wife beater", "racist", "a racist");
        Add(Cue.OtherPolicyTopic, "wearing", "wear", "jeans", "dress code", "dress", "non uniform", "non uniform day", "trainers", "tattoos",
            "piercings", "parking", "car park", "sickness", "sick pay", "holiday request", "annual leave", "lanyard", "lanyards",
            "first aid", "fire drill", "fire alarm", "timesheet", "overtime", "expenses", "mileage", "smoking", "vaping");
        Add(Cue.IsItABreach, "is that a breach", "is this a breach", "is it a breach", "thats a breach", "a breach of the policy",
            "breaking the policy", "break the policy", "breach the policy", "am i in trouble", "will i get in trouble", "could i get in trouble",
            "would i get in trouble", "am i going to get in trouble", "is that against the policy", "against the policy", "against the rules",
            "is that allowed then", "have i broken", "did i break");
        Add(Cue.NotOfficial, "a parent set up", "parent set up", "set up by a parent", "set up by the parents", "a mum set up", "a dad set up",
            "parents set up", "run by a parent", "run by parents", "run by the parents", "a parent runs", "the parents run", "a mum runs",
            "unofficial", "not official", "not the official", "fan page", "made by a parent", "made by the kids", "the kids made",
            "the kids set up", "a pupil set up", "set up by a pupil");
        // One's own appointment or results are personal, not a family matter.
        Add(Cue.PersonalActivity, "my own test results", "my own results", "my test results", "my own appointment", "my appointment",
            "my dentist", "my doctor", "my gp", "my own health", "my own scan", "my mot", "my car insurance");
        // "The mums from school" are people, not a place a picture was taken.
        Add(Cue.Parents, "the mums from school", "the dads from school", "the parents from school", "of the mums from school",
            "mums from school", "dads from school", "parents from school", "mums from the school", "school mums",
            "the school mums", "school mum", "mums at school", "mums from the class", "mums from my class");
        Add(Cue.Staff, "colleagues from school", "people from school", "staff from school", "the girls from school", "friends from work");
        // "Teacher life", "reception life": the asker's own working life, not the pupils.
        Add(Cue.Self, "reception life", "teacher life", "teaching life", "ta life", "supply life", "school life", "primary life",
            "eyfs life", "nqt life", "dinner lady life", "office life");
        Add(Cue.HelpSeeking, "do i say something", "should i say something to", "should i be telling", "be telling someone",
            "should i be reporting", "or go to the head", "go to the head", "screenshot it for the head", "do i delete it",
            "should i let someone know", "do i let someone know", "what should i be doing", "who should i be telling");
        Add(Cue.Monitoring, "find out about", "how does the school find out", "how would they know", "how would the school know",
            "would anyone know", "how do they know", "would they find out", "would the school find out", "how would anyone find out");
        Add(Cue.SchoolLink, "in my bio", "my bio", "in my profile", "name the school", "naming the school in", "say where i work",
            "where i work", "that i work at", "works at", "my job title", "my workplace");
        // A pupil's needs are theirs and their family's to share, said kindly or not.
        foreach (var cue in (Cue[])[Cue.Confidential, Cue.Sensitive])
        {
            Add(cue, "autistic", "on the spectrum", "special needs", "additional needs", "additional learning needs", "has aln", "with aln",
                "with adhd", "with autism", "has adhd", "has autism", "is autistic", "selective mutism", "selectively mute", "non verbal");
        }

        Add(Cue.Uncertain, "not sure if", "not sure whether", "not sure they", "dont know if", "dont know whether", "no idea if",
            "unsure if", "unsure whether", "not certain", "might not", "may not", "not all", "not everyone", "some dont", "some of them dont",
            "one or two dont", "a couple dont", "not all of them", "im not sure", "i am not sure", "if they all", "whether they all",
            "if everyone", "whether everyone");
        Add(Cue.AccountHelp, "password", "passwords", "pasword", "passwrod", "reset my password", "reset it", "who can reset",
            "locked out", "locked me out", "login details", "log in details", "cant log in", "cant login", "cant log on", "username",
            "two factor", "authenticator", "forgot my password", "forgotten my password", "password reset");
        Add(Cue.Pupils, "rugby team", "school team", "school choir", "the squad",
            "eco council", "the orchestra", "the band from school");
        // "Who can reset it": help with an account or a device is a question for IT support, not the policy.
        Add(Cue.WorkTask, "pasword", "passwrod", "who can reset", "who do i ask to reset", "reset it", "to reset", "log in again",
            "cant login", "locked out again");
        // "A certain parent", "you know who": a dig that names nobody is still a dig.
        Add(Cue.CriticalHint, "a certain parent", "certain parents", "a certain someone", "a certain person", "a certain colleague",
            "a certain member of staff", "you know who", "naming no names", "no names mentioned", "not naming names", "mentioning no names");
        // Someone in the picture hasn't agreed, or doesn't know.
        Add(Cue.NoAgreement, "doesnt know i took", "doesnt know i took it", "didnt know i took", "doesnt know about it", "without asking",
            "didnt ask", "havent asked", "not asked", "doesnt want it up", "doesnt want it posted", "dont want it up", "hasnt agreed",
            "havent agreed", "didnt agree", "said no", "asked me not to", "asked not to be");
        // Consent from some is not consent from all: "everyone has permission except one boy", "some gave it but not all".
        Add(Cue.NoAgreement, "except one", "except for one", "apart from one", "all but one", "not all", "not everyone", "not every parent", "some parents",
            "some of the parents", "permission from some", "only some", "some of them have");
        Add(Cue.Embarrassing, "snogging", "kissing", "bikini", "swimwear", "swimsuit", "topless", "half naked", "naked", "throwing up",
            "being sick", "passed out", "flashing", "fat", "fat cow");
        // "What if I add that…": adding words to a post is posting them, not adding a contact.
        Add(Cue.PostVerb, "add that", "i add that", "if i add", "add a comment", "add a caption", "add the caption", "add a line",
            "add something", "added that", "add in", "add on", "add a bit", "add a hashtag");
        // Being in a group or friends list is a connection, not a post.
        Add(Cue.ConnectVerb, "as friends", "friends on", "friends on facebook", "friends on fb", "were friends", "are friends",
            "join", "joined", "joining", "join a", "join the", "im in the", "i am in the", "member of", "a member of", "members of",
            "be in the", "stay in the", "leave the group", "in the group chat", "in the whatsapp");
        Add(Cue.Positive, "good one", "a good one", "a positive one", "positive review", "good review", "went well", "went really well",
            "went so well", "really well", "been appointed", "got the job", "new job", "promoted", "promotion", "i led",
            "shout out", "shoutout", "recommend", "best school", "glowing", "excellent", "outstanding", "5 star review");
        // Venting in a group or a story is posting the complaint; joining in is posting it too.
        Add(Cue.PostVerb, "vent", "venting", "vent in", "vent on", "have a vent", "rant", "ranting", "have a rant", "have a moan",
            "moan on", "moan in", "slag off", "slag them off", "join in", "chime in", "pile in", "pile on", "add my bit", "have my say");
        Add(Cue.Derogatory, "vent in", "vent on", "have a vent", "have a moan", "moan on", "moan in", "slag them off");
        Add(Cue.Derogatory, "sarky", "slating", "slated", "slate", "roasting",
            "take the mickey", "mickey", "servants", "like dirt", "from hell", "class from hell", "life hell", "ridiculous",
            "shame them", "is a joke", "ffiaidd", "cas", "uffern",
            "beirniadu", "lladd ar", "gwneud hwyl", "hwyl am ben", "cwyno", "a dig", "have a dig",
            "makes fun", "made fun", "have a rant", "a little rant",
            "horrible comments", "nasty comments");
        Add(Cue.Confidential, "seizure", "epilepsy", "allergy", "nut allergy", "severe allergy", "prison", "in prison",
            "gone to prison", "foster care", "in foster care", "foster placement", "care placement", "new placement", "looked after child", "absence list",
            "absence", "absences", "off for three weeks", "been off", "why he is off", "why she is off", "operation", "having an operation",
            "stress", "signed off with stress", "deficit", "budget deficit", "our budget", "the budget", "getting excluded",
            "real case", "a real case", "leaving her partner", "leaving his partner", "going through it at home", "canser", "the restructure", "job cuts",
            "leaving at easter", "leaving at christmas", "leaving in july", "shes leaving",
            "hes leaving", "is leaving", "the fight", "the scrap", "what happened with", "sefyllfa deuluol");
        Add(Cue.Incident, "scrap", "throwing chairs", "threw a chair", "seizure", "had a fit", "kicked off",
            "in bits", "horrible week", "bad week", "upset", "wet", "sick", "what happened");
        Add(Cue.Platform, "glassdoor", "messenger kids", "marketplace", "facebook marketplace", "whatsapp web",
            "insta", "fb", "snapchatting", "whatsapping", "the stream", "closed group", "private group",
            "closed facebook group", "private facebook group", "community page", "community group", "mums group", "local group",
            "village facebook group", "street whatsapp", "trydar", "x");
        Add(Cue.MessageVerb, "snapchatting", "whatsapping", "dmed", "dmd", "dm d", "sent me", "messaged me", "asking if", "asked me",
            "asks me", "tell her", "tell him", "tell them", "answer her", "answer him", "reply to",
            "chat in the stream", "sgwrsio", "ateb", "neges", "negeseuon");
        Add(Cue.ConnectVerb, "follow request", "follow requests", "requested to follow", "asked to follow", "asked to follow me",
            "add me", "added me", "unfriend", "stay in it", "be in",
            "follow me", "derbyn", "ychwanegu", "dilyn", "ffrind");
        Add(Cue.Official,
            "the schools facebook page", "the school facebook page", "schools facebook page",
            "run by the school", "the schools own", "schools own", "official page", "class twitter account", "class account",
            "official school", "the school account");
        Add(Cue.PostVerb, "have a little rant", "have a dig", "have a go at", "write a",
            "say", "saying", "tell people", "tell everyone", "announce", "advertise", "tag the", "include",
            "comment underneath", "reply to a thread", "bostio", "postio", "rhannu", "roi", "rhoi",
            "do a post", "a post", "a vague post", "review", "shout out", "thank", "a status");
        Add(Cue.PhotographVerb, "snapped", "snapped a pic", "took", "i took", "got a", "got the most", "filmed", "snapped a", "took a");
        Add(Cue.Image, "pics", "vid", "video of", "drone shot", "time lapse",
            "timelapse", "throwback", "the photo", "photos of", "lluniau", "llun", "fideo",
            "screenshot", "screenshots");
        Add(Cue.Phone, "earbud", "earphones", "headphones", "earbuds", "airpods", "ffon", "ffôn");
        Add(Cue.Device, "the ipad", "hwb chromebooks", "speaker", "the board",
            "the laptop", "laptop on my desk", "cyfrifiadur", "gliniadur");
        Add(Cue.SchoolOwned, "the class", "the classes", "its the schools",
            "hwb", "class teachers", "the class teachers", "the office", "class teacher", "ysgol", "dosbarth");
        Add(Cue.SchoolSystem, "the school wifi", "the office computer",
            "class ipad", "class ipads", "the class ipad", "school ipad", "school laptop", "school computer", "school chromebook",
            "hwb chromebooks", "school tablets", "class teachers desktop", "school desktop", "laptop on my desk", "schools laptop",
            "its the schools", "work laptop", "school pc");
        Add(Cue.Lessons, "in the classroom", "on the carpet", "during lessons",
            "while the children write", "while the kids write", "working independently", "while they work", "while theyre working",
            "during register", "during assembly", "assembly", "while my class are", "while the class", "in the lesson",
            "gwers", "wers", "yn y dosbarth", "dosbarth");
        Add(Cue.Break, "at break", "at lunch", "my lunch break", "in my lunch break",
            "at dinner", "egwyl", "amser cinio");
        Add(Cue.OwnTime, "on the bus home", "on the way home",
            "that evening", "in the evenings", "over the summer", "summer holidays", "over the weekend", "sunday night",
            "school holidays", "gwyliau", "penwythnos", "gartref", "adre", "adref", "ar ol ysgol",
            "once the children have gone home", "after the children have gone home", "after the children go home",
            "when the kids have gone home", "only after the children have gone home");
        Add(Cue.Urgent, "temperature", "has a temperature", "picking him up", "picking her up", "pick up", "pickup", "hospital",
            "in hospital", "surgery", "heart surgery", "operation", "having an operation", "llawdriniaeth", "ysbyty", "rang",
            "the nursery rang", "nursery just rang", "in case the hospital", "rhag ofn");
        Add(Cue.Consequence, "golli fy swydd", "colli fy swydd", "get sacked", "dismissed straight away",
            "used against me", "against me", "look back through", "what happens", "what actually happens", "process");
        Add(Cue.Evidence, "sgrinlun", "prints out", "copies of");
        Add(Cue.Anonymity, "dont want him to know", "dont want her to know", "dont want them to know", "mai fi",
            "wybod mai fi");
        Add(Cue.Privacy, "preifat", "have to be private");
        Add(Cue.HelpSeeking, "should i tell someone", "should i say anything", "at bwy",
            "is it my place", "not sure if i should say", "who deals with that", "be alla i",
            "beth ddylwn", "dylwn i ddweud", "ddylwn i ddweud",
            "is there anything i can do", "can i use them");
        Add(Cue.ThirdParty, "one of the tas", "my colleague",
            "an old school friend", "former member of staff", "a former member of staff", "the pta",
            "the teacher", "one of the y6s", "member of staff", "parent", "cyn aelod o staff",
            "un o'r athrawon", "un or athrawon", "cydweithiwr", "rhiant");
        Add(Cue.ThirdPartyAction, "came in with screenshots", "wedi postio", "keeps tagging",
            "keeps tagging me", "is snapchatting", "snapchatting", "does duets", "has made", "made a fake account",
            "put a video", "has forwarded", "forwarded me",
            "lladd ar", "yn lladd ar", "yn dweud", "dweud pethau", "has been posting", "just posted", "welais i",
            "ive seen", "whatsapping", "has pics", "has photos", "has pictures", "has a photo", "has a picture",
            "has a video", "has videos", "has got pics", "has got photos", "has put up", "has uploaded",
            "has liked", "has commented", "has tagged", "has screenshotted", "have been slagging", "are slagging", "are taking the mick",
            "is taking the mick", "has made fun", "is making fun", "are making fun");
        Add(Cue.Former, "old pupil", "old pupils", "former pupil", "ex pupil", "a girl i taught", "a boy i taught", "i taught",
            "was in my class", "were in my class", "was in my", "from my very first class", "from my first class",
            "left y6", "left year 6", "hen ddisgybl", "cyn ddisgybl", "cynddisgybl", "roedd e yn fy nosbarth",
            "roedd hi yn fy nosbarth", "yn fy nosbarth i", "some years ago", "years ago");
        Add(Cue.Family, "my own two",
            "mam", "my kids pickup", "our holiday", "niece", "nephew", "cousin", "my little girl", "my little boy", "my youngest",
            "my eldest", "my oldest", "my middle one", "my lad", "my grandson", "my granddaughter", "my grandchildren", "my step kids",
            "my stepkids", "my twins", "my nanna", "my nana", "my grandma", "my auntie", "my aunt", "my uncle", "my fiance", "my fiancee",
            "my other half", "my hubby", "my missus");
        // Where a thing is shown ("on the whiteboard") is not what it is for: the whiteboard's PC is the school's IT system.
        // Only what is shown or played to the class is teaching: "while my TA reads to the kids" is not.
        Add(Cue.TeachingUse, "show it to the class", "show it to the kids", "show it to the children", "play it to the class",
            "play it to the kids", "a video to the class", "the video to the class", "videos to the class", "a clip to the class",
            "show a video to", "show the video to", "show videos to", "play a song to the class");
        Add(Cue.TeachingUse, "as a timer", "a timer", "timer on the board", "for golden time", "for the class to", "for the kids to");
        Add(Cue.WorkTask, "running late", "im running late", "text the office", "ring the office", "call the office", "radio the office",
            "let the office know", "tell the office", "the cover", "cover for", "text the class teacher", "message the class teacher");
        Add(Cue.AlreadyPublic, "ptas post", "the ptas post", "pta post", "ptas poster", "pta poster", "councils post", "the councils post",
            "schools post", "the schools post", "school post", "official post", "their post about", "the post they put out",
            "has been announced", "announced it", "announced to everyone", "told everyone already",
            "its been published", "been published", "report is published", "report has been published");
        Add(Cue.Unconnected, "the urdd", "urdd", "church friends", "my church friends", "old school friend", "supply teachers",
            "teachers group", "primary teachers", "uni", "my uni", "agency", "my agency", "the rugby club", "rugby club", "football club");
        Add(Cue.Positive, "so proud", "angels", "absolute angels",
            "thank you cards", "good estyn report", "really good", "support", "supportive", "adorable",
            "happy for", "happy for her", "positive thoughts", "miss you", "we will miss you");

        Add(Cue.Pupils, "old pupil", "old pupils", "former pupil", "former pupils", "ex pupil", "ex pupils", "a former pupil", "an ex pupil",
            "one of my old pupils", "a girl i taught", "a boy i taught", "when i was a pupil");
        Add(Cue.Former, "one of my old pupils", "a former pupil", "an ex pupil", "former pupils", "ex pupils", "when i was a pupil", "in the 90s",
            "in the 80s", "throwback");
        Add(Cue.Self, "selfie", "a selfie", "me finishing", "photo of me", "pic of me", "pics of myself", "pictures of myself",
            "photos of myself", "me and", "my own class photo");
        Add(Cue.School, "pick up arrangements", "pick up rules", "the new pick up rules", "new pick up arrangements", "arrangements", "school rules",
            "uniform change", "uniform supplier", "the uniform", "snow day", "how the school handled", "the bullying",
            "at work", "my day at work", "staffroom", "that staffroom", "new head", "the new head", "aln provision", "provision",
            "our budget", "the school budget", "new cleaning contract", "cleaning contract", "leaking roof", "heating", "school transport");
        Add(Cue.Premises, "parade", "easter bonnet parade", "bonnet parade", "harvest festival", "carol service", "school show",
            "panto", "panto rehearsal", "rehearsal", "world book day", "first day", "on my first day", "on the yard", "the stage",
            "leavers assembly", "class assembly", "christmas play", "eisteddfod", "urdd eisteddfod", "residential", "swimming gala");
        Add(Cue.Platform, "vlog");
        Add(Cue.Image, "tiktok video", "a tiktok", "a reel", "vlog");
        Add(Cue.Embarrassing, "nodded off", "fast asleep", "mouth wide open", "mouth open", "snoring");
        Add(Cue.PersonalActivity, "text friends", "text my friends", "message friends", "message my friends", "chat to friends",
            "a friends message", "friends message", "my friends", "reply to a friend");
        Add(Cue.WhoToAsk, "who do i speak to about", "who should i ask before", "who do i ask about");

        Add(Cue.Purpose, "ict policy", "icts policy", "councils ict policy", "separate policy", "instead of the", "on top of it", "on top of",
            "in addition to", "all in this one", "is there a separate", "other policies", "not allowed facebook at all", "allowed facebook at all",
            "not allowed social media at all", "mean we are not allowed");
        Add(Cue.Monitoring, "go through my", "look through my", "go through my personal", "check my personal", "look at my personal",
            "find something dodgy", "laptops history", "laptop history");
        Add(Cue.ScopeQuestion, "still have to follow", "have to follow the", "covered by the same", "cover cleaners",
            "does this policy cover", "does your social media policy apply", "still relevant", "count as social media",
            "does liking", "does liking and sharing count", "liking and sharing count", "count the same as posting", "count too",
            "dal yn berthnasol", "doesnt apply to me", "policy doesnt apply", "the policy doesnt apply", "same rules", "the same rules",
            "am i covered", "are we covered", "covered by this", "covered by it", "covered by the policy", "does this cover",
            "does it include", "does the policy include", "policy include", "or only public", "or just public", "only public stuff",
            "count as", "counts as", "does it count if", "do i count", "does it still count", "apply to supply", "apply to students",
            "apply to volunteers", "apply to governors", "include whatsapp", "or just facebook", "or only facebook");
        Add(Cue.Privacy, "what should i think about", "be sensible", "want to be sensible", "tips for", "any tips");
        Add(Cue.Monitoring, "read my private", "read our messages", "read my facebook", "read my whatsapp",
            "check what staff post", "check what we post", "check what i post", "checks what staff post", "check our facebook",
            "check our facebooks", "looking at our facebook", "looking at our facebooks", "look at our facebook", "going round looking",
            "keep an eye on what", "keeps an eye on what", "snoop", "snooping", "spy on", "watching our", "look at my facebook",
            "look at my instagram", "see my messages", "see my private", "access my");
        Add(Cue.ScopeQuestion, "need to follow this", "do i need to follow", "have to follow this", "do i have to follow", "is this for me",
            "does it cover me", "does this cover me", "covered by this policy", "does the policy cover",
            "cover her", "cover him", "cover them", "apply to her", "apply to him", "apply to them", "for kitchen staff",
            "for cleaners", "for supply", "for volunteers", "for students", "just teachers", "only teachers", "or just teachers");
        Add(Cue.ScopeQuestion, "which rules do i follow", "which rules apply", "what rules apply", "which policy applies",
            "which policy do i follow", "declare our social media", "declare my social media", "declare our accounts",
            "declare my accounts", "tell the school about my accounts", "make me delete", "make me take down", "make me take it down",
            "can they make me", "can the head make me", "allowed to tell me to delete", "have a facebook account at all",
            "have a fb account at all", "allowed social media at all", "allowed to have facebook", "allowed to have a facebook");
        // One's own account under another name is still one's own: a question about the rules, not someone else's fake profile.
        foreach (var cue in (Cue[])[Cue.UseVerb, Cue.AccountOrPage])
        {
            Add(cue, "use a fake account", "used a fake account", "using a fake account", "my fake account", "a fake name", "fake name",
                "a different name", "different name", "a made up name", "anonymous account", "an anonymous account", "a secret account",
                "use a fake profile", "my fake profile", "a burner account", "burner account");
        }

        Add(Cue.Derogatory, "disrepute", "into disrepute", "bring the school or council into disrepute");
        Add(Cue.Consequence,
            "what actually happens if", "can it actually be used");

        Add(Cue.Phone, "keep my phone", "have my phone", "phone on", "phone with me", "mobile with me", "phone on me", "keep my mobile",
            "have my mobile", "phone in my pocket", "phone on silent", "phone switched on", "answer my phone");

        Add(Cue.Image, "a selfie", "pic of me", "photo of me", "pics of myself", "pictures of myself", "photos of myself");
        Add(Cue.PersonalActivity, "go on my phone", "be on my phone", "scroll my phone");
        Add(Cue.Purpose, "are staff allowed to be on", "allowed to be on twitter", "allowed to be on facebook", "staff allowed on");

        Add(Cue.PupilWork, "noticeboard", "notice board", "notices", "the board", "whiteboard", "wall");

        Add(Cue.Complaint, "whats going on", "what is going on", "what goes on", "going on with", "goes on in");
        Add(Cue.School, "at school", "in school", "in work");

        Add(Cue.Lessons, "while the children are", "whilst the children are", "while the pupils are",
            "while the class are", "while the class is", "while theyre doing", "while they are doing", "while they do");

        Add(Cue.Derogatory, "have a little rant", "have a go at");

        // Concepts of the permit gate (engine 3): everyday words, not any question's wording.
        Add(Cue.PupilEvent, "concert", "christmas concert", "summer concert", "sports day", "nativity", "school play", "the play",
            "christmas play", "christmas show", "assembly", "class assembly", "leavers assembly", "disco", "school disco", "summer fair",
            "christmas fair", "fete", "parade", "bonnet parade", "harvest festival", "carol service", "school show", "panto", "rehearsal",
            "world book day", "book week", "science week", "eisteddfod", "residential", "swimming gala", "gala", "match", "netball match",
            "football match", "rugby match", "tournament", "forest school", "pe lesson", "lesson", "lessons", "in class", "in the classroom",
            "playground", "on the yard", "talent show", "performance", "graduation", "leavers", "leavers do", "open day",
            "photo day", "school trip", "trip", "trips", "outing", "day out", "museum", "zoo", "farm", "field trip", "excursion",
            "sleepover", "camp", "choir", "school council", "after school club", "breakfast club", "golden time", "circle time",
            "story time", "carpet time", "phonics", "swimming", "swimming lessons", "pe", "dance", "drama", "show and tell", "class party",
            "christmas party", "halloween party", "dress up day", "non uniform day", "red nose day", "children in need", "sponsored",
            "cake sale", "coffee morning", "stay and play", "transition day", "moving up day", "school grounds");

        // Everyday criticism: the words staff use for a complaint or a dig, not only "derogatory". Strong words decide item 4
        // with the rule table; weaker hints ("bad", "a mess", "apparently") only stop a "yes" at the permit gate.
        Add(Cue.Complaint,
            "diva", "divas", "toxic", "going downhill", "gone downhill", "down the pan", "down the drain",
            "rip off", "ripoff", "let us down", "letting us down", "lets us down", "let the children down", "soul destroying",
            "nobody listens", "no one listens", "doesnt listen", "never listens", "dont listen", "treats us", "treat us",
            "treated us", "treats staff", "eye roll", "eyeroll", "rolling my eyes", "rolls eyes", "impression of",
            "an impression", "yes men", "so slow", "genius idea", "another genius", "clown show", "handled it badly",
            "poorly handled", "unfit", "out of their depth", "out of his depth", "out of her depth", "spineless", "no backbone",
            "backstabbing", "back stabbing", "unhappy", "disappointed", "disappointing", "outrageous", "disgraceful", "scandal",
            "scandalous", "farce", "a farce", "laughable", "ludicrous", "absurd", "clueless", "1 star", "one star", "bad review",
            "negative review", "poor review", "dont recommend", "wouldnt recommend", "would not recommend", "overpaid",
            "skiving", "skive", "skives", "gets away with", "plays favourites", "power trip", "control freak", "micromanage",
            "micromanaging", "micromanages", "full of themselves", "full of himself", "full of herself", "stuck up",
            "cant organise", "couldnt organise", "cant run", "couldnt run", "brown nose", "brown nosing", "sucking up",
            "crawler", "arse", "dick", "twat", "knob", "old bag", "tyrant", "dictator", "lunatic", "nutcase",
            "tell her what i think", "tell them what i think", "a piece of my mind", "bad mouth",
            "badmouth", "badmouthing", "trash talk", "moaning about", "whinge", "whinging", "whine",
            "whining", "grumble", "grumbling", "gripe", "griping", "pile on", "call them out", "call him out", "call her out",
            "useless bunch", "incompetence", "negligent", "negligence", "cover up", "covered up", "swept under", "pushed out",
            "forced out", "demoralised", "demoralising", "low morale", "hate my job", "hate working", "worst school",
            "worst class", "worst head", "horrendous", "atrocious", "diabolical", "abysmal", "joke of a", "joke school",
            "nightmare class", "zoo keeper", "zookeeper", "savages", "little terrors", "gremlins", "sarcastically", "rant about",
            "moan about", "vent about", "rip into", "ripping into", "tore into", "lay into", "have a pop", "a pop at", "dig at",
            "jibe", "snipe", "sniping", "bitching", "bitching about", "gossiping", "gossip about");
        Add(Cue.CriticalHint,
            "downhill", "a con", "scam", "let down", "typical", "shocking", "disaster", "disastrous", "bright idea",
            "bright ideas", "circus", "the zoo", "a zoo", "a mess", "mess", "chaos", "chaotic", "badly", "poor", "bad", "worse",
            "failing", "failed", "fails", "bully", "bullies", "fake", "frustrated", "frustrating", "angry", "furious", "livid",
            "fuming", "annoyed", "nonsense", "daft", "dopey", "honest review", "avoid", "stay away", "favourites", "aggressive",
            "shouty", "screamed at", "yelled at", "ass", "dragon", "what i think of", "the real story", "dirty laundry",
            "air my", "get it off my chest", "say what i think", "honest about", "savage", "roast", "drag", "dragging", "shame",
            "unsafe", "dangerous", "understaffed", "overworked", "exploited", "exploiting", "unpaid", "not paid", "underpaid",
            "pay cut", "morale", "rock bottom", "walked out", "dread going", "dreading work", "dire", "grim", "a joke",
            "so called", "apparently", "allegedly", "feral", "animals", "monsters", "terrors", "devil", "devils", "demon",
            "demons", "sod", "sods", "pain in the", "pains", "sarcasm", "ironic", "passive aggressive", "swipe", "mad", "crazy",
            "nuts", "hell", "honestly", "the truth", "truth about", "not impressed", "fed up", "sick of", "had enough", "rough",
            "tough", "hard work", "grumpy", "moody", "stroppy", "snappy", "cold", "two faced", "liar", "lying", "lazy",
            "useless", "rubbish", "awful", "terrible", "worst", "hate", "cant stand");
        // Confidential matters in everyday words, named or not: the plain ones decide item 3; the rest (health, family,
        // staffing, results) only stop a "yes" at the permit gate when someone connected with the school is mentioned.
        Add(Cue.Confidential,
            "is ill", "is sick", "been ill", "off ill", "off with stress", "off work", "burnout", "burnt out",
            "lost the baby", "lost her baby", "chemo", "chemotherapy", "terminal", "diabetes", "diabetic", "medical condition",
            "his dad left", "her dad left", "dad left", "mum left", "parents split", "parents are splitting",
            "picked up by the police", "domestic violence",
            "food bank", "foodbank", "homeless", "evicted", "sent home", "was sent home", "resignation", "handed in her notice",
            "handed in his notice", "seeing each other", "behind closed doors", "governors meeting", "overspend",
            "inspection result", "before its published", "before it is published", "not published",
            "before the school publishes", "before the school announces", "before parents are told", "before the parents know",
            "before anyone knows", "overheard", "young carer");
        Add(Cue.Sensitive,
            "off with", "stress", "stressed", "breakdown", "going through a tough time",
            "going through", "bad news", "lost his dad", "lost her mum", "died",
            "funeral", "grieving", "bereavement", "poorly", "hospital", "in hospital", "surgery", "operation",
            "asthma", "seizures", "epilepsy", "allergy", "allergies", "disability", "disabled", "wheelchair",
            "hearing aid", "speech therapy", "speech and language", "aln",
            "one to one", "one to one support", "split up", "separated", "court case",
            "prison", "jail", "police", "arrested", "social services", "safeguarding", "concern about", "referral",
            "domestic", "free school meals", "fsm", "debt", "money problems", "can not afford", "cant afford", "excluded",
            "exclusion", "suspended", "suspension", "disciplinary", "investigation", "under investigation", "sacked",
            "dismissed", "fired", "let go", "resign", "resigned", "resigning", "leaving", "is leaving", "new head",
            "new headteacher", "next head", "getting a new", "restructure", "redundancy", "redundancies", "job cuts",
            "losing staff", "merger", "closing down", "results", "test results", "sats results", "scores",
            "reading ages", "data", "tracking", "attendance", "lates", "late every day", "absent", "absences",
            "nits", "head lice", "lice", "threw a chair", "throwing chairs", "biting", "kicked", "punched",
            "scratched", "swore", "soiled", "accident", "injury", "injured", "broke his arm", "broke her arm",
            "ambulance", "having an affair", "affair", "dating", "pregnant", "expecting", "maternity", "ivf", "gay",
            "coming out", "transgender", "religion", "muslim", "jehovah", "refugee", "asylum", "immigration",
            "salary", "payslip", "pay grade", "pay scale", "interview", "interviewed", "applied for", "job application",
            "complaint about", "complaint against", "allegation", "allegations", "whats going on", "what happened",
            "what went on", "the reason", "why he", "why she", "why they", "staff meeting", "staffroom chat", "staff room",
            "the budget", "deficit", "ofsted grade", "estyn grade", "inspection report", "before the report",
            "before she announces", "before he announces", "not official", "not public", "she told",
            "he told", "found out", "heard that", "i heard", "rumour", "rumours", "home life",
            "his mum", "her mum", "his dad", "her dad", "their mum", "their dad", "his parents", "her parents",
            "his nan", "her nan", "living with", "lives with", "moved in with", "carer");

        // Names on show, in everyday words: "the children's names on the wall", "names of the pupils".
        Add(Cue.NamesShown, "childrens names", "pupils names", "kids names", "names of the children", "names of the pupils",
            "names of the kids", "names the children", "names the pupils", "names on the wall", "names are on the wall", "name labels on",
            "names on the display", "names on their pegs", "pegs", "name cards", "their names on");
        // A post hinting at someone without naming them is still about them.
        Add(Cue.CheckPhone, "check my phone", "checking my phone", "check my mobile", "look at my phone", "looking at my phone", "on my phone");
        Add(Cue.Duty, "driving the minibus", "minibus", "drop offs", "drop off", "on the bus", "escorting");
        Add(Cue.UseVerb, "logged into", "logged in", "left logged in", "left logged into", "watched a", "i watched");
        Add(Cue.ViewVerb, "watched a", "i watched");
        Add(Cue.Monitoring, "see what we", "can see what", "what we look at", "what i look at", "see what staff", "see what we look at");
        Add(Cue.Relative, "my own kid", "my own child", "my son", "my daughter", "my kid is in", "my own daughter", "my own son", "fy mab",
            "my little girl", "my little boy", "my little one", "my youngest", "my eldest", "my oldest", "my boy", "my girl", "my lad",
            "my grandson", "my granddaughter", "my twins", "my stepson", "my stepdaughter");
        Add(Cue.AlreadyPublic, "was announced", "announced weeks ago", "it was announced", "announced last", "everyone knows",
            "common knowledge", "asked us to tag", "asked me to tag", "wants us to share", "the published", "already published", "its published");
        Add(Cue.Embarrassing, "drinking", "drunken", "boozy", "wasted", "smashed");
        Add(Cue.PersonalLife, "wine", "wine oclock", "glass of wine", "gin", "prosecco", "survived another week", "friday feeling",
            "weekend vibes", "my back", "my new role", "new role", "new job");
        Add(Cue.Humour, "survived another week", "wine oclock");
        Add(Cue.Broken, "doesnt connect", "wont connect", "doesnt work with", "doesnt work", "isnt working");
        Add(Cue.Privacy, "profile public", "profile is public", "account is public", "account public", "my profile public");
        // Telling one's followers is posting to them.
        Add(Cue.PostVerb, "tell my followers", "tell my friends on", "tell my facebook friends", "tell my instagram followers",
            "tell my twitter followers", "tell my tiktok followers", "tell everyone on", "tell people on");
        Add(Cue.Platform, "tell my facebook friends", "tell my instagram followers", "tell my twitter followers", "tell my tiktok followers");
        Add(Cue.AlreadyPublic, "in the paper", "in the local paper", "local paper", "in the papers", "on the council website",
            "on the website already", "publicly available", "public knowledge");
        Add(Cue.PersonalContact, "facetime", "video call", "my boyfriend", "my girlfriend", "my husband", "my wife", "my partner",
            "my mum", "my mam", "my dad", "my sister", "my brother", "ring my", "call my");
        Add(Cue.Complaint, "terribly", "went badly", "should be sacked", "should be fired", "should resign", "should go", "needs to go",
            "must go", "get rid of", "sack the", "no good at", "not up to the job", "not up to it");
        Add(Cue.Sensitive, "in tears", "was crying", "broke down");
        Add(Cue.Confidential, "been dismissed", "been sacked", "got sacked", "was sacked", "was dismissed", "been suspended", "was suspended");
        Add(Cue.PersonalLife, "driving test", "passed my", "roast", "sunday roast", "sunday dinner", "new car", "kitchen", "my kitchen",
            "bake off", "allotment", "my run", "parkrun", "half marathon", "10k", "my holiday", "holiday snaps", "birthday cake");
        Add(Cue.Positive, "5 stars", "five stars", "5 star", "five star");
        Add(Cue.Confidential, "fsm", "breaking confidentiality", "confidentiality");
        Add(Cue.Complaint, "how badly", "so badly", "really badly", "handled badly", "handles badly", "runs badly", "badly run");
        Add(Cue.Complaint, "vague post", "vaguebook", "vague booking", "subtweet", "shout at", "shouts at", "shouting at", "yells at",
            "whatever i like", "whatever i want", "what i want about", "what i like about", "anything i want", "anything i like",
            "say what i want", "say what i like", "paid peanuts");
        // Not yet public: a confidence in the words staff use.
        Add(Cue.InConfidence, "keep it quiet", "keeping it quiet", "keep it under wraps", "under wraps", "till the letter goes out",
            "until the letter goes out", "not gone out", "hasnt gone out", "not gone out to parents", "parents dont know yet",
            "dont know yet", "doesnt know yet", "not been told", "havent been told", "before parents are told",
            "before its public", "before it goes out", "everyones whispering", "whispering", "embargo", "before they announce",
            "before the announcement", "not common knowledge", "before its been announced",
            "before it has been announced", "before they have announced", "until its announced", "until it has been announced",
            "till its announced", "before it is public", "before its official");
        // Personal use, named by what it is for.
        Add(Cue.PersonalActivity, "parcel", "delivery", "landlord", "boiler", "bingo",
            "whatsapps",
            "scores", "football scores", "the match", "dentist", "hairdresser",
            "car insurance", "depop", "online order", "my order");
        // Pupils reaching out in games: an invitation is a connection.
        Add(Cue.ConnectVerb, "inviting me", "invited me", "invites me", "invite me", "invitation", "squad", "join his squad",
            "join her squad", "party invite", "game invite", "play with me", "play together");
        // A picture with nobody in it, said after the people ("the kids are never in shot").
        Add(Cue.NoPeople, "never in shot", "not in shot", "arent in shot", "never in it", "not in it", "arent in it", "not in the photo",
            "not in the picture", "never in the picture", "out of shot", "not in the video", "never in the video");
        // Help with someone else's conduct, in the words staff use.
        Add(Cue.HelpSeeking, "i think", "i suspect", "im worried", "i am worried", "worried that", "concerned that", "say something",
            "do i have to say", "have to say something", "should i say", "do i have to do anything", "do i need to do anything",
            "do i need to tell", "have to report", "need to report", "should i report", "is it my job", "what am i supposed to do");
        Add(Cue.ThirdParty, "if i see", "ive seen");
        Add(Cue.ThirdPartyAction, "if i see");
        Add(Cue.Urgent, "collapsed", "has collapsed", "been rushed", "rushed to hospital", "blue lighted", "an accident", "had a fall");
        Add(Cue.OwnTime, "after my shift", "my shift finishes", "shift finishes", "after my duty", "duty finishes", "my duty finishes",
            "after my duty finishes", "once my shift", "end of my shift", "after my shift finishes", "finished my shift", "before going home");
        Add(Cue.WhatPolicySays, "actually in the policy", "is that in the policy", "is this in the policy", "is it in the policy",
            "in the policy", "does the policy actually");
        Add(Cue.Unconnected, "welsh government", "the government");
        Add(Cue.Complaint, "1star", "onestar", "2star", "one star review", "1 star review", "low rating", "bad rating");
        // A manager asking what they may require of staff asks what the policy says.
        Add(Cue.WhatPolicySays, "tell staff they must", "tell staff they have to", "tell staff they cant", "make staff",
            "ban staff from", "require staff to", "tell the staff they must", "tell colleagues they must", "insist staff");

        // The partial word lists add phrases that keep the cues their words already have, so each is given the map as it stands.
        List<Cue>? Known(string phrase) => map.TryGetValue(phrase, out var known) ? known : null;
        AddDevicesAndTime(Add, Known);
        AddFollowOns(Add, Known);
        AddRouting(Add, Known);
        AddRouting7(Add, Known);
        AddPhotosAndContact(Add, Known);
        AddTone(Add, Known);
        AddAftermath(Add, Known);
        AddWorkplace(Add, Known);
        AddAccountsAndPosts(Add, Known);
        AddReportsAndAccusations(Add, Known);
        AddInappropriate(Add, Known);
        AddUndecided(Add, Known);
        AddOverreach(Add, Known);
        AddOthersNews(Add, Known);
        AddCautious(Add, Known);
        AddOverblock(Add, Known);
        AddRolesAndShifts(Add, Known);
        AddAccusations(Add, Known);
        AddPolicyQuestions(Add, Known);
        AddNotYetPublic(Add, Known);
        AddCaution(Add, Known);

        Cue[] people = [Cue.Staff, Cue.Pupils, Cue.Parents, Cue.Governors, Cue.Council, Cue.Former];
        Cue[] inheriting = [Cue.ThirdParty, Cue.Sensitive, Cue.CriticalHint, Cue.Complaint];

        // A phrase keeps cues its words carry when the longest-phrase match would otherwise hide them: each pass below adds
        // to a matching multi-word phrase those cues of its words that it names.
        void Inherit(Func<List<Cue>, bool> applies, Cue[] kept)
        {
            foreach (var (phrase, cues) in map)
            {
                if (!phrase.Contains(' ', StringComparison.Ordinal) || !applies(cues))
                {
                    continue;
                }

                foreach (var word in phrase.Split(' '))
                {
                    if (map.TryGetValue(word, out var wordCues))
                    {
                        cues.AddRange(wordCues.Where(c => kept.Contains(c) && !cues.Contains(c)).ToList());
                    }
                }
            }
        }

        // A phrase never hides a judgement its words carry: "moan on twitter" is still a moan, "have a dig" still a dig. A named
        // event ("the sack race", "sports day race") keeps its own meaning.
        Cue[] judgements = [Cue.Derogatory, Cue.Defamatory, Cue.Discriminatory, Cue.Threatening, Cue.NamesShown];
        // (Nor does a question to the bot: "is that weird?", "anything wrong with it?" ask whether something is all right.)
        Inherit(cues => !cues.Exists(judgements.Contains) && !cues.Contains(Cue.PupilEvent) && !cues.Contains(Cue.Question), judgements);

        // A concept phrase ("check my phone", "vague post", "names the children") keeps what its words say: the phone, the
        // post, the children.
        Cue[] inheritedCues = [.. people, Cue.School, Cue.Platform, Cue.Phone, Cue.Device, Cue.PostVerb, Cue.MessageVerb, Cue.Image, Cue.UseVerb];
        Cue[] concepts = [Cue.CheckPhone, Cue.NamesShown, Cue.OnBehalf, Cue.InConfidence, Cue.PersonalActivity, Cue.Complaint,
            Cue.CriticalHint, Cue.Sensitive, Cue.HelpSeeking, Cue.Duty, Cue.Relative, Cue.AlreadyPublic, Cue.OtherChildren];
        Inherit(cues => cues.Exists(concepts.Contains), inheritedCues);

        // "a pupil", "one of the parents": a phrase naming someone else still says who they are. So does a phrase of the
        // gate's concepts ("his mum left", "the head is a diva"), which would otherwise hide the person inside it.
        Inherit(cues => cues.Exists(inheriting.Contains), people);

        return map.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
    }
}

using System.Collections.Frozen;

namespace CadoxtonPolicyBot.Policy.Answers;

/// <summary>
/// The vocabulary staff use for each policy concept. Entries are written normalised (lower case, no apostrophes,
/// slang already expanded by <see cref="Slang"/>) and may be phrases of several words; the longest phrase wins.
/// </summary>
internal static class Lexicon
{
    public static FrozenDictionary<string, Cue[]> Phrases { get; } = Build();

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
        Add(Cue.ConnectVerb, "friend request", "friend requests", "friend", "friends with", "be friends", "befriend", "add", "added", "adding",
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
            "date of birth", "rota", "rotas", "timetable", "staff list", "class list", "register", "data", "results", "sats results",
            "marks", "grades", "scores", "reports", "report card", "assessment", "assessments", "safeguarding", "child protection",
            "social services", "social worker", "looked after", "foster", "fostered", "adopted", "sen", "special needs", "ehcp",
            "iep", "autism", "autistic", "adhd", "dyslexia", "dyslexic", "behaviour plan", "exclusion", "excluded", "suspended",
            "suspension", "disciplinary hearing", "investigation", "complaint", "complaints", "meeting notes", "meeting minutes", "internal",
            "internal email", "emails", "ofsted report", "ofsted grade", "inspection", "before she has told", "before he has told",
            "before they have told", "before its announced", "not announced", "not been announced", "hasnt been announced",
            "havent told", "hasnt told", "before she told", "before it is announced", "leaving", "resigned", "resigning", "redundancy",
            "redundancies", "restructure", "budget", "salary", "salaries", "payslip", "divorce", "divorcing", "affair", "split up",
            "home life", "family situation", "free school meals", "pupil premium", "court", "police", "arrested", "passwords", "password",
            "gossip", "staffing", "who is leaving", "interview", "interviews", "divorced", "getting divorced", "separated", "separating", "breaking up", "marriage problems", "miscarriage", "ivf", "bereavement", "bereaved", "rehab", "in care", "care order", "custody", "on the child protection register", "referral", "referred", "allegation against", "under investigation", "capability", "performance management", "probation", "mark book", "markbook", "test scores", "exam results", "reading ages", "reading age", "tracking data", "attendance", "attendance figures", "disciplinary hearing", "tribunal", "grievance", "sick note", "fit note", "therapy", "counselling", "depression", "anxiety", "breakdown");
        Add(Cue.Incident, "bit", "bitten", "biting", "hit", "hitting", "punched", "kicked", "fight", "fighting", "fell", "fell over",
            "injured", "injury", "accident", "hurt", "cried", "crying", "tantrum", "meltdown", "swore", "swearing", "wet himself",
            "wet herself", "wet themselves", "was sick", "threw up", "vomited", "naughty", "misbehaved", "misbehaving", "behaviour",
            "behavior", "incident", "told off", "detention", "stole", "stealing", "bullying", "bullied", "ran away", "lost", "nits",
            "head lice", "said today", "did today", "happened today", "happened in class", "in trouble", "funny thing", "what she said",
            "what he said", "spelling mistakes", "mistakes", "struggling", "behind", "bad day", "lice");
        Add(Cue.Derogatory, "rubbish", "useless", "hopeless", "shambles", "shambolic", "a joke", "joke", "clueless", "no clue",
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
            "expose", "dig at", "snide", "meme about", "jokes about", "joke about", "bitch", "prat", "muppet", "numpty",
            "dense", "slow", "useless lot", "clown", "clowns", "chaos", "mess", "a mess", "no good", "doesnt care", "dont care",
            "couldnt care less", "bad teacher", "poor teacher", "lousy", "dreadful", "appalling", "offensive", "derogatory",
            "negative", "negatively", "unkind", "spiteful", "rude comment", "horrible things", "nasty things", "pig", "scruffy",
            "smelly", "stinks", "trash", "dreading", "cant even read", "cant read", "cant even spell", "cant spell", "cant even write", "cant write", "cant even count", "cant count", "cant parent", "illiterate", "lost the plot", "losing the plot", "off their rocker", "off his rocker", "off her rocker", "bonkers", "nutter", "nutters", "psycho", "chav", "chavs", "chavvy", "scroungers", "scrounger", "feckless", "gobby", "poke fun", "poking fun", "laugh at", "joke at", "wind up", "piss take", "take the piss", "taking the piss", "piss taking", "sly dig", "swipe at", "belittle", "belittling", "humiliate", "humiliating", "shame", "shaming", "bitchy", "two faced", "useless at", "cant teach", "cant manage", "cant control", "out of control", "rough", "rough as", "dregs", "scum");
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
        Add(Cue.NewsOrOpinion, "news", "article", "articles", "news story", "petition", "campaign", "strike", "strikes", "union",
            "politics", "political", "election", "government", "opinion", "opinions", "views", "pay", "teachers pay", "pay rise",
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
            "now adults", "leavers", "used to be");
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
            "school x", "pta page", "school channel", "school comms", "school text", "school business", "official business", "work purposes", "for work purposes", "school purposes", "for school purposes", "educational purposes");
        Add(Cue.OnBehalf, "on behalf of the school", "for the school", "for our school", "for the pta",
            "on behalf of the pta");
        Add(Cue.WorkTask, "write reports", "write my reports", "writing reports", "writing my reports", "do my reports", "doing my reports",
            "doing reports", "end of year reports", "school reports", "report writing", "marking", "my marking", "do my marking",
            "planning", "my planning", "do my planning", "lesson plans", "lesson plan", "lesson planning", "plan lessons", "plan my lessons",
            "plan a lesson", "work emails", "school work", "schoolwork", "teaching resources", "make resources", "making resources",
            "resources", "worksheet", "worksheets", "powerpoint", "powerpoints", "slides", "smartboard slides", "data entry", "sims",
            "arbor", "cpoms", "twinkl", "for my lessons", "for lessons", "for teaching", "reset my password", "reset password",
            "password reset", "forgot my password", "forgotten my password", "locked out", "login details", "log in details",
            "printer", "printers", "printing", "print", "photocopier", "photocopying", "laminator", "laminating", "projector",
            "not working", "wont turn on", "wont connect", "it support", "it technician", "technician", "helpdesk", "help desk",
            "repair", "fix it", "fixes it", "broken screen", "cracked screen", "update windows", "install", "installing", "software", "show the class", "show my class", "show the children", "show the pupils", "in my lesson", "for my lesson", "for a lesson", "for the lesson", "teaching resource", "for teaching", "to teach", "in a lesson", "educational video", "educational videos");
        Add(Cue.Urgent, "urgent", "urgently", "emergency", "emergencies", "family emergency", "urgent family", "crisis", "in labour",
            "going into labour", "due any day", "waiting for a call", "expecting a call", "important call", "the hospital might",
            "could call", "might call", "might ring", "in case", "call from the hospital", "call from the doctor", "test results",
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
            "history", "logged", "logs", "keep an eye", "check what i", "filtering", "filtered", "can they see", "can the school see", "can it see", "does it see", "know what i", "who can see what i", "surveillance", "check what websites", "check what sites", "see what websites", "see what sites", "what websites i", "what sites i", "websites i visit", "sites i visit", "check up on", "keep a record of", "keep records of", "record the sites", "record what", "see the sites", "look at my history", "read my emails", "read my messages", "check my emails", "check my history", "is it monitored", "are they monitored", "monitor my");
        Add(Cue.Applies, "apply", "applies", "applied", "cover", "covers", "covered", "count", "counts", "include", "includes",
            "included", "extend", "extends", "relevant", "does it matter", "still apply", "still count", "matter", "affect",
            "affects", "outside of work", "in my own time", "only in school", "only at work", "only during", "just in school");
        Add(Cue.PolicyWord, "policy", "policies", "the policy", "social media policy", "rules", "rule", "guidelines", "guidance",
            "code of conduct", "procedure", "procedures", "the rules", "this policy");
        Add(Cue.Consequence, "what happens if", "what would happen", "what could happen", "what might happen", "break the", "breaks the", "broke the", "breaking the", "against the policy", "against the rules", "go against", "what will happen", "what happens when", "consequence",
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
            "find me", "find my account", "find my profile", "profile picture", "real name", "nickname", "different name", "on private", "to private", "is private", "set private", "setting it to private", "private mode", "locked down", "lock down", "lock it down", "friends list", "friend list", "friends lists", "my friends list", "contacts list", "contact list", "followers list", "my followers", "who follows me", "who can see", "who sees", "audience", "close friends");
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
        Add(Cue.WantTo, "i want to", "i would like to", "i would like to", "i need to", "i wish to", "how do i", "how can i");

        // "a pupil", "one of the parents": a phrase naming someone else still says who they are.
        Cue[] people = [Cue.Staff, Cue.Pupils, Cue.Parents, Cue.Governors, Cue.Council, Cue.Former];
        foreach (var (phrase, cues) in map)
        {
            if (!cues.Contains(Cue.ThirdParty) || !phrase.Contains(' ', StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var word in phrase.Split(' '))
            {
                if (map.TryGetValue(word, out var wordCues))
                {
                    cues.AddRange(wordCues.Where(c => people.Contains(c) && !cues.Contains(c)));
                }
            }
        }

        return map.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
    }
}

using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace CadoxtonPolicyBot.Policy.Answers;

/// <summary>
/// Reads a Welsh question into the plain English words the lexicon knows, word by word and phrase by phrase, undoing
/// the soft, nasal and aspirate mutations (plant/blant, disgyblion/ddisgyblion, cyfrifiadur/gyfrifiadur/nghyfrifiadur,
/// llun/lun) and colloquial forms (ma', 'da, ishe). English words inside Welsh ("Facebook", "earphones") pass through.
/// It is a gloss for the fact extractor, not a translation: word order and grammar are not rebuilt.
/// </summary>
internal static partial class WelshGlossary
{
    private const int MaxPhraseWords = 6;

    /// <summary>Welsh word or phrase (lower case, no accents, apostrophes split off) → English gloss.</summary>
    // Round 6's families come first, so that where one re-reads a key ("son am" is "mention"), it is the one kept.
    private static readonly FrozenDictionary<string, string> Entries = Round6Entries().Concat(new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // Asking.
        ["ga i"] = "can i", ["cha i"] = "can i", ["gaf i"] = "can i", ["alla i"] = "can i", ["galla i"] = "can i", ["allaf i"] = "can i",
        ["allen i"] = "could i", ["allwn i"] = "could i", ["gallen i"] = "could i", ["ydy hi yn iawn"] = "is it ok", ["ydy hynny yn iawn"] = "is that ok",
        ["ydy e yn iawn"] = "is it ok", ["ydy fe yn iawn"] = "is it ok", ["ydy hyn yn iawn"] = "is this ok", ["yn iawn"] = "ok", ["iawn"] = "ok",
        ["oes problem"] = "is there a problem", ["oes rhaid"] = "does it have to", ["rhaid"] = "must", ["dylwn i"] = "should i", ["ddylwn i"] = "should i",
        ["ddylen i"] = "should i", ["dylen i"] = "should i", ["beth"] = "what", ["be"] = "what", ["pwy"] = "who", ["ble"] = "where", ["pryd"] = "when",
        ["sut"] = "how", ["pam"] = "why", ["at bwy ddylwn i fynd"] = "who should i go to", ["at bwy"] = "who do i tell", ["pwy sy yn gallu"] = "who can",
        ["be alla i neud"] = "what can i do", ["beth alla i wneud"] = "what can i do", ["beth ddylwn i wneud"] = "what should i do",
        ["beth ddylwn i neud"] = "what should i do", ["dylwn i ddweud wrth rywun"] = "should i tell someone", ["ddylwn i ddweud wrth rywun"] = "should i tell someone",
        ["beth am"] = "what about", ["be am"] = "what about", ["a beth am"] = "and what about", ["ydy hynny yn bosib"] = "is that possible",
        ["nag oes"] = "is it", ["ydy"] = "is", ["ydy hi"] = "is it", ["ydi"] = "is", ["yw"] = "is", ["ydyn"] = "are", ["oes"] = "is there",
        // Small words.
        ["dim"] = "no", ["ddim"] = "not", ["heb"] = "without", ["na"] = "no", ["nage"] = "no", ["does dim"] = "there is no",
        ["does dim byd"] = "there is nothing", ["dim byd"] = "nothing", ["does dim ots"] = "it doesnt matter", ["dim ots"] = "doesnt matter",
        ["ni"] = "we", ["fi"] = "me", ["i"] = "i", ["fy"] = "my", ["ein"] = "our", ["eu"] = "their", ["ei"] = "his", ["e"] = "he", ["fe"] = "it",
        ["hi"] = "she", ["nhw"] = "they", ["chi"] = "you", ["ti"] = "you", ["yn"] = "", ["y"] = "the", ["yr"] = "the", ["r"] = "the",
        ["a"] = "and", ["ac"] = "and", ["neu"] = "or", ["ond"] = "but", ["hefyd"] = "too", ["am"] = "about", ["ar"] = "on", ["o"] = "of",
        ["gyda"] = "with", ["da"] = "with", ["efo"] = "with", ["mewn"] = "in", ["ym"] = "in", ["yng"] = "in", ["yma"] = "here", ["ma"] = "",
        ["nawr"] = "now", ["rwan"] = "now", ["heddiw"] = "today", ["bore yma"] = "this morning", ["bore ma"] = "this morning", ["wedyn"] = "then",
        ["tra"] = "while", ["tra bo"] = "while", ["tra bod"] = "while", ["tra bod e da fi"] = "while i have it", ["achos"] = "because", ["os"] = "if",
        ["fel"] = "as", ["mae"] = "", ["roedd"] = "was", ["oedd"] = "was", ["wedi"] = "has", ["bod"] = "that", ["fod"] = "that", ["dwi"] = "i am",
        ["dw"] = "i am", ["rydw"] = "i am", ["wi"] = "i am", ["eisiau"] = "want to", ["isio"] = "want to", ["ishe"] = "want to", ["moyn"] = "want to",
        ["gallu"] = "can", ["jyst"] = "just", ["jest"] = "just", ["yn ystod"] = "during", ["ystod"] = "during", ["ar ol"] = "after", ["cyn"] = "before",
        ["dros"] = "over", ["felly"] = "so", ["rhag ofn"] = "in case", ["unrhyw"] = "any", ["rhai"] = "some", ["un o"] = "one of", ["wrth"] = "by",
        ["wrtha i"] = "to me", ["amdana i"] = "about me", ["ohona i"] = "of me", ["ohoni"] = "of her", ["ohono"] = "of him", ["iddi"] = "to her",
        ["iddo"] = "to him", ["hynny"] = "that", ["hyn"] = "this", ["sydd"] = "that is", ["sy"] = "that is", ["gan"] = "by", ["go iawn"] = "real",
        ["yn ol"] = "ago", ["fydda i ddim yn"] = "i will not", ["fydda i ddim"] = "i will not", ["bydda i"] = "i will", ["mynd"] = "go",
        ["mynd ar"] = "go on", ["fynd ar"] = "go on", ["mynd adre"] = "go home", ["fynd adre"] = "go home", ["ar gyfer"] = "for",
        // Asking about the policy.
        ["polisi"] = "policy", ["y polisi"] = "the policy", ["yn berthnasol"] = "apply", ["berthnasol"] = "apply", ["yn dal yn berthnasol"] = "still apply",
        ["dal yn berthnasol"] = "still apply", ["colli fy swydd"] = "lose my job", ["golli fy swydd"] = "lose my job", ["swydd"] = "job",
        ["diswyddo"] = "sacked", ["fy niswyddo"] = "sacked", ["monitro"] = "monitor", ["dienw"] = "anonymous", ["yn ddienw"] = "anonymously",
        ["gwybod"] = "know", ["wybod"] = "know", ["iddo fe wybod mai fi"] = "him to know it was me", ["mai fi"] = "it was me",
        ["sy wedi cwyno"] = "who complained", ["preifat"] = "private", ["cyfrif"] = "account", ["fy nghyfrif"] = "my account",
        ["gosodiadau preifatrwydd"] = "privacy settings", ["preifatrwydd"] = "privacy", ["canlyniadau"] = "consequences",
        // People.
        ["plentyn"] = "child", ["plant"] = "children", ["blant"] = "children", ["disgybl"] = "pupil", ["disgyblion"] = "pupils",
        ["cyn ddisgybl"] = "former pupil", ["cyn disgybl"] = "former pupil", ["hen ddisgybl"] = "former pupil", ["cyn aelod o staff"] = "former member of staff",
        ["aelod o staff"] = "member of staff", ["pennaeth"] = "head teacher", ["y pennaeth"] = "the head", ["dirprwy"] = "deputy",
        ["athro"] = "teacher", ["athrawes"] = "teacher", ["athrawon"] = "teachers", ["un o y athrawon"] = "one of the teachers",
        ["cydweithiwr"] = "colleague", ["cydweithwyr"] = "colleagues", ["rhiant"] = "a parent", ["rhieni"] = "parents", ["mam"] = "mum",
        ["tad"] = "dad", ["brawd"] = "brother", ["chwaer"] = "sister", ["brawd bach"] = "little brother", ["llywodraethwyr"] = "governors",
        ["cyngor"] = "council", ["ffrind"] = "friend", ["ffrindiau"] = "friends", ["fel ffrind"] = "as a friend", ["rhywun"] = "someone",
        ["rhiant wedi postio"] = "a parent has posted", ["blwyddyn"] = "year", ["bl"] = "year", ["dosbarth"] = "class",
        ["yn fy nosbarth i"] = "in my class", ["roedd e yn fy nosbarth"] = "he was in my class", ["roedd hi yn fy nosbarth"] = "she was in my class",
        ["meithrin"] = "nursery", ["derbyn"] = "accept", ["babanod"] = "infants", ["iau"] = "juniors", ["plismon"] = "policeman", ["nyrs"] = "nurse",
        ["mlynedd"] = "years", ["blynedd"] = "years", ["oed"] = "years old",
        // Doing.
        ["postio"] = "post", ["wedi postio"] = "has posted", ["rhannu"] = "share", ["rhoi"] = "put", ["rhoi nhw ar"] = "put them on",
        ["roi nhw ar"] = "put them on", ["hoffi"] = "like", ["sgwennu"] = "write", ["ysgrifennu"] = "write", ["cwyno"] = "complain",
        ["beirniadu"] = "criticising", ["yn beirniadu"] = "criticising", ["lladd ar"] = "slagging off", ["yn lladd ar"] = "is slagging off",
        ["gwneud hwyl am ben"] = "making fun of", ["gwneud hwyl"] = "making fun", ["hwyl"] = "fun", ["sgwrsio"] = "chat", ["siarad"] = "talk",
        ["neges"] = "message", ["negeseuon"] = "messages", ["ateb"] = "reply to", ["dilyn"] = "follow", ["fy nilyn i"] = "follow me",
        ["gofyn i fy nilyn i"] = "asked to follow me", ["ychwanegu"] = "add", ["gofyn"] = "ask", ["wedi gofyn"] = "has asked",
        ["dweud"] = "say", ["dweud wrth"] = "tell", ["yn dweud pethau cas"] = "is saying nasty things", ["pethau cas"] = "nasty things",
        ["son am"] = "mentioning", ["yn son am"] = "mentioning", ["heb son am"] = "without mentioning", ["enwi"] = "name", ["enwau"] = "names",
        ["enw"] = "name", ["defnyddio"] = "use", ["jecio"] = "check", ["checio"] = "check", ["edrych ar"] = "look at", ["gweld"] = "see",
        ["welais i"] = "i saw", ["gweithio"] = "working", ["yn gweithio yn annibynnol"] = "working independently", ["annibynnol"] = "independently",
        ["cadw"] = "keep", ["ymlaen"] = "on", ["ffonio"] = "ring", ["gwrando ar"] = "listen to", ["cerddoriaeth"] = "music", ["dangos"] = "show",
        ["dangos fideo i y dosbarth"] = "show the class a video", ["meddwl"] = "think", ["beth dwi yn meddwl"] = "what i think", ["dechrau"] = "start",
        ["dysgu"] = "teaching", ["diweddaru"] = "update", ["rhedeg"] = "run", ["trwsio"] = "fix", ["lico"] = "enjoy", ["hoffi fe"] = "like it",
        ["delio"] = "deal", ["ddelion nhw"] = "they dealt", ["bwlio"] = "bullying", ["cymryd"] = "taken", ["yn cael"] = "getting",
        ["cael"] = "get", ["sgrinlun"] = "screenshot", ["cyfrinachol"] = "confidential", ["sefyllfa deuluol"] = "family situation",
        ["diagnosis o"] = "diagnosed with", ["canser"] = "cancer", ["llawdriniaeth"] = "an operation", ["ysbyty"] = "hospital", ["brys"] = "urgent",
        ["cefnogaeth"] = "support", ["neges o gefnogaeth"] = "a message of support", ["tra bo y plant"] = "while the children are working",
        ["tra bod y plant"] = "while the children are working", ["problemau"] = "problems", ["y problemau"] = "the problems", ["cas"] = "nasty",
        ["ffiaidd"] = "vile", ["hollol ffiaidd"] = "vile", ["uffern"] = "hell", ["bywyd yn uffern"] = "life hell", ["jôc"] = "joke", ["joc"] = "joke",
        ["sylwadau"] = "comments", ["sylwadau cas"] = "nasty comments", ["sylw"] = "comment", ["adroddiad"] = "report",
        ["adroddiad estyn"] = "estyn report",
        // Things and places.
        ["llun"] = "photo", ["lluniau"] = "photos", ["fideo"] = "video", ["ffon"] = "phone", ["ffon symudol"] = "mobile phone",
        ["fy ffon fy hun"] = "my own phone", ["ffon fy hun"] = "own phone", ["fy hun"] = "own", ["cyfrifiadur"] = "computer",
        ["cyfrifiadur y ysgol"] = "school computer", ["cyfrifiadur yr ysgol"] = "school computer", ["gliniadur"] = "laptop",
        ["gliniadur y ysgol"] = "school laptop", ["ipad y dosbarth"] = "class ipad", ["ipad y ysgol"] = "school ipad", ["tabled"] = "tablet",
        ["bwrdd gwyn"] = "whiteboard", ["wedi torri"] = "broken", ["torri"] = "broken", ["ysgol"] = "school", ["yr ysgol"] = "the school",
        ["gwers"] = "lesson", ["yn y wers"] = "in the lesson", ["yn y dosbarth"] = "in class", ["ystafell staff"] = "staffroom", ["stafell staff"] = "staffroom",
        ["ystafell ddosbarth"] = "classroom", ["stafell ddosbarth"] = "classroom", ["yn y stafell ddosbarth"] = "in the classroom",
        ["gartref"] = "at home", ["adre"] = "home", ["adref"] = "home", ["penwythnos"] = "weekend", ["gwyliau"] = "holidays",
        ["gwyliau yr ysgol"] = "school holidays", ["gwyliau yr haf"] = "summer holidays", ["ar fy ngwyliau"] = "on holiday", ["hanner tymor"] = "half term",
        ["cyfnod mamolaeth"] = "maternity leave", ["ar gyfnod mamolaeth"] = "on maternity leave", ["mamolaeth"] = "maternity",
        ["salwch"] = "sick leave", ["egwyl"] = "break", ["amser chwarae"] = "playtime", ["amser cinio"] = "lunchtime", ["amser cpa"] = "ppa time",
        ["cpa"] = "ppa", ["grwp"] = "group", ["grwp whatsapp y rhieni"] = "parents whatsapp group", ["tudalen"] = "page", ["tudalen facebook"] = "facebook page",
        ["swyddogol"] = "official", ["mabolgampau"] = "sports day", ["taith"] = "trip", ["trip"] = "trip", ["ymweliad"] = "visit",
        ["sain ffagan"] = "st fagans museum trip", ["ty crwn"] = "roundhouse", ["parti"] = "party", ["parti nadolig"] = "christmas party",
        ["nadolig"] = "christmas", ["clwb brecwast"] = "breakfast club", ["clwb rygbi"] = "rugby club", ["clwb rygbi lleol"] = "local rugby club",
        ["argraffydd"] = "printer", ["argraffydd lliw"] = "colour printer", ["allwedd"] = "key", ["cwpwrdd"] = "cupboard",
        ["addysg gorfforol"] = "pe", ["chwefror"] = "february", ["blog"] = "blog", ["cymraeg"] = "welsh", ["syniadau"] = "ideas", ["caneuon"] = "songs",
        ["plentyn go iawn"] = "real child", ["gat yr ysgol"] = "school gate", ["gat"] = "gate", ["bore"] = "morning", ["lyfli"] = "lovely",
        ["coffi"] = "coffee", ["goroesi"] = "survive", ["wythnos"] = "week", ["olaf"] = "last", ["tymor"] = "term", ["faint o"] = "how much",
        ["angen"] = "need", ["dydd"] = "day", ["mawrth"] = "tuesday", ["gwener"] = "friday", ["bywydathro"] = "teacher life", ["teimlo"] = "feels",
        ["caffi"] = "cafe", ["lleol"] = "local", ["sbaen"] = "spain", ["yn sbaen"] = "in spain", ["earphones"] = "earphones",
        ["post"] = "post", ["bost"] = "post", ["postiad"] = "post", ["cwmni"] = "company", ["haf"] = "summer", ["wyliau"] = "holidays",
        ["ffordd"] = "way", ["y ffordd"] = "the way", ["clwb"] = "club", ["tawel"] = "quietly", ["dawel"] = "quietly",

        // Concepts in everyday Welsh (radical forms: the mutations are undone before lookup, so "ddiog" finds "diog").
        // Tone: criticism, mockery and insult.
        ["da i ddim"] = "useless", ["yn da i ddim"] = "useless", ["anobeithiol"] = "hopeless", ["ofnadwy"] = "awful", ["uffernol"] = "awful",
        ["erchyll"] = "terrible", ["twp"] = "stupid", ["dwl"] = "stupid", ["diog"] = "lazy", ["llanast"] = "shambles", ["gwael"] = "rubbish",
        ["sbwriel"] = "rubbish", ["rwtsh"] = "rubbish", ["di glem"] = "clueless", ["dim clem"] = "no clue", ["dim syniad"] = "no idea what",
        ["gwawdio"] = "mocking", ["chwerthin am ben"] = "laughing at", ["sarhau"] = "insult", ["sarhaus"] = "insulting", ["annheg"] = "unfair",
        ["cywilydd"] = "a disgrace", ["gwarthus"] = "disgraceful", ["hyll"] = "ugly", ["tew"] = "fat", ["pathetig"] = "pathetic",
        ["gwastraff amser"] = "waste of time", ["twpsyn"] = "idiot", ["lembo"] = "idiot", ["ffwlbart"] = "idiot", ["ffwl"] = "idiot",
        ["yn jôc"] = "is a joke", ["yn joc"] = "is a joke", ["anghymwys"] = "incompetent", ["digywilydd"] = "rude", ["anghwrtais"] = "rude",
        ["cwyn"] = "complaint", ["cwynion"] = "complaints", ["beirniadaeth"] = "criticism", ["gwneud sbort am ben"] = "making fun of",
        ["sbort"] = "fun", ["tynnu coes"] = "take the mick", ["bwli"] = "bully", ["bygwth"] = "threaten", ["hiliol"] = "racist",
        ["methu"] = "useless at", ["yn methu"] = "failing", ["diflas"] = "awful", ["ych a fi"] = "disgusting", ["celwydd"] = "lies",
        ["celwyddau"] = "lies", ["celwyddgi"] = "liar", ["celwyddog"] = "liar", ["lleidr"] = "thief", ["twyllwr"] = "fraud", ["sibrydion"] = "rumours", ["clecs"] = "gossip",
        // Confidential matters, named or not.
        ["amser caled"] = "a hard time", ["cyfnod anodd"] = "a hard time", ["amser anodd"] = "a hard time", ["sal"] = "ill", ["yn sal"] = "is ill", ["i ffwrdd yn sal"] = "off sick", ["i ffwrdd"] = "off", ["absennol"] = "absence",
        ["beichiog"] = "pregnant", ["disgwyl babi"] = "expecting a baby", ["cancr"] = "cancer", ["iselder"] = "depression",
        ["gorbryder"] = "anxiety", ["straen"] = "stress", ["ysgariad"] = "divorce", ["ysgaru"] = "divorcing", ["gofal"] = "care",
        ["mewn gofal"] = "in care", ["i ofal"] = "in care", ["maeth"] = "foster", ["gofal maeth"] = "foster care",
        ["gwasanaethau cymdeithasol"] = "social services", ["gweithiwr cymdeithasol"] = "social worker", ["heddlu"] = "police",
        ["carchar"] = "prison", ["yn y carchar"] = "in prison", ["gwahardd"] = "excluded", ["wedi ei wahardd"] = "excluded",
        ["wedi cael ei wahardd"] = "excluded", ["cyfrinach"] = "secret", ["cyfrinachau"] = "secret", ["yn gyfrinachol"] = "in confidence",
        ["marciau"] = "marks", ["graddau"] = "grades", ["profion"] = "test scores", ["canlyniadau profion"] = "test results",
        ["canlyniadau y profion"] = "test results", ["cyfeiriad"] = "address", ["rhif ffon"] = "phone number", ["cyllideb"] = "budget",
        ["cyflog"] = "salary", ["diswyddiadau"] = "redundancies", ["ymchwiliad"] = "investigation", ["cael ei diswyddo"] = "been dismissed",
        ["cael ei ddiswyddo"] = "been dismissed", ["wedi ymddiswyddo"] = "resigned", ["ymddiswyddo"] = "resigning", ["gadael"] = "leaving",
        ["digwyddiad"] = "incident", ["damwain"] = "accident", ["ymladd"] = "fight", ["ffeit"] = "fight", ["taflu cadair"] = "threw a chair",
        ["crio"] = "crying", ["llefain"] = "crying", ["brifo"] = "hurt", ["wedi brifo"] = "hurt", ["llau pen"] = "head lice",
        ["ymddygiad"] = "behaviour", ["anghenion dysgu ychwanegol"] = "special needs", ["adysgu"] = "special needs", ["awtistig"] = "autistic",
        ["alergedd"] = "allergy", ["epilepsi"] = "epilepsy", ["meddyginiaeth"] = "medication",
        // People, as schools say them.
        ["bachgen"] = "boy", ["bechgyn"] = "boys", ["merch"] = "girl", ["merched"] = "girls", ["mamau"] = "mums", ["tadau"] = "dads",
        ["teulu"] = "family", ["teuluoedd"] = "families", ["cymhorthydd"] = "ta", ["cymorthydd"] = "ta", ["cynorthwyydd"] = "ta",
        ["cynorthwywyr"] = "tas", ["glanhawr"] = "cleaner", ["glanhawyr"] = "cleaners", ["gofalwr"] = "caretaker", ["ysgrifenyddes"] = "secretary",
        ["llywodraethwr"] = "governor", ["arolygwyr"] = "inspectors", ["arolygiad"] = "inspection", ["arolygydd"] = "inspector",
        ["dosbarth derbyn"] = "reception class", ["fy nosbarth"] = "my class", ["ein dosbarth"] = "our class", ["cyn ddisgyblion"] = "former pupils",
        ["rheolwyr"] = "management", ["uwch dim"] = "slt", ["tim rheoli"] = "management", ["cydweithwraig"] = "colleague", ["gwr"] = "husband",
        ["gwraig"] = "wife", ["partner"] = "partner", ["mab"] = "son", ["plant fy hun"] = "my own children", ["nai"] = "nephew", ["nith"] = "niece",
        ["cefnder"] = "cousin", ["cyfnither"] = "cousin",
        // Doing.
        ["anfon"] = "send", ["anfon neges"] = "send a message", ["cais ffrind"] = "friend request", ["cais"] = "request", ["tecstio"] = "text",
        ["tecst"] = "text", ["tynnu llun"] = "take a photo", ["tynnu lluniau"] = "take photos", ["ffilmio"] = "film", ["uwchlwytho"] = "upload",
        ["lanlwytho"] = "upload", ["trydar"] = "tweet", ["trydariad"] = "tweet", ["chwarae"] = "play", ["gemau"] = "games", ["gem"] = "game",
        ["siopa"] = "shopping", ["ar lein"] = "online", ["ebost"] = "email", ["e bost"] = "email", ["cael fy ngwylio"] = "be watched", ["cael fy gwylio"] = "be watched", ["fy ngwylio"] = "watch me", ["gwylio"] = "watch", ["darllen"] = "read",
        ["sgrolio"] = "scroll", ["tagio"] = "tag", ["caniatad"] = "permission", ["heb ganiatad"] = "without permission", ["wyneb"] = "face",
        ["wynebau"] = "faces", ["heb eu wynebau"] = "without their faces", ["cuddio"] = "hide", ["aneglur"] = "blurred", ["enwau llawn"] = "full names",
        ["galw"] = "call", ["galwad"] = "call", ["ateb y ffon"] = "answer my phone", ["dilynwyr"] = "followers", ["grwp whatsapp"] = "whatsapp group",
        ["ymuno"] = "join", ["llofnodi"] = "sign", ["deiseb"] = "petition", ["ymgyrch"] = "campaign", ["protestio"] = "protest",
        ["yn erbyn"] = "against", ["adolygiad"] = "review",
        // When and where.
        ["tra mae y plant"] = "while the children are", ["pan mae y plant"] = "while the children are", ["tra mae y dosbarth"] = "while the class are",
        ["amser gwaith"] = "working time", ["oriau gwaith"] = "working hours", ["yn y gwaith"] = "at work", ["yn y ysgol"] = "in school",
        ["yn ystod y wers"] = "during the lesson", ["yn ystod gwersi"] = "during lessons", ["gwersi"] = "lessons", ["amser egwyl"] = "break time",
        ["ar ddyletswydd"] = "on duty", ["dyletswydd"] = "duty", ["gyda y nos"] = "in the evening", ["heno"] = "tonight", ["nos"] = "night",
        ["dydd sadwrn"] = "saturday", ["dydd sul"] = "sunday", ["llechen"] = "tablet", ["rhwydwaith"] = "network", ["rhwydwaith y ysgol"] = "school network",
        ["wifi y ysgol"] = "school wifi", ["neuadd"] = "hall", ["iard"] = "yard", ["cae"] = "field", ["cyngerdd"] = "concert", ["sioe"] = "show",
        ["sioe nadolig"] = "christmas play", ["drama"] = "play", ["gwibdaith"] = "trip", ["ymweliad addysgol"] = "school trip", ["disgo"] = "disco",
        ["gwasanaeth"] = "assembly", ["cystadleuaeth"] = "competition", ["gem bel droed"] = "football match", ["pel droed"] = "football",
        ["twrnamaint"] = "tournament", ["eisteddfod"] = "eisteddfod", ["llangrannog"] = "residential", ["glan llyn"] = "residential",
        // Own life.
        ["ci"] = "dog", ["cath"] = "cat", ["pen blwydd"] = "birthday", ["penblwydd"] = "birthday", ["priodas"] = "wedding", ["bwyd"] = "food",
        ["cinio dydd sul"] = "sunday dinner", ["gardd"] = "garden", ["ty newydd"] = "new house", ["babi"] = "baby", ["gwyliau haf"] = "summer holidays",
        ["traeth"] = "beach", ["mynydd"] = "mountains", ["rhedeg marathon"] = "marathon", ["prawf gyrru"] = "driving test", ["cerdded"] = "walking",
        ["fy mywyd"] = "my life", ["hun"] = "own",

        // Everyday Welsh words of any question (so that a question is read whole, and the permit gate knows it was).
        ["neud"] = "do", ["gwneud"] = "do", ["newydd"] = "new", ["amser"] = "time", ["dylai"] = "should", ["dylen"] = "should",
        ["hawl"] = "allowed", ["oes hawl"] = "is it allowed", ["oes hawl da fi"] = "am i allowed to", ["oes hawl gen i"] = "am i allowed to",
        ["oes hawl gyda fi"] = "am i allowed to", ["ydw i"] = "am i", ["ydw"] = "am", ["odw"] = "yes", ["tynnu"] = "take", ["arall"] = "other",
        ["eraill"] = "others", ["maen nhw"] = "they are", ["maen"] = "they are", ["dal"] = "still", ["gen i"] = "i have", ["mae gen i"] = "i have",
        ["gennym"] = "we have", ["tim"] = "team", ["colli"] = "lose", ["ces i"] = "i got", ["ces"] = "i got", ["byd"] = "world",
        ["ynddo"] = "in it", ["ynddi"] = "in it", ["ynddyn"] = "in them", ["personol"] = "personal", ["eto"] = "yet", ["rhywbeth"] = "something",
        ["aelod"] = "member", ["allan"] = "out", ["dod"] = "come", ["aros"] = "wait", ["aros am"] = "waiting for", ["lan"] = "up",
        ["neb"] = "nobody", ["neithiwr"] = "last night", ["newid"] = "change", ["bydda"] = "will", ["bydd"] = "will", ["pethau"] = "things",
        ["peth"] = "thing", ["pan"] = "when", ["cyfnod"] = "period", ["i gyd"] = "all", ["ohonon ni"] = "of us", ["ohonon"] = "of us",
        ["ohonyn nhw"] = "of them", ["ohonyn"] = "of them", ["mai"] = "that", ["ystafell"] = "room", ["stafell"] = "room", ["pen"] = "head",
        ["am ben"] = "at", ["meddw"] = "drunk", ["braidd yn feddw"] = "tipsy", ["desg"] = "desk", ["swyddfa"] = "office", ["dydy"] = "",
        ["dyw"] = "", ["nid"] = "not", ["edrych"] = "look", ["edrych ar beth"] = "check what", ["dan"] = "under", ["doniol"] = "funny",
        ["deud"] = "say", ["nesa"] = "next", ["nesaf"] = "next", ["wythnos nesa"] = "next week", ["mor"] = "so", ["gwelais i"] = "i saw",
        ["gwelais"] = "i saw", ["parcio"] = "parking", ["maes parcio"] = "car park", ["wynebe"] = "faces", ["cyfri"] = "count",
        ["dal yn cyfri"] = "still count", ["o gwbl"] = "at all", ["gwbl"] = "at all", ["nabod"] = "know", ["pentre"] = "village",
        ["pentref"] = "village", ["ddoe"] = "yesterday", ["gwaith"] = "work", ["eira"] = "snow", ["dawnsio"] = "dancing",
        ["digwydd"] = "happen", ["beth sy yn digwydd os"] = "what happens if", ["be sy yn digwydd os"] = "what happens if",
        ["beth fydd yn digwydd os"] = "what happens if", ["pawb"] = "everyone", ["llwyr"] = "completely", ["hollol"] = "completely",
        ["nol"] = "back", ["brecwast"] = "breakfast", ["chwarter"] = "quarter", ["gwrando"] = "listen", ["gydag"] = "with", ["problem"] = "problem",
        ["hen"] = "old", ["bwrdd"] = "table", ["bywyd"] = "life", ["ychydig"] = "a little", ["bosib"] = "possible", ["hanner"] = "half",
        ["mis"] = "month", ["eleni"] = "this year", ["lliw"] = "colour", ["blynyddoedd"] = "years", ["dolig"] = "christmas", ["braidd"] = "rather",
        ["hynna"] = "that", ["hwnna"] = "that", ["bell"] = "far", ["ffwrdd"] = "away", ["gyrru"] = "send", ["hyfforddi"] = "coaching",
        ["jocs"] = "jokes", ["amdano"] = "about him", ["amdani"] = "about her", ["amdanyn"] = "about them", ["aml"] = "often",
        ["tsiecio"] = "check", ["checko"] = "check", ["gosodiadau"] = "settings", ["offer"] = "equipment", ["tgch"] = "ict",
        ["offer tgch"] = "ict equipment", ["cymorthyddion"] = "tas", ["siwr"] = "sure", ["maes"] = "field", ["rhan"] = "part",
        ["newyddion"] = "news", ["penaethiaid"] = "head teachers", ["cosb"] = "punishment", ["cosbau"] = "consequences", ["rhybudd"] = "warning",
        ["unig"] = "only", ["yn unig"] = "only", ["gwylie"] = "holidays", ["rheolau"] = "rules", ["rheol"] = "rule", ["cegin"] = "kitchen",
        ["lot"] = "lots", ["postiais"] = "i posted", ["postiais i"] = "i posted", ["clir"] = "clear", ["trwbl"] = "trouble",
        ["mewn trwbl"] = "in trouble", ["defnyddiais"] = "i used", ["defnyddiais i"] = "i used", ["mawr"] = "big", ["papur"] = "paper",
        ["llungopiwr"] = "photocopier", ["llofft"] = "upstairs", ["stori"] = "story", ["awr"] = "hour", ["trafod"] = "discuss",
        ["digwyddodd"] = "happened", ["cyfarfod"] = "meeting", ["rhyfedd"] = "weird", ["manylion"] = "details", ["banc"] = "bank",
        ["hapus"] = "happy", ["talu"] = "pay", ["modd"] = "mode", ["codi"] = "raise", ["pryder"] = "concern", ["codi pryder"] = "raise a concern",
        ["cyhoeddi"] = "announce", ["cyn iddyn nhw gyhoeddi"] = "before its announced", ["cyn iddyn nhw gyhoeddi fe"] = "before its announced",
        ["gwahoddiad"] = "invitation", ["proffil"] = "profile", ["cyhoeddus"] = "public", ["yn gyhoeddus"] = "public", ["cynllun"] = "scheme",
        ["gwirfoddoli"] = "volunteering", ["helpu"] = "help", ["bws mini"] = "minibus", ["bws"] = "bus", ["cyfryngau cymdeithasol"] = "social media",
        ["cyfryngau"] = "media", ["cytuno"] = "agree", ["anghytuno"] = "disagree", ["onest"] = "honest", ["wnaeth"] = "did", ["ffit"] = "seizure",
        ["ffit epileptig"] = "seizure", ["epileptig"] = "epilepsy", ["er mwyn"] = "in order to", ["ymwybyddiaeth"] = "awareness",
        ["cyfrifon"] = "accounts", ["o gwmpas"] = "around", ["sadwrn"] = "saturday", ["diwrnod"] = "day", ["diwrnodau"] = "days",
        ["helo"] = "", ["hyfforddiant"] = "training", ["lleoliad"] = "placement", ["portffolio"] = "portfolio", ["prifysgol"] = "university",
        ["gwag"] = "empty", ["wal"] = "wall", ["barn"] = "opinion", ["penderfyniad"] = "decision", ["corff llywodraethu"] = "governing body",
        ["arian"] = "money", ["ysgolion"] = "schools", ["ffug"] = "fake", ["chwaraeon"] = "sports", ["diwrnod chwaraeon"] = "sports day",
        ["cefndir"] = "background", ["fandaliaid"] = "vandals", ["yno"] = "there", ["gwisgo"] = "wearing", ["siwtiau gwlyb"] = "wetsuits",
        ["cymhwyso"] = "qualify", ["newydd gymhwyso"] = "newly qualified", ["cyntaf"] = "first", ["cefnogol"] = "supportive",
        ["gawn ni"] = "can we", ["cawn ni"] = "can we", ["ffonau"] = "phones", ["ers"] = "since", ["ystyr"] = "meaning",
        ["beth yw ystyr"] = "what is meant by", ["anfri"] = "disrepute", ["dod ag anfri ar"] = "bring into disrepute", ["tywydd"] = "weather",
        ["barri"] = "barry", ["torri y polisi"] = "break the policy", ["torri y rheolau"] = "break the rules", ["dilyn y polisi"] = "follow the policy",
        ["oes rhaid i mi ddilyn"] = "do i have to follow", ["oes rhaid i fi ddilyn"] = "do i have to follow", ["ddim yn gwybod eto"] = "not announced yet",
        ["ddim yn gwybod"] = "dont know", ["bob"] = "every", ["bob bore"] = "every morning", ["weithiau"] = "sometimes", ["wastad"] = "always",
        ["rhwng"] = "between", ["ar draws"] = "across", ["tu allan"] = "outside", ["tu ol"] = "behind", ["tu fewn"] = "inside", ["drws"] = "door",
        ["gwersi nofio"] = "swimming lessons", ["nofio"] = "swimming", ["canu"] = "singing", ["cor"] = "choir", ["sglodion"] = "chips",
        ["cwrw"] = "beer", ["gwin"] = "wine", ["tafarn"] = "pub", ["noson allan"] = "night out", ["priodi"] = "marry", ["dyweddio"] = "engaged",
        ["wedi blino"] = "tired", ["blino"] = "tired", ["prysur"] = "busy", ["anodd"] = "difficult", ["hawdd"] = "easy",         ["gwych"] = "brilliant", ["ardderchog"] = "excellent", ["balch"] = "proud", ["falch"] = "proud", ["llongyfarchiadau"] = "congratulations",
        ["diolch"] = "thank you", ["hwyl fawr"] = "goodbye", ["ymddeol"] = "retire", ["ymddeoliad"] = "retirement", ["swydd newydd"] = "new job",
        ["cyfenw"] = "surname", ["gwefan"] = "website", ["gwefan y ysgol"] = "school website", ["tudalen y ysgol"] = "school page",
        ["cyfrif y ysgol"] = "school account", ["swyddogol y ysgol"] = "official school", ["mewngofnodi"] = "log in", ["cyfrinair"] = "password",
        ["sgrin"] = "screen", ["taflunydd"] = "projector", ["seinydd"] = "speaker", ["ar y bwrdd gwyn"] = "on the whiteboard",
        // Issue 10, point 5: everyday Welsh of school, social media and staff life, North and South (radical forms).
        // Asking and being allowed.
        ["ca i"] = "can i", ["caf i"] = "can i", ["ga fi"] = "can i", ["gaf fi"] = "can i", ["a ga i"] = "can i", ["ga"] = "can",
        ["fedra i"] = "can i", ["fedrai"] = "can i", ["medru"] = "can", ["allwch chi"] = "can you", ["fedrwch chi"] = "can you",
        ["ydw i yn cael"] = "am i allowed to", ["odw i yn cael"] = "am i allowed to", ["ydyn ni yn cael"] = "are we allowed to",
        ["yden ni yn cael"] = "are we allowed to", ["ydy staff yn cael"] = "are staff allowed to", ["ydy athrawon yn cael"] = "are teachers allowed to",
        ["wyt ti yn cael"] = "are you allowed to", ["ydych chi yn cael"] = "are you allowed to", ["dw i ddim yn cael"] = "i am not allowed to",
        ["dwi ddim yn cael"] = "i am not allowed to", ["oes modd"] = "is it possible", ["a oes modd"] = "is it possible", ["plis"] = "please",
        ["ydy o yn iawn"] = "is it ok", ["ydi o yn iawn"] = "is it ok", ["ydi hi yn iawn"] = "is it ok", ["ydi e yn iawn"] = "is it ok",
        ["odi fe yn iawn"] = "is it ok", ["odi e yn iawn"] = "is it ok", ["odi hi yn iawn"] = "is it ok", ["odi"] = "is", ["ydio"] = "is it",
        ["ydy o"] = "is it", ["ydi o"] = "is it", ["ydi hi"] = "is it", ["ydi e"] = "is it", ["odi fe"] = "is it", ["odi e"] = "is it",
        ["derbyniol"] = "acceptable", ["annerbyniol"] = "unacceptable", ["addas"] = "appropriate", ["anaddas"] = "inappropriate",
        ["priodol"] = "appropriate", ["amhriodol"] = "inappropriate", ["proffesiynol"] = "professional", ["amhroffesiynol"] = "unprofessional",
        ["cyfreithlon"] = "legal", ["anghyfreithlon"] = "illegal", ["yn erbyn y rheolau"] = "against the rules", ["yn erbyn y polisi"] = "against the policy",
        ["trafferth"] = "trouble", ["mewn trafferth"] = "in trouble", ["disgyblaeth"] = "discipline", ["camymddwyn"] = "misconduct",
        ["camymddwyn difrifol"] = "gross misconduct", ["cael y sac"] = "get sacked", ["sac"] = "sack", ["rhybudd ysgrifenedig"] = "written warning",
        ["gwrandawiad disgyblu"] = "disciplinary hearing", ["disgyblu"] = "disciplinary", ["cynnwys"] = "include", ["cynnwys amhriodol"] = "inappropriate content",
        // The speaker and the people in a sentence, North and South.
        ["dw i"] = "i am", ["rwy"] = "i am", ["rwyf"] = "i am", ["rydw i"] = "i am", ["rwy i"] = "i am", ["dwi ddim"] = "i am not",
        ["dw i ddim"] = "i am not", ["dydw i ddim"] = "i am not", ["sa i"] = "i am not", ["sai"] = "i am not", ["smo fi"] = "i am not",
        ["o yn i"] = "i was", ["ro yn i"] = "i was", ["roeddwn i"] = "i was", ["oeddwn i"] = "i was", ["roedden i"] = "i was",
        ["wnes i"] = "i did", ["nes i"] = "i did", ["mi wnes i"] = "i did", ["fydd"] = "will", ["fyddai"] = "would", ["byddai"] = "would",
        ["fyddwn i"] = "i would", ["gallai"] = "could", ["mae o"] = "he", ["mae e"] = "he", ["mae fe"] = "he", ["mae hi"] = "she",
        ["roedd o"] = "he was", ["roedd e"] = "he was", ["roedd hi"] = "she was", ["chdi"] = "you", ["fo"] = "him", ["mi"] = "me",
        ["i fi"] = "to me", ["i mi"] = "to me", ["hwn"] = "this", ["hon"] = "this", ["hwnnw"] = "that", ["honno"] = "that",
        ["rhain"] = "these", ["rheina"] = "those", ["ata i"] = "to me", ["ata"] = "to", ["ati"] = "to her", ["ato"] = "to him",
        ["atyn nhw"] = "to them", ["arna i"] = "on me", ["arno"] = "on him", ["arni"] = "on her", ["arno fo"] = "on it",
        ["gynnon ni"] = "we have", ["gynno fo"] = "he has", ["gynni hi"] = "she has", ["gen ti"] = "you have", ["gynnoch chi"] = "you have",
        ["gynnyn nhw"] = "they have", ["yn fy erbyn"] = "against me", ["yn fy erbyn i"] = "against me", ["i fod"] = "to be",
        ["am fod"] = "about being", ["bod yn"] = "be", ["fod yn"] = "be", ["bod wedi"] = "have", ["fod wedi"] = "have", ["oes rhaid i"] = "must",
        ["rhaid i"] = "must", ["oes rhaid i fi"] = "do i have to", ["oes rhaid i mi"] = "do i have to", ["rhaid i fi"] = "i must", ["rhaid i mi"] = "i must", ["wedi bod"] = "has been", ["heb fod"] = "without being", ["yn y"] = "in the",
        ["son"] = "mention", ["man"] = "place", ["fan hyn"] = "here", ["fan yma"] = "here", ["call"] = "sensible", ["tan"] = "until",
        ["ar ran"] = "on behalf of", ["lle"] = "where", ["lle mae"] = "where is", ["pa"] = "which", ["pa mor"] = "how", ["faint"] = "how much",
        ["be sy"] = "what is", ["pwy sy"] = "who is",
        // Negation: "dim ond" is "only", not a negative.
        ["dim ond"] = "only", ["ddim ond"] = "only", ["byth"] = "never", ["erioed"] = "never", ["chwaith"] = "either", ["nac"] = "nor",
        ["does neb"] = "there is nobody", ["dim un"] = "not one", ["dim plant"] = "no children", ["dim disgyblion"] = "no pupils",
        ["dim wynebau"] = "no faces", ["heb wynebau"] = "without faces", ["dim enwau"] = "no names", ["heb enwau"] = "without names",
        ["heb enwi"] = "without naming", ["dim enw"] = "no name",
        // Time.
        ["awr ginio"] = "lunch hour", ["awr cinio"] = "lunch hour", ["cinio"] = "lunch", ["ar ol ysgol"] = "after school",
        ["ar ol gwaith"] = "after work", ["cyn ysgol"] = "before school", ["yn y bore"] = "in the morning", ["gyda y hwyr"] = "in the evening",
        ["hwyr"] = "late", ["dros y penwythnos"] = "over the weekend", ["gwyliau pasg"] = "easter holidays", ["pasg"] = "easter",
        ["oriau ysgol"] = "school hours", ["oriau"] = "hours", ["munud"] = "minute", ["munudau"] = "minutes", ["pythefnos"] = "fortnight",
        ["diwethaf"] = "last", ["dwetha"] = "last", ["diwetha"] = "last", ["llynedd"] = "last year", ["yfory"] = "tomorrow",
        ["fory"] = "tomorrow", ["heddi"] = "today", ["ar hyn o bryd"] = "at the moment", ["ar unwaith"] = "immediately",
        ["yn syth"] = "straight away", ["cyn bo hir"] = "soon", ["dydd llun"] = "monday", ["dydd mercher"] = "wednesday",
        ["dydd iau"] = "thursday", ["dydd gwener"] = "friday", ["dydd mawrth"] = "tuesday", ["mercher"] = "wednesday",
        ["bore llun"] = "monday morning", ["nos lun"] = "monday night", ["nos wener"] = "friday night", ["nos sadwrn"] = "saturday night",
        ["nos sul"] = "sunday night", ["yn ystod amser gwersi"] = "during lessons",
        ["yn ystod oriau ysgol"] = "during school hours", ["yn ystod y dydd"] = "during the school day", ["amser gwersi"] = "lesson time",
        // Urgency and family.
        ["argyfwng"] = "emergency", ["argyfwng teuluol"] = "family emergency", ["ar frys"] = "urgently", ["meddyg"] = "doctor",
        ["apwyntiad"] = "appointment", ["ambiwlans"] = "ambulance", ["gofal plant"] = "childcare", ["meithrinfa"] = "nursery",
        ["gwarchodwr"] = "childminder", ["ffon yn canu"] = "phone ringing", ["ffon wedi canu"] = "phone rang", ["galwad frys"] = "urgent call",
        ["nain"] = "grandma", ["taid"] = "grandad", ["mam gu"] = "grandma", ["tad cu"] = "grandad", ["mamgu"] = "grandma", ["tadcu"] = "grandad",
        ["modryb"] = "aunt", ["ewythr"] = "uncle", ["yncl"] = "uncle", ["cymydog"] = "neighbour", ["cariad"] = "partner",
        ["ffrind gorau"] = "best friend", ["marw"] = "died", ["wedi marw"] = "died", ["marwolaeth"] = "death", ["angladd"] = "funeral",
        ["profedigaeth"] = "bereavement",
        // Consent.
        ["gyda caniatad"] = "with permission", ["efo caniatad"] = "with permission", ["cydsyniad"] = "consent",
        ["ffurflen ganiatad"] = "consent form", ["ffurflen caniatad"] = "consent form", ["ffurflen"] = "form", ["rhoi caniatad"] = "give permission",
        ["wedi rhoi caniatad"] = "have given permission", ["wedi cytuno"] = "agreed", ["caniatad y rhieni"] = "parents permission",
        ["caniatad rhieni"] = "parents permission",
        // People.
        ["dysgwr"] = "learner", ["dysgwyr"] = "learners", ["myfyriwr"] = "student", ["myfyrwyr"] = "students", ["plant bach"] = "little ones",
        ["hogyn"] = "boy", ["hogan"] = "girl", ["hogia"] = "boys", ["genod"] = "girls", ["crwt"] = "boy", ["croten"] = "girl",
        ["cyd weithiwr"] = "colleague", ["cyd gweithiwr"] = "colleague", ["cyd gweithwyr"] = "colleagues", ["gweithiwr"] = "worker",
        ["staff cymorth"] = "support staff", ["cymhorthydd dysgu"] = "teaching assistant", ["cynorthwyydd dysgu"] = "teaching assistant",
        ["cynorthwywyr dysgu"] = "teaching assistants", ["athro cyflenwi"] = "supply teacher", ["athrawes cyflenwi"] = "supply teacher",
        ["cyflenwi"] = "supply", ["parhaol"] = "permanent", ["dros dro"] = "temporary", ["rhan amser"] = "part time",
        ["dirprwy bennaeth"] = "deputy head", ["pennaeth cynorthwyol"] = "assistant head", ["uwch dim arwain"] = "slt",
        ["tim arwain"] = "leadership team", ["awdurdod lleol"] = "local authority", ["cyngor sir"] = "council", ["cynghorydd"] = "councillor",
        ["llywodraeth"] = "government", ["llywodraeth cymru"] = "welsh government", ["undeb"] = "union", ["pobl"] = "people",
        ["gwirfoddolwr"] = "volunteer", ["cadeirydd"] = "chair", ["rheolwr"] = "manager", ["rheolwr busnes"] = "business manager",
        ["cogydd"] = "cook", ["staff y gegin"] = "kitchen staff", ["goruchwyliwr"] = "supervisor", ["heddwas"] = "police officer",
        ["oedolyn"] = "adult", ["oedolion"] = "adults", ["dan oed"] = "under age", ["arddegau"] = "teens", ["ifanc"] = "young",
        ["cyn aelod"] = "former member", ["cyn gydweithiwr"] = "former colleague", ["cyn cydweithiwr"] = "former colleague",
        // Social media, messages and devices.
        ["gwefannau cymdeithasol"] = "social media", ["rhwydweithio cymdeithasol"] = "social networking", ["ap"] = "app", ["apiau"] = "apps",
        ["neges destun"] = "text message", ["negeseuon testun"] = "text messages", ["neges breifat"] = "private message", ["negesu"] = "message",
        ["sgwrs"] = "chat", ["sgwrs grwp"] = "group chat", ["grwp sgwrsio"] = "group chat", ["ffrydio"] = "stream", ["yn fyw"] = "live",
        ["byw"] = "living", ["licio"] = "like", ["leicio"] = "like", ["ymateb"] = "reply", ["dileu"] = "delete", ["tynnu i lawr"] = "take down",
        ["blocio"] = "block", ["rhwystro"] = "block", ["dad ddilyn"] = "unfollow", ["dilynwr"] = "follower", ["ceisiadau ffrind"] = "friend requests",
        ["ceisiadau"] = "requests", ["gwrthod"] = "refuse", ["anwybyddu"] = "ignore", ["adrodd"] = "report", ["riportio"] = "report",
        ["rhoi gwybod"] = "tell", ["llun sgrin"] = "screenshot", ["llun proffil"] = "profile picture", ["hashnod"] = "hashtag",
        ["dolen"] = "link", ["ffon bersonol"] = "personal phone", ["ffon gwaith"] = "work phone", ["ffon y ysgol"] = "school phone",
        ["clustffonau"] = "headphones", ["oriawr clyfar"] = "smartwatch", ["argraffu"] = "print", ["ebostio"] = "email",
        ["cyfrifiaduron"] = "computers", ["cyfrifiaduron y ysgol"] = "school computers", ["gliniaduron"] = "laptops",
        ["bwrdd gwyn rhyngweithiol"] = "interactive whiteboard", ["rhyngweithiol"] = "interactive", ["dyfais"] = "device", ["dyfeisiau"] = "devices",
        ["cyfrif personol"] = "personal account", ["cyfrif preifat"] = "private account", ["gyrru neges"] = "send a message",
        ["gyrru negeseuon"] = "send messages", ["danfon"] = "send", ["hala"] = "send", ["postiadau"] = "posts", ["fy mhostiadau"] = "my posts",
        // Tone: criticism, complaint, mockery and insult.
        ["rhegi"] = "swear", ["rheg"] = "swearing", ["iaith gref"] = "strong language", ["ymosod ar"] = "attack", ["ymosodol"] = "aggressive",
        ["enllib"] = "libel", ["enllibus"] = "defamatory", ["athrod"] = "slander", ["homoffobig"] = "homophobic", ["rhywiaethol"] = "sexist",
        ["gwahaniaethu"] = "discriminate", ["bygythiol"] = "threatening", ["aflonyddu"] = "harass", ["casineb"] = "hate",
        ["gwirion"] = "silly", ["hurt"] = "ridiculous", ["chwerthinllyd"] = "ridiculous", ["rhagrithiol"] = "hypocritical", ["cachu"] = "crap",
        ["blydi"] = "bloody", ["llond bol"] = "fed up", ["wedi cael llond bol"] = "fed up", ["wedi cael digon"] = "had enough", ["grac"] = "angry",
        ["crac"] = "angry", ["blin"] = "angry", ["gwylltio"] = "angry", ["siomedig"] = "disappointed", ["rhwystredig"] = "frustrated",
        ["anhapus"] = "unhappy", ["cywilyddus"] = "disgraceful", ["diwerth"] = "worthless", ["drwg"] = "bad", ["gwaeth"] = "worse",
        ["gwaethaf"] = "worst", ["sbeitlyd"] = "spiteful", ["coeglyd"] = "sarcastic", ["sarcastig"] = "sarcastic", ["coegni"] = "sarcasm",
        ["jocian"] = "joking", ["gwatwar"] = "mock", ["cymryd y mic"] = "take the mick", ["beio"] = "blame", ["rhoi y bai ar"] = "blame",
        ["ymgyrchu"] = "campaign", ["cefnogi"] = "support", ["arwyddo"] = "sign", ["pleidleisio"] = "vote", ["streic"] = "strike",
        ["streicio"] = "strike", ["tal"] = "pay", ["codiad cyflog"] = "pay rise", ["llwyth gwaith"] = "workload", ["toriadau"] = "cuts",
        ["cyllid"] = "funding", ["rheolaeth"] = "management", ["newidiadau"] = "changes", ["dwl bared"] = "stupid", ["twpsod"] = "idiots",
        ["yn dda"] = "good", ["da iawn"] = "very good",
        // Confidential matters.
        ["gwybodaeth"] = "information", ["gwybodaeth gyfrinachol"] = "confidential information", ["gwybodaeth bersonol"] = "personal information",
        ["diogelu"] = "safeguarding", ["pryder diogelu"] = "safeguarding concern", ["camdriniaeth"] = "abuse", ["cam drin"] = "abuse",
        ["esgeulustod"] = "neglect", ["hunan niweidio"] = "self harm", ["iechyd meddwl"] = "mental health", ["iechyd"] = "health",
        ["absenoldeb"] = "absence", ["absenoldeb salwch"] = "sick leave", ["beichiogrwydd"] = "pregnancy", ["gwahanu"] = "separating",
        ["prydau ysgol am ddim"] = "free school meals", ["cofnod"] = "record", ["asesiad"] = "assessment", ["canlyniad"] = "result",
        ["cyfweliad"] = "interview", ["cwyn ffurfiol"] = "formal complaint", ["cyfarfod staff"] = "staff meeting", ["sion"] = "rumours",
        ["hel clecs"] = "gossip",
        // School life.
        ["gwisg ysgol"] = "school uniform", ["gwisg"] = "uniform", ["gwaith cartref"] = "homework", ["cartref"] = "home", ["llyfr"] = "book",
        ["arddangosfa"] = "display", ["noson rieni"] = "parents evening", ["noson agored"] = "open evening", ["diwrnod hyfforddiant"] = "inset day",
        ["hms"] = "inset", ["diwrnod hms"] = "inset day", ["perfformio"] = "perform", ["perfformiad"] = "performance", ["ymarfer"] = "practice",
        ["preswyl"] = "residential", ["gwersyll"] = "camp", ["clwb ar ol ysgol"] = "after school club", ["rygbi"] = "rugby",
        ["pel rwyd"] = "netball", ["ymarfer corff"] = "pe", ["gwyddoniaeth"] = "science", ["saesneg"] = "english", ["celf"] = "art",
        ["ysgol uwchradd"] = "secondary school", ["uwchradd"] = "secondary", ["ysgol gynradd"] = "primary school", ["cynradd"] = "primary",
        ["cylch meithrin"] = "nursery", ["amserlen"] = "timetable", ["cofrestr"] = "register", ["marcio"] = "marking", ["taflen waith"] = "worksheet",
        ["adnoddau"] = "resources", ["cynllun gwers"] = "lesson plan", ["gwobr"] = "award", ["giat"] = "gate", ["gatiau"] = "gates",
        ["coridor"] = "corridor", ["maes chwarae"] = "playground", ["buarth"] = "playground", ["ystafell athrawon"] = "staffroom",
        ["ffreutur"] = "canteen", ["llyfrgell"] = "library", ["adeilad"] = "building", ["siop"] = "shop", ["ty"] = "house",
        ["gwers ddarllen"] = "reading lesson", ["glanhau"] = "cleaning", ["casglu"] = "collect", ["cau"] = "close", ["agor"] = "open",
        // Everyday words, so that a question is read whole.
        ["llawer"] = "lots", ["gormod"] = "too much", ["digon"] = "enough", ["mwy"] = "more", ["llai"] = "less", ["pob"] = "every",
        ["rhywle"] = "somewhere", ["unman"] = "anywhere", ["eisoes"] = "already", ["yn barod"] = "already", ["bron"] = "almost",
        ["tua"] = "about", ["ynglyn a"] = "about", ["ynghylch"] = "about", ["gan fod"] = "because", ["oherwydd"] = "because",
        ["er"] = "although", ["er bod"] = "even though", ["pe bai"] = "if", ["petai"] = "if", ["hyd yn oed"] = "even", ["efallai"] = "maybe",
        ["falle"] = "maybe", ["ella"] = "maybe", ["wir"] = "really", ["rili"] = "really", ["bach"] = "little", ["hir"] = "long", ["byr"] = "short",
        ["gwahanol"] = "different", ["tebyg"] = "similar", ["arbennig"] = "special", ["cyffredinol"] = "general", ["penodol"] = "specific",
        ["enw ffug"] = "fake name", ["llysenw"] = "nickname", ["cudd"] = "hidden", ["trist"] = "sad", ["poeni"] = "worried", ["ofn"] = "afraid",
        ["cyffrous"] = "excited", ["neis"] = "nice", ["hyfryd"] = "lovely", ["gret"] = "great", ["anhygoel"] = "amazing", ["cwl"] = "cool",
        ["digri"] = "funny", ["digrif"] = "funny", ["cofio"] = "remember", ["anghofio"] = "forget", ["deall"] = "understand",
        ["esbonio"] = "explain", ["trefnu"] = "organise", ["paratoi"] = "prepare", ["addysgu"] = "teaching", ["chwilio"] = "search",
        ["prynu"] = "buy", ["gwerthu"] = "sell", ["hysbysebu"] = "advertise", ["hyrwyddo"] = "promote", ["codi arian"] = "fundraising",
        ["elusen"] = "charity", ["ymweld"] = "visit", ["cwrdd"] = "meet", ["cysylltu"] = "contact", ["cysylltu a"] = "contact",
        ["cyswllt"] = "contact", ["yfed"] = "drinking", ["bwyta"] = "eating", ["cysgu"] = "sleeping", ["gweiddi"] = "shouting",
        ["rhagor"] = "anymore", ["bellach"] = "now", ["cyfrifol"] = "responsible", ["tystiolaeth"] = "evidence", ["arwydd"] = "sign",
        ["arwyddion"] = "signs", ["rhybuddio"] = "warn", ["cardiau"] = "cards", ["cerdyn"] = "card", ["shifft"] = "shift",
        ["yn cyfrif"] = "count", ["cyfrif fel"] = "count as", ["yn cyfrif fel"] = "count as", ["trin"] = "treat", ["hunan"] = "self",
        ["ei hunan"] = "themselves", ["fy hunan"] = "myself", ["gwneud yn siwr"] = "make sure",
        ["caerdydd"] = "cardiff", ["cymru"] = "wales", ["abertawe"] = "swansea", ["casnewydd"] = "newport", ["penarth"] = "penarth",
        // Prepositions that take a clause, the object pronoun "ei" before a verb, and "mae o'n".
        ["cyn i"] = "before", ["cyn i y ysgol ei cyhoeddi"] = "before the school announces it",
        ["cyn i y pennaeth ei cyhoeddi"] = "before the head announces it", ["cyn iddi ei cyhoeddi"] = "before she announces it",
        ["cyn iddo ei cyhoeddi"] = "before he announces it", ["cyn iddyn nhw ei cyhoeddi"] = "before they announce it",
        ["cyn cyhoeddi"] = "before its announced", ["cyn ei cyhoeddi"] = "before its announced", ["cyn iddo gael ei cyhoeddi"] = "before its announced",
        ["heb ei cyhoeddi"] = "not announced", ["heb gael ei cyhoeddi"] = "not been announced", ["ddim wedi ei cyhoeddi"] = "not announced",
        ["ddim wedi cael ei cyhoeddi"] = "not been announced", ["wedi ei cyhoeddi"] = "been announced", ["wedi cael ei cyhoeddi"] = "been announced",
        ["ddim yn gyhoeddus eto"] = "not public yet", ["ddim yn cyhoeddus eto"] = "not public yet", ["ar ol i"] = "after", ["er mwyn i"] = "so that", ["heb i"] = "without", ["nes i ni"] = "until we",
        ["ei cyhoeddi"] = "announce it", ["ei rhannu"] = "share it", ["ei postio"] = "post it", ["ei derbyn"] = "accept them",
        ["ei dilyn"] = "follow them", ["ei blocio"] = "block them", ["ei riportio"] = "report it", ["ei dileu"] = "delete it",
        ["ei ateb"] = "reply to them", ["ei enwi"] = "name them", ["ei ychwanegu"] = "add them", ["ei gwahodd"] = "invite them",
        ["ei tagio"] = "tag them", ["ei ffilmio"] = "film it", ["ei hoffi"] = "like it", ["ei anfon"] = "send it", ["ei dangos"] = "show it",
        ["ei defnyddio"] = "use it", ["ei gwylio"] = "watch it", ["ei darllen"] = "read it", ["ei gweld"] = "see it", ["ei cuddio"] = "hide it",
        ["eu derbyn"] = "accept them", ["eu dilyn"] = "follow them", ["eu postio"] = "post them", ["eu rhannu"] = "share them",
        ["eu enwi"] = "name them", ["eu tagio"] = "tag them", ["eu ychwanegu"] = "add them", ["eu blocio"] = "block them",
        ["mae o yn"] = "he is", ["mae e yn"] = "he is", ["mae fe yn"] = "he is", ["mae hi yn"] = "she is", ["maen nhw yn"] = "they are",
        ["mae nhw yn"] = "they are", ["ma nhw yn"] = "they are", ["roedd o yn"] = "he was", ["roedd e yn"] = "he was", ["roedd hi yn"] = "she was",
        ["yn gwaith"] = "at work", ["ar y bwrdd gwyn rhyngweithiol"] = "on the interactive whiteboard",
        ["blwyddyn cyntaf"] = "first year", ["gosod"] = "set", ["sylwebu"] = "comment", ["ymddangos"] = "appear", ["cydnabod"] = "recognise", ["adnabod"] = "identify",
        ["adnabyddadwy"] = "identifiable", ["hunlun"] = "selfie", ["hunluniau"] = "selfies", ["ril"] = "reel", ["ffrwd byw"] = "livestream",
        ["darlledu"] = "broadcast", ["ail postio"] = "repost", ["ail trydar"] = "retweet", ["ailrannu"] = "share", ["ail rhannu"] = "share",
        ["dyfynnu"] = "quote", ["tynnu sylw"] = "point out", ["cecru"] = "bicker", ["dadlau"] = "argue", ["ffraeo"] = "quarrel",
        ["sarhad"] = "insult", ["bychanu"] = "belittle", ["codi cywilydd"] = "embarrass", ["dwyn anfri"] = "bring into disrepute",
        ["enw da"] = "reputation", ["delwedd"] = "image", ["ethos"] = "ethos", ["safonau"] = "standards", ["cyngor y gweithlu addysg"] = "ewc",
        ["cga"] = "ewc", ["cod ymddygiad"] = "code of conduct", ["cod"] = "code", ["person dynodedig"] = "dsl", ["cyfrinachedd"] = "confidentiality",
        ["gdpr"] = "gdpr", ["ysgrifenedig"] = "written", ["cydsynio"] = "consent", ["ffurflen cydsynio"] = "consent form",
        ["optio allan"] = "opted out", ["wedi optio allan"] = "opted out", ["arholiad"] = "exam", ["canlyniadau arholiad"] = "exam results",
        ["presenoldeb"] = "attendance", ["ymddiheuro"] = "apologise", ["ymddiswyddiad"] = "resignation", ["achwyn"] = "complain",
        ["di werth"] = "worthless", ["di enw"] = "anonymous", ["rybish"] = "rubbish", ["iwsles"] = "useless", ["llun grwp"] = "group photo",
        ["fideo byr"] = "short video", ["dy"] = "your", ["gofalu"] = "care", ["pryderu"] = "worry", ["cadarnhau"] = "confirm", ["derbyniais"] = "i accepted",
        ["dwedais"] = "i said", ["dywedais"] = "i said", ["perthynas"] = "relative", ["cymuned"] = "community", ["cymdogion"] = "neighbours",
        ["pentrefwyr"] = "villagers", ["gwesty"] = "hotel", ["bwyty"] = "restaurant", ["maes awyr"] = "airport", ["parc"] = "park",
        ["canolfan hamdden"] = "leisure centre", ["pwll nofio"] = "swimming pool", ["eglwys"] = "church", ["capel"] = "chapel",
        ["bedydd"] = "christening", ["cynhadledd"] = "conference", ["cwrs"] = "course", ["gradd"] = "degree", ["dyrchafiad"] = "promotion",
        ["gwyliau blynyddol"] = "annual leave", ["blynyddol"] = "annual", ["hydref"] = "autumn", ["gwanwyn"] = "spring", ["tren"] = "train",
        ["car"] = "car", ["campfa"] = "gym", ["agos"] = "close", ["dyweddi"] = "fiance", ["llysfab"] = "stepson", ["llysferch"] = "stepdaughter",
        ["wyr"] = "grandson", ["wyres"] = "granddaughter", ["cydlynydd"] = "coordinator", ["mentor"] = "mentor", ["swyddog"] = "officer",
        ["swyddog lles"] = "welfare officer", ["lles"] = "wellbeing", ["seicolegydd addysg"] = "educational psychologist",
        ["ieuenctid"] = "youth", ["gweithiwr ieuenctid"] = "youth worker", ["hyfforddwr"] = "coach", ["gwirfoddolwyr"] = "volunteers",
        ["gwarcheidwad"] = "guardian", ["rhieni maeth"] = "foster parents", ["ohoni hi"] = "of her", ["ohono fo"] = "of him", ["ohono fe"] = "of him", ["ohono e"] = "of him",
        ["diwrnod cyntaf"] = "first day", ["wythnos cyntaf"] = "first week", ["fy merch"] = "my daughter", ["fy merch i"] = "my daughter",
        ["dosbarth meithrin"] = "nursery class", ["does dim un"] = "there is not a single", ["wal arddangos"] = "display wall",
        ["arddangos"] = "display", ["cynllunio"] = "planning", ["cyfnod salwch"] = "sick leave", ["ar cyfnod salwch"] = "on sick leave",
        ["dw i heb"] = "i have not", ["dwi heb"] = "i have not", ["rwy heb"] = "i have not", ["mae hi heb"] = "she has not",
        ["mae o heb"] = "he has not", ["mae e heb"] = "he has not", ["heb dweud wrth neb"] = "not told anyone",
        ["heb dweud wrth neb eto"] = "not told anyone yet", ["cyn i mi"] = "before i", ["cyn i fi"] = "before i", ["ar ol i mi"] = "after i",
        ["ar ol i fi"] = "after i", ["er mwyn i mi"] = "so that i", ["beth os"] = "what if", ["be os"] = "what if", ["a be am"] = "and what about", ["gwaith celf"] = "artwork", ["wedi gwneud"] = "have made", ["ei rhoi"] = "put it", ["eu rhoi"] = "put them",
        ["disgwyl"] = "expecting", ["disgwyl galwad"] = "expecting a call", ["am canlyniadau"] = "about the results of",
        ["disgwyl canlyniadau"] = "waiting for test results", ["poced"] = "pocket",
        ["ffeindio"] = "find", ["fy ffeindio"] = "found me", ["hunllef"] = "nightmare", ["ariannol"] = "financial",
        ["trafferthion ariannol"] = "money trouble", ["y hyn"] = "what", ["a dywedodd"] = "said", ["dywedodd"] = "said",
        ["dwedodd"] = "said", ["a dwedodd"] = "said", ["at"] = "to", ["her"] = "her", ["galwad fideo"] = "video call", ["galwad ffon"] = "phone call",
        ["neges llais"] = "voice message", ["llais"] = "voice", ["rhif"] = "number", ["rhifau"] = "numbers", ["peidio"] = "not",
        ["peidio a"] = "not to", ["ennill"] = "win", ["erthygl"] = "article", ["papur newydd"] = "newspaper", ["nad"] = "not",
        ["symud"] = "move", ["teg"] = "fair", ["rhag"] = "from", ["meddygfa"] = "gp surgery", ["creu"] = "create", ["diwedd"] = "end",
        ["gyrru y bws"] = "drive the bus", ["gyrru y bws mini"] = "drive the minibus", ["gyrru car"] = "drive a car",
        ["yn fy enw"] = "in my name", ["wedi fy gwahardd"] = "has banned me", ["negyddol"] = "negative", ["cadarnhaol"] = "positive",
        ["annifyr"] = "unpleasant", ["anweddus"] = "indecent", ["diwrnod gwael"] = "bad day", ["wythnos gwael"] = "bad week", ["diwrnod ofnadwy"] = "awful day",
        ["na neb"] = "or anyone", ["na y"] = "or the", ["na y plant"] = "or the children", ["mod i"] = "that i", ["fy mod i"] = "that i", ["mod"] = "that i", ["yn cadoxton"] = "at cadoxton",
        ["fyddan"] = "will", ["fyddan nhw"] = "will they", ["mai fi oedd o"] = "it was me", ["mai fi oedd e"] = "it was me",
        ["mai fi oedd"] = "it was me", ["blinedig"] = "tired", ["ei gwneud"] = "do", ["eu gwneud"] = "do them", ["eu dileu"] = "delete them",
        ["cae chwarae"] = "playground", ["eu cadw"] = "keep them", ["ei cadw"] = "keep it", ["pethe"] = "things", ["prawf"] = "test", ["jins"] = "jeans", ["yn gaib"] = "drunk", ["gaib"] = "drunk",
        ["trwy"] = "through", ["drwy"] = "through", ["pwysig"] = "important", ["cyrraedd"] = "arrive", ["ffesbwc"] = "facebook",
        ["gweplyfr"] = "facebook", ["likio"] = "like", ["slagio"] = "slag", ["slagio off"] = "slagging off", ["adra"] = "home",
        ["be wna i"] = "what should i do", ["beth wna i"] = "what should i do", ["wna i"] = "will i", ["uwch dim rheoli"] = "senior management team",
        ["fy tagio"] = "tag me", ["wedi fy tagio"] = "has tagged me", ["fy blocio"] = "block me", ["fy ychwanegu"] = "add me",
        ["fy dilyn"] = "follow me", ["fy enwi"] = "name me", ["wedi fy enwi"] = "has named me", ["fy ffonio"] = "ring me",
        ["fy trin"] = "treat me", ["fy beirniadu"] = "criticise me", ["fy galw"] = "call me", ["fy negesu"] = "message me",
        ["fy gwahodd"] = "invite me", ["fy riportio"] = "report me", ["fy ffilmio"] = "film me", ["sy yn lladd ar"] = "slagging off", ["sy yn beirniadu"] = "criticising", ["sy yn cwyno am"] = "complaining about",
        ["sy yn gwneud hwyl am ben"] = "making fun of", ["sy yn gwawdio"] = "mocking", ["hoffi post"] = "like a post", ["rhannu post"] = "share a post",
        ["hoffi neges"] = "like a message", ["hoffi sylw"] = "like a comment", ["rhannu neges"] = "share a message", ["wedi eu cuddio"] = "hidden",
        ["wedi ei cuddio"] = "hidden", ["wedi eu blurio"] = "blurred", ["wedi ei blurio"] = "blurred", ["wedi eu pixelio"] = "pixelated",
        ["efo eu"] = "with their", ["gyda eu"] = "with their", ["efo ei"] = "with his", ["gyda ei"] = "with his", ["sbio"] = "look", ["sbio ar"] = "look at", ["sbecian"] = "look", ["caru"] = "love", ["gosod yn preifat"] = "set to private", ["yn preifat"] = "private", ["newydd bod"] = "just been", ["yna"] = "there", ["sy yna"] = "it is", ["cyfrif swyddogol"] = "official account",
        // Seeing and reporting someone else's post; saying whatever one wants.
        ["be dw i fod i neud"] = "what should i do",
        ["beth dw i fod i wneud"] = "what should i do",
        ["beth dw i fod i neud"] = "what should i do",
        ["be ddylwn i neud"] = "what should i do",
        ["be ddylwn i wneud"] = "what should i do",
        ["ddylen i ddweud wrth rywun"] = "should i tell someone",
        ["dylen i ddweud wrth rywun"] = "should i tell someone",
        ["di"] = "has",
        ["wedi gweld"] = "have seen",
        ["dw i wedi gweld"] = "i have seen",
        ["dw i di gweld"] = "i have seen",
        ["os dw i yn gweld"] = "if i see",
        ["beth dw i moyn"] = "whatever i want",
        ["beth dw i eisiau"] = "whatever i want",
        ["beth bynnag"] = "whatever",
        ["post gan"] = "a post by",
        ["enwau y plant"] = "names the children",
        ["aros am ganlyniadau"] = "waiting for test results",
        ["canlyniadau o y ysbyty"] = "test results from the hospital",
        ["y gwr"] = "my husband",
        // "Mae athro yn postio…": yn with a verb is what someone is doing.
        ["yn postio"] = "is posting",
        ["yn rhannu"] = "is sharing",
        ["yn anfon"] = "is sending",
        ["yn tynnu lluniau"] = "is taking photos",
        ["yn ffilmio"] = "is filming",
        ["yn defnyddio"] = "is using",
        ["yn negesu"] = "is messaging",
        ["yn tecstio"] = "is texting",
        // …but "dw i'n postio" is what the asker is doing.
        ["dwi yn postio"] = "i am posting",
        ["dwi yn rhannu"] = "i am sharing",
        ["dwi yn anfon"] = "i am sending",
        ["dwi yn ffilmio"] = "i am filming",
        ["dwi yn defnyddio"] = "i am using",
        ["dwi yn negesu"] = "i am messaging",
        ["dwi yn tecstio"] = "i am texting",
        ["dw i yn postio"] = "i am posting",
        ["dw i yn rhannu"] = "i am sharing",
        ["dw i yn anfon"] = "i am sending",
        ["dw i yn ffilmio"] = "i am filming",
        ["dw i yn defnyddio"] = "i am using",
        ["dw i yn negesu"] = "i am messaging",
        ["dw i yn tecstio"] = "i am texting",
        ["rydw i yn postio"] = "i am posting",
        ["rydw i yn rhannu"] = "i am sharing",
        ["rydw i yn anfon"] = "i am sending",
        ["rydw i yn ffilmio"] = "i am filming",
        ["rydw i yn defnyddio"] = "i am using",
        ["rydw i yn negesu"] = "i am messaging",
        ["rydw i yn tecstio"] = "i am texting",
        ["ydw i yn postio"] = "i am posting",
        ["ydw i yn rhannu"] = "i am sharing",
        ["ydw i yn anfon"] = "i am sending",
        ["ydw i yn ffilmio"] = "i am filming",
        ["ydw i yn defnyddio"] = "i am using",
        ["ydw i yn negesu"] = "i am messaging",
        ["ydw i yn tecstio"] = "i am texting",
        ["wi yn postio"] = "i am posting",
        ["wi yn rhannu"] = "i am sharing",
        ["wi yn anfon"] = "i am sending",
        ["wi yn ffilmio"] = "i am filming",
        ["wi yn defnyddio"] = "i am using",
        ["wi yn negesu"] = "i am messaging",
        ["wi yn tecstio"] = "i am texting",
        ["os dwi yn postio"] = "if i am posting",
        ["os dwi yn rhannu"] = "if i am sharing",
        ["os dwi yn anfon"] = "if i am sending",
        ["os dwi yn ffilmio"] = "if i am filming",
        ["os dwi yn defnyddio"] = "if i am using",
        ["os dwi yn negesu"] = "if i am messaging",
        ["os dwi yn tecstio"] = "if i am texting",
        ["os dw i yn postio"] = "if i am posting",
        ["os dw i yn rhannu"] = "if i am sharing",
        ["os dw i yn anfon"] = "if i am sending",
        ["os dw i yn ffilmio"] = "if i am filming",
        ["os dw i yn defnyddio"] = "if i am using",
        ["os dw i yn negesu"] = "if i am messaging",
        ["os dw i yn tecstio"] = "if i am texting",
        // Round 5: word families met in new voices (South and North, Wenglish, texting, learners). Radical forms: the
        // mutations are undone before lookup.
        // How many: consent from some is not consent from all ("ond dim pawb", "heblaw un", "pob un").
        ["dim pawb"] = "not everyone", ["ddim pawb"] = "not everyone", ["nid pawb"] = "not everyone", ["dim i gyd"] = "not all",
        ["ddim i gyd"] = "not all", ["nid i gyd"] = "not all", ["dim pob un"] = "not every one", ["ddim pob un"] = "not every one",
        ["dim pob rhiant"] = "not every parent", ["pob un"] = "every one", ["pob plentyn"] = "every child",
        ["pob rhiant"] = "every parent", ["heblaw"] = "except", ["heblaw am"] = "except", ["ar wahan i"] = "apart from",
        ["y rhan fwyaf"] = "most", ["rhan fwyaf"] = "most", ["mwyafrif"] = "most", ["llawn"] = "full", ["yn llawn"] = "full of",
        // Thanks, said straight or with a roll of the eyes (the emoji is kept for the tone reader).
        ["diolch i"] = "thanks to", ["diolch am"] = "thanks for", ["diolch yn fawr"] = "thank you",
        // "naethon ni", "nath hi": the spoken past of gwneud.
        ["naethon ni"] = "we", ["wnaethon ni"] = "we", ["naethon nhw"] = "they", ["wnaethon nhw"] = "they", ["naeth"] = "did", ["nath"] = "did",
        ["naethoch chi"] = "you", ["wnaethoch chi"] = "you", ["plannu"] = "planted", ["bo"] = "that", ["bo fi"] = "that i",
        ["bo ni"] = "that we", ["bo nhw"] = "that they", ["bo hi"] = "that she", ["bo fe"] = "that he", ["os ydy"] = "if", ["os yw"] = "if",
        ["os ydi"] = "if", ["os odi"] = "if", ["os oes"] = "if there is", ["o hyd"] = "all the time", ["hyd"] = "until",
        // Learning Welsh is "dysgu Cymraeg"; dysgu alone is teaching.
        ["dysgu cymraeg"] = "learning welsh", ["dysgu siarad cymraeg"] = "learning welsh", ["dysgwr cymraeg"] = "welsh learner",
        // Staff by what they do, named after "staff" in Welsh.
        ["staff cegin"] = "kitchen staff", ["staff swyddfa"] = "office staff", ["staff y swyddfa"] = "office staff",
        ["staff glanhau"] = "cleaning staff", ["staff cinio"] = "lunchtime staff", ["staff amser cinio"] = "lunchtime staff",
        ["staff cyflenwi"] = "supply staff", ["staff dros dro"] = "temporary staff", ["staff addysgu"] = "teaching staff",
        ["staff dysgu"] = "teaching staff", ["staff ategol"] = "support staff", ["staff arlwyo"] = "catering staff",
        ["staff gweinyddol"] = "admin staff", ["cinio ladies"] = "dinner ladies", ["merched cinio"] = "dinner ladies",
        ["menywod cinio"] = "dinner ladies", ["goruchwylio"] = "supervising", ["goruchwylwyr"] = "supervisors",
        ["goruchwylydd"] = "supervisor",
        // Needs and assessments, named or not.
        ["awtistiaeth"] = "autism", ["asesu"] = "assessed", ["cael ei asesu"] = "being assessed", ["cael eu hasesu"] = "being assessed",
        ["dyslecsia"] = "dyslexia", ["diagnosis"] = "diagnosis",
        // Fairs, shows and days of the school year, named before their season in English.
        ["ffair"] = "fair", ["ffair nadolig"] = "christmas fair", ["ffair haf"] = "summer fair", ["ffair y haf"] = "summer fair",
        ["ffair y nadolig"] = "christmas fair", ["ffair y pasg"] = "easter fair", ["ffair pasg"] = "easter fair", ["ffair y ysgol"] = "school fair",
        ["cyngerdd nadolig"] = "christmas concert", ["cyngerdd y nadolig"] = "christmas concert", ["disgo nadolig"] = "christmas disco",
        ["gwasanaeth nadolig"] = "christmas assembly", ["sioe y nadolig"] = "christmas play", ["stondin"] = "stall", ["llwyfan"] = "stage",
        ["ar y llwyfan"] = "on the stage", ["hwyaid"] = "ducks", ["santes dwynwen"] = "st dwynwens day", ["diwrnod santes dwynwen"] = "st dwynwens day",
        ["dydd santes dwynwen"] = "st dwynwens day", ["gwyl dewi"] = "st davids day", ["dydd gwyl dewi"] = "st davids day",
        ["diwrnod y llyfr"] = "world book day", ["dawns"] = "dance", ["fideo dawns"] = "dance video", ["cacen"] = "cake",
        ["cacennau"] = "cakes", ["teisen"] = "cake", ["teisennau"] = "cakes", ["bisgedi"] = "biscuits",
        // Places, seen from outside.
        ["tu fas"] = "outside", ["tu fas i"] = "outside", ["o y tu fas"] = "from outside", ["o y tu allan"] = "from outside",
        ["bro morgannwg"] = "vale of glamorgan", ["cyngor bro morgannwg"] = "vale of glamorgan council", ["cwpan"] = "cup",
        ["cefn"] = "back", ["yn y cefn"] = "at the back",
        // Against, in every person.
        ["yn ei erbyn"] = "against it", ["yn ei herbyn"] = "against it", ["yn eu herbyn"] = "against them", ["yn ein herbyn"] = "against us",
        ["yn erbyn hyn"] = "against this", ["erbyn"] = "by",
        // Telling someone.
        ["deud wrth"] = "tell", ["dweud wrth rywun"] = "tell someone", ["deud wrth rywun"] = "tell someone", ["dweud wrth y pennaeth"] = "tell the head",
        ["deud wrth y pennaeth"] = "tell the head", ["adio"] = "add", 
        // Leaving a review or a comment is posting one.
        ["gadael adolygiad"] = "leave a review", ["gadael sylw"] = "leave a comment", ["gadael sylwadau"] = "leave comments",
        ["gadael neges"] = "leave a message",
        // Permission for photos, named photo last in Welsh ("caniatâd lluniau").
        ["caniatad lluniau"] = "photo permission", ["caniatad llun"] = "photo permission", ["caniatad ffilmio"] = "filming permission",
        ["caniatad fideo"] = "video permission",
        // "Dw i wedi…": the perfect, "I have …".
        ["dw i wedi"] = "i have", ["dwi wedi"] = "i have", ["rwy wedi"] = "i have", ["rydw i wedi"] = "i have", ["wi wedi"] = "i have",
        ["dan ni wedi"] = "we have", ["dyn ni wedi"] = "we have", ["ni wedi"] = "we have", ["wedi anghofio"] = "forgotten",
        ["cyfrifol am"] = "responsible for", ["yn gyfrifol am"] = "responsible for",
        // Counting people: "heblaw un hogyn" is except one boy.
        ["un"] = "one", ["dau"] = "two", ["dwy"] = "two", ["tri"] = "three", ["tair"] = "three", ["pedwar"] = "four", ["pump"] = "five",
        ["un neu ddau"] = "one or two", ["cwpl o"] = "a couple of",
        // "Dysgu Cymraeg i blant" is teaching it to them.
        ["dysgu cymraeg i"] = "teaching welsh to",
        // Something else, nothing else: "arall" after these is "else", not "another".
        ["dim byd arall"] = "nothing else", ["does dim byd arall"] = "there is nothing else", ["rhywbeth arall"] = "something else", ["rhywun arall"] = "someone else",
        ["unrhyw beth arall"] = "anything else", ["unrhyw un arall"] = "anyone else", ["neb arall"] = "nobody else",
        // Spoken and learners' forms: "mond" (dim ond), "gallu fi" (I can), "dw i di" (I have), "gorfod" (have to).
        ["mond"] = "only", ["sori"] = "sorry", ["gallu fi"] = "can i", ["alla fi"] = "can i", ["galla fi"] = "can i", ["gorfod"] = "have to",
        ["dw i yn gorfod"] = "i have to", ["dwi yn gorfod"] = "i have to", ["dw i di"] = "i have", ["dwi di"] = "i have", ["wi di"] = "i have",
        ["ddim am"] = "not going to", ["dw i ddim am"] = "i am not going to", ["dwi ddim am"] = "i am not going to",
        ["cael fy ychwanegu"] = "been added", ["wedi cael fy ychwanegu"] = "have been added", ["cael fy nhagio"] = "been tagged",
        ["wedi cael fy nhagio"] = "have been tagged", ["cael fy rhwystro"] = "been blocked", ["blino yn lan"] = "completely worn out",
        ["wedi blino yn lan"] = "completely worn out", ["gwyllt"] = "wild", ["telyn"] = "harp", ["peripatetig"] = "peripatetic",
        ["fy cyfri"] = "my account", ["cyfri preifat"] = "private account", ["cyfri personol"] = "personal account",
        // Answering a phone is not replying to a message.
        ["ateb fy ffon"] = "answer my phone", ["ateb ffon"] = "answer the phone", ["ateb galwad"] = "answer a call",
        ["ateb y galwad"] = "answer the call", ["ateb fy ffon symudol"] = "answer my mobile",
        // Knowing someone, and how well: the pronoun after the verb is its object.
        ["nabod hi"] = "know her", ["nabod e"] = "know him", ["nabod fe"] = "know him", ["nabod o"] = "know him", ["nabod fo"] = "know him",
        ["nabod nhw"] = "know them", ["nabod hi yn dda"] = "know her well", ["nabod e yn dda"] = "know him well",
        ["nabod fe yn dda"] = "know him well", ["nabod o yn dda"] = "know him well", ["nabod fo yn dda"] = "know him well",
        ["nabod nhw yn dda"] = "know them well", ["ddim yn nabod"] = "dont know",
        // My own, said twice in Welsh ("fy mhlant fy hun").
        ["fy plant fy hun"] = "my own children", ["fy plant i fy hun"] = "my own children", ["fy mab fy hun"] = "my own son",
        ["fy merch fy hun"] = "my own daughter", ["fy mhlentyn fy hun"] = "my own child", ["fy teulu fy hun"] = "my own family",
        ["polisi arall"] = "other policies",
        ["fy mhroffil i"] = "my profile",
        ["fy mhroffil"] = "my profile",
        ["fy nghyfrif i"] = "my account",
        // Round 6: what could follow ("beth all ddigwydd"), what was heard ("glywes i"), leave, and everyday nouns met in new voices.
        ["beth all"] = "what can", ["be all"] = "what can", ["beth allai"] = "what could", ["be allai"] = "what could",
        ["all ddigwydd"] = "can happen", ["allai ddigwydd"] = "could happen",
        ["tynnu screenshot"] = "taken a screenshot", ["wedi tynnu screenshot"] = "has taken a screenshot",
        ["wnes i bostio"] = "i posted", ["nes i bostio"] = "i posted", ["wnes i rannu"] = "i shared", ["nes i rannu"] = "i shared",
        ["camymddygiad difrifol"] = "gross misconduct", ["camymddygiad"] = "misconduct",
        ["pa fath"] = "what kind", ["fath"] = "kind", ["fysa"] = "would", ["fysai"] = "would", ["fasa"] = "would", ["fasai"] = "would",
        ["glywes i"] = "i heard", ["clywes i"] = "i heard", ["clywais i"] = "i heard", ["glywais i"] = "i heard",
        ["gweud"] = "say", ["nerfe"] = "nerves", ["nerfau"] = "nerves",
        ["ar famolaeth"] = "on maternity leave", ["ar mamolaeth"] = "on maternity leave",
        ["wedi ennill"] = "has won", ["gwobr arian"] = "silver award", ["gwobr efydd"] = "bronze award", ["gwobr aur"] = "gold award",
        ["eistedd"] = "sitting", ["ar yr ochr"] = "on the side", ["ochr"] = "side",
        ["ataf"] = "to me", ["ataf i"] = "to me", ["hoffwn"] = "i would like to", ["hoffwn i"] = "i would like to",
        ["cwestiwn"] = "question", ["dau gwestiwn"] = "two questions", ["wrthi"] = "to her", ["wrtho"] = "to him",
        ["ffrae"] = "fight", ["gafodd"] = "had", ["arweinydd"] = "lead", ["bore coffi"] = "coffee morning", ["safle"] = "site",
        ["dim byd i wneud a"] = "nothing to do with", ["ddim byd i wneud a"] = "nothing to do with",
        ["dim byd i w wneud a"] = "nothing to do with", ["ddim byd i w wneud a"] = "nothing to do with",
        ["fy amser i"] = "my own time", ["fy amser fy hun"] = "my own time",
    }).GroupBy(kv => NormaliseKey(kv.Key), StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);

    // "yr" and "'r" are the same article: keys and words both use "y".
    private static string NormaliseKey(string key) =>
        string.Join(' ', Fold(key).Split(' ').Select(w => w == "yr" ? "y" : w));

    /// <summary>The English gloss of a Welsh question, as one string for the English tokenizer.</summary>
    public static string Gloss(string welsh) => Gloss(welsh, out _);

    /// <summary>
    /// The English gloss, and how many words of the question it could not read: a Welsh word that is neither in the
    /// glossary (in any of its mutated forms) nor a word the English lexicon knows. The permit gate will not say "yes"
    /// to a question it has only half read.
    /// </summary>
    public static string Gloss(string welsh, out int unreadWords) => Gloss(welsh, out unreadWords, null);

    /// <summary>The gloss, and the words of the question it could not read, in the order met.</summary>
    public static string GlossNotingUnread(string welsh, out IReadOnlyList<string> unread)
    {
        var list = new List<string>();
        var gloss = Gloss(welsh, out int _, list);
        unread = list;
        return gloss;
    }

    private static string Gloss(string welsh, out int unreadWords, List<string>? unreadList)
    {
        ArgumentNullException.ThrowIfNull(welsh);
        unreadWords = 0;
        var words = Demonstratives(Words(welsh));
        words = AdjectiveFirst(ShowTheClassFirst(PlatformFirst(PupilsOwnFirst(SchoolsOwnFirst(FamilysOwnFirst(WithoutEchoes(words)))))));
        words = SubjectIsFirst(OwnerHasFirst(OtherAndNewFirst(OwnerPronounFirst(words))));
        words = PronounIsFirst(KinOfOwner(NegatedSubjectFirst(words)));
        var output = new StringBuilder(welsh.Length + 16);
        var i = 0;
        while (i < words.Count)
        {
            if (words[i].IsPunctuation)
            {
                output.Append(words[i].Text).Append(' ');
                i++;
                continue;
            }

            var matched = 0;
            if (words[i].Text == "y" && ArticleStandsAlone(words, i))
            {
                output.Append("the ");
                i++;
                continue;
            }

            for (var length = Math.Min(MaxPhraseWords, words.Count - i); length >= 2 && matched == 0; length--)
            {
                if (words.Skip(i).Take(length).Any(w => w.IsPunctuation))
                {
                    continue;
                }

                if (LookupPhrase(words, i, length) is { } gloss)
                {
                    output.Append(gloss).Append(' ');
                    matched = length;
                }
            }

            if (matched == 0)
            {
                var word = words[i].Text;
                if (i > 0 && words[i - 1].Text is "mr" or "mrs" or "miss" or "ms" or "dr" or "syr" or "mistar")
                {
                    // A name after a title ("Mrs Jones") is a person, read as one.
                    output.Append(word).Append(' ');
                    i++;
                    continue;
                }

                var gloss = word switch
                {
                    "i" => PrepositionOrPronoun(words, i),
                    "newydd" => JustOrNew(words, i),
                    // "llun or plant": o'r typed without its apostrophe, before a Welsh word.
                    "or" when i + 1 < words.Count && !words[i + 1].IsPunctuation && Radicals(words[i + 1].Text).Any(Entries.ContainsKey) => "of the",
                    // "na" is "no" as an answer ("Na, dim plant"), and "nor" inside a sentence ("heb enwi'r ysgol na neb").
                    "na" => i == 0 || words[i - 1].IsPunctuation || i + 1 >= words.Count || words[i + 1].IsPunctuation ? "no" : "nor",
                    "bod" or "fod" when i + 1 >= words.Count || words[i + 1].IsPunctuation => "be",
                    "da" or "dda" => WithOrGood(words, i),
                    _ => LookupWord(word),
                };
                if (gloss is null)
                {
                    output.Append(word).Append(' ');
                    if (IsUnread(word))
                    {
                        unreadWords++;
                        unreadList?.Add(word);
                    }
                }
                else
                {
                    output.Append(gloss).Append(' ');
                }

                matched = 1;
            }

            i += matched;
        }

        return output.ToString().Trim();
    }

    // English words that are also Welsh words in the glossary ("son" is sôn, "call" is sensible): they say nothing
    // about which language a question is in.
    private static readonly FrozenSet<string> EnglishHomographs = new[]
    {
        "son", "man", "call", "tan", "hurt", "fan", "pan", "hen", "gem", "tag", "post", "dim", "mam", "tad", "cas", "ill", "lot", "mis",
        "wan", "hon", "nod", "ran", "bore", "plant", "trip", "blog", "drama", "parti", "coffi", "sioe", "ci", "fel", "iard", "rota", "sac",
        "tal", "gat", "wal", "pin", "tip", "lan", "nos", "bob", "sain", "aros", "ffit", "ras", "ap", "app", "cor", "clir", "ffug", "banc",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// A word the glossary reads as Welsh (in any mutated or inflected form) and that is not also an English word: the
    /// language detector counts it for Welsh ("bostio", "caniatâd", "wynebau").
    /// </summary>
    internal static bool IsWelshWord(string word) =>
        word.Length >= 3 && !word.All(char.IsDigit) && !EnglishHomographs.Contains(word) && !IsEnglish(word)
        && (Radicals(word).Any(Entries.ContainsKey) || Radicals(word).Any(r => Inflected(r) is not null));

    // Numbers, one- and two-letter words and words the English lexicon knows ("Facebook", "iPad") are read; names are not.
    private static bool IsUnread(string word) =>
        word.Length > 2 && !word.All(char.IsDigit) && !IsEnglish(word);

    private static bool IsEnglish(string word) =>
        Lexicon.Phrases.ContainsKey(word) || (word.Length > 3 && word[^1] == 's' && Lexicon.Phrases.ContainsKey(word[..^1]))
        || Slang.Words.ContainsKey(word) || EnglishPassThrough.Contains(word);

    // English words staff drop into Welsh ("jyst", "post", "ok" are glossed; these pass through as they are).
    private static readonly FrozenSet<string> EnglishPassThrough = new[]
    {
        "the", "and", "for", "with", "that", "this", "can", "but", "not", "yes", "okay", "like", "lol", "haha", "emoji", "has", "had",
        "another", "other", "new", "is",
    }.ToFrozenSet(StringComparer.Ordinal);

    // "o'r ysgol uwchradd": the article joins "ysgol" into "y ysgol" (the school) only when no longer phrase starts
    // after it; otherwise "ysgol uwchradd" (secondary school) is read whole and the article is just "the".
    private static bool ArticleStandsAlone(List<Word> words, int i) => LongestPhrase(words, i + 1) >= Math.Max(2, LongestPhrase(words, i));

    private static int LongestPhrase(List<Word> words, int start)
    {
        for (var length = Math.Min(MaxPhraseWords, words.Count - start); length >= 2; length--)
        {
            if (!words.Skip(start).Take(length).Any(w => w.IsPunctuation) && LookupPhrase(words, start, length) is not null)
            {
                return length;
            }
        }

        return 0;
    }

    /// <summary>
    /// A phrase of several words, each possibly mutated: "ddydd llun" is "dydd llun" (Monday), "ar fy nghyfrif i" is
    /// "ar fy cyfrif i". The words as written are tried first, then up to two of them read as their radical forms, so
    /// a mutation anywhere in a phrase (not only on its first word) still finds it.
    /// </summary>
    private static string? LookupPhrase(List<Word> words, int start, int length)
    {
        var texts = new string[length];
        for (var k = 0; k < length; k++)
        {
            texts[k] = words[start + k].Text;
        }

        if (Entries.TryGetValue(string.Join(' ', texts), out var gloss))
        {
            return gloss;
        }

        var radicals = texts.Select(t => Radicals(t).Skip(1).Distinct(StringComparer.Ordinal).ToArray()).ToArray();
        for (var a = 0; a < length; a++)
        {
            foreach (var ra in radicals[a])
            {
                var first = texts[a];
                texts[a] = ra;
                if (Entries.TryGetValue(string.Join(' ', texts), out gloss))
                {
                    return gloss;
                }

                for (var b = a + 1; b < length; b++)
                {
                    foreach (var rb in radicals[b])
                    {
                        var second = texts[b];
                        texts[b] = rb;
                        var found = Entries.TryGetValue(string.Join(' ', texts), out gloss);
                        texts[b] = second;
                        if (found)
                        {
                            return gloss;
                        }
                    }
                }

                texts[a] = first;
            }
        }

        return null;
    }

    /// <summary>
    /// One word: as written, then as the radical of a mutation, then as an inflected or plural form of a word the
    /// glossary knows (postiodd, cyfrifiaduron), then as an English verb borrowed with the Welsh "-io" ending (blocio,
    /// sharo, screenshotio). A word the English lexicon knows as it is written is left to it.
    /// </summary>
    internal static string? LookupWord(string word)
    {
        foreach (var radical in Radicals(word))
        {
            if (Entries.TryGetValue(radical, out var gloss))
            {
                return gloss;
            }
        }

        if (IsEnglish(word))
        {
            return null;
        }

        foreach (var radical in Radicals(word))
        {
            if ((Inflected(radical) ?? Borrowed(radical)) is { } gloss)
            {
                return gloss;
            }
        }

        return null;
    }

    // Plural endings (-au, -iau, -ion, -on, -od) and the endings of the past and future (-odd, -ais, -ith, -iff) on
    // a verb-noun's stem (postio → posti-odd, rhannu → rhann-ais, cyfrifiadur → cyfrifiadur-on).
    private static readonly (string Ending, bool Plural)[] Endings =
    [
        ("iau", true), ("au", true), ("ion", true), ("on", true), ("od", true), ("odd", false), ("ais", false), ("ith", false), ("iff", false),
    ];

    private static readonly string[] VerbNounEndings = ["", "u", "io", "o", "i", "a", "ed"];

    private static string? Inflected(string word)
    {
        foreach (var (ending, plural) in Endings)
        {
            if (word.Length < ending.Length + 3 || !word.EndsWith(ending, StringComparison.Ordinal))
            {
                continue;
            }

            var stem = word[..^ending.Length];
            if (plural)
            {
                if (Entries.TryGetValue(stem, out var noun) && noun.Length > 0 && !noun.Contains(' ', StringComparison.Ordinal))
                {
                    return noun.EndsWith('s') ? noun : noun + "s";
                }

                continue;
            }

            foreach (var verbEnding in VerbNounEndings)
            {
                if (Entries.TryGetValue(stem + verbEnding, out var verb) && verb.Length > 0)
                {
                    return verb;
                }
            }
        }

        return null;
    }

    // English verbs take "-io" in Welsh and keep their English spelling, more or less: postio, blocio (block), tecstio
    // (text), sharo/shario (share), ffilmio (film), screenshotio. The stem is read only if the English lexicon knows it.
    private static string? Borrowed(string word)
    {
        string stem;
        if (word.Length > 5 && word.EndsWith("io", StringComparison.Ordinal))
        {
            stem = word[..^2];
        }
        else if (word.Length > 4 && word.EndsWith('o'))
        {
            stem = word[..^1];
        }
        else
        {
            return null;
        }

        string[] spellings =
        [
            stem, stem + "e", stem.Replace("cs", "x", StringComparison.Ordinal), stem.Replace("c", "ck", StringComparison.Ordinal),
            stem.Replace('c', 'k'), stem.StartsWith("ff", StringComparison.Ordinal) ? stem[1..] : stem,
            stem.Replace("i", "e", StringComparison.Ordinal), stem + "ing", stem.Replace('w', 'u'),
        ];
        return spellings.FirstOrDefault(s => s.Length > 2 && (Lexicon.Phrases.ContainsKey(s) || Slang.Words.ContainsKey(s)));
    }

    // "newydd" before a soft-mutated verb is "just" (newydd fod, newydd bostio); after a noun it is "new" (ffôn newydd).
    private static string JustOrNew(List<Word> words, int index)
    {
        var next = index + 1 < words.Count && !words[index + 1].IsPunctuation ? words[index + 1].Text : "";
        return next.Length > 0 && Radicals(next).Skip(1).Any(Entries.ContainsKey) ? "just" : "new";
    }

    // Things the school or a class owns, said in Welsh before their owner: "gliniadur yr ysgol", "cyfrif Twitter
    // swyddogol yr ysgol", "iPad y dosbarth".
    private static readonly FrozenSet<string> Ownable = new[]
    {
        "laptop", "gliniadur", "gliniaduron", "ipad", "ipads", "ffon", "ffonau", "cyfrifiadur", "cyfrifiaduron", "tabled", "tabledi", "llechen",
        "camera", "cyfrif", "cyfrifon", "gwefan", "tudalen", "rhwydwaith", "wifi", "ebost", "system", "offer", "argraffydd", "dyfais",
        "dyfeisiau", "chromebook", "chromebooks", "bws", "minibus", "grwp", "sianel", "app", "ap", "logo", "giat", "gatiau", "neuadd", "iard",
        "cae", "gwisg", "drws", "buarth", "ffreutur", "cegin", "swyddfa", "llyfrgell", "coridor", "adeilad", "gwaith", "canlyniadau",
        "llyfrau", "wynebau", "cyfeiriadau", "marciau", "enwau", "manylion", "deiseb", "ymgyrch", "protest", "cwyn", "cwynion",
    }.ToFrozenSet(StringComparer.Ordinal);

    // A post, a page, a group or a video "on" a platform is named platform last in Welsh ("grŵp Facebook", "fideo
    // YouTube", "cyfrif Instagram"); English puts it first ("Facebook group", "YouTube video").
    private static readonly FrozenSet<string> PlatformNouns = new[]
    {
        "fideo", "fideos", "cyfrif", "cyfrifon", "grwp", "grwpiau", "tudalen", "post", "postiad", "postiadau", "stori", "neges", "negeseuon",
        "sgwrs", "proffil", "sianel", "llun", "lluniau", "sylw", "sylwadau", "ap", "dudalen", "story", "ffrind", "ffrindiau", "cyfrinair", "adolygiad",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Platforms = new[]
    {
        "facebook", "fb", "instagram", "insta", "ig", "twitter", "x", "tiktok", "youtube", "snapchat", "snap", "whatsapp", "linkedin",
        "messenger", "threads", "bluesky", "pinterest", "reddit", "seesaw", "dojo", "hwb", "teams", "google", "ffesbwc", "gweplyfr",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static List<Word> PlatformFirst(List<Word> words)
    {
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (!words[i].IsPunctuation && !words[i + 1].IsPunctuation && Platforms.Contains(words[i + 1].Text)
                && Radicals(words[i].Text).Any(PlatformNouns.Contains) && words[i + 1].Text != "x")
            {
                (words[i], words[i + 1]) = (words[i + 1], words[i]);
                i++;
            }
        }

        return words;
    }

    // "dangos fideo i'r dosbarth" (show a video to the class) is read as the lexicon says it: "show the class a video".
    private static List<Word> ShowTheClassFirst(List<Word> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].IsPunctuation || !Radicals(words[i].Text).Contains("dangos"))
            {
                continue;
            }

            for (var k = i + 2; k + 2 < words.Count && k <= i + 5; k++)
            {
                if (words[k - 1].IsPunctuation)
                {
                    break;
                }

                if (words[k].Text == "i" && words[k + 1].Text == "y" && words[k + 2].Text is "dosbarth" or "plant" or "disgyblion")
                {
                    var audience = words.GetRange(k + 1, 2);
                    words.RemoveRange(k, 3);
                    words.InsertRange(i + 1, audience);
                    break;
                }
            }
        }

        return words;
    }

    private static readonly FrozenSet<string> Describers = new[]
    {
        "swyddogol", "personol", "newydd", "bach", "mawr", "gwyn", "rhyngweithiol", "symudol", "staff", "hen", "lliw", "cyhoeddus", "preifat",
        "profion", "gwaith", "cartref", "darllen", "mathemateg", "haf", "nadolig", "blwyddyn",
    }.ToFrozenSet(StringComparer.Ordinal);

    // A pupil's account, number or photo, owner last in Welsh: "cyfrif Instagram un o'r plant" is one of the children's
    // Instagram account, and the lexicon reads the pupil only when the pupil comes first.
    private static readonly FrozenSet<string> PersonalThings = new[]
    {
        "cyfrif", "cyfrifon", "proffil", "tudalen", "rhif", "cyfeiriad", "stori", "sianel", "ffon",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static List<Word> PupilsOwnFirst(List<Word> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].IsPunctuation || !Radicals(words[i].Text).Any(PersonalThings.Contains))
            {
                continue;
            }

            var start = i + 1 < words.Count && Platforms.Contains(words[i + 1].Text) ? i + 2 : i + 1;
            var length = OwnerLength(words, start);
            if (length > 0)
            {
                var owner = words.GetRange(start, length);
                words.RemoveRange(start, length);
                words.InsertRange(i, owner);
                i += length + 1;
            }
        }

        return words;
    }

    // "un o'r plant" / "un o'r disgyblion", "y disgybl", "disgybl", "plentyn".
    private static int OwnerLength(List<Word> words, int start)
    {
        string At(int k) => start + k < words.Count && !words[start + k].IsPunctuation ? words[start + k].Text : "";
        static bool IsPupils(string w) => Radicals(w).Any(r => r is "plant" or "disgyblion" or "disgybl" or "plentyn");
        if (At(0) == "un" && At(1) == "o" && At(2) == "y" && IsPupils(At(3)))
        {
            return 4;
        }

        if (At(0) == "y" && IsPupils(At(1)))
        {
            return 2;
        }

        return IsPupils(At(0)) ? 1 : 0;
    }

    // An adjective follows its noun in Welsh ("cyfrif ffug", "negeseuon amhriodol"); the lexicon reads it before ("fake
    // account", "inappropriate messages"). Only the nouns of the policy's things and these adjectives are swapped.
    private static readonly FrozenSet<string> SwappedNouns = new[]
    {
        "cyfrif", "cyfrifon", "grwp", "neges", "negeseuon", "sylw", "sylwadau", "post", "postiad", "postiadau", "llun", "lluniau", "fideo",
        "proffil", "tudalen", "ffon", "gliniadur", "sgwrs", "gwybodaeth", "manylion", "e", "ebost", "jôc", "joc", "meme", "adolygiad",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> SwappedAdjectives = new[]
    {
        "dienw", "ffug", "preifat", "cyhoeddus", "personol", "swyddogol", "cyfrinachol", "amhriodol", "cas", "sarhaus", "hiliol",
        "doniol", "gwael", "negyddol", "cadarnhaol", "bygythiol", "ymosodol", "enllibus", "annifyr", "anweddus", "anaddas", "proffesiynol",
        "amhroffesiynol",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static List<Word> AdjectiveFirst(List<Word> words)
    {
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (!words[i].IsPunctuation && !words[i + 1].IsPunctuation && Radicals(words[i].Text).Any(SwappedNouns.Contains)
                && Radicals(words[i + 1].Text).Any(SwappedAdjectives.Contains))
            {
                (words[i], words[i + 1]) = (words[i + 1], words[i]);
                i++;
            }
        }

        return words;
    }

    // "ei phlant hi", "eu lluniau nhw", "fy ffôn i": the pronoun after the noun only repeats the possessive before it.
    // It is dropped, and "ei … hi" is "her".
    private static List<Word> WithoutEchoes(List<Word> words)
    {
        for (var p = 0; p < words.Count; p++)
        {
            if (words[p].Text is not ("ei" or "eu" or "ein" or "eich"))
            {
                continue;
            }

            for (var k = p + 2; k < words.Count && k <= p + 3 && !words[k - 1].IsPunctuation; k++)
            {
                var echo = words[k].Text;
                var matches = words[p].Text switch
                {
                    "ei" => echo is "hi" or "e" or "o" or "fe" or "fo",
                    "eu" => echo == "nhw",
                    "ein" => echo == "ni",
                    _ => echo == "chi",
                };
                if (!matches)
                {
                    continue;
                }

                words.RemoveAt(k);
                if (words[p].Text == "ei" && echo == "hi" && LookupPhrase(words, p, 2) is null)
                {
                    words[p] = new Word("her", false);
                }

                break;
            }
        }

        return words;
    }

    // "da" is "with" before its person ("ma 'da fi", "'da'r plant") and "good" anywhere else ("adolygiad da",
    // "yn dda"): a good review is not a review with someone.
    private static readonly FrozenSet<string> WithWhom = new[]
    {
        "fi", "ni", "chi", "ti", "nhw", "hi", "fe", "e", "fo", "o", "mi", "y", "fy", "ei", "eu", "ein",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static string WithOrGood(List<Word> words, int index)
    {
        var next = index + 1 < words.Count && !words[index + 1].IsPunctuation ? words[index + 1].Text : "";
        var after = index + 2 < words.Count && !words[index + 2].IsPunctuation ? words[index + 2].Text : "";
        // "da i" is "with me" (ma 'da i), but "da i'r ysgol" is "good for the school".
        return WithWhom.Contains(next) || (next == "i" && after != "y") ? "with" : "good";
    }

    // "ysgol fy mab" (my son's school), "athrawes fy merch": the family member owns the thing named before them. The
    // lexicon reads the family member first ("my son school"), as it reads "the school phone".
    private static readonly FrozenSet<string> FamilyOwnable = new[]
    {
        "ysgol", "meithrinfa", "athro", "athrawes", "dosbarth", "ffrind", "ffrindiau", "cyfrif", "ffon", "parti", "clwb", "tim", "gwaith",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> FamilyMembers = new[]
    {
        "mab", "merch", "plant", "plentyn", "gwr", "gwraig", "partner", "mam", "tad", "chwaer", "brawd", "nith", "nai", "wyr", "wyres",
        "cariad", "meibion", "merched",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static List<Word> FamilysOwnFirst(List<Word> words)
    {
        for (var i = 0; i + 2 < words.Count; i++)
        {
            if (!words[i].IsPunctuation && Radicals(words[i].Text).Any(FamilyOwnable.Contains) && words[i + 1].Text == "fy"
                && !words[i + 2].IsPunctuation && Radicals(words[i + 2].Text).Any(FamilyMembers.Contains))
            {
                var thing = words[i];
                words.RemoveAt(i);
                words.Insert(i + 2, thing);
                i += 2;
            }
        }

        return words;
    }

    // Words that take "arall" without being a thing another of which is meant: "rhywun arall" is someone else.
    private static readonly FrozenSet<string> ElseWords = new[]
    {
        "rhywun", "rhywbeth", "rhywle", "unrhyw", "neb", "dim", "un", "rhai", "rhyw", "beth", "be", "pwy", "ble", "lle", "ffordd", "tro",
        "byd", "ochr", "gair", "peth", "pethau",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// "athro arall" (another teacher), "plant eraill" (other children), "yr ardd newydd" (the new garden): these describing
    /// words follow their noun in Welsh and come first in English, where the lexicon looks for "another teacher" and
    /// "other children". A phrase the glossary knows whole ("polisi arall", "ffon newydd") is left to it.
    /// </summary>
    private static List<Word> OtherAndNewFirst(List<Word> words)
    {
        for (var i = 1; i + 1 < words.Count; i++)
        {
            var noun = words[i];
            var describer = words[i + 1];
            if (noun.IsPunctuation || describer.IsPunctuation || LookupPhrase(words, i, 2) is not null
                || Radicals(noun.Text).Any(ElseWords.Contains) || LookupWord(noun.Text) is not { Length: > 0 })
            {
                continue;
            }

            var other = describer.Text is "arall" or "eraill";
            // "newydd" after a noun with its article or possessive is "new"; before a verb it is "just" (newydd bostio).
            var isNew = describer.Text == "newydd" && words[i - 1].Text is "y" or "fy" or "ei" or "eu" or "ein"
                && (i + 2 >= words.Count || words[i + 2].IsPunctuation || JustOrNew(words, i + 1) == "new");
            if (other || isNew)
            {
                words[i] = new Word(describer.Text switch { "arall" => "another", "eraill" => "other", _ => "new" }, false);
                words[i + 1] = noun;
                i++;
            }
        }

        return words;
    }

    // Things a person has, said in the spoken and learners' way with the pronoun after the noun: "ffrind fi" (my friend),
    // "wynebe nhw" (their faces), "ffôn fi". Read as the written possessive before the noun.
    private static readonly FrozenSet<string> Possessed = new[]
    {
        "ffrind", "ffrindiau", "ffon", "ffonau", "dosbarth", "plant", "mab", "merch", "cyfrif", "tudalen", "gliniadur", "car", "ty", "gwr",
        "gwraig", "partner", "mam", "tad", "chwaer", "brawd", "teulu", "llun", "lluniau", "proffil", "cariad", "wyneb", "wynebau", "wynebe",
        "swydd", "enw", "enwau", "rhif", "cyfeiriad", "manylion", "negeseuon", "neges",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static List<Word> OwnerPronounFirst(List<Word> words)
    {
        for (var i = 1; i + 1 < words.Count; i++)
        {
            var owner = words[i + 1].Text;
            // "fy ffôn i" already says whose it is; only a noun with no possessive before it takes one.
            if (words[i].IsPunctuation || words[i + 1].IsPunctuation || owner is not ("fi" or "nhw" or "ni")
                || words[i - 1].Text is "fy" or "ei" or "eu" or "ein" or "eich" || !Radicals(words[i].Text).Any(Possessed.Contains))
            {
                continue;
            }

            words[i + 1] = words[i];
            words[i] = new Word(owner switch { "fi" => "fy", "nhw" => "eu", _ => "ein" }, false);
            i++;
        }

        return words;
    }

    // The possessives and the article: after "yn" they make it the preposition "in" (yn fy nosbarth, yn y wers).
    private static readonly FrozenSet<string> Determiners = new[] { "fy", "y", "ei", "eu", "ein", "eich", "cael" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> SubjectPronouns = new[]
    {
        "hi", "e", "fe", "o", "fo", "nhw", "ni", "chi", "ti", "i", "fi", "gan",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// "Mae athro arall yn ffrindiau Facebook efo…": a sentence that starts "mae", names its subject and then "yn" with
    /// what the subject is or does. English says "is" there ("another teacher is Facebook friends with"); the gloss
    /// otherwise loses the verb. A pronoun subject is left to the phrases that know it ("mae hi'n sâl").
    /// </summary>
    private static List<Word> SubjectIsFirst(List<Word> words)
    {
        for (var i = 0; i + 3 < words.Count; i++)
        {
            if (words[i].Text is not ("mae" or "ma") || (i > 0 && !words[i - 1].IsPunctuation) || SubjectPronouns.Contains(words[i + 1].Text))
            {
                continue;
            }

            for (var j = i + 2; j <= i + 4 && j + 1 < words.Count; j++)
            {
                if (words[j].IsPunctuation || words[j].Text is "wedi" or "ddim" or "gyda" or "efo" or "da" or "heb")
                {
                    break;
                }

                if (words[j].Text == "yn")
                {
                    if (!words[j + 1].IsPunctuation && !Determiners.Contains(words[j + 1].Text))
                    {
                        words[j] = new Word("is", false);
                        words.RemoveAt(i);
                    }

                    break;
                }
            }
        }

        return words;
    }

    // "Mae gan bawb ganiatâd" (everyone has permission), "mae gan y plant i gyd": the owner follows "gan" in Welsh and
    // comes first in English, with "has".
    private static List<Word> OwnerHasFirst(List<Word> words)
    {
        for (var i = 0; i + 2 < words.Count; i++)
        {
            if (words[i].Text is not ("mae" or "ma" or "roedd" or "oedd") || words[i + 1].Text != "gan" || words[i + 2].IsPunctuation)
            {
                continue;
            }

            string At(int k) => i + k < words.Count && !words[i + k].IsPunctuation ? words[i + k].Text : "";
            var length = (At(2), At(3)) switch
            {
                ("un", "o") when At(4) == "y" && At(5).Length > 0 => 4,
                ("y", { Length: > 0 }) => 2,
                ("pob" or "bob", { Length: > 0 }) => 2,
                _ => 1,
            };
            // "pob un ohonyn nhw" (every one of them): the owner keeps its "of them".
            if (At(2 + length) is "ohonyn" or "ohonon" or "ohonoch")
            {
                length += At(3 + length) is "nhw" or "ni" or "chi" ? 2 : 1;
            }

            var owner = words.GetRange(i + 2, length);
            var has = new Word(words[i].Text is "mae" or "ma" ? "has" : "had", false);
            words.RemoveRange(i, length + 2);
            words.InsertRange(i, owner);
            words.Insert(i + length, has);
            i += length;
        }

        return words;
    }

    // "y dosbarth yma" is "this class" and "y llun yna" "that photo": the article and the word after the noun are one
    // demonstrative, said before the noun in English.
    private static List<Word> Demonstratives(List<Word> words)
    {
        for (var i = 0; i + 2 < words.Count; i++)
        {
            // "y polisi yma" is the policy: there is only one.
            if (words[i].Text != "y" || words[i + 1].IsPunctuation || words[i + 1].Text == "polisi")
            {
                continue;
            }

            var near = words[i + 2].Text is "yma" or "hwn" or "hon";
            var far = words[i + 2].Text is "yna" or "hwnnw" or "honno";
            if ((near || far) && !words[i + 2].IsPunctuation)
            {
                words[i] = new Word(near ? "hwn" : "hwnnw", false);
                words.RemoveAt(i + 2);
            }
        }

        return words;
    }

    // What belongs to the pupils, owner last in Welsh: "gwaith y plant" (the children's work), "wynebau'r plant".
    private static readonly FrozenSet<string> PupilsOwn = new[]
    {
        "gwaith", "llyfrau", "llyfr", "wynebau", "wyneb", "cyfeiriadau", "cyfeiriad", "marciau", "canlyniadau", "enwau", "enw", "manylion",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Welsh names the owner after the thing ("gliniadur yr ysgol", the school's laptop); English, and the lexicon, put
    /// it first ("school laptop"). Moves "yr ysgol" / "y dosbarth" in front of an ownable thing up to two words before it.
    /// </summary>
    private static List<Word> SchoolsOwnFirst(List<Word> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].IsPunctuation || !Radicals(words[i].Text).Any(Ownable.Contains))
            {
                continue;
            }

            for (var gap = 0; gap <= 2 && i + gap + 2 < words.Count; gap++)
            {
                var article = words[i + gap + 1];
                var owner = words[i + gap + 2];
                // Only a platform or a describing word may sit between the thing and its owner ("cyfrif Twitter swyddogol
                // yr ysgol"); a verb may not ("gwaith heb enwi'r ysgol" is not the school's work).
                if (article.IsPunctuation || words[i + gap].IsPunctuation || (gap > 0 && !Platforms.Contains(words[i + gap].Text)
                    && !Radicals(words[i + gap].Text).Any(Describers.Contains)))
                {
                    break;
                }

                var pupilsThing = Radicals(words[i].Text).Any(PupilsOwn.Contains) && owner.Text is "plant" or "disgyblion" or "disgybl" or "plentyn";
                if (article.Text == "y" && (owner.Text is "ysgol" or "dosbarth" or "ddosbarth" or "swyddfa" or "staff" or "llyfrgell" or "pentre" or "pentref" or "rhieni" || pupilsThing))
                {
                    // An account keeps its article ("the school account", the school's own channel); a device does
                    // not ("school laptop", the school's IT).
                    var channel = Radicals(words[i].Text).Any(r => r is "cyfrif" or "cyfrifon" or "tudalen" or "gwefan" or "sianel" or "grwp");
                    words.RemoveRange(i + gap + 1, 2);
                    words.Insert(i, new Word(owner.Text == "ddosbarth" ? "dosbarth" : owner.Text, false));
                    if (channel)
                    {
                        words.Insert(i, article);
                        i++;
                    }

                    i += gap + 1;
                    break;
                }
            }
        }

        return words;
    }

    // Words after which "i" is the speaker (ga i, alla i, dylwn i, welais i, gen i); anywhere else it is the
    // preposition "to" (i'r ysgol, i fi, cyn i'r pennaeth), or after "fy …" the echo of "my" (fy mab i).
    private static readonly FrozenSet<string> SpeakerBefore = new[]
    {
        "ga", "ca", "cha", "gaf", "caf", "alla", "galla", "fedra", "medra", "dw", "dwi", "ydw", "rydw", "odw", "wi", "rwy",
        "oeddwn", "roeddwn", "roedden", "nes", "wnes", "wnaf", "na", "bydda", "fydda", "byddwn", "fyddwn", "bydden", "fydden", "dylwn",
        "ddylwn", "dylen", "ddylen", "allen", "allwn", "gallen", "gallwn", "welais", "gwelais", "ces", "ges", "cefais", "gen", "ata", "wrtha",
        "amdana", "arna", "ohona", "a", "sa", "hoffwn", "licien", "leicien", "ddylswn", "dylswn", "sen", "swn",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static string PrepositionOrPronoun(List<Word> words, int index)
    {
        var previous = index > 0 && !words[index - 1].IsPunctuation ? words[index - 1].Text : "";
        if (index == 0 || previous.Length == 0)
        {
            return "i";
        }

        if (SpeakerBefore.Contains(previous) || previous.EndsWith("ais", StringComparison.Ordinal))
        {
            return "i";
        }

        for (var k = index - 1; k >= 0 && k >= index - 4 && !words[k].IsPunctuation; k--)
        {
            if (words[k].Text == "fy")
            {
                return "";
            }
        }

        return "to";
    }

    /// <summary>The word itself, then the radical forms a soft, nasal or aspirate mutation could have come from.</summary>
    internal static IEnumerable<string> Radicals(string word)
    {
        yield return word;
        if (word.Length < 2)
        {
            yield break;
        }

        if (word.StartsWith("ngh", StringComparison.Ordinal)) { yield return "c" + word[3..]; }
        if (word.StartsWith("mh", StringComparison.Ordinal)) { yield return "p" + word[2..]; }
        if (word.StartsWith("nh", StringComparison.Ordinal)) { yield return "t" + word[2..]; }
        if (word.StartsWith("ng", StringComparison.Ordinal)) { yield return "g" + word[2..]; }
        if (word.StartsWith("ph", StringComparison.Ordinal)) { yield return "p" + word[2..]; }
        if (word.StartsWith("th", StringComparison.Ordinal)) { yield return "t" + word[2..]; }
        if (word.StartsWith("ch", StringComparison.Ordinal)) { yield return "c" + word[2..]; }
        if (word.StartsWith("dd", StringComparison.Ordinal)) { yield return "d" + word[2..]; }
        if (word.StartsWith("ff", StringComparison.Ordinal) || word.StartsWith("ll", StringComparison.Ordinal) || word.StartsWith("rh", StringComparison.Ordinal))
        {
            yield break;
        }

        switch (word[0])
        {
            case 'b': yield return "p" + word[1..]; break;
            case 'd': yield return "t" + word[1..]; break;
            case 'g': yield return "c" + word[1..]; break;
            case 'f': yield return "b" + word[1..]; yield return "m" + word[1..]; break;
            // Soft mutation drops a g before l, r and w too: liniadur/gliniadur, waith/gwaith.
            case 'l': yield return "ll" + word[1..]; yield return "g" + word; break;
            case 'r': yield return "rh" + word[1..]; yield return "g" + word; break;
            case 'm': yield return "b" + word[1..]; break;
            case 'n': yield return "d" + word[1..]; break;
            case 'h' when word.Length > 1 && IsVowel(word[1]): yield return word[1..]; break;
            case var c when IsVowel(c): yield return "g" + word; break;
            default: break;
        }
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'w' or 'y';

    private readonly record struct Word(string Text, bool IsPunctuation);

    // Lower case, accents off (ffôn → ffon), apostrophes split: mae'n → mae yn, o'r → o y, 'da → da, 'ma → ma.
    private static List<Word> Words(string text)
    {
        var words = new List<Word>();
        var current = new StringBuilder();
        var elided = false;
        void Flush()
        {
            if (current.Length > 0)
            {
                var word = current.ToString();
                // 'na and 'ma are yna (there) and yma (here) with their first letter dropped, not "na" (no).
                word = word switch
                {
                    "yr" => "y",
                    "na" when elided => "yna",
                    "ma" when elided => "yma",
                    _ => word,
                };
                if (Unglued.TryGetValue(word, out var parts))
                {
                    words.AddRange(parts.Select(w => new Word(w, false)));
                }
                else
                {
                    words.Add(new Word(word, false));
                }

                current.Clear();
            }

            elided = false;
        }

        var folded = Fold(text);
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i];
            if (char.IsLetterOrDigit(c))
            {
                // "bl6", "blwyddyn3": a year group written as one word is the word and its number.
                if (char.IsDigit(c) && current.Length > 0 && !char.IsDigit(current[^1]) && current.ToString() is "bl" or "fl" or "blwyddyn" or "flwyddyn" or "mlwyddyn")
                {
                    Flush();
                }

                current.Append(char.ToLowerInvariant(c));
            }
            else if (c is '\'' or '\u2019' or '\u2018')
            {
                var rest = i + 1 < folded.Length && char.IsLetter(folded[i + 1]);
                var startsWord = current.Length == 0;
                Flush();
                elided = startsWord && rest;
                if (rest && i + 2 <= folded.Length && (i + 2 == folded.Length || !char.IsLetter(folded[i + 2])))
                {
                    // A single letter after the apostrophe: 'n is yn, 'r is y.
                    var letter = char.ToLowerInvariant(folded[i + 1]);
                    var before = words.Count > 0 ? words[^1].Text : "";
                    words.Add(new Word(letter switch
                    {
                        // o'n, i'n, a'n before a noun are "of my", "to my", "and my" (o'n mab i); o'n i is "I was".
                        'n' => IsPossessiveN(words, folded, i + 2) ? "fy" : "yn",
                        'r' => "y",
                        'i' => "ei",
                        // efo'u wynebau, wedi'u cuddio: their; i'w: to his/her.
                        'u' => "eu",
                        'w' => "ei",
                        // dwi'm, sa i'm: "ddim"; o'm, i'm, a'm: "fy".
                        'm' => before is "dwi" or "dw" or "i" or "wi" or "sa" or "ti" or "fo" or "hi" or "nhw" && !(before == "i" && words.Count < 2) ? "ddim" : "fy",
                        _ => letter.ToString(),
                    }, false));
                    i++;
                }
            }
            else if (c == '-')
            {
                Flush();
            }
            else if (char.IsHighSurrogate(c) && i + 1 < folded.Length && char.IsLowSurrogate(folded[i + 1]))
            {
                // An emoji is kept whole: 🙄 says the words around it are sarcastic, and the tone reader sees it.
                Flush();
                words.Add(new Word(folded.Substring(i, 2), true));
                i++;
            }
            else
            {
                Flush();
                if (c is '.' or ',' or '?' or '!' or ';' or ':' or '"' or '(' or ')')
                {
                    words.Add(new Word(c.ToString(), true));
                }
            }
        }

        Flush();
        return words;
    }

    // After the preposition o, i or a, 'n is a possessive (o'n mab i, i'n dosbarth); after a verb that takes a subject
    // (mae o'n, dw i'n, ga i'n) and before "i" (o'n i, I was) it is yn.
    private static bool IsPossessiveN(List<Word> words, string text, int after)
    {
        if (words.Count == 0 || words[^1].Text is not ("o" or "i" or "a") || NextWordIs(text, after, "i"))
        {
            return false;
        }

        // "fy mhroffil i'n gyhoeddus": the i echoes fy, and 'n is yn.
        if (words[^1].Text == "i" && words.Skip(Math.Max(0, words.Count - 5)).Any(w => w.Text == "fy"))
        {
            return false;
        }

        var verb = words.Count > 1 ? words[^2].Text : "";
        return !(SpeakerBefore.Contains(verb) || verb is "mae" or "ma" or "roedd" or "oedd" or "ydy" or "ydi" or "odi" or "fydd" or "bydd" or "sy"
            or "sydd" or "bod" or "fod" or "dyw" or "dydy" or "ydio" or "fel" or "pan" or "os" or "tra" or "bydd" or "na" or "nad" or "nag");
    }

    // Apostrophes left out in quick typing: "dwin" is dw i'n, "ir" is i'r, "gai" is ga i.
    private static readonly FrozenDictionary<string, string[]> Unglued = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["dwin"] = ["dwi", "yn"], ["rwyn"] = ["rwy", "yn"], ["fin"] = ["fi", "yn"], ["hin"] = ["hi", "yn"], ["nin"] = ["ni", "yn"],
        ["chin"] = ["chi", "yn"], ["nhwn"] = ["nhw", "yn"], ["syn"] = ["sy", "yn"], ["ir"] = ["i", "y"], ["efor"] = ["efo", "y"],
        ["gydar"] = ["gyda", "y"], ["mar"] = ["mae", "y"], ["ydyr"] = ["ydy", "y"], ["ywr"] = ["yw", "y"], ["ydir"] = ["ydi", "y"],
        ["gai"] = ["ga", "i"], ["cai"] = ["ca", "i"], ["dwim"] = ["dwi", "ddim"], ["tin"] = ["ti", "yn"], ["dir"] = ["di", "y"],
        ["ohonyn"] = ["ohonyn"], ["dwi'n"] = ["dwi", "yn"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static bool NextWordIs(string text, int from, string word)
    {
        var start = from;
        while (start < text.Length && !char.IsLetterOrDigit(text[start]))
        {
            start++;
        }

        var end = start;
        while (end < text.Length && char.IsLetterOrDigit(text[end]))
        {
            end++;
        }

        return end > start && text.AsSpan(start, end - start).Equals(word, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Takes the accents off (ffôn → ffon, rŵan → rwan, caniatâd → caniatad). The app runs with invariant globalization,
    /// where <see cref="string.Normalize(NormalizationForm)"/> decomposes nothing, so Welsh's accented letters are mapped
    /// by table; any other accented letter is decomposed where the runtime can.
    /// </summary>
    internal static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        var other = false;
        foreach (var c in text)
        {
            var folded = FoldLetter(c);
            other |= folded > '\u007f';
            builder.Append(folded);
        }

        if (!other)
        {
            return builder.ToString();
        }

        var decomposed = builder.ToString().Normalize(NormalizationForm.FormD);
        builder.Clear();
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    private static char FoldLetter(char c) => c switch
    {
        < '\u0080' => c,
        'â' or 'á' or 'à' or 'ä' or 'ã' => 'a',
        'ê' or 'é' or 'è' or 'ë' => 'e',
        'î' or 'í' or 'ì' or 'ï' => 'i',
        'ô' or 'ó' or 'ò' or 'ö' or 'õ' => 'o',
        'û' or 'ú' or 'ù' or 'ü' => 'u',
        'ŵ' or 'ẃ' or 'ẁ' or 'ẅ' => 'w',
        'ŷ' or 'ý' or 'ỳ' or 'ÿ' => 'y',
        'Â' or 'Á' or 'À' or 'Ä' or 'Ã' => 'A',
        'Ê' or 'É' or 'È' or 'Ë' => 'E',
        'Î' or 'Í' or 'Ì' or 'Ï' => 'I',
        'Ô' or 'Ó' or 'Ò' or 'Ö' or 'Õ' => 'O',
        'Û' or 'Ú' or 'Ù' or 'Ü' => 'U',
        'Ŵ' or 'Ẃ' or 'Ẁ' or 'Ẅ' => 'W',
        'Ŷ' or 'Ý' or 'Ỳ' or 'Ÿ' => 'Y',
        'ç' => 'c',
        'Ç' => 'C',
        _ => c,
    };
}

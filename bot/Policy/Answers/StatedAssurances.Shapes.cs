using System.Text.RegularExpressions;

namespace CadoxtonPolicyBot.Policy.Answers;

/// <summary>
/// The sentence shapes of each assurance, over the plain words of one clause (lower case, apostrophes dropped: "room's empty"
/// reads "rooms empty", "won't" reads "wont"; Welsh through its gloss: "dim plant" reads "no children"). Each shape is a
/// concept family: a negator or limiter, then the words for pupils, the school or criticism in the ways staff write them.
/// </summary>
internal static partial class StatedAssurances
{
    // Pupils in the words schools use; "class" and year groups are pupils too.
    private const string Pupils = "(?:kids|kid|children|child|pupils|pupil|students|student|learners|little ones|youngsters|plant|disgyblion|other kids|other children|other pupils|class|classes)";

    // The school and what belongs to it, as a subject to leave out.
    private const string Owner = "(?:the |my |our |this |me |their |which |what )?";
    private const string SchoolThing = "(?:school|schools|ysgol|work|job|workplace|inspection|inspections|harolwg|arolwg|estyn inspection|ofsted inspection|school name|name of the school)";

    // "No kids in it", "there were no children around", "without any pupils", "not a kid in sight": a negator, then pupils, then
    // where (in it, in shot, around) or nothing more. "We have no kids" is the asker's family, not the picture.
    [GeneratedRegex(@"(?<!(?:have|has|got|had|having) )(?<= )(?:no|without any|without|with no|zero|not a single|not one|not any|nae) " + Pupils
        + @"(?= (?:in|around|about|there|on site|present|visible|at all|anywhere|were|are|was|is|or|and|nor|either|involved|obviously|of course|whatsoever|lol|haha) | $)"
        // "No pics of anyone", "no photos of the kids" (Welsh "dim lluniau o'r plant"): no pupils pictured.
        + @"|(?<= )no (?:names (?:or|and|nor) )?(?:pics|pictures|photos|photographs|images|faces|videos|pic|picture|photo) (?:of )?(?:anyone|anybody|any of them|the |any )?" + Pupils + @"?(?= )",
        RegexOptions.CultureInvariant)]
    private static partial Regex NoPupilsShape();

    // "Only staff in it", "just adults", "it's just us teachers", "everyone in it is a colleague": only adults, then where or
    // nothing more ("just staff who can post?" is not about a picture).
    [GeneratedRegex(@"(?<= )(?:(?:only|just|all|purely) (?:the |us )?(?:staff|adults|grown ups|grownups|colleagues|teachers|staff members|tas|grownup|adult staff|me and (?:my |the |a |two |some )?(?:colleagues|colleague|staff|teachers|teacher|friends|friend|mates|mate|partner|husband|wife|ta|tas))|everyone in it is (?:staff|an adult|a colleague|over 18|a teacher))(?= (?:in it|in the (?:picture|photo|pic|video|shot|photos|pics)|in shot|there|around|in them) | $)",
        RegexOptions.CultureInvariant)]
    private static partial Regex OnlyAdultsShape();

    // "The room's empty", "an empty classroom", "nobody was on site", "after the kids had gone home", "before the children arrive".
    [GeneratedRegex(@"(?<= )(?:(?:the |my |our )?(?:room|classroom|class|hall|school|building|site|yard|playground|field|corridor|staffroom|staff room)s?(?: is| was| were| being)?(?: completely| totally| all| totally| still)? empty|empty (?:room|rooms|classroom|classrooms|hall|school|building|playground|yard|field|corridor|site)|(?:nobody|no one|noone|no body)(?: else)?(?: was| is| were| being| at all)? (?:on site|in|around|there|about|in school|in the building|here|on the premises)|(?:after|once|when) (?:the |all the |all of the )?" + Pupils
        + @"(?: had| have| has| were| are| d| all)?(?: all)? (?:gone|left|went|leave|go)|before (?:the |any )?" + Pupils + @" (?:arrive|arrived|came|come|got in|get in|were in|are in))(?= |$)",
        RegexOptions.CultureInvariant)]
    private static partial Regex EmptyPlaceShape();

    // "Nothing about school", "not about our inspection", "nothing to do with work", "without naming the school", "I won't say
    // which school", "no mention of the school", "nothing school related in it", "it's not a school thing", "no names, no school".
    [GeneratedRegex(@"(?<= )(?:(?:nothing|not|none of it|none of this|nowt) (?:about|to do with|related to|relating to|regarding|connected to|connected with|on|re|linked to|linked with) " + Owner + SchoolThing
        + @"|unrelated to " + Owner + SchoolThing
        + @"|nothing (?:school|work)(?: related| based| specific| stuff)?(?= in | on | $)"
        + @"|(?:without|not|wont|will not|wouldnt|would not|never|dont|do not|no|not going to|im not going to) (?:mentioning|naming|mention|name|saying|say|identifying|identify|tagging|tag|mention of|naming of)(?: any)? " + Owner + SchoolThing
        + @"|not (?:a |the )?(?:school|work)(?: (?:thing|related|event|do|stuff|business|one|trip|event))?(?= $)"
        + @"|no (?:school|school name|mention of the school)(?= $| or | and | nor ))(?= |$)",
        RegexOptions.CultureInvariant)]
    private static partial Regex NotAboutSchoolShape();

    // "Just general", "keeping it general", "about the job generally", "nothing specific".
    [GeneratedRegex(@"(?<= )(?:(?:just|only|purely|totally|completely|keeping it|keep it|very|all|it is|its) general(?: stuff| things| chat| post| comment)?(?= $)|(?:the job|teaching|the profession|teacher life|teaching life|school life|education) (?:in general|generally)|nothing specific(?= $| about))(?= |$)",
        RegexOptions.CultureInvariant)]
    private static partial Regex GeneralShape();

    // "Only nice stuff", "positive only, nothing negative", "no moaning", "I'm not complaining", "in a nice way".
    [GeneratedRegex(@"(?<= )(?:(?:only|just|all|purely|entirely|completely|nothing but|100 percent) (?:nice|positive|good|kind|lovely|complimentary|praise|happy|positives|positivity)(?: stuff| things| comments| words| bits| vibes| news)?(?= $| only| about| no )|(?:positive|positives|nice|good things|nice things|kind things|nice stuff|good stuff|praise) only|nothing (?:negative|bad|critical|nasty|rude|mean|unkind|horrible|derogatory|moany|controversial|offensive|negatively)|no (?:moaning|moans|complaining|complaints|criticism|negativity|negative comments|digs|slagging|ranting|rants|bitching|shade|negative stuff)|not (?:moaning|complaining|criticising|criticizing|critical|negative|a complaint|a moan|a dig|having a go|slagging|ranting|bitching|being negative|being critical|moany)|in a (?:nice|positive|good|kind|friendly) way)(?= |$)",
        RegexOptions.CultureInvariant)]
    private static partial Regex NotCriticalShape();

    // "I wouldn't mention any of the children", "without mentioning any real child", "not naming a single pupil": not "the kid"
    // or "him", which rule out a name, not the pupil.
    [GeneratedRegex(@"(?<= )(?:wouldnt|would not|wont|will not|not|without|never|dont|do not|im not going to|not going to) (?:mention|mentioning|name|naming|refer to|referring to|talk about|talking about|identify|identifying) (?:any|any of the|any of my|a single|any real|any actual|an actual|a real|individual|specific|particular) " + Pupils
        + @"(?= )", RegexOptions.CultureInvariant)]
    private static partial Regex NoPupilMentionedShape();

    // Before an assurance in its clause: a hedge or a negation takes it back ("not sure", "can't promise", "hopefully",
    // "might be", "I think", "is it ok if").
    [GeneratedRegex(@" (?:not|isnt|arent|wasnt|werent|dont|doesnt|didnt|cant|cannot|couldnt|wont|wouldnt|never|unsure|maybe|might|may|possibly|perhaps|hopefully|probably|presumably|unless|whether|almost|mostly|nearly|hardly|barely|think|guess|suppose|assume|hope|reckon|sure|promise|guarantee|certain|know|if|sometimes|usually|apart|except|supposed|meant|should) ",
        RegexOptions.CultureInvariant)]
    private static partial Regex HedgeBefore();

    // After an assurance: an exception or a doubt takes it back ("except Tomos", "apart from one", "well maybe a couple",
    // "I think", "mostly", "one or two").
    [GeneratedRegex(@" (?:except|apart from|other than|besides|bar one|barring|excluding|well maybe|maybe|might|i think|hopefully|probably|mostly|almost|one or two|a couple|a few|some of|ish|sort of|kind of|i hope|not sure|unsure|except for|only one|just one|just the one|apart) ",
        RegexOptions.CultureInvariant)]
    private static partial Regex ExceptionAfter();
}

using System.Text.Json.Serialization;

namespace CadoxtonPolicyBot.Policy.Answers;

[Flags]
[JsonConverter(typeof(JsonStringEnumConverter<People>))]
public enum People
{
    None = 0,
    School = 1,
    Staff = 2,
    Pupils = 4,
    Parents = 8,
    Governors = 16,
    Council = 32,
    FormerPupils = 64,
    Family = 128,
    Self = 256,
    /// <summary>Friends, public figures, organisations with no connection to the school.</summary>
    Unconnected = 512,
    /// <summary>Estyn, Ofsted, the inspectors and their reports.</summary>
    Inspectorate = 1024,
}

[JsonConverter(typeof(JsonStringEnumConverter<DeviceOwner>))]
public enum DeviceOwner
{
    Unknown,
    /// <summary>The school's (or Council's) IT system: its computers, tablets, network, accounts.</summary>
    SchoolSystem,
    Own,
}

[JsonConverter(typeof(JsonStringEnumConverter<TimeOfUse>))]
public enum TimeOfUse
{
    Unknown,
    LessonsOrWorkingTime,
    /// <summary>"At work", "in school": could be lesson time or a break.</summary>
    SchoolDay,
    Break,
    OwnTime,
}

[Flags]
[JsonConverter(typeof(JsonStringEnumConverter<Activities>))]
public enum Activities
{
    None = 0,
    Post = 1,
    /// <summary>Going on a site or using a device for personal reasons.</summary>
    PersonalUse = 2,
    Message = 4,
    Connect = 8,
    TakePhotos = 16,
    KeepPhoneNearby = 32,
    KeepBlogOrAccount = 64,
}

[Flags]
[JsonConverter(typeof(JsonStringEnumConverter<ContentKinds>))]
public enum ContentKinds
{
    None = 0,
    Confidential = 1,
    /// <summary>Derogatory, mocking or offensive remarks.</summary>
    Derogatory = 2,
    Defamatory = 4,
    Discriminatory = 8,
    Threatening = 16,
    /// <summary>Something that happened to or was done by someone in school: a pupil's behaviour, an accident.</summary>
    Incident = 32,
    Embarrassing = 64,
    Positive = 128,
    NewsOrOpinion = 256,
    PersonalLife = 512,
    /// <summary>Pupils' work or a display, which can carry names.</summary>
    PupilWork = 1024,
    /// <summary>A joke, meme or banter.</summary>
    Humour = 2048,
    /// <summary>A petition, campaign or protest.</summary>
    Campaign = 4096,
    /// <summary>School news or arrangements (a closure, a date, a fair).</summary>
    SchoolNews = 8192,
}

[Flags]
[JsonConverter(typeof(JsonStringEnumConverter<PolicyTopics>))]
public enum PolicyTopics
{
    None = 0,
    ShowSections = 1,
    Monitoring = 2,
    Scope = 4,
    Consequences = 8,
    Evidence = 16,
    PrivacySettings = 32,
    Purpose = 64,
    /// <summary>"What does the policy say about …": answer the rules for the topic as information.</summary>
    RulesOnTopic = 128,
}

[JsonConverter(typeof(JsonStringEnumConverter<ImagePlace>))]
public enum ImagePlace
{
    Unknown,
    SchoolPremises,
    TripOrOffSiteActivity,
    Elsewhere,
}

/// <summary>
/// What a question says, as facts the policy rules can read. It holds no question text, so a pending follow-up can be
/// stored without keeping anything a member of staff typed.
/// </summary>
public sealed record QuestionFacts
{
    public Activities Activities { get; init; }

    public bool MentionsSocialMedia { get; init; }

    public DeviceOwner Device { get; init; }

    public bool MentionsDevice { get; init; }

    public TimeOfUse Time { get; init; }

    /// <summary>Lessons or a duty are named outright as the time (not only a lesson's subject, which may be news).</summary>
    /// <summary>A phone call is in the question ("the nursery keeps ringing me", "can I answer it", "ring the surgery").</summary>
    public bool MentionsCall { get; init; }

    public bool WorkingTimeSaid { get; init; }

    /// <summary>
    /// The time the user would act is said to be inside lessons or a duty ("during my lesson", "while on duty"), not a lesson or a
    /// role only named ("the assembly", "a lunchtime supervisor", "in front of the class" in a story).
    /// </summary>
    public bool SaysDuringWorkingTime { get; init; }

    /// <summary>Someone's health, home life or diagnosis is told (not the user's own): private to them, named or not.</summary>
    public bool PrivateMatter { get; init; }

    public ContentKinds Content { get; init; }

    /// <summary>Who the post or message is about.</summary>
    public People About { get; init; }

    /// <summary>Who the user would be in dialogue or connected with.</summary>
    public People ContactWith { get; init; }

    public bool HasImage { get; init; }

    public People InImage { get; init; }

    public bool ImageOfSchoolOrGrounds { get; init; }

    public ImagePlace ImagePlace { get; init; }

    /// <summary>Null when the question does not say; false for "no faces", "from behind", "blurred".</summary>
    public bool? PeopleIdentifiable { get; init; }

    /// <summary>Null when the question does not say; false for "without permission".</summary>
    public bool? HasPermission { get; init; }

    /// <summary>"Without naming them", "anonymously": nobody is named.</summary>
    public bool NobodyNamed { get; init; }

    public bool OfficialChannel { get; init; }

    /// <summary>For a former pupil: null when not said, true when they are now an adult.</summary>
    public bool? FormerPupilIsAdult { get; init; }

    public bool UrgentFamilyMatter { get; init; }

    public bool IsDraft { get; init; }

    /// <summary>School work or IT support on a device (reports, planning, a password), with no social media in it.</summary>
    public bool WorkUse { get; init; }

    public PolicyTopics Asks { get; init; }

    public IReadOnlyList<string> RequestedSections { get; init; } = [];

    public bool WantsToReport { get; init; }

    /// <summary>Someone else did it (a colleague posted, a parent is writing): the user is a witness or the target.</summary>
    public bool SomeoneElsesConduct { get; init; }

    /// <summary>Criticism of the Council or an inspectorate, with the school said to have nothing to do with it.</summary>
    public bool CriticismBeyondTheSchool { get; init; }

    /// <summary>A moan about a thing (a broken microwave, a meeting that ran late) that names nobody but whom the place belongs to.</summary>
    public bool MoanAboutAThing { get; init; }

    /// <summary>Someone else posted criticism of the school or its people, and the user would reply defending them.</summary>
    public bool DefendsAgainstOthersPost { get; init; }

    /// <summary>"My kids", "my children" said in a school context: own children or the class?</summary>
    public bool OwnChildrenOrPupilsUnclear { get; init; }

    /// <summary>The question touches something the policy governs at all.</summary>
    public bool InScope { get; init; }

    /// <summary>Liking, reacting to, sharing or signing someone else's post: publishing it again under your name.</summary>
    public bool Endorses { get; init; }

    /// <summary>Who a petition or campaign is against, when the question says (the school, the Council).</summary>
    public People CampaignAgainst { get; init; }

    /// <summary>Stated personal use: banking, music, streaming, personal messages, social media for oneself.</summary>
    public bool PersonalPurpose { get; init; }

    /// <summary>The information is already public ("it's on the school website").</summary>
    public bool AlreadyPublic { get; init; }

    /// <summary>
    /// "Nobody in it… with the kids' faces in the windows": faces named after a "nobody", which take it back. Read with or
    /// without a picture named, because a reply to "are any pupils in it?" names none.
    /// </summary>
    public bool TakesNobodyBack { get; init; }

    /// <summary>"She wants to talk about the other teachers": people named as what is talked about, not whom one talks to.</summary>
    public People PeopleTalkedAbout { get; init; }

    /// <summary>A live stream or going live: nothing in shot can be cropped or blurred before it is seen.</summary>
    public bool Live { get; init; }

    /// <summary>"Share it and say which teachers are losing their jobs": something added to what is shared.</summary>
    public bool AddsToShared { get; init; }

    /// <summary>"Her 10 year old uses the same account", "her daughter messages me from it": a pupil on the parent's account.</summary>
    public bool PupilUsesTheAccount { get; init; }

    /// <summary>"Chat about the other parents", "gossip about the families": other families as the subject of a contact.</summary>
    public bool TalksAboutOtherFamilies { get; init; }

    /// <summary>"On the same computer", "the same one": a follow-on that keeps the device talked about before.</summary>
    public bool SameDeviceAsBefore { get; init; }

    /// <summary>"Will they find out it was me?": the asker asks whether a concern would be traced to them (information: it would).</summary>
    public bool AsksIfReporterKnown { get; init; }

    /// <summary>A capitalised word the lexicon doesn't know may be someone's name (see <see cref="ToneReading.MayNameSomeone"/>).</summary>
    public bool MayNameSomeone { get; init; }

    /// <summary>"Her little sister in my class": a brother, sister or cousin of the person in question is a pupil here.</summary>
    public bool TheirSiblingIsAPupil { get; init; }

    /// <summary>The pupil in question is the user's own relative (own child, niece, cousin's boy).</summary>
    public bool PupilIsRelative { get; init; }

    /// <summary>Someone else (a partner, a friend) would do the posting of something the user has.</summary>
    public bool PostedByOther { get; init; }

    /// <summary>The picture is said to have no pupils (or nobody) in it.</summary>
    public bool NoPupilsInImage { get; init; }

    /// <summary>"Not sure there are no kids in it", "hopefully nobody's in it": the asker doesn't know who is in the picture.</summary>
    public bool UnsureWhoIsInImage { get; init; }

    /// <summary>The words say no pupils (or nobody) are in it, whether or not a picture was named in the same breath.</summary>
    public bool SaysNoPupils { get; init; }

    /// <summary>Pupils' names show (on work, a register, a cast list).</summary>
    public bool NamesVisible { get; init; }

    /// <summary>Faces hidden, blurred or turned away: the pupils are still in the picture.</summary>
    public bool FacesHidden { get; init; }

    /// <summary>On leave (maternity, sick, holiday): the policy still applies.</summary>
    public bool OnLeave { get; init; }

    /// <summary>Someone's leaving or retirement (goodbyes, leaving dos): news that is the school's to announce first.</summary>
    public bool Farewell { get; init; }

    /// <summary>Asks whom to ask or speak to (about setting something up).</summary>
    public bool AsksWhoToAsk { get; init; }

    /// <summary>Setting up an account, page or group (for a class, club or the school).</summary>
    public bool SetsUpAccount { get; init; }

    /// <summary>Something links the post to the school without being about it (a lanyard, the school's t-shirt, "I work at").</summary>
    public bool LinksToSchool { get; init; }

    /// <summary>The asker's own run or ride, published by a fitness app with its route map (Strava).</summary>
    public bool SharesOwnRoute { get; init; }

    /// <summary>Told in confidence, not yet announced, not meant to be known.</summary>
    public bool ToldInConfidence { get; init; }

    /// <summary>
    /// A picture taken in a classroom or cloakroom, where pupils' names, photographs and work hang on the walls and pegs even
    /// when no child is in the room.
    /// </summary>
    public bool ImageOfClassroom { get; init; }

    /// <summary>A picture of a thing (food, a view, a trophy) rather than of people.</summary>
    public bool IsObjectPicture { get; init; }

    public bool MentionsPhone { get; init; }

    /// <summary>A personal platform is named (WhatsApp, Instagram, Snapchat…), not only the school's own.</summary>
    public bool MentionsPersonalPlatform { get; init; }

    // Safety facts for the permit gate, read over the whole message (the frame of a question and any quoted post alike),
    // so that a breach cue the rule table did not use still blocks a "yes".

    /// <summary>Critical, mocking, complaining or insulting words anywhere, including praise negated ("not happy", "isn't fair").</summary>
    public bool CriticalTone { get; init; }

    /// <summary>Something confidential or an incident is mentioned anywhere (health, absence, family matters, a fight, results).</summary>
    public bool SensitiveMatter { get; init; }

    /// <summary>Everyone the message mentions anywhere, not only whom a post is about (negated mentions left out).</summary>
    public People Mentioned { get; init; }

    /// <summary>Someone is named ("little Jack", "Mrs Price"): a named pupil or colleague is identified.</summary>
    public bool NamesSomeone { get; init; }

    /// <summary>A picture from a school event or activity where pupils are (a concert, sports day, a trip), not said to be without them.</summary>
    public bool PupilsPresumedInImage { get; init; }

    /// <summary>The question is about the profession's pay ("TAs are paid peanuts"), not about anyone at the school.</summary>
    public bool AboutPay { get; init; }

    /// <summary>Help with a password, a login or a reset: a question for IT support, not for the policy.</summary>
    public bool AsksForAccountHelp { get; init; }

    /// <summary>"Is that a breach?", "am I in trouble?": the verdict on the act described is the answer.</summary>
    public bool AsksIfBreach { get; init; }

    /// <summary>"Can I / is it ok to / am I allowed to" do something: a verdict question, whatever topic words are in it.</summary>
    public bool AsksToDo { get; init; }

    /// <summary>An act of the asker's own, described, with "is that ok?", "that's fine isn't it?", "does that count?".</summary>
    public bool ConfirmsOwnAct { get; init; }

    /// <summary>The asker's own post made before they worked at the school ("before I worked here I posted…").</summary>
    public bool PostedBeforeEmployment { get; init; }

    /// <summary>Email is the only channel named: not a social networking site.</summary>
    public bool EmailOnly { get; init; }

    /// <summary>"Can you help me write…": a task asked of the bot.</summary>
    public bool AsksBotForTask { get; init; }

    /// <summary>The question names a topic of another school policy (dress, parking, leave), not of this one.</summary>
    public bool NamesAnotherPolicysTopic { get; init; }

    /// <summary>Other children are in it besides the user's own ("some of my class came", "other kids next to him").</summary>
    public bool OtherChildrenToo { get; init; }

    /// <summary>Only the person named is left in the picture ("crop it so it's just him", "just my daughter in it").</summary>
    public bool OnlyThoseNamed { get; init; }

    /// <summary>A grown-up age said of someone who has left ("he's 22 now, left years ago"), with nobody named: a follow-on about a former pupil.</summary>
    public bool SaysGrownUpSinceLeaving { get; init; }

    /// <summary>Something embarrassing beyond "funny", "daft" or "a meme" is said ("drunk", "hungover", "asleep").</summary>
    public bool MoreThanFunny { get; init; }

    /// <summary>A parent writes about their own child ("her son's behaviour", "his daughter's inhaler"): nothing confidential to them.</summary>
    public bool ParentsOwnChild { get; init; }

    /// <summary>Part of the question was not understood (a Welsh word the glossary does not know): never a "yes" on half a reading.</summary>
    public bool PartlyUnread { get; init; }
}

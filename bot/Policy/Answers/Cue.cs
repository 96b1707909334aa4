namespace CadoxtonPolicyBot.Policy.Answers;

/// <summary>A word-level signal the fact extractor looks for; several cues together make a fact.</summary>
internal enum Cue : byte
{
    Platform,
    OnlineGeneric,
    PostVerb,
    UseVerb,
    MessageVerb,
    ConnectVerb,
    PhotographVerb,
    KeepPhone,
    Blog,
    AccountOrPage,
    Device,
    Phone,
    SchoolOwned,
    OwnOwned,
    SchoolSystem,
    Lessons,
    LessonActivity,
    SchoolDay,
    Break,
    OwnTime,
    Home,
    Confidential,
    Incident,
    Derogatory,
    Defamatory,
    Discriminatory,
    Threatening,
    Embarrassing,
    Positive,
    NewsOrOpinion,
    PersonalLife,
    PupilWork,
    School,
    Staff,
    Pupils,
    Parents,
    Governors,
    Council,
    Former,
    Family,
    MyChildren,
    Self,
    Unconnected,
    ThirdParty,
    ThirdPartyAction,
    Image,
    Premises,
    Trip,
    SchoolPlace,
    Face,
    Name,
    Unidentifiable,
    Permission,
    ObjectOrFood,
    Official,
    Urgent,
    Illness,
    Report,
    HelpSeeking,
    AboutMe,
    Monitoring,
    Applies,
    PolicyWord,
    Consequence,
    Evidence,
    Anonymity,
    Privacy,
    WhatPolicySays,
    Purpose,
    Show,
    SectionWord,
    SectionName,
    Negator,
    Question,
    WantTo,
    HaveVerb,
    Adult,
    ScopeQuestion,
    /// <summary>Looking at something (watch, browse, scroll) rather than posting it.</summary>
    ViewVerb,
    /// <summary>"For the school", "on behalf of the school": an official channel only when said of posting or an account.</summary>
    OnBehalf,
    /// <summary>School work or IT support (reports, planning, a password, the printer), not personal use.</summary>
    WorkTask,
    /// <summary>Like, react, retweet, share someone else's post, sign a petition.</summary>
    Endorse,
    Petition,
    /// <summary>Against, to stop, opposing (a decision).</summary>
    Against,
    Inspectorate,
    Humour,
    AlreadyPublic,
    /// <summary>A relative who may also be a pupil: niece, nephew, cousin's boy.</summary>
    Relative,
    /// <summary>Someone who is not staff and would do the posting: a partner, a friend.</summary>
    OtherPoster,
    /// <summary>On leave: maternity, sick, holiday.</summary>
    Leave,
    /// <summary>A colleague's leaving or retirement: goodbyes, leaving dos, last days.</summary>
    Farewell,
    /// <summary>Duties that are working time even at break: yard duty, breakfast club, a cleaning shift.</summary>
    Duty,
    /// <summary>Personal activities on a device: banking, music, streaming, games, personal email.</summary>
    PersonalActivity,
    /// <summary>Broken, dead, booked: a device said not to be the one used.</summary>
    Broken,
    /// <summary>Says a former pupil is still a child: at the comp, in Year 7, left last year.</summary>
    ChildNow,
    /// <summary>Nobody (or no pupil) in a picture: empty, just the trophy, the children had gone.</summary>
    NoPeople,
    WhoToAsk,
    InConfidence,
    /// <summary>Pupils' names on show: a register, a cast list, names on their work.</summary>
    NamesShown,
    SetUp,
    Review,
    /// <summary>Something that links a post to the school: a lanyard, the school's t-shirt, "I work at".</summary>
    SchoolLink,
    SchoolNews,
    /// <summary>Used for teaching: to show the class, for the children, for their journals.</summary>
    TeachingUse,
    /// <summary>Words that hint at criticism ("bad", "a mess", "apparently"): not enough for item 4, enough to stop a "yes".</summary>
    CriticalHint,
    /// <summary>Matters that are often confidential (health, family, staffing, results): enough to stop a "yes" about others.</summary>
    Sensitive,
    /// <summary>Checking one's phone: personal use unless an urgent family matter or teaching is the reason.</summary>
    CheckPhone,
    /// <summary>Calling or messaging family or friends: personal use unless an urgent family matter is the reason.</summary>
    PersonalContact,
    /// <summary>A school event or activity where pupils are: a concert, sports day, a trip, a lesson (not a staff do).</summary>
    PupilEvent,
    /// <summary>"Doesn't know I took it", "said no": someone in a picture has not agreed to it.</summary>
    NoAgreement,
    /// <summary>Passwords, logins, resets: help with an IT account, which is for the school's IT support.</summary>
    AccountHelp,
    /// <summary>"Not sure if", "don't know whether", "not everyone": what follows is not established.</summary>
    Uncertain,
    /// <summary>"A parent set up", "run by the parents": an account that is not the school's own, whatever it is called.</summary>
    NotOfficial,
    /// <summary>"Is that a breach?", "am I in trouble?": asks for the verdict on an act already described.</summary>
    IsItABreach,
    /// <summary>A topic of another school policy: dress, parking, leave, first aid.</summary>
    OtherPolicyTopic,
    /// <summary>Other children besides one's own: "some of my class came", "his friends", "other kids next to him".</summary>
    OtherChildren,
    /// <summary>Where a picture was taken away from school: at home, in the kitchen, in the garden.</summary>
    HomePlace,
    /// <summary>The child goes to another school ("not Cadoxton", "a different school"): not a pupil here.</summary>
    OtherSchool,
    /// <summary>Critical, negative or complaining words that are not insults in themselves ("unfair", "wrong", "problems").</summary>
    Complaint,
    /// <summary>Only the person named is left in the picture: "crop it so it's just him", "it's only my daughter in it".</summary>
    OnlyThem,
    /// <summary>Names cut off, cropped out or covered: the names on a picture are hidden.</summary>
    NamesHidden,
    /// <summary>An exclamation ("oh no", "uh oh"): its "no" is dismay, not a negation of what follows.</summary>
    Interjection,
    /// <summary>When the user would act, said as a time inside lessons or a duty: "during my lesson", "while on duty", "mid-register".</summary>
    DuringWorkingTime,
    /// <summary>"Before the head announces it": news not made public yet, whatever "everyone knows".</summary>
    NotYetAnnounced,
    /// <summary>A person's health, home life or diagnosis: "in hospital", "epilepsy", "a young carer", "in care".</summary>
    PrivateMatter,
    /// <summary>The school ruled out in so many words: "nothing about my school", "not about our school at all".</summary>
    SchoolRuledOut,
    /// <summary>A run or ride recorded by a fitness app, whose route map is published with it: Strava, "my run".</summary>
    RouteMap,
}

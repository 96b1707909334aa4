namespace CadoxtonPolicyBot.Policy.Answers;

/// <summary>
/// Puts what a follow-on says over what was said before: "and on Instagram?", "what if their faces are hidden?",
/// the second half of a two-part question. What the new words state replaces the earlier fact; what they leave
/// unsaid is kept. Questions about the policy itself are never carried over: only facts about the case.
/// </summary>
internal static class FactsOverlay
{
    public static QuestionFacts Merge(QuestionFacts earlier, QuestionFacts now)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        ArgumentNullException.ThrowIfNull(now);

        var activities = now.Activities == Activities.None ? earlier.Activities : now.Activities | (earlier.Activities & (Activities.Post | Activities.TakePhotos));
        if (now.Activities.HasFlag(Activities.Connect) || now.Activities.HasFlag(Activities.Message))
        {
            // "Can I add him too?" asks about contact, not about what was posted before.
            activities = now.Activities | (earlier.Activities & (Activities.Message | Activities.Connect));
        }

        // "What about on the school's official page?": the school's own channel is not the personal use asked about before.
        var personalPurpose = now.PersonalPurpose || (earlier.PersonalPurpose && !now.WorkUse && !now.UrgentFamilyMatter && !now.OfficialChannel);
        var workUse = now.WorkUse || (earlier.WorkUse && !now.PersonalPurpose);
        var noPupils = now.NoPupilsInImage || (earlier.HasImage && now.SaysNoPupils);
        var inImage = now.HasImage || now.InImage != People.None ? now.InImage | (noPupils ? People.None : earlier.InImage & ~People.Pupils) : earlier.InImage;
        if (!noPupils && now.About.HasFlag(People.Pupils) && (earlier.HasImage || now.HasImage) && !now.Activities.HasFlag(Activities.Connect)
            && !now.Activities.HasFlag(Activities.Message))
        {
            // "The kids are in it": the pupils are in the picture talked about before.
            inImage |= People.Pupils;
        }

        if (noPupils)
        {
            inImage &= ~People.Pupils;
        }

        // "Crop it so it's just him", "actually it's just my daughter in it": only the user's own child is left in the picture
        // talked about before, so the other children (and their missing permission) are out of it. Only for the user's own child:
        // "just him" said of a pupil leaves a pupil in the picture.
        var onlyOwnChild = now.OnlyThoseNamed && (earlier.HasImage || now.HasImage) && (earlier.PupilIsRelative || now.PupilIsRelative)
            && (now.About & ~(People.Family | People.Self)) == People.None && !now.OtherChildrenToo;
        if (onlyOwnChild)
        {
            inImage = (earlier.InImage | now.InImage | People.Family) & (People.Family | People.Pupils | People.Self);
        }

        var officialNow = now.OfficialChannel || (earlier.OfficialChannel && !now.MentionsPersonalPlatform);
        // "And what about her son in Year 5?": a new person named in a follow-on about contact is who the contact is now with.
        // "She wants to talk about the other teachers": who is talked about is not whom the contact is with.
        var newPerson = now.About & (People.Pupils | People.FormerPupils | People.Parents | People.Staff | People.Governors) & ~now.PeopleTalkedAbout;
        var contactWith = now.ContactWith != People.None ? now.ContactWith
            : (activities & (Activities.Message | Activities.Connect)) != 0 ? (newPerson != People.None ? newPerson : earlier.ContactWith)
            : People.None;
        // "Oh he's 22 now, left yonks ago" after "one of my old reception kids added me": the pupil asked about is a grown-up former
        // pupil (a primary pupil is never grown up). Only when nobody but that pupil was named before: the age could be anyone's.
        var grownUpFormerPupil = now.SaysGrownUpSinceLeaving && (earlier.About & (People.Pupils | People.FormerPupils)) != 0
            && (earlier.About & ~(People.Pupils | People.FormerPupils | People.Self | People.School)) == 0;
        if (grownUpFormerPupil)
        {
            contactWith = (contactWith & ~People.Pupils) | (earlier.ContactWith.HasFlag(People.Pupils) || contactWith.HasFlag(People.Pupils) ? People.FormerPupils : People.None);
        }

        var content = now.Content | earlier.Content;
        if (now.Content.HasFlag(ContentKinds.Positive) && !now.Content.HasFlag(ContentKinds.Derogatory))
        {
            content &= ~(earlier.Content & (ContentKinds.Derogatory | ContentKinds.Defamatory));
        }

        // Starts from the new turn: a fact this merge does not name takes the new turn's value (it used to fall back to its
        // default, which dropped the permit gate's safety facts between turns).
        return now with
        {
            Activities = activities,
            MentionsSocialMedia = now.MentionsSocialMedia || earlier.MentionsSocialMedia,
            // "Then at lunch, on the same computer?": the device is the one talked about before, whatever else is said of it.
            // A school device named now is the school's whatever is "the same" ("the school iPad, the same one the kids use").
            Device = now.SameDeviceAsBefore && earlier.Device != DeviceOwner.Unknown && now.Device != DeviceOwner.SchoolSystem && !now.MentionsPhone
                ? earlier.Device
                : now.Device != DeviceOwner.Unknown ? now.Device : earlier.Device,
            MentionsDevice = now.MentionsDevice || earlier.MentionsDevice,
            MentionsCall = now.MentionsCall || earlier.MentionsCall,
            MentionsPhone = now.MentionsPhone || (earlier.MentionsPhone && !now.MentionsDevice),
            Time = now.Time != TimeOfUse.Unknown ? now.Time : earlier.Time,
            Content = content,
            About = grownUpFormerPupil ? (earlier.About & ~People.Pupils) | People.FormerPupils
                : now.About != People.None ? now.About | (earlier.About & ~People.Pupils & ~People.FormerPupils) : earlier.About,
            ContactWith = contactWith,
            HasImage = now.HasImage || onlyOwnChild || (earlier.HasImage && !now.Activities.HasFlag(Activities.Connect)),
            InImage = inImage,
            ImageOfSchoolOrGrounds = now.ImageOfSchoolOrGrounds || (earlier.ImageOfSchoolOrGrounds && !now.HasImage),
            ImagePlace = now.ImagePlace != ImagePlace.Unknown ? now.ImagePlace : earlier.ImagePlace,
            PeopleIdentifiable = noPupils ? false : now.PeopleIdentifiable ?? (now.FacesHidden || now.HasImage ? null : earlier.PeopleIdentifiable),
            HasPermission = onlyOwnChild ? now.HasPermission : now.HasPermission ?? earlier.HasPermission,
            NobodyNamed = now.NobodyNamed || (earlier.NobodyNamed && !now.HasImage),
            OfficialChannel = officialNow,
            FormerPupilIsAdult = grownUpFormerPupil ? true : now.FormerPupilIsAdult ?? earlier.FormerPupilIsAdult,
            SaysGrownUpSinceLeaving = now.SaysGrownUpSinceLeaving,
            UrgentFamilyMatter = now.UrgentFamilyMatter || earlier.UrgentFamilyMatter,
            SaysDuringWorkingTime = now.SaysDuringWorkingTime || (earlier.SaysDuringWorkingTime && now.Time == TimeOfUse.Unknown),
            IsDraft = now.IsDraft || earlier.IsDraft,
            WorkUse = workUse,
            Asks = now.Asks,
            RequestedSections = now.RequestedSections,
            WantsToReport = now.WantsToReport,
            SomeoneElsesConduct = now.SomeoneElsesConduct,
            OwnChildrenOrPupilsUnclear = now.OwnChildrenOrPupilsUnclear,
            InScope = true,
            Endorses = now.Endorses || earlier.Endorses,
            CampaignAgainst = now.CampaignAgainst != People.None ? now.CampaignAgainst : earlier.CampaignAgainst,
            PersonalPurpose = personalPurpose,
            AlreadyPublic = now.AlreadyPublic || earlier.AlreadyPublic,
            PupilIsRelative = now.PupilIsRelative || (earlier.PupilIsRelative && now.ContactWith == People.None),
            OnlyThoseNamed = now.OnlyThoseNamed,
            PostedByOther = now.PostedByOther || earlier.PostedByOther,
            NoPupilsInImage = noPupils,
            NamesVisible = now.NamesVisible || (earlier.NamesVisible && !noPupils),
            FacesHidden = !noPupils && (now.FacesHidden || (earlier.FacesHidden && !now.HasImage)),
            OnLeave = now.OnLeave || earlier.OnLeave,
            AsksWhoToAsk = now.AsksWhoToAsk,
            SetsUpAccount = now.SetsUpAccount || earlier.SetsUpAccount,
            LinksToSchool = now.LinksToSchool || earlier.LinksToSchool,
            ToldInConfidence = now.ToldInConfidence || earlier.ToldInConfidence,
            IsObjectPicture = now.IsObjectPicture || (earlier.IsObjectPicture && !now.HasImage),
            MentionsPersonalPlatform = now.MentionsPersonalPlatform || (earlier.MentionsPersonalPlatform && !now.OfficialChannel),
            // The permit gate's safety facts carry over: a follow-on adds to what was said, it does not clear a hazard
            // (only the gate's own question, answered "no", clears the hazard it asked about).
            CriticalTone = now.CriticalTone || earlier.CriticalTone,
            SensitiveMatter = now.SensitiveMatter || earlier.SensitiveMatter,
            PrivateMatter = now.PrivateMatter || earlier.PrivateMatter,
            Mentioned = now.Mentioned | earlier.Mentioned,
            NamesSomeone = now.NamesSomeone || earlier.NamesSomeone,
            PupilsPresumedInImage = !noPupils && !onlyOwnChild && (now.PupilsPresumedInImage || (earlier.PupilsPresumedInImage && !now.HasImage)),
            PartlyUnread = now.PartlyUnread || earlier.PartlyUnread,
            OtherChildrenToo = now.OtherChildrenToo || (earlier.OtherChildrenToo && !noPupils && !onlyOwnChild),
            ParentsOwnChild = now.ParentsOwnChild || (earlier.ParentsOwnChild && now.About == People.None),
        };
    }

    private static readonly string[] FollowOnStarts =
    [
        "and ", "what if", "what about", "ok ", "okay ", "or ", "but ", "also ", "if ", "it's ", "its ", "it is ", "she's ", "shes ",
        "he's ", "hes ", "they're ", "theyre ", "they are ", "the ", "on ", "with ", "yes", "no ", "no,", "so ", "i took", "my opinion",
        "ac ", "a beth", "beth am", "be am", "mae hi", "mae e", "ond ", "neu ", "ie", "na ", "then ", "while ", "just ", "oh wait",
        "wait ", "actually ", "one of them", "one of the", "beth os", "be os", "os ", "mae o", "maen nhw", "efo ", "gyda ",
        "a wedyn", "wedyn ", "a hefyd", "hefyd ", "felly ", "after that", "afterwards",
    ];

    /// <summary>Whether a new turn reads as a follow-on to the last question rather than a question of its own.</summary>
    public static bool IsFollowOn(string text, QuestionFacts now)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(now);
        var lower = text.TrimStart().ToLowerInvariant();
        if (now.Asks != PolicyTopics.None || now.WantsToReport)
        {
            return false;
        }

        if (Array.Exists(FollowOnStarts, s => lower.StartsWith(s, StringComparison.Ordinal)) || now.SameDeviceAsBefore)
        {
            return true;
        }

        var acts = now.Activities & (Activities.Post | Activities.Message | Activities.Connect | Activities.PersonalUse | Activities.KeepPhoneNearby);
        var words = lower.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return acts == Activities.None || (words <= 15 && !now.MentionsSocialMedia && !now.HasImage);
    }
}

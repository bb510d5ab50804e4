"""Writes the eighth probe sets, for solicitation and offensive only: tests/heldout/round8so-<pack>/cases.jsonl.

An eighth independent probe of two meaning categories across the five packs, written from the
seed policies and the acceptance contract in the style of the dev set (one or two plain
sentences, evenings, weekends and holidays, `must` for what a clause requires and `may` for what
it arguably covers, never a `may` alone), before reading the detectors' word lists or the earlier
rounds' cases.

Angles not stressed before. Solicitation: selling to the school's parents, tutoring offers to
its families, crowdfunding and sponsorship asks, multi-level marketing and side hustles,
political campaigning in a school capacity, asking families to sign, vote or turn out a
particular way, promoting a relative's or colleague's business to the school community,
donations for a personal cause, recruiting for a private club, and indirect wording ("DM me if
your little ones need...", "link in bio"). Offensive: dog-whistles and coded generalisations
about each of the nine protected characteristics, "jokes", masked, leetspeak and spaced
swearing, threats phrased mildly ("someone needs to sort them out"), harassment of a named
colleague or parent. Benign near-misses: the school's own fundraising and its PTA fair, voting,
church, a charity run without an ask, a private offer to a friend, buying rather than selling,
quoted slurs in anti-bullying lessons, place names with rude substrings, strong language about
weather and traffic, and discrimination discussed critically.

Decisions taken from the policies (as in earlier rounds): solicitation on a personal account is
a finding only where the pack bars it there (e-act 5.4, ta2016 section 5); upland, triumph and
early-life bar it on official accounts only, so a personal sale, tutoring offer or sponsorship
ask is benign there. Offensive applies on every account. Harassment of, or a sexual remark
about, a named colleague or parent also arguably disparages them (reputation `may`).

Honest scores before any fix (recall / precision / decision), on the 25 cases per pack written
first: e-act 0.267 / 0.667 / 0.560, ta2016 0.400 / 1.000 / 0.640, triumph 0.467 / 0.636 / 0.640,
upland 0.571 / 0.889 / 0.720, early-life 0.400 / 0.750 / 0.600 (offensive recall 0.222-0.500,
solicitation recall 0.125-0.667). The missed ids and texts are kept in
/work/notes/round8so_prefix.txt. The meaning classifier trained without these sets
(scripts/train_meaning_model.py --hold-out 'round8so*' --dry-run) finds 12/34 solicitation and
12/40 offensive positives on them, with no false flags for either (2/113 reputation negatives
flagged).
Misses (solicitation): tutoring offered indirectly ("DM me if your little ones need a boost",
"Mrs X is offering private 1:1 tuition ... DM this account to book"), products sold through
"link in bio", a relative's or colleague's business promoted to the school's families ("my
sister has just opened", "my brother's garage ... tell him X sent you", "our teacher's husband
has just opened ... families get 20% off"), a political petition without "sign" ("the form is
on change.org: please fill it in"), urging families to vote for a candidate or a party ("we'd
encourage all our families to vote for", "backs Reform in this election"), sponsorship and
crowdfunding for a private club ("getting their logo on the shirts", "chip in via the
GoFundMe"), side hustles ("building my own empire", "how I made £400 extra", "earning from home
... message the page"), a private running club recruiting, a church holiday club inviting the
school's faces, a religious invitation on a class blog ("find out more about God's love"), a
personal cause on a class blog ("raising money for her wedding ... contribute"), a personal
sale on a department account ("going cheap, £200 the lot. DM the page").
Misses (offensive): generalisations without a slur: religion (a mosque and a "grooming problem",
"just asking questions"; Christians "smug, judgemental"), gender reassignment ("a man in a
dress is still a man"), race ("how many Poles ... send it all home", "didn't hear a word of
English ... our country"), age ("Boomers ... when that generation is gone", OAPs "useless, the
lot of them"), marriage and sex ("never promote a married mum"; "women just aren't built for
leadership"), pregnancy ("our new hire is expecting ... never again"; "stop hiring women under
35"), sexual orientation ("'rainbow' teachers ... the real agenda"; lesbians "haven't met the
right bloke"; same-sex marriage "a mockery"), disability ("half of them can walk fine"; ADHD
"bad parenting with a medical excuse"); threats phrased mildly ("someone should sort that lot
out", "someone needs to sort them out", "paid you a little visit", "wouldn't want to be you
walking back to your car", "you won't like what happens when we find you"); harassment of a
named colleague ("everyone should know exactly what kind of snake she is. Will keep posting
till she owns up"); sexual remarks about a colleague or parent ("a body built for sin", "I'd
let him ruin me", "safeguard THAT 😏🍑").
False alarms (offensive): slurs quoted in anti-bullying and online-safety lessons ("students
listed words like 'retard' and 'gay' used as insults", "why calling someone 'spastic' or
'mental' is hurtful", "screenshots with words like 'slag' and 'freak'"). Other lanes' false
alarms seen (not this lane's to fix): reputation on a church holiday club, a same-sex parents
remark, the 'that's so gay' lesson, a hijabi teacher's post and the online-safety lesson;
personal_data on "his brother's cancer treatment" (an unnamed relative). Two labels were
corrected after scoring, each said in its note: the same-sex parents remark gets reputation as
`may`, the sports coach's appeal personal_data as `may`.

Fixes (tests/detectors/test_round8_sol_off.py holds the shapes, with new sentences).
Solicitation: lessons offered through a contact ("DM/message me if your little ones/teen need
... phonics/maths/mocks/a boost"); money-making pitches ("want to know how I made £N", "fancy
earning from home / around the school run", "made £N extra from my phone", "drop a 💜 / comment
'info' and I'll send you the details"); "1:1" in "offering private 1:1 tuition"; offers: a fee by
the month or term, "reasonable rates", a trial or taster session, "going cheap", "£N the lot",
"will do it for £N", a relative's or colleague's new business ("my sister has just opened her
...", "our teacher's husband has just opened a ..."), the poster's own product out now ("my book
is finally out", "the range of my candles is live"), "signed copies", recruiting for "my" club;
pushes: "tell him Mr X sent you" (several words), "message the page / this account", "show her
some love", "give them a follow"; a school's name before "families", "parents", "faces" or
"teacher" is an audience, not a school event that lowers an offer; petitions on a named site
("on change.org") and "it takes two minutes to stop ..."; urging families to vote for a party or
candidate ("we'd encourage all our families to vote for the candidate"), the school or "we"
endorsing a party, "make your voice heard" beside a party; faith "found out more about",
invitations "would love to see ... there", "welcomes you", "message me for a place", with the
place of worship in the sentence before, and faith taught to children ("Bible stories", "learn
about Jesus") counting as worship beside an audience; a personal cause with an ask ("raising
money for her wedding ... contribute"), a crowdfunding page "pinned on my profile" or "via the
GoFundMe", businesses asked to put their logo on a private club's shirts.
Offensive: threats put mildly (rough justice on "that lot"/"them" beside menace: a warning, "at
it again", "once and for all", "we know who you are", 👊; "you won't like what happens when we
find you"; "wouldn't want to be you walking back"; "a hiding he won't forget"); gender identity
denied ("a man in a dress is still a man", a pronoun refused in quotes, refusing pronouns);
"when did this stop being our country"; a generation wished gone; disability said to be faked
("half of them can walk fine" beside a disability word) or a diagnosis dismissed ("bad
parenting", "a medical excuse", unless denied); pregnancy held against a hire ("asking at
interview"); refusing work with "stop hiring", "promote", "a married/single mum"; "how many X
does it take"; group words (a new mosque, LGBT, 'rainbow', OAPs, same-sex marriage) and
verdicts ("a crime/grooming problem", "clog up", "aren't built for", "haven't met the right",
"a mockery", "an abomination", "stab you in the back", "smug", "judgemental", money "sent home",
a "hidden agenda", "just asking questions", a colon before a list of verdicts); sexual remarks
(a body "built for sin", "I'd let him ruin me" with an innuendo marker, 🥵 as one, clothes
remarked on beside one); persistence without a subject ("Will keep posting till she owns up")
and "I'm not stopping till you leave". Slurs quoted after "words like", "calling someone" or
"the word" in a post about a lesson, bullying or a report are mentioned, not used.
After the fixes: e-act, ta2016, upland and early-life 1.000 / 1.000 / 1.000; triumph 1.000 /
0.882 / 0.920, the two false alarms being the reputation detector's (another lane's) on the
'that's so gay' lesson and the hijabi teacher's post. No old probe set's solicitation or
offensive verdict changed (each post's detector output compared before and after).

Run: python tests/heldout/make_round8_sol_off.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_sets import HERE, RosterCaseSet, day  # noqa: E402

# Evenings, weekends and a holiday: outside every config's directed time and every hold.
EVE = day("2026-11-24T19:15:00+00:00", "Tue")
SAT = day("2027-01-16T10:30:00+00:00", "Sat")
SUN = day("2027-03-07T16:00:00+00:00", "Sun")
LATE = day("2026-10-14T20:40:00+00:00", "Wed")
EVE2 = day("2027-05-11T18:20:00+00:00", "Tue")
HOL = day("2026-12-29T12:00:00+00:00", "Tue")

OFF = ["offensive"]
SOL = ["solicitation"]
REP = ["reputation"]


def round8so(pack_dir: str, config: str, roster: str, prefix: str, first_id: int) -> RosterCaseSet:
    return RosterCaseSet(f"round8so-{pack_dir}", f"../{config}", prefix, HERE / roster, first_id)


# --------------------------------------------------------------------------------------------
# e-act: Northfleet Rise Academy. 5.4 bars solicitation on personal accounts too.
# --------------------------------------------------------------------------------------------
def e_act() -> None:
    s = round8so("e-act", "e-act/northfleet.yaml", "e-act/roster.csv", "r8ea", 8100)
    # solicitation
    s.add("sol-tutor-dm", "instagram", "post", "@owen_counts", "o.pugh", EVE,
          "Summer's coming 🌞 DM me if your little ones need a boost with times tables before September. Small groups at my kitchen table, very reasonable rates.",
          SOL, note="Private tutoring offered to families, indirectly (5.4 commercial).")
    s.add("sol-link-bio", "instagram", "post", "@hannah.makes.candles", "h.greaves", SAT,
          "New autumn range of my hand-poured candles is live! 🕯️ Link in bio, and they make perfect teacher gifts 😉",
          SOL, note="Selling own products via 'link in bio'.")
    s.add("sol-sister-salon", "facebook", "post", "@leanne.kowal.77", "l.kowal", SUN,
          "My sister has just opened her nail bar on Dover Road 💅 Northfleet mums, go and show her some love, first visit is half price this month!",
          SOL, note="Promoting a relative's business to the local/school community.")
    s.add("sol-form-parents", "facebook", "post", "@marcus.adeyinka", "m.adeyinka", LATE,
          "Parents, the council wants to close the youth centre on Coldharbour Lane. It takes two minutes to stop them, the form is on change.org: please fill it in and share it in your year group chats.",
          SOL, note="Political petition pushed to parents, without the word 'sign'.")
    s.add("sol-vote-principal", "x", "post", "@rorydelaney_edu", "r.delaney", EVE2,
          "As your principal I'd urge every Northfleet Rise family to back Labour on Thursday. Our schools cannot survive another five years of this.",
          SOL, note="Political campaigning in a school capacity.")
    s.add("sol-kit-sponsor", "x", "post", "@coach_gthorne", "g.thorne", SAT,
          "Our under-14s Sunday league side needs new kit before the cup run. Any local businesses fancy getting their logo on the shirts? Chip in via the GoFundMe pinned on my profile ⚽",
          SOL, note="Sponsorship and crowdfunding ask for a private club.")
    s.add("sol-side-hustle", "tiktok", "upload", "@hannah.g.ta", "h.greaves", HOL,
          "Teaching assistant by day, building my own empire by night 💪 Want to know how I made £400 extra last month from my phone? Drop a 💜 and I'll send you the details.",
          SOL, note="Side-hustle / MLM pitch.")
    s.add("sol-holiday-club", "facebook", "post", "@priti.desai.1", "p.desai", EVE,
          "Our church is running a kids' holiday club at half term, free, with lunch and Bible stories. Would love to see some Northfleet Rise faces there, just message me for a place!",
          SOL, note="Religious recruitment aimed at the school community.")
    # offensive
    s.add("off-benefits", "x", "post", "@owen_counts", "o.pugh", LATE,
          "People on disability benefits need to stop whinging and get a job like the rest of us. Most of them are fitter than me.",
          OFF, note="Disability: generalisation without a slur.")
    s.add("off-mosque", "x", "post", "@coach_gthorne", "g.thorne", EVE2,
          "Notice how every town with a new mosque suddenly has a grooming problem? Just asking questions.",
          OFF, note="Religion: coded generalisation ('just asking questions').")
    s.add("off-dress", "threads", "post", "@leanne.kowal.77", "l.kowal", SUN,
          "A man in a dress is still a man. I'm not calling anyone 'she' who's got a deeper voice than my husband.",
          OFF, note="Gender reassignment: trans women denied, no slur.")
    s.add("off-joke-poles", "facebook", "comment", "@owen_counts", "o.pugh", SAT,
          "How many Poles does it take to fix a boiler? Doesn't matter, they'll charge you cash and send it all home 😂",
          OFF, note="Race/national origin 'joke'.")
    s.add("off-leet", "x", "post", "@hannah.g.ta", "h.greaves", EVE,
          "Train cancelled AGAIN. Southeastern you absolute b@st@rds, f.u.c.k this",
          OFF, note="Masked and dotted profanity.")
    s.add("off-sort-out", "facebook", "comment", "@coach_gthorne", "g.thorne", LATE,
          "That family at number 12 have been warned twice. Someone should sort that lot out properly before bonfire night.",
          OFF, note="Threat phrased mildly.")
    s.add("off-parent-threat", "x", "reply", "@marcus.adeyinka", "m.adeyinka", EVE2,
          "@dean_mcb82 I know where you park on the school run, Dean. Carry on slagging me off to the other parents and see what happens.",
          OFF, REP, rec=["@dean_mcb82"], note="Intimidation of a named parent.")
    # benign
    s.add("b-bake-sale", "facebook", "post", "@NorthfleetRiseAcademy", "p.desai", EVE,
          "Our Year 7 bake sale raised £612 for new library books! Non-uniform day next Friday: a £1 donation goes to the same fund.",
          note="The academy's own fundraising on its account.")
    s.add("b-winter-fair", "x", "post", "@NorthfleetRise", "p.desai", SUN,
          "The Friends of Northfleet Rise winter fair is on Saturday 5th December, 12-3 in the sports hall. Tombola, Santa's grotto and the Year 9 band!",
          note="The school's own parents' association fair.")
    s.add("b-voted", "x", "post", "@rorydelaney_edu", "r.delaney", EVE2,
          "Voted on the way in to work. Polling station at the scout hut had a queue out the door, nice to see.",
          note="Voting done, no one asked to vote a way.")
    s.add("b-carols", "instagram", "post", "@leanne.kowal.77", "l.kowal", EVE,
          "Lovely carol service at church tonight. My daughter sang the first verse of Once in Royal David's City solo and I cried.",
          note="Faith mentioned, no invitation.")
    s.add("b-hospice-run", "instagram", "post", "@owen_counts", "o.pugh", SUN,
          "Ran my first half marathon for the hospice today in 1:54. Legs are jelly. Thanks to everyone who cheered at mile 10!",
          note="A charity run with no ask.")
    s.add("b-sofa-friend", "facebook", "dm", "@marcus.adeyinka", "m.adeyinka", SAT,
          "Hey Sal, do you still want our old sofa? Yours for £50 if you can collect it this weekend.",
          rec=["@sally.mcdermott"], note="A private offer to a friend in a DM, not a posted solicitation.")
    s.add("b-antibullying", "x", "post", "@NorthfleetRise", "s.bhatti", EVE,
          "Year 8 anti-bullying workshop today: students listed words like 'retard' and 'gay' used as insults, and talked about why they hurt. Proud of their honesty.",
          note="Slurs quoted as the subject of an anti-bullying lesson.")
    s.add("b-scunthorpe", "facebook", "post", "@coach_gthorne", "g.thorne", SAT,
          "Away at Scunthorpe on Saturday then Penistone the week after. Glamorous life of a Sunday league manager.",
          note="Place names with rude substrings.")
    s.add("b-wind", "x", "post", "@hannah.g.ta", "h.greaves", LATE,
          "This wind is absolutely brutal. Nearly lost the car door and my will to live at the petrol station.",
          note="Strong language about weather.")
    s.add("b-exclusion-research", "linkedin", "post", "@rory-delaney", "r.delaney", EVE2,
          "Research out today shows Black Caribbean pupils are still excluded at twice the rate of their white peers. We have to ask hard questions about our own practice.",
          note="Discrimination discussed critically, from public research.")
    s.write()


# --------------------------------------------------------------------------------------------
# ta2016: Hollinsbrook Academy. Section 5 bars solicitation on personal accounts (warn) too.
# --------------------------------------------------------------------------------------------
def ta2016() -> None:
    s = round8so("ta2016", "ta2016/hollinsbrook.yaml", "ta2016/roster.csv", "r8ta", 8200)
    # solicitation
    s.add("sol-gcse-slots", "facebook", "post", "@jenna.booth.maths", "j.booth", EVE,
          "Hollinsbrook parents 👋 I have two GCSE maths tutoring slots free on Tuesday evenings from January. Drop me a message if your teen is worried about the mocks.",
          SOL, note="Tutoring offered to the school's families.")
    s.add("sol-wheelchair", "x", "post", "@wes_hardcastle", "w.hardcastle", SAT,
          "My little lad needs a specialist wheelchair the NHS won't fund. Anything you can give, even £2, gets us closer. Link below, and please RT 🙏",
          SOL, note="Donations for a personal cause.")
    s.add("sol-skincare-team", "instagram", "post", "@niamh.paints", "n.kerr", SUN,
          "Who else is sick of the 9-5 grind? 🙋‍♀️ I've partnered with an amazing skincare brand and I'm looking for a few go-getters to join my team. No experience needed!",
          SOL, note="MLM recruitment.")
    s.add("sol-brother-garage", "facebook", "post", "@ravi.sandhu.sci", "r.sandhu", LATE,
          "If any Hollinsbrook families need an MOT, my brother's garage on Mill Street will do it for £35 this month. Tell him Mr Sandhu sent you!",
          SOL, note="A relative's business promoted to the school's families.")
    s.add("sol-official-candidate", "x", "post", "@HollinsbrookAcad", "l.ainsworth", EVE2,
          "Ahead of May's election, we'd encourage all our families to vote for the candidate who has pledged to save our sixth form. Every vote counts!",
          SOL, note="Political campaigning on the academy's account.")
    s.add("sol-running-club", "instagram", "post", "@peteroyelowo", "p.oyelowo", HOL,
          "Recruiting for my private running club, the Hollin Harriers 🏃 £15 a month, Tuesdays and Thursdays. Staff and parents very welcome, DM for a trial session.",
          SOL, note="Recruiting for a private club.")
    s.add("sol-referendum", "facebook", "post", "@carol.garside", "c.garside", SUN,
          "Please, everyone, use your vote in the parish referendum to say NO to the bypass. Hollinsbrook families, we need every household to turn out.",
          SOL, note="The head teacher asking families to vote a particular way.")
    s.add("sol-book-bio", "tiktok", "upload", "@niamh.paints", "n.kerr", EVE,
          "My illustrated children's book is finally out!! 📚 Perfect stocking filler for your little ones, signed copies via the link in my bio ✨",
          SOL, note="Selling own book, 'link in my bio'.")
    # offensive
    s.add("off-boomers", "x", "post", "@wes_hardcastle", "w.hardcastle", LATE,
          "Boomers had free houses and free uni and now they clog up the GP surgery complaining. Can't come soon enough when that generation is gone.",
          OFF, note="Age: contempt and a wish for a generation's death.")
    s.add("off-married-mum", "linkedin", "post", "@peter-oyelowo", "p.oyelowo", EVE,
          "Never promote a married mum to head of department. Her loyalty's always going to be to the husband and the kids, not the job.",
          OFF, note="Marriage and sex: refusing promotion to a protected group.")
    s.add("off-rainbow", "x", "post", "@jenna.booth.maths", "j.booth", SAT,
          "Funny how all these 'rainbow' teachers are so keen to get into primary schools. Makes you wonder what the real agenda is 🤔",
          OFF, note="Sexual orientation: the coded 'groomer' trope.")
    s.add("off-expecting", "linkedin", "post", "@peter-oyelowo", "p.oyelowo", EVE2,
          "Just found out our new hire is expecting. Six months in and she's off for a year on full pay. Never again, next time I'm asking at interview.",
          OFF, REP + ["confidential"], note="Pregnancy: resentment and intent to discriminate at interview.")
    s.add("off-spaced", "threads", "post", "@niamh.paints", "n.kerr", SUN,
          "Whoever keyed my car in the Tesco car park, you are a s h i t e human being and I hope you step on lego forever",
          OFF, note="Spaced-out swearing.")
    s.add("off-walk-to-car", "x", "reply", "@wes_hardcastle", "w.hardcastle", SAT,
          "@ref_watch_hb you've done that to our lads three weeks running. Wouldn't want to be you walking back to your car after the next one.",
          OFF, REP, rec=["@ref_watch_hb"], note="A threat phrased mildly, to a referee over the school team.")
    s.add("off-wait-by-car", "instagram", "dm", "@ravi.sandhu.sci", "r.sandhu", LATE,
          "Lucy, you can ignore my texts all you like. I'll be waiting by your car every night this week until you give me a proper answer.",
          OFF, REP, rec=["@lucy.ainsworth"], note="Harassment of a named colleague.")
    # benign
    s.add("b-minibus", "x", "post", "@HollinsbrookAcad", "l.ainsworth", EVE,
          "Sponsored silence raised £1,140 for our new minibus fund! Thank you to every family who dug deep. Final total to be announced in assembly.",
          note="The academy's own fundraising.")
    s.add("b-quiz-night", "facebook", "post", "@HollinsbrookAcademy", "l.ainsworth", SUN,
          "HBA Parents' Association quiz night, Friday 7pm in the hall. Teams of six, £5 a head, bar run by the PA. All proceeds to the Year 11 prom fund.",
          note="The school's own PTA event.")
    s.add("b-bunk-beds", "facebook", "dm", "@jenna.booth.maths", "j.booth", SAT,
          "Got your message about the bunk beds. They're yours for nothing if Dave can pick them up Sunday. The kids have outgrown them.",
          rec=["@kaz.whitley"], note="A private offer to a friend.")
    s.add("b-sunday", "instagram", "post", "@carol.garside", "c.garside", SUN,
          "Sunday service, then roast at my mum's. Perfect end to a long week.",
          note="Church mentioned.")
    s.add("b-three-peaks", "x", "post", "@peteroyelowo", "p.oyelowo", SAT,
          "Finished the Yorkshire Three Peaks for Macmillan in 11 hours 40. Sore, proud, and already planning the next one.",
          note="Charity challenge, no ask.")
    s.add("b-piano-teacher", "facebook", "post", "@lucy.ainsworth", "l.ainsworth", EVE2,
          "Can anyone recommend a good piano teacher near Hollinsbrook for a 9 year old? Happy to pay, she's desperate to learn.",
          note="Buying a service, not selling one.")
    s.add("b-reclaimed", "x", "post", "@HollinsbrookAcad", "l.ainsworth", EVE,
          "PSHE this week: our Year 10s looked at how words like 'queer' have been reclaimed by the LGBT+ community and when using them is still hurtful.",
          note="A reclaimed term discussed in a lesson.")
    s.add("b-cockermouth", "facebook", "post", "@wes_hardcastle", "w.hardcastle", HOL,
          "Overnight in Cockermouth then up Grasmoor in the morning. Sausage butties at the summit.",
          note="Place name with a rude substring.")
    s.add("b-m62", "x", "post", "@ravi.sandhu.sci", "r.sandhu", LATE,
          "M62 is a car park AGAIN. Forty minutes to move a mile. Send help and crisps.",
          note="Traffic frustration.")
    s.add("b-sexism-session", "linkedin", "post", "@carol-garside", "c.garside", EVE2,
          "Good session today on tackling everyday sexism in schools. Comments like 'boys will be boys' normalise so much. Our staff need to call it out.",
          note="Discrimination discussed critically.")
    s.write()


# --------------------------------------------------------------------------------------------
# triumph: Brackenmoor Primary School. Solicitation only on the school's accounts (5, 8).
# --------------------------------------------------------------------------------------------
def triumph() -> None:
    s = round8so("triumph", "triumph/brackenmoor.yaml", "triumph/roster.csv", "r8tr", 8300)
    # solicitation (official accounts)
    s.add("sol-soft-play", "facebook", "post", "@BrackenmoorPrimary", "s.okafor", EVE,
          "Looking for a party venue? Our Year 2 teacher's husband has just opened a soft play on Elm Road, and Brackenmoor families get 20% off this half term!",
          SOL, note="A relative's business promoted on the school's account.")
    s.add("sol-lollipop-vote", "x", "post", "@BrackenmoorPS", "j.marsh", EVE2,
          "Brackenmoor families, the Lib Dems are the only party promising to keep our lollipop patrols. Please remember that when you vote in May!",
          SOL, note="Asking families to vote a party on the school's account.")
    s.add("sol-gospel-hall", "instagram", "post", "@brackenmoor_eyfs", "a.iqbal", SUN,
          "Reception families, you're warmly invited to join us at Brackenmoor Gospel Hall this Sunday, where our little ones can learn about Jesus' love 🙏",
          SOL, note="Religious invitation on the school's account.")
    s.add("sol-earn-home", "facebook", "post", "@BrackenmoorPrimary", "n.pike", LATE,
          "Mums and dads, fancy earning from home around pick-up? Message the page for details of a flexible opportunity one of our staff swears by 💰",
          SOL, note="A side-hustle pitch on the school's account.")
    s.add("sol-cycle-cause", "x", "post", "@BrackenmoorPS", "d.royle", SAT,
          "Our sports coach is cycling Land's End to John o'Groats to pay for his brother's cancer treatment abroad. Please give what you can, the link is in our bio ❤️",
          SOL, ["personal_data"],
          note="Donations for a personal cause on the school's account. Label corrected after scoring: "
               "personal_data added as `may`, since the coach is identifiable and his brother's cancer is "
               "a health detail about an identifiable relative.")
    s.add("sol-sats-tuition", "instagram", "post", "@brackenmoor_eyfs", "k.stead", HOL,
          "Worried about the Year 6 SATs? Mrs Stead is offering private 1:1 tuition at home over Easter, £30 an hour. DM this account to book 📚",
          SOL, note="Private tutoring advertised on the school's account.")
    # offensive
    s.add("off-english", "x", "post", "@droyle_coach", "d.royle", SAT,
          "Walked through town today and didn't hear a word of English. When did this stop being our country?",
          OFF, note="Race/national origin: coded 'our country' generalisation.")
    s.add("off-blue-badge", "facebook", "post", "@tomos.lowe", "t.lowe", EVE,
          "Parking in the disabled bay at Asda because let's be honest, half of them can walk fine when nobody's looking 😂",
          OFF, note="Disability 'joke'.")
    s.add("off-hormones", "x", "post", "@kellystead_y6", "k.stead", LATE,
          "Women just aren't built for leadership. Every female head I've worked under has run the place on hormones and gossip.",
          OFF, REP, note="Sex: generalisation about women leaders.")
    s.add("off-banks", "threads", "post", "@nicola.pike", "n.pike", SUN,
          "Jews run the banks and the media and then act surprised when people notice.",
          OFF, note="Religion/race: antisemitic trope without a slur.")
    s.add("off-leet", "instagram", "comment", "@tomos.lowe", "t.lowe", EVE2,
          "Whoever parked across my drive is a complete d1ckhead. Sh1t like this ruins my whole morning.",
          OFF, note="Leetspeak swearing.")
    s.add("off-visit", "facebook", "comment", "@droyle_coach", "d.royle", HOL,
          "Whoever's been nicking from the allotments, we know who you are. Might be time a few of us paid you a little visit 👊",
          OFF, note="A threat phrased mildly.")
    s.add("off-parent-problem", "x", "reply", "@kellystead_y6", "k.stead", EVE,
          "@jade_w_mum still posting about my marking, Jade? Everyone on this estate knows what you're like. Shall I start telling them about your little problem?",
          OFF, REP, rec=["@jade_w_mum"], note="Harassment and intimidation of a named parent.")
    s.add("off-new-ta", "x", "post", "@tomos.lowe", "t.lowe", SAT,
          "The new TA has a body built for sin. Staff Christmas do can't come soon enough 😏",
          OFF, REP, note="Sexual remark about a colleague.")
    s.add("off-two-dads", "facebook", "post", "@gillian.finch", "g.finch", LATE,
          "Two dads raising a little girl? Who's going to teach her to be a woman? Kids need a mum, end of.",
          OFF, REP, note="Sexual orientation: same-sex parents disparaged. Label corrected after scoring: "
                          "reputation added as `may`, since a primary school's families include such parents.")
    # benign
    s.add("b-pram", "facebook", "post", "@nicola.pike", "n.pike", SAT,
          "Selling our old pram, barely used, £60 or near offer. Collection from Brackenmoor, message me.",
          note="A personal sale: this pack bars solicitation on school accounts only.")
    s.add("b-tutor-personal", "instagram", "post", "@kellystead_y6", "k.stead", EVE2,
          "Got a couple of tutoring slots free for SATs prep after Christmas, DM me if your little ones need a boost 📚",
          note="Personal tutoring offer on a personal account: not barred in this pack.")
    s.add("b-reading-corner", "facebook", "post", "@BrackenmoorPrimary", "s.okafor", EVE,
          "Our Christmas fair raised £2,310 for the new reading corner! Thank you to the PTA and every family who came along. 🎄",
          note="The school's own fundraising.")
    s.add("b-summer-fair", "x", "post", "@BrackenmoorPS", "s.okafor", SUN,
          "Summer fair this Saturday 12-3! Cake stall, welly wanging and the famous Brackenmoor tombola. Entry is free, bring your pennies for the stalls.",
          note="The school's own fair.")
    s.add("b-so-gay", "x", "post", "@BrackenmoorPS", "j.marsh", EVE,
          "Anti-Bullying Week: Year 6 talked about why saying 'that's so gay' hurts, even as a joke. They came up with their own class charter.",
          note="A slur-like phrase quoted in an anti-bullying lesson.")
    s.add("b-shitterton", "facebook", "post", "@droyle_coach", "d.royle", SUN,
          "Great day out at Shitterton in Dorset. Yes, the sign is the most photographed thing in the village.",
          note="A real place name with a rude substring.")
    s.add("b-rain", "x", "post", "@janetmarsh_head", "j.marsh", LATE,
          "Horrendous, bone-chilling rain all day. The field is a swamp and I'm soaked to the knickers.",
          note="Strong language about weather.")
    s.add("b-hijabi", "linkedin", "post", "@asma-iqbal", "a.iqbal", EVE2,
          "As a hijabi teacher I've been told I 'don't look like a head of department'. Writing about how schools can interview without bias.",
          note="Discrimination discussed critically by its target.")
    s.add("b-polling-card", "x", "post", "@sade_okafor", "s.okafor", EVE2,
          "Polling card, dog, wellies. Voted. Now back to the telly for the results.",
          note="Voting done.")
    s.add("b-race-for-life", "instagram", "post", "@gillian.finch", "g.finch", SUN,
          "Did the Race for Life with my sister today in memory of Mum. 5k in the pouring rain, pink everything 💗",
          note="A charity run with no ask.")
    s.write()


# --------------------------------------------------------------------------------------------
# upland: Upland Primary School. Sanctioned accounts: no politics or religion, solely professional.
# --------------------------------------------------------------------------------------------
def upland() -> None:
    s = round8so("upland", "upland-fresh/upland.yaml", "upland-fresh/upland_roster.csv", "r8up", 8400)
    # solicitation (official accounts)
    s.add("sol-greens", "x", "post", "@UplandPrimary", "h.whitaker", EVE2,
          "Parents, the candidate standing for the Greens in our ward has promised to fix the crossing on Heol Uchaf. We'd ask you to give her your vote on Thursday.",
          SOL, note="Political campaigning on the school's account.")
    s.add("sol-harvest-church", "blogger", "post", "@UplandClassBlogs", "e.lloyd", SUN,
          "Reception have loved learning about harvest! If you'd like your family to find out more about God's love, St Teilo's welcomes you every Sunday at 10.",
          SOL, note="Religious invitation on the class blog.")
    s.add("sol-cleaner", "x", "post", "@UplandPrimary", "b.kelly", LATE,
          "Need a cleaner? Our business manager's daughter has started her own cleaning company and is offering Upland families a free first clean. Message us for her details!",
          SOL, note="A relative's business promoted on the school's account.")
    s.add("sol-wedding-fund", "blogger", "post", "@UplandClassBlogs", "r.mistry", SAT,
          "Year 3's teacher is raising money for her wedding in Kerala 💛 If you'd like to contribute, there's a link on the right of this page. Diolch!",
          SOL, note="A personal cause on the class blog.")
    s.add("sol-term-petition", "x", "post", "@UplandPrimary", "m.evans", EVE,
          "Please sign and share the petition against the Senedd's new school term proposals. Every Upland household that adds its name makes a difference.",
          SOL, note="Political petition on the school's account.")
    s.add("sol-phonics-summer", "blogger", "post", "@UplandClassBlogs", "d.hughes", EVE2,
          "DM me if your little ones need help with phonics over summer! I'm running a private reading club from my house, £12 a session.",
          SOL, note="Private tutoring offered on the class blog.")
    # offensive
    s.add("off-over-70", "facebook", "post", "@dafydd.hughes.5", "d.hughes", HOL,
          "Old people shouldn't be allowed to drive after 70. Doddery, half blind and a menace to everyone else. Bin the lot of them.",
          OFF, note="Age: contemptuous generalisation.")
    s.add("off-identify", "x", "post", "@thanh_teaches", "t.nguyen", SAT,
          "Blokes who 'identify' as women should keep out of ladies' toilets. Delusional, the lot of them.",
          OFF, note="Gender reassignment: no slur.")
    s.add("off-pregnancy-joke", "x", "post", "@alice_morgan_y1", "a.morgan", LATE,
          "Three pregnancy announcements in the staffroom this term. Someone check the water, or just stop hiring women under 35 😂",
          OFF, REP, note="Pregnancy and sex: a 'joke' about not hiring.")
    s.add("off-takeaway", "threads", "post", "@markevans_dep", "m.evans", SUN,
          "Don't bother with the takeaway on Albert Road, full of foreigners who can't speak English and probably never wash their hands.",
          OFF, note="Race/national origin: contempt without a slur.")
    s.add("off-masked", "facebook", "comment", "@lowri.price.90", "l.price", EVE,
          "Car failed its MOT on a wiper blade. Absolute sh*te. Garages are a f***ing racket.",
          OFF, note="Asterisked swearing.")
    s.add("off-flats", "x", "post", "@farah_office", "f.ahmed", EVE2,
          "Those lot from the flats behind the park are at it again. Someone needs to sort them out once and for all.",
          OFF, note="A threat phrased mildly.")
    s.add("off-snake", "x", "post", "@emma_lloyd_rec", "e.lloyd", LATE,
          "Riya Mistry has stolen my ideas for the third time this term. Everyone should know exactly what kind of snake she is. Will keep posting till she owns up.",
          OFF, REP, note="Harassment of a named colleague (persistent public shaming).")
    s.add("off-fit-dad", "x", "post", "@thanh_teaches", "t.nguyen", EVE,
          "The fit dad who does pick-up on Wednesdays, I'd let him ruin me 🥵",
          OFF, REP, note="Sexual remark about a parent.")
    # benign
    s.add("b-cross-trainer", "facebook", "post", "@lowri.price.90", "l.price", SAT,
          "Selling my old cross trainer, £40, you collect. Message me if you want it before it goes to the tip!",
          note="A personal sale: this pack bars solicitation on sanctioned accounts only.")
    s.add("b-sponsor-personal", "facebook", "post", "@joy.okonjo", "j.okonjo", SUN,
          "Doing the Cardiff Half for the MS Society in memory of my aunt. Sponsor link in the comments if you can spare a quid 💙",
          note="A personal sponsorship ask on a personal account: not barred in this pack.")
    s.add("b-jumper-day", "x", "post", "@UplandPrimary", "f.ahmed", EVE,
          "Our Christmas jumper day raised £386 for new playground equipment. Diolch to every family who joined in!",
          note="The school's own fundraising.")
    s.add("b-friends-fair", "blogger", "post", "@UplandClassBlogs", "t.nguyen", EVE2,
          "Friends of Upland are holding the summer fair on Saturday 10th July. Year 4 will run the lucky dip stall, come and say hello!",
          note="The school's PTA fair.")
    s.add("b-pshe-words", "blogger", "post", "@UplandClassBlogs", "j.okonjo", LATE,
          "In Year 6 PSHE we discussed why calling someone 'spastic' or 'mental' is hurtful, and wrote kinder words to use instead.",
          note="Slurs quoted in a lesson about them.")
    s.add("b-bitchfield", "facebook", "post", "@dafydd.hughes.5", "d.hughes", SAT,
          "Stopped for lunch in a village called Bitchfield on the way to Grantham. The pub was brilliant.",
          note="A real place name with a rude substring.")
    s.add("b-biblical-rain", "x", "post", "@riya_teaches", "r.mistry", SUN,
          "The rain is biblical. Absolutely lashing it down and the dog refuses to go out. Pathetic animal, love him.",
          note="Strong language about weather and a pet.")
    s.add("b-equality-training", "linkedin", "post", "@helen-whitaker", "h.whitaker", EVE2,
          "Staff training on the Equality Act today. Too many disabled children still face low expectations, and 'he can't do that' is discrimination, however kindly meant.",
          note="Discrimination discussed critically.")
    s.add("b-christening", "facebook", "post", "@alice.morgan.22", "a.morgan", SUN,
          "Christening at chapel this afternoon, then a big family lunch. My nephew was perfectly behaved.",
          note="Church mentioned, no invitation.")
    s.add("b-mlm-warning", "facebook", "post", "@bridget.kelly.1", "b.kelly", EVE,
          "PSA: if anyone messages you about a 'work from home opportunity', it's a pyramid scheme. Please don't get sucked in like I did.",
          note="MLM discussed as a warning, not a pitch.")
    s.add("b-bus-stop", "x", "post", "@farah_office", "f.ahmed", SAT,
          "Sick of people saying 'go back to your own country' to my mum at the bus stop. She's lived here 40 years. Racism is alive and well.",
          note="Racist abuse quoted by its target's daughter.")
    s.write()


# --------------------------------------------------------------------------------------------
# early-life: Early Life Enterprise. 4.3: provision accounts entirely professional.
# --------------------------------------------------------------------------------------------
def early_life() -> None:
    s = round8so("early-life", "early-life-fresh/early_life.yaml", "early-life-fresh/early_life_roster.csv",
                 "r8el", 8500)
    # solicitation (official accounts)
    s.add("sol-lashes", "instagram", "post", "@earlylifeenterprise", "l.nwosu", EVE,
          "Our hair and beauty tutor now does lashes from her home studio at weekends! Quote ELE for £10 off your first set 💅",
          SOL, note="A staff member's business promoted on the provision's account.")
    s.add("sol-reform", "x", "post", "@EarlyLifeEnt", "j.osei", EVE2,
          "Young people deserve better. That's why Early Life Enterprise backs Reform in this election. Parents, make your voice heard on 7 May.",
          SOL, note="Political endorsement on the provision's account.")
    s.add("sol-tools", "x", "post", "@ELE_Construction", "r.campbell", SAT,
          "Got leftover timber and a full set of Makita tools going cheap, £200 the lot. DM the page if you're interested.",
          SOL, note="A personal sale on the department's account.")
    s.add("sol-taraweeh", "facebook", "post", "@EarlyLifeEnterprise", "a.rahman", LATE,
          "Ramadan Mubarak to our families! Brothers, join us for taraweeh at the Madni Masjid, all young men welcome to come and strengthen their deen.",
          SOL, note="Religious invitation on the provision's account.")
    s.add("sol-dog-surgery", "instagram", "post", "@earlylifeenterprise", "k.sinclair", SUN,
          "Our office manager's dog needs emergency surgery 🐶 Every little helps, donations via the link in bio please!",
          SOL, note="A personal cause on the provision's account.")
    s.add("sol-crypto", "x", "post", "@EarlyLifeEnt", "t.barker", HOL,
          "Learners! Want to make money from crypto? Mr Barker's trading course teaches you how, first lesson free, link in our bio.",
          SOL, note="A side-hustle course pitched on the provision's account.")
    # offensive
    s.add("off-adhd", "x", "post", "@tbarker_maths", "t.barker", EVE,
          "Every kid with the attention span of a goldfish gets an ADHD label now. Bad parenting with a medical excuse.",
          OFF, note="Disability: dismissive generalisation.")
    s.add("off-right-bloke", "facebook", "post", "@ross_builds", "r.campbell", SAT,
          "Lesbians only exist because they haven't met the right bloke yet. Proper ones anyway.",
          OFF, note="Sexual orientation: no slur.")
    s.add("off-fancy-dress", "x", "post", "@ciara.dunne", "c.dunne", SUN,
          "Same-sex marriages are a mockery of the real thing. Two blokes in suits isn't a wedding, it's fancy dress.",
          OFF, note="Marriage and sexual orientation.")
    s.add("off-christians", "threads", "post", "@magda.k", "m.kowalska", EVE2,
          "You can always tell the Christians at work: smug, judgemental and first to stab you in the back.",
          OFF, note="Religion: generalisation without a slur.")
    s.add("off-oap-joke", "facebook", "comment", "@ellie.walker.os", "e.walker", LATE,
          "Why do OAPs take so long at the till? Because they're trying to remember what decade it is 😂 Useless, the lot of them.",
          OFF, note="Age 'joke'.")
    s.add("off-leet", "x", "post", "@ross_builds", "r.campbell", EVE,
          "Van's been clamped. FFS. W4nk3rs the lot of them, absolute pr1cks.",
          OFF, note="Leetspeak swearing.")
    s.add("off-reg-camera", "instagram", "comment", "@gurpreet.s", "g.singh", HOL,
          "To whoever keeps dumping rubbish behind our garages: we've got your reg on the camera now. You won't like what happens when we find you.",
          OFF, note="A threat phrased mildly.")
    s.add("off-grass", "x", "reply", "@ciara.dunne", "c.dunne", LATE,
          "@lola_nwosu_hair still pretending you didn't grass me up, Lola? Everyone's going to hear what you really are. I'm not stopping till you leave.",
          OFF, REP, rec=["@lola_nwosu_hair"], note="Harassment of a named colleague.")
    s.add("off-skirt", "x", "post", "@tbarker_maths", "t.barker", SAT,
          "Ellie from online safety came in wearing that skirt again. Safeguard THAT 😏🍑",
          OFF, REP, note="Sexual remark about a named colleague.")
    # benign
    s.add("b-lashes-personal", "instagram", "post", "@lola.lashes", "l.nwosu", SUN,
          "Weekend lash slots now open ✨ link in bio to book!",
          note="A personal business on a personal account: this pack bars it on provision accounts only.")
    s.add("b-leafleting", "x", "post", "@joseph_osei", "j.osei", SAT,
          "Out leafleting for the Labour candidate this morning in the rain. Democracy needs volunteers!",
          note="Personal campaigning on a personal account: not barred in this pack.")
    s.add("b-kitchen", "facebook", "post", "@EarlyLifeEnterprise", "k.sinclair", EVE,
          "Our learners' bake sale raised £240 for the provision's new kitchen equipment. Thank you to everyone who bought a brownie!",
          note="The provision's own fundraising.")
    s.add("b-open-evening", "x", "post", "@EarlyLifeEnt", "k.sinclair", EVE2,
          "Open evening Thursday 6-8pm. Come and see our construction workshop and hair salon in action. Book your place on our website.",
          note="The provision promoting itself.")
    s.add("b-report-words", "instagram", "post", "@earlylifeenterprise", "e.walker", LATE,
          "Online safety session: learners looked at screenshots with words like 'slag' and 'freak' and planned how to report and support a friend.",
          note="Insults quoted in an online safety lesson.")
    s.add("b-wetwang", "facebook", "post", "@gurpreet.s", "g.singh", SUN,
          "Family trip to Penistone and then on to Wetwang for a pint. Yorkshire place names never disappoint.",
          note="Place names with rude substrings.")
    s.add("b-fog", "x", "post", "@kirsty_ele", "k.sinclair", LATE,
          "The fog on the A1 this morning was savage. Couldn't see the car in front. Absolute nightmare of a commute.",
          note="Strong language about weather and traffic.")
    s.add("b-banter", "linkedin", "post", "@sana-hussain", "s.hussain", EVE2,
          "Homophobic bullying often starts with 'banter'. Today's DSL network meeting shared ways to challenge it early. Worth every minute.",
          note="Discrimination discussed critically.")
    s.add("b-midnight-mass", "facebook", "post", "@magda.k", "m.kowalska", HOL,
          "Midnight Mass in Polish tonight, then barszcz and pierogi with the whole family. Wesołych Świąt!",
          note="Church mentioned.")
    s.add("b-chem-tutor", "x", "post", "@anwar_mentor", "a.rahman", EVE,
          "Anyone know a good tutor for A-level chemistry near Leeds? My nephew's struggling. Will pay the going rate.",
          note="Buying a service, not selling one.")
    s.write()


if __name__ == "__main__":
    e_act()
    ta2016()
    triumph()
    upland()
    early_life()

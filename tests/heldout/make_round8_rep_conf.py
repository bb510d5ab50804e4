"""Writes the eighth probe sets, for reputation and confidential only, tests/heldout/round8rc-<pack>/cases.jsonl.

An eighth independent probe of the two meaning categories that hidden sets score lowest on
(round 7's pre-fix recall was 0.13-0.33; reputation caught 3 of 36), across the five packs. The
cases were written from the seed policies and the contract before reading the detectors' word
lists or the earlier rounds' cases, on angles earlier rounds did not stress: longer posts (three
to five sentences) where the breach is one clause in the middle of otherwise friendly text;
British understatement and sarcasm ("what a triumph of organisation that was"); text-speak,
emoji and hashtags (#SLT #teacherlife); replies and comments to parents and other staff; posts
about "this place", "work", "management", "the powers that be" with a school context but no
school name; confidential matters phrased as gossip or hints ("guess who's been walked off
site", "can't say much but big changes coming"); leaked numbers (children on plans, deficits,
places commissioned); official accounts. About two fifths of each set is benign and sits next to
the same targets: criticism of things that are not the school (trains, gyms, roadworks, car
parks), the same sarcasm aimed at them, supportive posts about hard days, public announcements,
published reports and results, and teacher-life humour that runs nobody down.

Decisions taken from the policies (as round 7):
- Disparaging the school, trust, governors, colleagues, pupils or parents is reputation in every
  pack, and so is a work grievance aired in public (ta2016 "raising concerns", early-life and
  triumph name the grievance policy, e-act 5.3 "sensitive Trust-related topics", upland
  "consider the reputation of the school"); an official account scolding or belittling parents
  or pupils is reputation too.
- Confidential is every pack's clause on non-public matters: staff discipline, safeguarding and
  pupil cases even without a name, inspection outcomes before the report, internal finances
  and plans (even good news, if not yet public). A confidential case that also runs the school
  down gets reputation as a `may`.

Honest scores before any fix (recall / precision / decision), 25 cases each:
e-act 0.533 / 1.000 / 0.720, ta2016 0.533 / 0.800 / 0.720, triumph 0.533 / 1.000 / 0.720,
upland 0.733 / 0.917 / 0.800, early-life 0.400 / 1.000 / 0.640. Reputation caught 18 of 40,
confidential 23 of 35; /work/notes/round8rc_prefix.txt lists every pre-fix miss with its text.
Three false alarms: "Management at my gym ... Useless" and "Management at the leisure centre
... Hopeless" (the reputation detector took "management" for the school's), and a staff-discipline
hint ("... let's just say HR are involved") that the detectors missed and the meaning classifier
read as reputation. The meaning classifier trained without these sets
(`scripts/train_meaning_model.py --hold-out 'round8*' --dry-run`, which also held out the
round8so sets) found reputation 9/40 (3 of 190 negatives flagged) and confidential 15/35 (1 of
213 negatives flagged) on them.
Reputation misses: one clause in a friendly post (a head "hiding in her office ... parents are
beneath her", a managing partner who "treats the tutors like furniture and wonders why nobody
stays"); mock praise ("what a triumph of organisation that was 👏 #SLT", "another marvellous
decision from the powers that be", "another masterclass in communication", "outdid themselves
... #irony", "the irony was entirely lost on the organisers"); understatement ("not its finest
hour", "not blessed with an abundance of common sense", "not all of our parents are what you
might call engaged"); hyperbole ("hasn't answered an email since about 2019"); "the only way to
get noticed ... is to hand in your notice" with a promotion promised and "heard nothing back";
"people who haven't taught a reading lesson in a decade. What could possibly go wrong?"; replies
to parents ("if your son spent half as much energy ...", "your little darling is not the angel
you think he is", an official "your son's behaviour is the reason he's with us"); text-speak
("my yr 9s r honestly feral", "half of them cant be bothered"); "best thing about the place is
the exit"; "The construction tutor? Don't get me started. Man couldn't teach a fish to swim.";
a class blog calling Year 5 "a real disappointment ... Frankly some of them should be ashamed";
"never worked anywhere so disorganised ... held together by gaffer tape".
Confidential misses: hints ("can't say much but big changes coming", "guess which Year 4 teacher
won't be back ... 'capability'", "let's just say HR are involved", "the school business manager
won't be handling the money any more"), "yr 10 lad excluded 4 good ... 3rd this yr", a pupil
"suspended for a week" or "moved to our other centre" told to a parent, TA hours cut "which
none of the TAs know yet", SATs papers 'checked' with the STA "apparently involved", the trust
that "will close us", families "open to social care", and an inspection's "unofficial verdict
... 'areas for development'".

After the fixes (tests/detectors/test_round8_rep_conf.py holds the families, with new sentences)
all five sets score 1.000 / 1.000 / 1.000; the dev set stays 1.000 and every benign set has no
false alarm. No label was changed after scoring.
A spot check after those fixes, 16 further new positives and 8 benign look-alikes written the
same way against the ta2016 school (not kept in these sets), caught reputation 3 of 8 and
confidential 7 of 8 with no false alarm: expect hidden sets well below 1.000 on reputation. The
families it showed (talked down to "like we're Year 7s", "visionary leadership ... 🙃", "could
start an argument in an empty room", "maybe start by teaching him to say sorry" to a mum, a
child who "told me his dad hits him, the DSL's on it") were fixed too; "If anyone's thinking of
applying to <school>, DM me first. Trust me." is still missed (too close to a sincere offer).
A second spot check after those fixes, 16 more new positives and 4 benign posts against the
upland school, caught reputation 1 of 10 and confidential 1 of 6 (no false alarm): the fixes
above generalise poorly to new wording, and hidden sets should be expected near the pre-fix
figures, not the fixed ones. Its general constructions were fixed too ("wouldn't know A from
B", "shame about the parents", "think the school is a free childcare service", "like we're
trainees", "nothing says 'we care' like ...", a label in scare quotes ("'not a team player'") as
a grievance, "mgmt", money "missing from the trip account", "joining a new MAT", SATs
"predictions" with "wants it kept quiet", "off while the investigation runs"), which brought it
to reputation 7 of 10 and confidential 5 of 6; still missed: a head "like we're trainees" with no
workplace word in the post, "your child's behaviour makes sense now", "really knows how to keep
staff on their toes 🙃", and a parent's divorce and court case told by a teacher.

Run: python tests/heldout/make_round8_rep_conf.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_sets import CaseSet, day  # noqa: E402

# Evenings and weekends: outside every config's directed time and every config's hold.
EVE = day("2026-11-18T19:10:00+00:00", "Wed")
SAT = day("2027-03-13T11:00:00+00:00", "Sat")
SUN = day("2026-11-29T15:45:00+00:00", "Sun")
LATE = day("2027-01-26T22:05:00+00:00", "Tue")
EVE2 = day("2027-06-10T18:40:00+00:00", "Thu")


def round8rc(pack_dir: str, config: str, prefix: str) -> CaseSet:
    return CaseSet(f"round8rc-{pack_dir}", f"../{config}", prefix)


# --------------------------------------------------------------------------------------------
# e-act: Northfleet Rise Academy (11-18). 5.3 reputation (disparaging; sensitive topics), 5.4
# confidential information; both apply to personal accounts.
# --------------------------------------------------------------------------------------------
def e_act() -> None:
    s = round8rc("e-act", "e-act/northfleet.yaml", "r8ea")
    s.add("rep-long-raffle", "facebook", "post", "@leanne.kowal.77", "l.kowal", SUN,
          "Lovely sunny walk with the dog this morning and a proper roast after. Still can't believe "
          "SLT have put three mock weeks back to back, honestly the powers that be couldn't organise a "
          "raffle at a village fete. Anyway, back to the crossword!",
          ["reputation"], note="One clause belittling the school's leaders inside a friendly post.")
    s.add("rep-triumph-sports-day", "x", "post", "@mr_adeyinka_sci", "m.adeyinka", EVE2,
          "Sports day at work today. Forty minutes to find the starting pistol, no water for Year 7 "
          "and the timetable printed wrong. What a triumph of organisation that was 👏 #SLT",
          ["reputation"], note="Sarcasm about the school's organisation.")
    s.add("rep-textspeak-mgmt", "x", "post", "@owenpugh_maths", "o.pugh", EVE,
          "omg mgmt at this place 🙄🙄 cancelled our PPA again 4 a 'learning walk' lol. srsly who thinks "
          "this stuff up #teacherlife #SLT",
          ["reputation"], note="Text-speak mockery of leaders, school context without the name.")
    s.add("rep-reply-parent-homework", "facebook", "reply", "@leanne.kowal.77", "l.kowal", LATE,
          "With respect, if your son spent half as much energy on his homework as you do writing "
          "complaints, he'd be top of the set.",
          ["reputation"], rec=["@kentmum_of_three"], note="A reply belittling a parent and pupil.")
    s.add("rep-comment-head-of-year", "facebook", "comment", "@hannah.greaves.ta", "h.greaves", SAT,
          "Ha, don't hold your breath. Our head of year hasn't answered an email since about 2019 😂",
          ["reputation"], note="A comment running a colleague down.")
    s.add("rep-official-letters", "x", "reply", "@NorthfleetRise", "p.desai", EVE,
          "Perhaps if parents actually read the letters we send home, we wouldn't have to answer the "
          "same question forty times.",
          ["reputation"], rec=["@nra_parent_y8"], note="The academy's account belittles parents.")
    s.add("rep-grievance-promotions", "facebook", "post", "@owen.pugh.5", "o.pugh", EVE2,
          "Three years here, two promotions promised, zero delivered. Raised it with HR and heard nothing "
          "back. Starting to think the only way to get noticed at this academy is to hand in your notice.",
          ["reputation"], note="A work grievance aired in public.")
    s.add("rep-understatement-marking", "threads", "post", "@mr.adeyinka", "m.adeyinka", SUN,
          "The trust's new marking policy is, shall we say, not its finest hour. Twelve colours of pen "
          "and a flowchart nobody can follow.",
          ["reputation"], note="Understatement disparaging the trust.")
    s.add("conf-walked-off", "x", "post", "@owenpugh_maths", "o.pugh", LATE,
          "Guess who's been walked off site this afternoon 👀 won't say who but let's just say the "
          "science dept is one short tomorrow #staffroomgossip",
          ["confidential"], note="Staff discipline as gossip.")
    s.add("conf-maths-changes", "facebook", "post", "@hannah.greaves.ta", "h.greaves", EVE,
          "Can't say much but big changes coming for the maths dept after Easter. Two of them have "
          "already had 'the meeting'. Keep everything crossed x",
          ["confidential"], note="Unannounced restructuring, as a hint.")
    s.add("conf-deficit-figure", "facebook", "post", "@leanne.kowal.77", "l.kowal", SAT,
          "Good evening all! Back from the governors' finance committee. Between us, we're looking at a "
          "£340k deficit next year, which explains the freeze on supply. Right, wine time 🍷",
          ["confidential"], note="Internal finances with a figure, in a chatty post.")
    s.add("conf-cp-count", "x", "post", "@mr_adeyinka_sci", "m.adeyinka", EVE2,
          "Long day. Our DSL says we've got 23 kids on child protection plans in Year 8 alone now. "
          "Heartbreaking, honestly.",
          ["confidential"], note="Safeguarding figures for a year group.")
    s.add("conf-ofsted-shh", "instagram", "post", "@hannah_greaves_ta", "h.greaves", LATE,
          "Ofsted feedback today was amazing, outstanding in every area!! Not allowed to say anything "
          "officially till the report's out so shhh 🤫",
          ["confidential"], note="Inspection outcome before release, good news.")
    s.add("conf-excluded-textspeak", "x", "post", "@owenpugh_maths", "o.pugh", SUN,
          "yr 10 lad excluded 4 good after wot happened at lunch. 3rd this yr. no1 is surprised tbh",
          ["confidential"], ["reputation"], note="An exclusion, in text-speak.")
    s.add("conf-tribunal", "facebook", "post", "@owen.pugh.5", "o.pugh", SAT,
          "Our former deputy is taking the academy to an employment tribunal. Hearing's in May "
          "apparently, nobody's meant to know.",
          ["confidential"], ["reputation"], note="A staff employment dispute.")
    # Benign near-misses.
    s.add("b-science-fair", "facebook", "post", "@leanne.kowal.77", "l.kowal", EVE,
          "Long week but a good one. The Year 7 science fair was brilliant, the volcanoes were messy and "
          "loud, and the parents who came were lovely. Proud of this place.",
          note="A long post about the school, all praise.")
    s.add("b-train-triumph", "x", "post", "@mr_adeyinka_sci", "m.adeyinka", LATE,
          "The 7:12 cancelled again, replacement bus an hour late. What a triumph of organisation that "
          "was 👏 #southeastern",
          note="The same sarcasm, aimed at a train company.")
    s.add("b-mocks-coffee", "x", "post", "@owenpugh_maths", "o.pugh", SAT,
          "Marking 90 mocks this weekend. Send coffee and biscuits ☕ #teacherlife",
          note="Teacher-life humour, nobody disparaged.")
    s.add("b-team-rallied", "facebook", "post", "@hannah.greaves.ta", "h.greaves", EVE2,
          "Tough day at work, but the team rallied round like they always do. Grateful for my colleagues.",
          note="A hard day, supportive.")
    s.add("b-official-closing", "x", "post", "@NorthfleetRise", "p.desai", SUN,
          "Reminder: the academy closes at 1pm on Friday 18 December for the Christmas holidays. Have a "
          "restful break, everyone!",
          note="A public announcement.")
    s.add("b-official-accounts", "facebook", "post", "@NorthfleetRiseAcademy", "p.desai", EVE,
          "Our annual financial statements are now published on the trust website, as required. Thank "
          "you to our governors for all their work this year.",
          note="Published finances.")
    s.add("b-reply-thanks", "facebook", "reply", "@leanne.kowal.77", "l.kowal", SAT,
          "Thanks so much for letting me know! I'll pass your kind words on to the whole English team.",
          rec=["@kentmum_of_three"], note="A reply to a parent, warm.")
    s.add("b-back-four", "x", "post", "@mr_adeyinka_sci", "m.adeyinka", SAT,
          "Our back four were a shambles today. Worst defending I've seen all season. #COYS",
          note="Criticism of a football team.")
    s.add("b-sixth-form-building", "instagram", "post", "@hannah_greaves_ta", "h.greaves", EVE2,
          "Big changes coming to the sixth form centre: the new building opens in September, as "
          "announced at open evening. Can't wait!",
          note="Announced plans, not confidential.")
    s.add("b-phone-guidance", "threads", "post", "@mr.adeyinka", "m.adeyinka", LATE,
          "Reading the new mobile phone guidance for schools tonight. Interested to see how everyone "
          "makes it work in practice.",
          note="National guidance, neutral.")
    s.write()


# --------------------------------------------------------------------------------------------
# ta2016: Hollinsbrook Academy (11-16). Respect (derogatory remarks; disrepute), raising concerns
# (grievances), standards (confidential information).
# --------------------------------------------------------------------------------------------
def ta2016() -> None:
    s = round8rc("ta2016", "ta2016/hollinsbrook.yaml", "r8ta")
    s.add("rep-long-deputy", "facebook", "post", "@ravi.sandhu.sci", "r.sandhu", SAT,
          "Half term plans: sleep, see my mum, finally read a book for fun. Honestly after the way our "
          "deputy spoke to the new teachers in Friday's briefing I need the break, he's a bully in a "
          "nice suit. Anyway, who's got recommendations? 📚",
          ["reputation"], note="One clause disparaging a colleague inside a friendly post.")
    s.add("rep-marvellous-decision", "x", "post", "@niamhkerr_art", "n.kerr", EVE,
          "Another marvellous decision from the powers that be: parents' evening moved to the night of "
          "the Year 11 mocks. Genius. #SLT #teacherlife",
          ["reputation"], note="Sarcasm about the school's leaders.")
    s.add("rep-feral-textspeak", "x", "post", "@wes_hardcastle_pe", "w.hardcastle", LATE,
          "my yr 9s r honestly feral 🙃 cant teach them anything, theyre basically a zoo. y do i do this "
          "job lol",
          ["reputation"], note="Disparages pupils, in text-speak.")
    s.add("rep-comment-office", "facebook", "comment", "@ravi.sandhu.sci", "r.sandhu", EVE2,
          "Tell me about it. Nobody in the office at Hollinsbrook has a clue what they're doing, they "
          "lost my cover request three times.",
          ["reputation"], note="A comment running colleagues down.")
    s.add("rep-workload-union", "threads", "post", "@jenna.booth.maths", "j.booth", SUN,
          "Workload at this place is beyond a joke. Asked for support three times and been ignored every "
          "time. Thinking about going to the union.",
          ["reputation"], note="A work grievance aired in public.")
    s.add("rep-common-sense", "facebook", "post", "@niamh.kerr.art", "n.kerr", EVE,
          "Had a meeting with a parent tonight who was, let's say, not blessed with an abundance of "
          "common sense. Bless.",
          ["reputation"], note="Understatement disparaging a parent.")
    s.add("rep-official-bus-shelter", "x", "post", "@HollinsbrookAcad", "l.ainsworth", SAT,
          "To the Year 10s who wrecked the bus shelter on Thursday: grow up. You're an embarrassment to "
          "everyone at Hollinsbrook.",
          ["reputation"], note="The academy's account belittles its pupils.")
    s.add("rep-exit", "instagram", "post", "@wes.hardcastle", "w.hardcastle", EVE2,
          "Leaving Hollinsbrook in July and I couldn't be happier. Best thing about the place is the "
          "exit 🚪 #freedom",
          ["reputation"], note="Runs the school down.")
    s.add("conf-hr-hint", "x", "post", "@niamhkerr_art", "n.kerr", SUN,
          "Not saying anything but if you've noticed a certain member of staff missing since Tuesday... "
          "let's just say HR are involved 👀🤐",
          ["confidential"], note="Staff discipline as a hint.")
    s.add("conf-exclusion-count", "x", "post", "@wes_hardcastle_pe", "w.hardcastle", EVE,
          "We've had 14 fixed-term exclusions in Year 8 since September and the governors haven't been "
          "told the real figure yet.",
          ["confidential"], ["reputation"], note="Exclusion figures withheld from governors.")
    s.add("conf-long-ta-hours", "facebook", "post", "@jenna.booth.3", "j.booth", SAT,
          "Lovely dinner with friends tonight, first proper night out in ages. Spent half of it moaning "
          "that the trust is cutting our TA hours by a third from January, which none of the TAs know "
          "yet. Still, the tiramisu was worth it!",
          ["confidential"], note="Unannounced cuts, one clause in a friendly post.")
    s.add("conf-disclosure-textspeak", "facebook", "post", "@ravi.sandhu.sci", "r.sandhu", LATE,
          "rly tough day. 1 of my yr 7s disclosed stuff at home n social services came in. cant stop "
          "thinkin abt it 💔",
          ["confidential"], note="Safeguarding case, in text-speak.")
    s.add("conf-ri-keep-quiet", "facebook", "post", "@niamh.kerr.art", "n.kerr", EVE2,
          "Ofsted gave us 'requires improvement' today. Report isn't out for three weeks so we've been "
          "told to keep quiet, but I'm gutted.",
          ["confidential"], ["reputation"], note="Inspection outcome before release.")
    s.add("conf-reply-suspended", "facebook", "reply", "@jenna.booth.3", "j.booth", EVE,
          "Sorry to hear that. For what it's worth the boy who hit your daughter has been suspended for a "
          "week and his parents are coming in on Monday.",
          ["confidential"], rec=["@hb_parent_lisa"], note="Another pupil's sanction told to a parent.")
    s.add("conf-art-redundancy", "x", "post", "@wes_hardcastle_pe", "w.hardcastle", SUN,
          "Whole art department told in confidence today they're at risk of redundancy. Announcement "
          "isn't until March.",
          ["confidential"], note="Unannounced redundancies.")
    # Benign near-misses.
    s.add("b-great-north-run", "facebook", "post", "@ravi.sandhu.sci", "r.sandhu", SUN,
          "What a triumph of organisation the Great North Run was: 50,000 people and barely a queue. "
          "Hats off to the volunteers!",
          note="Sincere praise of an event.")
    s.add("b-mocks-proud", "x", "post", "@jbooth_maths", "j.booth", EVE,
          "Proud of our Year 11s today. Mock week done, heads held high. #teacherlife",
          note="Pupils praised.")
    s.add("b-official-report", "x", "post", "@HollinsbrookAcad", "c.garside", LATE,
          "Our Ofsted report is published today and is available on our website. Thank you to everyone "
          "who contributed.",
          note="A published report.")
    s.add("b-hard-day", "threads", "post", "@jenna.booth.maths", "j.booth", EVE2,
          "Hard day at work. Nothing dramatic, just one of those days. Tomorrow's a new one 💪",
          note="A hard day, nobody blamed.")
    s.add("b-bins", "facebook", "post", "@wes.hardcastle.7", "w.hardcastle", SAT,
          "The council missed our bin collection again this week. Absolutely useless.",
          note="Criticism of the council.")
    s.add("b-maths-new-block", "x", "post", "@jbooth_maths", "j.booth", SUN,
          "Big changes coming for the maths dept: we're moving into the new block after Easter! Bright "
          "classrooms at last 🎉",
          note="Announced plans, good news.")
    s.add("b-panto-dame", "facebook", "post", "@niamh.kerr.art", "n.kerr", LATE,
          "Staff panto rehearsal tonight. Mr Oyelowo as the dame is a sight nobody is ready for 😂",
          note="Affectionate humour about a colleague.")
    s.add("b-safeguarding-training", "x", "post", "@ravi_sandhu_sci", "r.sandhu", EVE,
          "Safeguarding training this morning was really useful. A good reminder that it's everyone's "
          "responsibility.",
          note="Training, no case.")
    s.add("b-reply-trip", "facebook", "reply", "@jenna.booth.3", "j.booth", SAT,
          "Same here! The Year 9 trip was chaos but the kids had a blast and so did we 😂",
          rec=["@wes.hardcastle.7"], note="A reply to a colleague, warm.")
    s.add("b-gym-management", "x", "post", "@wes_hardcastle_pe", "w.hardcastle", EVE2,
          "Management at my gym have cancelled the 6am spin class again. Useless. #gymlife",
          note="'Management' of a gym.")
    s.write()


# --------------------------------------------------------------------------------------------
# triumph: Brackenmoor Primary School (Reception-Year 6), a Triumph Learning Trust-style primary.
# Reputation of the trust, school, staff, pupils and parents; confidentiality; grievances.
# --------------------------------------------------------------------------------------------
def triumph() -> None:
    s = round8rc("triumph", "triumph/brackenmoor.yaml", "r8tr")
    s.add("rep-long-fair", "facebook", "post", "@kelly.stead.y6", "k.stead", SAT,
          "Cracking Christmas fair today, the Year 2 stall sold out by noon and the choir were gorgeous. "
          "Shame our head spent the whole thing hiding in her office as usual, apparently parents are "
          "beneath her. Anyway, mulled wine in hand, feet up ✨",
          ["reputation"], note="One clause disparaging the head inside a friendly post.")
    s.add("rep-reading-scheme", "x", "post", "@asma_iqbal_y2", "a.iqbal", EVE,
          "Brilliant news: the trust has decided every primary will use the same reading scheme, chosen "
          "by people who haven't taught a reading lesson in a decade. What could possibly go wrong? 🙃",
          ["reputation"], note="Sarcasm about the trust.")
    s.add("rep-pickup-textspeak", "x", "post", "@darren_royle_coach", "d.royle", EVE2,
          "pick up 2day was carnage as usual 🤦‍♀️ half the parents at our place cant even read a "
          "newsletter smh #primaryteacher",
          ["reputation"], note="Disparages parents, in text-speak.")
    s.add("rep-tlr-grievance", "facebook", "post", "@kelly.stead.y6", "k.stead", SUN,
          "Been doing the job of a deputy for two years on a class teacher's salary. Asked about a TLR "
          "three times. Apparently 'there's no budget'. Cheers, Brackenmoor.",
          ["reputation"], note="Pay grievance aimed at the school.")
    s.add("rep-comment-angel", "facebook", "comment", "@nicola.pike.ta", "n.pike", LATE,
          "With all due respect, your little darling is not the angel you think he is. Ask any of his "
          "teachers.",
          ["reputation"], rec=["@brackenmoor_dad"], note="A comment belittling a parent and pupil.")
    s.add("rep-brightest-bulb", "threads", "post", "@asma.iqbal", "a.iqbal", SAT,
          "Our new deputy is, how to put it politely, not the brightest bulb in the staffroom.",
          ["reputation"], note="Understatement disparaging a colleague.")
    s.add("rep-official-sign", "facebook", "comment", "@BrackenmoorPrimary", "s.okafor", EVE,
          "Once again, the school gate is not a car park. Some of our parents clearly can't read a sign.",
          ["reputation"], note="The school's account belittles parents.")
    s.add("rep-wellbeing-irony", "x", "post", "@tomos_lowe_y5", "t.lowe", SUN,
          "Management at work really outdid themselves this week: three staff meetings about wellbeing, "
          "each an hour long, all after 5pm. #irony #teacherlife",
          ["reputation"], note="Sarcasm about the school's leaders.")
    s.add("conf-capability-guess", "x", "post", "@darren_royle_coach", "d.royle", LATE,
          "Guess which Year 4 teacher won't be back after half term 🤐 all I'm allowed to say is "
          "'capability'",
          ["confidential"], note="Staff capability proceedings as gossip.")
    s.add("conf-sen-funding", "facebook", "post", "@nicola.pike.ta", "n.pike", EVE2,
          "SEN funding cut at our place: we've lost £48,000 and two TAs from April and the trust hasn't "
          "told parents.",
          ["confidential"], ["reputation"], note="Internal finances with a figure.")
    s.add("conf-long-roast", "facebook", "post", "@asma.iqbal.9", "a.iqbal", SUN,
          "Sunday roast with the in-laws, lovely. Still rattled about Friday if I'm honest, one of my "
          "Year 3s told me what goes on at home and the police were in by two o'clock. Need an early "
          "night.",
          ["confidential"], note="Safeguarding case, one clause in a friendly post.")
    s.add("conf-sats-checked", "x", "post", "@tomos_lowe_y5", "t.lowe", SAT,
          "Hearing rumours one of the Year 6 classes had their SATs papers 'checked' before they were "
          "sent off. STA are apparently involved.",
          ["confidential"], ["reputation"], note="Exam maladministration investigation.")
    s.add("conf-reception-apps", "facebook", "post", "@kelly.stead.y6", "k.stead", EVE,
          "Only 9 applications for Reception next year. If this carries on the trust will close us, "
          "according to the head.",
          ["confidential"], ["reputation"], note="Internal figures and plans.")
    s.add("conf-social-textspeak", "x", "post", "@nicola_pike_ta", "n.pike", EVE,
          "soc services in again 4 one of my reception kids 😢 3rd time this term. wish i cud say more",
          ["confidential"], note="Safeguarding case, in text-speak.")
    s.add("conf-head-step-down", "facebook", "post", "@darren.royle.coach", "d.royle", EVE2,
          "Our head has been asked to step down by the trust board. Letter going to parents next week so "
          "keep it quiet.",
          ["confidential"], note="Staff matter before it is announced.")
    # Benign near-misses.
    s.add("b-coach-m6", "facebook", "post", "@kelly.stead.y6", "k.stead", EVE,
          "The Year 6 residential coach broke down on the M6. Three hours on the hard shoulder and the "
          "kids were absolute heroes. Home safe now.",
          note="A hard day, pupils praised.")
    s.add("b-official-sats", "x", "post", "@BrackenmoorPS", "j.marsh", EVE2,
          "Our SATs results are now published on our website: 78% of pupils reached the expected "
          "standard in reading, writing and maths. So proud!",
          note="Published results.")
    s.add("b-chocolate", "x", "post", "@asma_iqbal_y2", "a.iqbal", LATE,
          "Tough week in Year 2. Thank goodness for a supportive team and a big bar of chocolate 🍫 "
          "#teacherlife",
          note="A hard week, supportive.")
    s.add("b-self-checkout", "facebook", "post", "@darren.royle.coach", "d.royle", SAT,
          "What a shambles the self-checkouts at the big supermarket are. Unexpected item in bagging "
          "area, twelve times.",
          note="Criticism of a supermarket.")
    s.add("b-official-water-main", "facebook", "post", "@BrackenmoorPrimary", "s.okafor", SUN,
          "Brackenmoor will be closed on Monday because of the burst water main on the lane. Updates on "
          "our website.",
          note="A public announcement.")
    s.add("b-trim-trail", "x", "post", "@tomos_lowe_y5", "t.lowe", EVE,
          "Big changes coming to our playground: the new trim trail goes in over Easter, thanks to the "
          "PTA's fundraising!",
          note="Announced plans, good news.")
    s.add("b-reply-nativity", "facebook", "reply", "@kelly.stead.y6", "k.stead", LATE,
          "Thank you! The children worked so hard on the nativity, they'll be thrilled to hear you "
          "enjoyed it.",
          rec=["@brackenmoor_dad"], note="A reply to a parent, warm.")
    s.add("b-henry-tiktok", "threads", "post", "@asma.iqbal", "a.iqbal", EVE2,
          "Our Year 6s are the funniest bunch. Today someone asked whether Henry VIII had a TikTok.",
          note="Pupils, affectionately.")
    s.add("b-annual-report", "facebook", "post", "@nicola.pike.ta", "n.pike", SAT,
          "Reading the trust's annual report this evening (it's on their website). Lots to be proud of "
          "across our schools.",
          note="A published report.")
    s.add("b-wet-play", "x", "post", "@nicola_pike_ta", "n.pike", SUN,
          "Rainy lunch duty, wet play, forty coats on one peg. Ah, the glamour of teaching ☔😂",
          note="Teacher-life humour.")
    s.write()


# --------------------------------------------------------------------------------------------
# upland: Upland Primary School (Reception-Year 6). Confidential matters; consider the reputation
# of the school; the class blogs are sanctioned accounts (do not defame; no disrepute).
# --------------------------------------------------------------------------------------------
def upland() -> None:
    s = round8rc("upland", "upland-fresh/upland.yaml", "r8up")
    s.add("rep-long-humiliated", "facebook", "post", "@riya.mistry.y3", "r.mistry", SUN,
          "Gorgeous autumn walk up the hill today, kids collecting conkers, dog filthy. Can't stop "
          "thinking about how the head humiliated a TA in front of the whole staff on Friday though, it "
          "was genuinely awful to watch. Right, bath and bed 🍂",
          ["reputation"], note="One clause disparaging the head inside a friendly post.")
    s.add("rep-inset-irony", "x", "post", "@thanh_nguyen_y4", "t.nguyen", EVE,
          "INSET day at Upland Primary: six hours of PowerPoint on 'reducing workload'. The irony was "
          "entirely lost on the organisers. Inspired stuff 😴",
          ["reputation"], note="Sarcasm about the school's leaders.")
    s.add("rep-slt-clowns", "x", "post", "@niall_fitz_music", "n.fitzgerald", LATE,
          "slt at work r a joke 🤡🤡 literally no1 knows whats going on. #teacherlife #primaryteacher",
          ["reputation"], note="Text-speak mockery of leaders.")
    s.add("rep-reply-senco", "facebook", "reply", "@sophie.hart.y6", "s.hart", EVE2,
          "Honestly our SENCo is useless, I've been waiting since October for a meeting about one of mine.",
          ["reputation"], rec=["@callum.mca"], note="A reply disparaging a colleague.")
    s.add("rep-flexible-working", "facebook", "post", "@alice.morgan.y1", "a.morgan", SAT,
          "Asked for flexible working after my maternity leave. Refused without even a meeting. Upland "
          "Primary, family-friendly my foot.",
          ["reputation"], note="A work grievance aired in public.")
    s.add("rep-supportive-understatement", "threads", "post", "@emma.lloyd.rec", "e.lloyd", EVE,
          "Some of the parents in my class aren't exactly what you'd call supportive. Four complaints "
          "about one worksheet.",
          ["reputation"], note="Understatement disparaging parents.")
    s.add("rep-official-disappointment", "blogger", "post", "@UplandClassBlogs", "d.hughes", EVE2,
          "Year 5 have been a real disappointment this week. Frankly some of them should be ashamed of "
          "how they behaved on the trip.",
          ["reputation"], note="The class blog belittles its pupils.")
    s.add("rep-cover-comparison", "x", "post", "@thanh_nguyen_y4", "t.nguyen", SUN,
          "Covered at another school today. Calm corridors, kind staff, actual resources. Made me realise "
          "how badly run this place is.",
          ["reputation"], note="Comparison running down the member of staff's school.")
    s.add("conf-sbm-money", "x", "post", "@niall_fitz_music", "n.fitzgerald", SAT,
          "Can't go into details but let's just say the school business manager won't be handling the "
          "money any more 👀 #awkward",
          ["confidential"], note="Staff discipline as a hint.")
    s.add("conf-social-care-count", "facebook", "post", "@riya.mistry.y3", "r.mistry", LATE,
          "Safeguarding audit today: 12 of our families are open to social care right now, in a school of "
          "350. Sobering.",
          ["confidential"], note="Safeguarding figures.")
    s.add("conf-long-lado", "facebook", "post", "@sophie.hart.y6", "s.hart", EVE,
          "Lovely evening at the choir concert, the Year 4s were brilliant. Only dampener is the "
          "allegation against one of our teachers that the LADO is looking at, the whole staff is on "
          "edge. Anyway, well done kids! 🎶",
          ["confidential"], note="An allegation against staff, one clause in a friendly post.")
    s.add("conf-year2-excluded", "x", "post", "@alice_morgan_y1", "a.morgan", SUN,
          "A Year 2 child at my school has been permanently excluded. Seven years old. I can't say any "
          "more than that.",
          ["confidential"], note="An exclusion.")
    s.add("conf-inadequate-unofficial", "facebook", "post", "@thanh.nguyen.y4", "t.nguyen", EVE2,
          "Inspectors left an hour ago. Unofficially we've been told inadequate for leadership. Please "
          "don't share, nothing's official till the report.",
          ["confidential"], ["reputation"], note="Inspection outcome before release.")
    s.add("conf-red-textspeak", "x", "post", "@niall_fitz_music", "n.fitzgerald", EVE,
          "overheard the head n governors... we r £60k in the red n 2 staff r goin 😬 keep it 2 urself",
          ["confidential"], note="Internal finances and cuts, in text-speak.")
    s.add("conf-reply-biting", "facebook", "reply", "@emma.lloyd.rec", "e.lloyd", SAT,
          "I can't say too much but the child who bit your son has a plan now and the ed psych is coming "
          "in next week.",
          ["confidential"], rec=["@upland_mum_jo"], note="Another pupil's case told to a parent.")
    # Benign near-misses.
    s.add("b-cover-lucky", "x", "post", "@thanh_nguyen_y4", "t.nguyen", SAT,
          "Covered at another school today. Lovely staff, brilliant kids. Made me appreciate how lucky I "
          "am at Upland too 💛",
          note="Comparison praising both schools.")
    s.add("b-official-good", "x", "post", "@UplandPrimary", "h.whitaker", SUN,
          "Our Ofsted report was published today. We're proud to be judged Good in all areas. Read it in "
          "full on our website.",
          note="A published report.")
    s.add("b-car-park-cry", "facebook", "post", "@riya.mistry.y3", "r.mistry", EVE2,
          "Really tough day. Sending love to every teacher who cried in the car park today. You're doing "
          "great. #teacherlife",
          note="A hard day, supportive.")
    s.add("b-bonfire-triumph", "facebook", "post", "@sophie.hart.y6", "s.hart", LATE,
          "What a triumph of organisation the village bonfire was. Hot dogs, fireworks and everyone home "
          "by eight 🎆",
          note="Sincere praise of a village event.")
    s.add("b-roadworks", "x", "post", "@alice_morgan_y1", "a.morgan", EVE,
          "The roadworks outside my house are a total farce. Three weeks, one man, zero progress.",
          note="Criticism of roadworks.")
    s.add("b-kindness-assembly", "facebook", "post", "@emma.lloyd.rec", "e.lloyd", SUN,
          "Mrs Whitaker's assembly about kindness today was just lovely. The Reception children hugged "
          "each other at the end.",
          note="The head, praised.")
    s.add("b-spin-management", "x", "post", "@niall_fitz_music", "n.fitzgerald", EVE2,
          "Management at the leisure centre have cancelled spin class again. Hopeless. #gymlife",
          note="'Management' of a leisure centre.")
    s.add("b-official-museum", "blogger", "post", "@UplandClassBlogs", "r.mistry", LATE,
          "Year 3 have been amazing this week: our Egyptian museum opens for families on Friday after "
          "school!",
          note="Class blog, pupils praised.")
    s.add("b-reply-card", "facebook", "reply", "@sophie.hart.y6", "s.hart", SAT,
          "Thank you for your lovely card. It's been a joy teaching your daughter this year.",
          rec=["@upland_mum_jo"], note="A reply to a parent, warm.")
    s.add("b-governors-minutes", "facebook", "post", "@alice.morgan.y1", "a.morgan", EVE2,
          "The governors' meeting minutes are on the school website for anyone interested in the plans "
          "for the new library.",
          note="Published minutes.")
    s.write()


# --------------------------------------------------------------------------------------------
# early-life: Early Life Enterprise (alternative provision, 11-16). 5.10/5.12 reputation
# (criticism of the provision or staff; grievances), proprietary-information (confidential).
# --------------------------------------------------------------------------------------------
def early_life() -> None:
    s = round8rc("early-life", "early-life-fresh/early_life.yaml", "r8el")
    s.add("rep-long-furniture", "facebook", "post", "@tom.barker.maths", "t.barker", SAT,
          "First weekend off in a month, so I've been in the garden and it's been bliss. Work's been "
          "grim, our managing partner treats the tutors like furniture and wonders why nobody stays. "
          "Anyway, tomatoes are coming on nicely 🍅",
          ["reputation"], note="One clause disparaging a senior colleague inside a friendly post.")
    s.add("rep-stellar-work", "x", "post", "@ciara_dunne_eng", "c.dunne", EVE,
          "Another masterclass in communication from the powers that be at Early Life: timetable changed "
          "at 8:55 by email, nobody told the learners. Stellar work as ever.",
          ["reputation"], note="Sarcasm about the provision's leaders.")
    s.add("rep-learners-textspeak", "x", "post", "@bola_okoro_yw", "b.okoro", LATE,
          "our learners r something else 🙄 half of them cant be bothered 2 turn up n the other half "
          "shouldnt have. #APlife",
          ["reputation"], note="Disparages pupils, in text-speak.")
    s.add("rep-comment-fish", "facebook", "comment", "@declan.farrell.outdoors", "d.farrell", EVE2,
          "The construction tutor? Don't get me started. Man couldn't teach a fish to swim.",
          ["reputation"], note="A comment disparaging a colleague.")
    s.add("rep-zero-hours", "facebook", "post", "@tom.barker.maths", "t.barker", SUN,
          "Eighteen months on a zero-hours contract at the provision while they keep advertising "
          "permanent posts externally. Loyalty clearly counts for nothing.",
          ["reputation"], note="A work grievance aired in public.")
    s.add("rep-engaged-parents", "threads", "post", "@ciara.dunne", "c.dunne", SAT,
          "Not all of our parents are what you might call engaged. One told me today she hadn't looked "
          "at her son's timetable 'since the summer'.",
          ["reputation"], note="Understatement disparaging parents.")
    s.add("rep-official-reply", "x", "reply", "@EarlyLifeEnt", "k.sinclair", EVE,
          "We won't discuss this on Twitter, but frankly your son's behaviour is the reason he's with us "
          "in the first place.",
          ["reputation"], ["confidential"], rec=["@ele_parent_dave"],
          note="The provision's account belittles a learner to his parent.")
    s.add("rep-gaffer-tape", "instagram", "post", "@nadia_mahmood_careers", "n.mahmood", SUN,
          "Nine months in and I've never worked anywhere so disorganised. This place is held together by "
          "gaffer tape and the admin team. #alternativeprovision #exhausted",
          ["reputation"], note="Runs the workplace down, school context by hashtag.")
    s.add("conf-walked-salon", "x", "post", "@bola_okoro_yw", "b.okoro", SAT,
          "Guess who got walked off site by the managing partner today 😳 won't say but the hair salon's "
          "going to be very quiet next week",
          ["confidential"], note="Staff discipline as gossip.")
    s.add("conf-places-cut", "facebook", "post", "@declan.farrell.outdoors", "d.farrell", LATE,
          "Council's cutting our commissioned places from 60 to 35 next term. Not announced yet, but "
          "that's half the tutors gone.",
          ["confidential"], note="Internal business and figures before release.")
    s.add("conf-long-arrested", "facebook", "post", "@tom.barker.maths", "t.barker", EVE2,
          "Bit of a heavy one tonight. Good session with the construction lot this morning, proper "
          "progress. Then one of our learners was arrested at lunch and social care got involved, which "
          "I can't really talk about. Taking the dog out to clear my head.",
          ["confidential"], note="A pupil's case, one clause in a longer post.")
    s.add("conf-owners-offer", "x", "post", "@ciara_dunne_eng", "c.dunne", SUN,
          "Can't say much but big changes coming at work. The owners have had an offer and someone from "
          "another company was shown round today 👀",
          ["confidential"], note="Unannounced sale of the provision, as a hint.")
    s.add("conf-warning-textspeak", "x", "post", "@bola_okoro_yw", "b.okoro", EVE2,
          "1 of the youth workers got a final written warning 2day 4 what happened on the trip. saw it "
          "coming tbh",
          ["confidential"], note="Staff discipline, in text-speak.")
    s.add("conf-reply-moved", "facebook", "reply", "@declan.farrell.outdoors", "d.farrell", EVE,
          "I can't discuss individual learners, but I can tell you the lad who started the fight has been "
          "moved to our other centre.",
          ["confidential"], rec=["@ele_parent_dave"], note="Another pupil's case told to a parent.")
    s.add("conf-inspection-hats", "facebook", "post", "@ciara.dunne.71", "c.dunne", LATE,
          "Inspection done. Unofficial verdict: good, but with safeguarding 'areas for development'. Keep "
          "it under your hats till the report.",
          ["confidential"], note="Inspection outcome before release.")
    # Benign near-misses.
    s.add("b-stadium-triumph", "x", "post", "@tomb_maths", "t.barker", SAT,
          "What a triumph of organisation the new stadium car park is. Forty minutes to get out. Never "
          "again.",
          note="Sarcasm aimed at a stadium car park.")
    s.add("b-official-cscs", "facebook", "post", "@EarlyLifeEnterprise", "k.sinclair", EVE,
          "Congratulations to all our learners who passed their CSCS card tests this term! A brilliant "
          "achievement.",
          note="The provision's own good news.")
    s.add("b-team-pulled", "x", "post", "@ciara_dunne_eng", "c.dunne", EVE2,
          "Tough day. Proud of how the team pulled together though. Home, tea, sofa.",
          note="A hard day, supportive.")
    s.add("b-gym-fees", "facebook", "post", "@declan.farrell.outdoors", "d.farrell", SUN,
          "Management at my gym have put the fees up again. Shocking.",
          note="'Management' of a gym.")
    s.add("b-allotment", "instagram", "post", "@nadia_mahmood_careers", "n.mahmood", SAT,
          "Big changes coming to the allotment: new shed arrives on Saturday! 🛠️",
          note="'Big changes coming' about an allotment.")
    s.add("b-recharge", "threads", "post", "@ciara.dunne", "c.dunne", SUN,
          "Sleep, walk, Sunday papers. Perfect recharge before another week.",
          note="Own rest.")
    s.add("b-official-report", "x", "post", "@EarlyLifeEnt", "k.sinclair", LATE,
          "Our latest Ofsted report has been published. You can read it in full on our website.",
          note="A published report.")
    s.add("b-commissioner-report", "x", "post", "@bola_okoro_yw", "b.okoro", EVE,
          "Reading a great report from the Children's Commissioner on alternative provision. Worth a "
          "look for anyone in the sector.",
          note="A published national report.")
    s.add("b-reply-nan", "facebook", "reply", "@tom.barker.maths", "t.barker", LATE,
          "Ha, that's a classic. My nan used to say exactly the same thing.",
          rec=["@old_mate_gaz"], note="A reply to a friend.")
    s.add("b-mug-humour", "x", "post", "@tomb_maths", "t.barker", EVE2,
          "#teacherlife: when you find the mug of tea you made at 8am, still full, at 4pm ☕😂",
          note="Teacher-life humour.")
    s.write()


if __name__ == "__main__":
    e_act()
    ta2016()
    triumph()
    upland()
    early_life()

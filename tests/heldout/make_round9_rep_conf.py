"""Writes the ninth probe sets, for reputation and confidential only, tests/heldout/round9rc-<pack>/cases.jsonl.

A ninth independent probe of the two meaning categories that hidden sets score lowest on, across
the five packs, 25 cases each (15 positives, 10 benign look-alikes). The cases were written from
the seed policies and the contract before reading the detectors' word lists or the earlier
rounds' cases, on angles earlier rounds did not stress: LinkedIn-style "lessons learned" posts
with veiled criticism of a leadership team; staff replying in parents' Facebook groups; role
words without names (SLT, the head, the board, the exec, the CEO of the trust, the bursar, the
SENCo, the managing partner); rhetorical questions ("Is it too much to ask ...?", "Who decides
...? Our SLT, that's who"); retelling or quoting what a colleague said; numbered threads
("1/ ... 2/ ..."); Scots, Welsh, Yorkshire and Geordie English, typos and no punctuation.
Confidential: results and performance figures before release, restructures and redundancies
before staff are told, an inspection call and verbal feedback, exclusions, a tribunal, an
allegation or LADO referral, a pay dispute, academy conversion, merger and trust talks, a
pupil's medical or family situation without a name, a parent complaint's details. The benign
look-alikes criticise government policy, the exam board, the STA, chain restaurants; praise
leaders; announce published results and reports; describe hard days that run nobody down; and
use the same role words kindly.

Decisions taken from the policies (as rounds 7 and 8): disparaging the school, trust, governors,
colleagues, pupils or parents is reputation in every pack, and so is a work grievance aired in
public; confidential is every pack's clause on non-public matters, including a pupil's case
without a name and internal plans before they are announced. A confidential case that also runs
the school down has reputation as a `may`.

Honest scores before any fix (recall / precision / decision), 25 cases each:
e-act 0.667 / 0.909 / 0.880, ta2016 0.800 / 1.000 / 0.880, triumph 0.800 / 1.000 / 0.880,
upland 0.600 / 0.818 / 0.760, early-life 0.733 / 1.000 / 0.840. Reputation caught 23 of 35,
confidential 31 of 40; /work/notes/round9rc_prefix.txt lists every pre-fix miss and false alarm
with its text. Three false alarms, all reputation: a colleague's "employment tribunal against
the trust" (the grievance check; the label was then corrected, see below), a parent complaint
told by the teacher it was about (the meaning classifier at 95%, reading "the head ... the chair
of governors ... Stressful" as a grievance), and "that chain steakhouse. Management there
couldnae organise a birthday party" (the reputation detector took "management" for the school's).
The meaning classifier trained without these sets (`scripts/train_meaning_model.py --hold-out
'round9*' --dry-run`, which also held out the round9so sets) found reputation 20/35 (1 of 193
negatives flagged) and confidential 26/40 (2 of 208 negatives flagged) on them.
Reputation misses: LinkedIn lessons ("a leadership team that confused shouting with standards",
"if your leadership team only ever hears good news, it's because they punish bad news", "if your
managing partner only visits the centres when there's a photographer, don't be surprised when
your tutors stop caring"); "the SENCo is completely out of her depth" in a parents' group;
Yorkshire "SLT ask for feedback then do what they were gonna do anyway. might as well talk to
t'wall"; Geordie "the head's had us in till six again for a meeting that could've been an
email"; "Is it too much to ask that the parents at my school ...? Apparently so."; Welsh "Told us
all off in briefing like we're the children, mun" (the head named in the sentence before); a
retold "the board have already picked who's getting the deputy job and the interviews are just
for show"; "our head dunt have a clue ... never sets foot in there"; Scots "whit kind o heid
teacher ...? ours, that's who"; a thread "the learners are brilliant 3/ the management are not".
Confidential misses: "a sneak look at the provisional A level results", a colleague's "employment
tribunal against the trust is listed for March", a parent complaint "escalated to the principal"
and a dad who "complained to the head" with a meeting set, "First exclusion in Reception ... 2
days", "sent home for the rest of the week ... his second exclusion this term", governors
"quietly talking to two trusts about us converting to an academy", "Redundancy letters going out
... They don't know. I feel awful knowing.", and an inspection's "verbal feedback ... Don't
spread it but 'inadequate' was mentioned" (where "spread it" was read as "read it", the sign of
a published report: a missing word boundary).

After the fixes (tests/detectors/test_round9_rep_conf.py holds the families, with new
sentences) all five sets score 1.000 / 1.000 / 1.000, the dev set stays 1.000 and every other
set still passes. One label was corrected after scoring: the e-act tribunal case gained
reputation as a `may` (e-act 5.3 treats a dispute with the Trust aired in public as a sensitive
Trust topic, and the grievance check reads it so).

A spot check after those fixes, 16 further new positives and 8 benign look-alikes written the
same way against the ta2016 school (not kept in these sets), caught reputation 3 of 8 and
confidential 3 of 8, with two false alarms from the meaning classifier (confidential on a
put-down of "the head of KS2", offensive on "since when was he a teacher"): expect hidden sets
well below 1.000 on both categories. Its families were fixed too ("not fit to be in charge of a
goldfish", "about as much use as a chocolate teapot", a trust that "runs on fear", "since when
was he a teacher", Yorkshire "t'head", "no extra PPA" told "last minute", "going through
capability", "in talks to take over" a school, moderation that "marked us down", a school team
("pastoral") cut, a parent who "threatened to take us to court"), which brought it to 24 of 24.
A second spot check after that, 16 new positives and 8 benign posts against the upland and
early-life schools, caught reputation 5 of 8 and confidential 5 of 8, with three reputation
false alarms: the meaning classifier on two posts praising a head and a managing partner
("Leadership reflection: a head who praises in private ...", "'results are the team's, not
mine'. That's leadership."), and the detector on "Our Year 2 SATs predictions are the worst in
the trust" (it took "Year 2" for the target). Its families were fixed ("how many more ... before
SLT realise", "couldn't lead a conga", Scots "pure mince" and "naebody asked the staff", "not
for sharing", a tutor "caught drinking" and "hushed it up", "60 grand over budget"), catching all
16; the three false alarms remain (the classifier's two should go when the lead retrains it
with these sets, which hold such praise as benign).
Also fixed, reputation false alarms found by H2's round9so sets (present before these fixes
too): "the cuts to SEND funding are shameful ..., and the children paying the price deserve far
better" read "the children" as the target; people a verdict is made on behalf of ("deserve
better", "paying the price", "the ones who suffer") or kept safe ("keep that filth away from my
kids") after the verdict are no longer its target; and a verdict used as an adjective on a thing
in a clause of its own ("Year 4 have been reading 'The Twits' ..., the disgusting tricks made
everyone squeal") is not a verdict on the target before the comma.

Run: python tests/heldout/make_round9_rep_conf.py
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

REP = ["reputation"]
CONF = ["confidential"]


def round9rc(pack_dir: str, config: str, prefix: str) -> CaseSet:
    return CaseSet(f"round9rc-{pack_dir}", f"../{config}", prefix)


# --------------------------------------------------------------------------------------------
# e-act: Northfleet Rise Academy (11-18). 5.3 reputation, 5.4 confidential information.
# --------------------------------------------------------------------------------------------
def e_act() -> None:
    s = round9rc("e-act", "e-act/northfleet.yaml", "r9ea")
    s.add("rep-linkedin-lessons", "linkedin", "post", "@kofi-mensah-teach", "k.mensah", EVE,
          "Lessons learned from three years under a leadership team that confused shouting with "
          "standards: 1) people stop telling you the truth 2) your best staff leave quietly 3) the data "
          "looks fine right up until it doesn't. Grateful to be moving on. #leadership #education",
          REP, note="LinkedIn-style veiled criticism of the poster's own leaders.")
    s.add("rep-fbgroup-senco", "facebook", "comment", "@dawn.pilling.5", "d.pilling", LATE,
          "As a member of staff I probably shouldn't say this but the SENCo is completely out of her "
          "depth, half the plans haven't been looked at since September.",
          REP, may=CONF, note="A reply in a parents' group running a colleague down by role.")
    s.add("rep-rhetorical-exec", "x", "post", "@mr_fairclough_geo", "a.fairclough", SAT,
          "Why does the exec think we can deliver a brand new curriculum with no training and no "
          "budget? Does anyone at the top actually listen to the people doing the job? #edutwitter",
          REP, note="Rhetorical questions airing a grievance against the trust's executives.")
    s.add("rep-quote-colleague", "x", "post", "@mr_fairclough_geo", "a.fairclough", EVE2,
          "My colleague said in the staffroom today that the principal wouldn't recognise good teaching "
          "if it sat in his lap. Honestly I couldn't disagree.",
          REP, note="Retelling a colleague's put-down of the principal and agreeing with it.")
    s.add("rep-thread-leaving", "x", "post", "@msokafor_english", "c.okafor", SUN,
          "1/ A thread on why I'm leaving teaching after 11 years. 2/ The workload at my academy is "
          "impossible and the trust keeps piling more on. 3/ Nobody in SLT has taught a full timetable "
          "in years. 4/ Complaints go nowhere, HR just send a template back.",
          REP, note="A numbered thread airing grievances against the academy and trust.")
    s.add("rep-scots-heidie", "facebook", "post", "@fraser.mcleish.9", "f.mcleish", LATE,
          "the heidie at oor place couldnae run a bath nae joke. hauf the staff are aff wi stress an "
          "he's no bothered",
          REP, note="Scots, no punctuation: belittling the head.")
    s.add("conf-alevel-early", "x", "post", "@msokafor_english", "c.okafor", EVE2,
          "Got a sneak look at the provisional A level results today 👀 we're down about 12% on last "
          "year, results day is going to be grim",
          CONF, note="Exam results seen before release.")
    s.add("conf-restructure", "whatsapp", "dm", "@447700900114", "d.pilling", EVE,
          "Restructure consultation starts Monday apparently, they're cutting 2 posts in science and "
          "the department don't know yet. Keep it quiet x",
          CONF, may=["prohibited_platform"], rec=["@447700900871"],
          note="A restructure and job cuts before staff are told.")
    s.add("conf-ofsted-feedback", "x", "post", "@mr_adams_hist", "j.adams", EVE,
          "Inspection feedback meeting done. Can't say anything officially till the report's out but "
          "let's just say we won't be keeping 'Good' 😬",
          CONF, note="Inspection outcome hinted before the report.")
    s.add("conf-exclusion", "facebook", "post", "@dawn.pilling.5", "d.pilling", SUN,
          "Yr 11 lad permanently excluded today after the incident on the field, governors panel next "
          "week. Ridiculous it took this long tbh",
          CONF, may=REP, note="A permanent exclusion and its panel.")
    s.add("conf-tribunal", "facebook", "post", "@fraser.mcleish.9", "f.mcleish", SAT,
          "Ex-colleague's employment tribunal against the trust is listed for March. From what I hear "
          "they're going to settle before it gets that far.",
          CONF, may=REP, note="A tribunal and the trust's intentions. Label corrected after scoring: "
          "reputation added as a `may` (e-act 5.3 counts a dispute with the Trust aired in public as a "
          "sensitive Trust topic).")
    s.add("conf-lado", "x", "post", "@mr_adams_hist", "j.adams", LATE,
          "Another LADO referral at work this week. That's the third member of staff this term. What "
          "on earth is going on",
          CONF, note="Allegations against staff referred to the designated officer.")
    s.add("conf-medical", "facebook", "post", "@kofi.mensah.77", "k.mensah", EVE2,
          "One of my year 8s has just been diagnosed with type 1 diabetes and mum's been told he'll "
          "need a care plan, poor lad is so scared",
          CONF, may=["personal_data"], note="A pupil's medical situation, no name.")
    s.add("conf-merger", "x", "post", "@msokafor_english", "c.okafor", SUN,
          "Heard in the staff room that the trust is in talks to merge us with the academy across "
          "town. Nothing announced. Watch this space",
          CONF, note="Merger talks before any announcement.")
    s.add("conf-parent-complaint", "facebook", "post", "@dawn.pilling.5", "d.pilling", EVE,
          "Had a parent complaint escalated to the principal today because I moved her daughter's "
          "seat. Now she's threatening to go to the papers. You couldn't make it up",
          CONF, may=REP, note="A parent complaint's details.")
    s.add("b-linkedin-praise", "linkedin", "post", "@kofi-mensah-teach", "k.mensah", SAT,
          "Lessons learned from a brilliant leadership team this year: listen first, protect people's "
          "time, say thank you. Grateful to work with the SLT at Northfleet Rise. #leadership",
          note="The same LinkedIn shape, praising.")
    s.add("b-dfe-rhetorical", "x", "post", "@mr_fairclough_geo", "a.fairclough", LATE,
          "Why does the DfE think schools can fund a pay award out of existing budgets? Does anyone in "
          "Whitehall actually listen? #edutwitter",
          note="Rhetorical criticism of government policy.")
    s.add("b-exam-board", "x", "post", "@mr_adams_hist", "j.adams", EVE2,
          "The exam board's mark scheme for paper 2 was a shambles this year. Three different answers "
          "for question 4. Sort it out.",
          note="Criticism of the exam board.")
    s.add("b-chain-restaurant", "facebook", "post", "@fraser.mcleish.9", "f.mcleish", SUN,
          "The manager at that pizza chain on the retail park couldnae organise a queue. Fifty minutes "
          "for two margheritas. Never again",
          note="Criticism of a chain restaurant, Scots.")
    s.add("b-published-results", "x", "post", "@msokafor_english", "c.okafor", EVE2,
          "Results day! So proud of our Year 13s, the published figures are our best ever. Well done "
          "everyone @NorthfleetRise",
          note="Published results.")
    s.add("b-hard-day", "x", "post", "@mr_fairclough_geo", "a.fairclough", EVE,
          "Tough day. Two lessons went sideways and I'm shattered. Tomorrow's a new day. Cuppa and an "
          "early night ☕",
          note="A hard day that runs nobody down.")
    s.add("b-roles-kind", "facebook", "post", "@dawn.pilling.5", "d.pilling", SAT,
          "Shout out to the SENCo and the bursar who stayed till 7 to get the residential sorted. "
          "Absolute legends.",
          note="Role words used kindly.")
    s.add("b-thread-nqt", "x", "post", "@mr_adams_hist", "j.adams", SUN,
          "1/ Five things I learned in my first year. 2/ Plan less, think more. 3/ Ask for help early. "
          "4/ The head of year is your friend. 5/ Sleep matters.",
          note="A thread that runs nobody down.")
    s.add("b-quote-kind", "x", "post", "@msokafor_english", "c.okafor", LATE,
          "My colleague said today the Year 9s were a joy this afternoon and honestly she's right, best "
          "lesson of the term",
          note="Retelling a colleague, kindly.")
    s.add("b-report-published", "facebook", "post", "@kofi.mensah.77", "k.mensah", EVE,
          "Our inspection report was published today and it's Good in every area. So proud of the team "
          "and the young people.",
          note="A published inspection outcome.")
    s.write()


# --------------------------------------------------------------------------------------------
# ta2016: Hollinsbrook Academy. Derogatory remarks about colleagues, pupils, parents, the work;
# grievances through the Grievance policy; no confidential information about the Trust/Academy.
# --------------------------------------------------------------------------------------------
def ta2016() -> None:
    s = round9rc("ta2016", "ta2016/hollinsbrook.yaml", "r9ta")
    s.add("rep-yorks-nowt", "facebook", "post", "@gaz.holroyd.1", "g.holroyd", EVE,
          "nowt changes at our place. SLT ask for feedback then do what they were gonna do anyway. "
          "might as well talk to t'wall",
          REP, note="Yorkshire dialect grievance about leaders.")
    s.add("rep-geordie-head", "facebook", "post", "@lindsay.robson.12", "l.robson", LATE,
          "howay man, the head's had us in till six again for a meeting that could've been an email. "
          "divvent knaa how much more of this i can take",
          REP, note="Geordie grievance about the head.")
    s.add("rep-fbgroup-wouldnt-send", "facebook", "comment", "@gaz.holroyd.1", "g.holroyd", SAT,
          "I work there and honestly I wouldn't send my own kids. The behaviour system is a joke and "
          "SLT don't back staff up.",
          REP, note="Staff member in a parents' group running the school down.")
    s.add("rep-linkedin-toxic", "linkedin", "post", "@priya-shah-leads", "p.shah", SUN,
          "Reflecting on what a toxic culture looks like from the inside: meetings where only the CEO "
          "of the trust speaks, 'wellbeing' emails sent at 11pm, and staff afraid to ask questions. "
          "Sound familiar? #schoolleadership",
          REP, note="LinkedIn veiled criticism of the poster's trust.")
    s.add("rep-rhetorical-parents", "x", "post", "@mrs_akhtar_re", "s.akhtar", EVE2,
          "Is it too much to ask that the parents at my school teach their kids to say please and thank "
          "you? Apparently so.",
          REP, note="Rhetorical question disparaging parents.")
    s.add("conf-bursar-overheard", "x", "post", "@mrs_akhtar_re", "s.akhtar", EVE,
          "Overheard the bursar telling the head we're 180k in the red and they'll have to cut support "
          "staff. Merry Christmas everyone",
          CONF, may=REP, note="Internal finances and planned cuts, retold.")
    s.add("conf-ta-redundant-typos", "facebook", "post", "@lindsay.robson.12", "l.robson", SUN,
          "cant believe they r making 3 TAs redundant and nobody been told yet its disgraceful honestly",
          CONF, may=REP, note="Redundancies before staff are told, typos and no punctuation.")
    s.add("conf-progress8-early", "x", "post", "@priya_shah_maths", "p.shah", LATE,
          "Just seen our provisional Progress 8 figure before it goes public and its negative again. "
          "Heads will roll",
          CONF, note="Performance figures before release.")
    s.add("rep-pay-tlr", "x", "post", "@mrs_akhtar_re", "s.akhtar", SAT,
          "Still haven't been paid the TLR I was promised in September, third email to HR ignored. "
          "Payroll at this academy is a disgrace",
          REP, may=CONF, note="A pay grievance aired in public.")
    s.add("conf-fixed-term", "facebook", "post", "@gaz.holroyd.1", "g.holroyd", EVE2,
          "Fixed term exclusion for one of my form today, 5 days, for what happened at break. Mum was "
          "in tears in reception.",
          CONF, note="An exclusion, no name.")
    s.add("conf-disclosure", "facebook", "post", "@lindsay.robson.12", "l.robson", EVE,
          "One of my year 7s told me today his mum's partner has moved back in and he's scared to go "
          "home. Referral done. Heartbreaking.",
          CONF, note="A safeguarding disclosure, no name.")
    s.add("conf-hom-suspended", "x", "post", "@priya_shah_maths", "p.shah", SUN,
          "Our head of maths was suspended today pending an investigation. Nobody's allowed to say why. "
          "Whole department in shock",
          CONF, note="Staff discipline by role.")
    s.add("conf-trust-move", "facebook", "post", "@gaz.holroyd.1", "g.holroyd", LATE,
          "Governors voted last night to move us to a different trust. Not public till the consultation "
          "in January so shh",
          CONF, note="A change of trust before consultation.")
    s.add("rep-thread-ri", "x", "post", "@mrs_akhtar_re", "s.akhtar", EVE2,
          "1/ Things nobody tells you about working at a 'requires improvement' school 2/ the head "
          "blames the staff for everything 3/ the governors rubber stamp whatever he says 4/ you will "
          "cry in the car park",
          REP, note="A thread disparaging the head and governors.")
    s.add("rep-deputy-photocopier", "x", "post", "@priya_shah_maths", "p.shah", SAT,
          "How is it that the deputy head gets paid double what I do and still can't work a "
          "photocopier?",
          REP, note="Rhetorical put-down of a colleague by role.")
    s.add("b-yorks-proud", "facebook", "post", "@gaz.holroyd.1", "g.holroyd", SAT,
          "reet proud of our lot today, year 10 did us proud at the county final. nowt better",
          note="Yorkshire praise.")
    s.add("b-geordie-trip", "facebook", "post", "@lindsay.robson.12", "l.robson", EVE2,
          "howay! canny day oot wi the year 8s at the coast, bairns were brilliant",
          note="Geordie, a good trip.")
    s.add("b-govt-pay", "x", "post", "@mrs_akhtar_re", "s.akhtar", SUN,
          "Is it too much to ask that the government funds the pay rise it announced? Apparently so. "
          "#teacherpay",
          note="Rhetorical criticism of government.")
    s.add("b-boundaries", "x", "post", "@priya_shah_maths", "p.shah", EVE,
          "The exam board released the grade boundaries today and they've gone up again for maths. "
          "Brutal.",
          note="Comment on the exam board.")
    s.add("b-fbgroup-pastoral", "facebook", "comment", "@gaz.holroyd.1", "g.holroyd", LATE,
          "I work at the school and can honestly say the pastoral team are fantastic. Give them a ring, "
          "they'll help.",
          note="Staff in a parents' group, supportive.")
    s.add("b-tables-published", "x", "post", "@priya_shah_maths", "p.shah", EVE2,
          "The DfE performance tables were published today. Good to see so many local schools doing "
          "well.",
          note="Published league tables.")
    s.add("b-long-week", "x", "post", "@mrs_akhtar_re", "s.akhtar", LATE,
          "Long week, parents' evening till 8, mock marking all weekend. It's a lot but I love the job.",
          note="A hard week that runs nobody down.")
    s.add("b-chain-burger", "x", "post", "@priya_shah_maths", "p.shah", SAT,
          "How is it that a chain restaurant can charge 18 quid for a burger and still forget the "
          "chips?",
          note="Rhetorical criticism of a chain restaurant.")
    s.add("b-bursar-retire", "facebook", "post", "@lindsay.robson.12", "l.robson", SUN,
          "Retirement do for our bursar tonight. 28 years of keeping the place running. We'll miss you!",
          note="Role word used kindly.")
    s.add("b-pupil-quote", "x", "post", "@mrs_akhtar_re", "s.akhtar", EVE,
          "A year 7 told me today 'you're the reason I like science now'. That's going on the fridge.",
          note="Retelling a pupil's words, kindly.")
    s.write()


# --------------------------------------------------------------------------------------------
# triumph: Brackenmoor Primary School, a Triumph Learning Trust-style primary. Maintain the
# reputation of the Trust, school, staff, pupils, parents; grievance policy; no confidential
# Trust matters.
# --------------------------------------------------------------------------------------------
def triumph() -> None:
    s = round9rc("triumph", "triumph/brackenmoor.yaml", "r9tr")
    s.add("rep-linkedin-ceo", "linkedin", "post", "@rhian-evans-edu", "r.evans", SUN,
          "Lessons learned from a year working under a CEO who believes trust is something staff owe "
          "upwards and never receive back. Thread below on how not to run a MAT.",
          REP, note="LinkedIn veiled criticism of the trust's CEO.")
    s.add("rep-fbgroup-new-head", "facebook", "comment", "@carys.jenkins.3", "c.jenkins", LATE,
          "Between us, the new head at Brackenmoor is clueless. Half the good teachers have already "
          "handed their notice in.",
          REP, may=CONF, note="Staff member in a parents' group disparaging the head.")
    s.add("rep-welsh-briefing", "facebook", "post", "@carys.jenkins.3", "c.jenkins", EVE,
          "Duw, the head's in a mood again, tidy way to start the week. Told us all off in briefing "
          "like we're the children, mun",
          REP, note="Welsh English: the head talks down to staff.")
    s.add("rep-rhetorical-wellbeing", "x", "post", "@mr_hughes_y5", "d.hughes", SAT,
          "Who decides to hold a staff meeting about wellbeing at 5pm on a Friday? Our SLT, that's who 🙄",
          REP, note="Rhetorical question mocking leaders.")
    s.add("rep-retell-board", "x", "post", "@mr_hughes_y5", "d.hughes", EVE2,
          "Colleague told me the board have already picked who's getting the deputy job and the "
          "interviews are just for show. Typical of this trust.",
          REP, may=CONF, note="Retold claim of a rigged appointment; disparages the trust.")
    s.add("conf-ks2-early", "facebook", "post", "@rhian.evans.44", "r.evans", EVE,
          "Got our KS2 results early on the portal, reading's down 15 points on last year. Don't tell "
          "anyone till they're official but we're gutted",
          CONF, note="Results before release.")
    s.add("conf-office-restructure", "x", "post", "@mr_hughes_y5", "d.hughes", LATE,
          "The trust is restructuring the office teams after Christmas and two of the admin posts are "
          "going. They haven't told the admin staff yet.",
          CONF, note="A restructure before staff are told.")
    s.add("conf-the-call", "facebook", "post", "@carys.jenkins.3", "c.jenkins", SUN,
          "We got THE call this afternoon 😬 lead inspector in tomorrow. Not allowed to tell parents "
          "till the letter goes out so keep it zipped",
          CONF, note="An inspection notice before the school announces it.")
    s.add("conf-foster-care", "facebook", "post", "@rhian.evans.44", "r.evans", SAT,
          "Little one in my class has been taken into foster care this week. Dad's in prison and mum "
          "can't cope. Broke my heart at pick up.",
          CONF, note="A pupil's family situation, no name.")
    s.add("conf-complaint-stage2", "facebook", "post", "@carys.jenkins.3", "c.jenkins", EVE2,
          "Mum came in shouting about the nativity parts again and now she's put a formal complaint in "
          "to the governors saying I favour certain children. Stage 2 meeting next week.",
          CONF, may=REP, note="A parent complaint's details.")
    s.add("conf-ta-allegation", "x", "post", "@mr_hughes_y5", "d.hughes", SUN,
          "A parent has made an allegation against one of our TAs and she's been sent home while it's "
          "looked into. Feel sick for her.",
          CONF, note="An allegation against staff.")
    s.add("rep-typos-control", "facebook", "post", "@rhian.evans.44", "r.evans", LATE,
          "anyone elses head teacher a total control freak?? mine checks our planning at 10pm n emails "
          "about font sizes",
          REP, note="Typos, rhetorical: disparaging the head.")
    s.add("conf-pay-offer", "facebook", "post", "@carys.jenkins.3", "c.jenkins", SAT,
          "Support staff pay offer from our trust is 1% and we've been told it's that or nothing. Union "
          "meeting Thursday. Not public yet.",
          CONF, may=REP, note="A pay dispute, not public.")
    s.add("rep-thread-golden-time", "x", "post", "@mr_hughes_y5", "d.hughes", EVE,
          "1/ my head of school has decided we're scrapping golden time 2/ without asking a single "
          "teacher 3/ the kids are devastated and so are we 4/ leadership by decree 🙃",
          REP, note="A thread criticising the head of school.")
    s.add("conf-reception-exclusion", "facebook", "post", "@rhian.evans.44", "r.evans", EVE2,
          "First exclusion in Reception I've ever seen today. 2 days. The parents were called in and it "
          "got very heated",
          CONF, note="An exclusion of a young pupil.")
    s.add("b-linkedin-ceo-praise", "linkedin", "post", "@rhian-evans-edu", "r.evans", EVE2,
          "Lessons learned from a year working under a CEO who genuinely puts staff first: thank-yous "
          "matter, time matters, trust is earned both ways.",
          note="LinkedIn praise.")
    s.add("b-welsh-assembly", "facebook", "post", "@carys.jenkins.3", "c.jenkins", SAT,
          "Tidy day at school today, the kids sang in Welsh for assembly and the head had a little "
          "tear in her eye 🥹",
          note="Welsh English, kind.")
    s.add("b-fbgroup-office", "facebook", "comment", "@rhian.evans.44", "r.evans", SUN,
          "Just to say the office staff at Brackenmoor are always so helpful, don't be afraid to ask "
          "them.",
          note="Parents' group reply, kind.")
    s.add("b-dfe-writing", "x", "post", "@mr_hughes_y5", "d.hughes", LATE,
          "Who decides to change the KS2 writing framework in March? The DfE, that's who 🙄",
          note="Rhetorical criticism of government.")
    s.add("b-national-results", "x", "post", "@mr_hughes_y5", "d.hughes", EVE2,
          "National KS2 results are out today and writing is up nationally. Well done to every Year 6 "
          "in the country.",
          note="Published national results.")
    s.add("b-windy-reception", "facebook", "post", "@carys.jenkins.3", "c.jenkins", EVE,
          "Reception on a windy day is a whole different sport. Survived. Feet up now.",
          note="A hard day that runs nobody down.")
    s.add("b-chain-pizza", "facebook", "post", "@rhian.evans.44", "r.evans", SAT,
          "Tried the new chain pizza place by the station. Staff lovely, manager clearly overwhelmed, "
          "45 mins for a margherita. Won't rush back.",
          note="Criticism of a chain restaurant.")
    s.add("b-board-visit", "x", "post", "@mr_hughes_y5", "d.hughes", SUN,
          "Thank you to the board of trustees for visiting today and reading with our Year 2s. They "
          "loved it.",
          note="Role word used kindly.")
    s.add("b-thread-phonics", "x", "post", "@mr_hughes_y5", "d.hughes", LATE,
          "1/ my favourite phonics games 2/ sound buttons with pom poms 3/ robot talk 4/ what are yours?",
          note="A thread with no criticism.")
    s.add("b-report-published", "facebook", "post", "@carys.jenkins.3", "c.jenkins", EVE2,
          "The inspection report has been published and we're so proud. Letter to parents is on the "
          "website.",
          note="A published inspection report.")
    s.write()


# --------------------------------------------------------------------------------------------
# upland: Upland Primary School. Confidential matters of the school and its community;
# consider the reputation of the school.
# --------------------------------------------------------------------------------------------
def upland() -> None:
    s = round9rc("upland", "upland-fresh/upland.yaml", "r9up")
    s.add("rep-fbgroup-turnover", "facebook", "comment", "@bev.kershaw.21", "b.kershaw", EVE,
          "I'm a TA there and I'd think twice. Staff turnover is ridiculous because the head treats "
          "everyone like dirt.",
          REP, note="Staff member in a parents' group disparaging the head.")
    s.add("rep-linkedin-bad-news", "linkedin", "post", "@tom-wardle-primary", "t.wardle", SAT,
          "A few lessons learned from my time at a small primary: if your leadership team only ever "
          "hears good news, it's because they punish bad news. I left. Best decision I ever made.",
          REP, note="LinkedIn veiled criticism of a former school's leaders.")
    s.add("rep-rhetorical-gates", "x", "post", "@missdaly_y2", "e.daly", EVE2,
          "Why do some of our parents think the school gates are the place to have a screaming match? "
          "Every. Single. Morning.",
          REP, note="Rhetorical question disparaging the school's parents.")
    s.add("rep-yorks-ks1", "facebook", "post", "@bev.kershaw.21", "b.kershaw", LATE,
          "our head dunt have a clue wot goes on in KS1 never sets foot in there",
          REP, note="Yorkshire, typos: disparaging the head.")
    s.add("rep-quote-governors", "x", "post", "@missdaly_y2", "e.daly", SUN,
          "Best quote from the staffroom today: 'the governors couldn't find their way out of a paper "
          "bag'. Not wrong.",
          REP, note="Quoting and endorsing a put-down of governors.")
    s.add("conf-phonics-early", "x", "post", "@mr_wardle_y1", "t.wardle", EVE,
          "Phonics screening scores are in and only 58% passed this year 😬 not public yet so don't "
          "share",
          CONF, note="Results before release.")
    s.add("conf-conversion", "facebook", "post", "@bev.kershaw.21", "b.kershaw", SAT,
          "So the governors are quietly talking to two trusts about us converting to an academy. "
          "Parents have no idea. Shhh",
          CONF, note="Academy conversion talks.")
    s.add("conf-final-warning", "x", "post", "@missdaly_y2", "e.daly", LATE,
          "Teacher in Year 4 got a final written warning today, whole staffroom knows why. Not my "
          "place to say 😶",
          CONF, note="Staff discipline.")
    s.add("conf-epilepsy", "facebook", "post", "@bev.kershaw.21", "b.kershaw", EVE2,
          "One of my little ones has been diagnosed with epilepsy, had a seizure in class last week. "
          "Mum asked us not to tell the other parents.",
          CONF, may=["personal_data"], note="A pupil's medical condition, no name.")
    s.add("conf-chair-exclusion", "x", "post", "@mr_wardle_y1", "t.wardle", SUN,
          "Year 5 boy sent home for the rest of the week after throwing a chair. That's his second "
          "exclusion this term.",
          CONF, note="An exclusion.")
    s.add("conf-budget", "facebook", "post", "@bev.kershaw.21", "b.kershaw", EVE,
          "Budget meeting tonight: we'll be 40k short next year and the head wants to cut breakfast "
          "club. Not announced yet.",
          CONF, note="Internal finances and plans.")
    s.add("conf-second-referral", "x", "post", "@missdaly_y2", "e.daly", SAT,
          "Made my second referral to children's services this month. Same family. Hoping something "
          "actually happens this time.",
          CONF, note="A safeguarding referral.")
    s.add("conf-dad-complaint", "facebook", "post", "@tom.wardle.8", "t.wardle", LATE,
          "A dad's complained to the head that I 'shouted' at his son. I raised my voice once. Meeting "
          "Monday with the head and the chair of governors. Stressful.",
          CONF, note="A parent complaint's details.")
    s.add("rep-thread-leaving", "x", "post", "@mr_wardle_y1", "t.wardle", EVE2,
          "1/ Why I'm leaving my school after 9 years 2/ the head has driven out every experienced "
          "teacher 3/ SLT don't support us with behaviour 4/ I'm done",
          REP, note="A thread airing grievances.")
    s.add("rep-scots-chair", "facebook", "post", "@ailsa.baird.3", "a.baird", SUN,
          "whit kind o heid teacher cancels the Christmas party tae save money but gets hersel a new "
          "office chair? ours, that's who",
          REP, note="Scots rhetorical question mocking the head.")
    s.add("b-fbgroup-club", "facebook", "comment", "@bev.kershaw.21", "b.kershaw", SUN,
          "Yes the after-school club is brilliant, my son loves it and the staff are so patient.",
          note="Parents' group, kind.")
    s.add("b-rain-sports-day", "x", "post", "@missdaly_y2", "e.daly", EVE,
          "Why does it always rain on sports day? Every. Single. Year. ☔",
          note="Rhetorical question about the weather.")
    s.add("b-head-gruffalo", "x", "post", "@mr_wardle_y1", "t.wardle", SAT,
          "Our head teacher did the whole assembly dressed as the Gruffalo today. Legend.",
          note="Praise of the head.")
    s.add("b-govt-phonics", "x", "post", "@missdaly_y2", "e.daly", LATE,
          "The government's new phonics guidance reads like it was written by people who've never "
          "taught a five-year-old. Rant over.",
          note="Criticism of government policy.")
    s.add("b-sats-website", "facebook", "post", "@tom.wardle.8", "t.wardle", EVE2,
          "Upland Primary's SATs results are on the school website now, really proud of this year's "
          "Year 6.",
          note="Published results.")
    s.add("b-nits", "facebook", "post", "@bev.kershaw.21", "b.kershaw", SAT,
          "Nits letter went home today. Have been scratching my head ever since. Send help 😂",
          note="Teacher-life humour.")
    s.add("b-chain-steakhouse", "facebook", "post", "@ailsa.baird.3", "a.baird", EVE,
          "Waited an hour for a table at that chain steakhouse. Management there couldnae organise a "
          "birthday party.",
          note="Criticism of a chain restaurant.")
    s.add("b-sta-moderation", "x", "post", "@mr_wardle_y1", "t.wardle", SUN,
          "The STA's new writing moderation guidance is a mess. Contradictory advice, no exemplars.",
          note="Criticism of a national agency.")
    s.add("b-senco-kind", "facebook", "post", "@ailsa.baird.3", "a.baird", LATE,
          "Our SENCo is the most patient person I know. Spent her lunch helping a worried parent. "
          "Grateful to work alongside her.",
          note="Role word used kindly.")
    s.add("b-parent-kind", "x", "post", "@missdaly_y2", "e.daly", EVE2,
          "A parent stopped me today to say her daughter talks about our class every night. Made my "
          "week.",
          note="Retelling a parent's words, kindly.")
    s.write()


# --------------------------------------------------------------------------------------------
# early-life: Early Life Enterprise (alternative provision, 11-16). Reputation of the provision;
# confidential and proprietary information not publicly released.
# --------------------------------------------------------------------------------------------
def early_life() -> None:
    s = round9rc("early-life", "early-life-fresh/early_life.yaml", "r9el")
    s.add("rep-linkedin-photographer", "linkedin", "post", "@nadia-farouk-ap", "n.farouk", EVE,
          "Leadership lesson from the last 18 months: if your managing partner only visits the centres "
          "when there's a photographer, don't be surprised when your tutors stop caring. "
          "#alternativeprovision",
          REP, note="LinkedIn veiled criticism of the provision's leader.")
    s.add("rep-thread-management", "x", "post", "@tutor_lee_ap", "l.carr", SAT,
          "1/ things I've learned in AP 2/ the learners are brilliant 3/ the management are not 4/ "
          "nobody at the top has stood in a room with a kid in crisis 5/ rant over",
          REP, note="A thread disparaging the provision's management.")
    s.add("rep-geordie-manager", "facebook", "post", "@craig.dodds.4", "c.dodds", LATE,
          "wor centre manager's a proper waste of space, divvent think he's done a day's graft since he "
          "started",
          REP, note="Geordie: disparaging a colleague by role.")
    s.add("rep-rhetorical-exec", "x", "post", "@tutor_lee_ap", "l.carr", EVE2,
          "Why would anyone stay at a provision where the exec cuts tutor hours and then asks why "
          "results are down?",
          REP, note="Rhetorical grievance against the executives.")
    s.add("rep-fbgroup-shoestring", "facebook", "comment", "@craig.dodds.4", "c.dodds", SUN,
          "Honestly if your lad's been referred there, push for somewhere else. The staff do their best "
          "but the place is run on a shoestring and it shows.",
          REP, note="Staff member in a parents' group running the provision down.")
    s.add("rep-retell-bus-queue", "x", "post", "@tutor_lee_ap", "l.carr", EVE,
          "One of the tutors said at lunch that the head of centre couldn't manage a bus queue. He's "
          "not wrong lol",
          REP, note="Retelling and endorsing a put-down of a colleague.")
    s.add("conf-contract-places", "facebook", "post", "@nadia.farouk.2", "n.farouk", SAT,
          "Just found out the council are pulling our contract for 20 of the places from April. Not "
          "announced yet. Jobs will go.",
          CONF, note="Commissioning and finances not released.")
    s.add("conf-redundancy-letters", "x", "post", "@tutor_lee_ap", "l.carr", LATE,
          "Redundancy letters going out to three of the mentors on Friday. They don't know. I feel "
          "awful knowing.",
          CONF, note="Redundancies before staff are told.")
    s.add("conf-sofa-surfing", "facebook", "post", "@craig.dodds.4", "c.dodds", EVE2,
          "A Year 10 learner told me today he's been sofa surfing since his dad kicked him out. Social "
          "care informed.",
          CONF, note="A learner's family situation, no name.")
    s.add("conf-tribunal", "x", "post", "@tutor_lee_ap", "l.carr", SUN,
          "The tribunal for the tutor who was dismissed last year is next month. Word is management are "
          "terrified.",
          CONF, may=REP, note="A tribunal and a dismissal.")
    s.add("conf-allegation", "facebook", "post", "@nadia.farouk.2", "n.farouk", EVE,
          "Allegation made against one of the tutors by a learner today, he's been suspended. No idea "
          "if it's true.",
          CONF, note="An allegation against staff.")
    s.add("conf-placement-ended", "x", "post", "@tutor_lee_ap", "l.carr", SAT,
          "Learner from the construction group removed from the placement after the fight, his school's "
          "taking him back. He hasn't been told yet.",
          CONF, note="A learner's placement ended.")
    s.add("conf-verbal-feedback", "facebook", "post", "@craig.dodds.4", "c.dodds", LATE,
          "Ofsted gave their verbal feedback today and it's not great. Don't spread it but "
          "'inadequate' was mentioned.",
          CONF, note="Inspection outcome before the report.")
    s.add("conf-merger", "x", "post", "@tutor_lee_ap", "l.carr", EVE2,
          "Management are in talks to merge us with another AP provider next year. It's all hush hush.",
          CONF, note="Merger talks.")
    s.add("rep-welsh-useless", "facebook", "post", "@gethin.morgan.6", "g.morgan", SUN,
          "honestly the new centre manager is useless butt, shouts at the tutors in front of the kids "
          "its embarassing",
          REP, note="Welsh English, typos: disparaging a colleague by role.")
    s.add("b-linkedin-praise", "linkedin", "post", "@nadia-farouk-ap", "n.farouk", SUN,
          "Leadership lesson from the last 18 months: our managing partner visits every centre each "
          "week and knows every learner's name. That's what good looks like.",
          note="LinkedIn praise.")
    s.add("b-thread-relationships", "x", "post", "@tutor_lee_ap", "l.carr", LATE,
          "1/ things I've learned in AP 2/ relationships first 3/ consistency is kindness 4/ celebrate "
          "the small wins",
          note="A thread that runs nobody down.")
    s.add("b-geordie-bricks", "facebook", "post", "@craig.dodds.4", "c.dodds", SAT,
          "canny proud of wor construction lads today, first brick wall built and it's straight!",
          note="Geordie praise.")
    s.add("b-govt-funding", "x", "post", "@tutor_lee_ap", "l.carr", EVE,
          "Why would anyone stay in teaching when the government keeps cutting high-needs funding? "
          "#SEND",
          note="Rhetorical criticism of government.")
    s.add("b-exam-board-lost", "x", "post", "@tutor_lee_ap", "l.carr", SUN,
          "The exam board lost three of our learners' functional skills papers. Third time this year. "
          "Useless.",
          note="Criticism of the exam board.")
    s.add("b-local-paper", "facebook", "post", "@nadia.farouk.2", "n.farouk", EVE2,
          "Lovely to see Early Life Enterprise in the local paper today for the construction project. "
          "Well deserved.",
          note="Published news.")
    s.add("b-hard-day-ap", "x", "post", "@tutor_lee_ap", "l.carr", EVE2,
          "Hard day in AP. A learner in crisis, lots of de-escalation, nobody hurt. Proud of the team. "
          "Home, bath, bed.",
          note="A hard day that runs nobody down.")
    s.add("b-chain-coffee", "facebook", "post", "@gethin.morgan.6", "g.morgan", EVE,
          "The chain coffee place near work has the worst service in the north. 20 mins for a latte. "
          "Clearly run on a shoestring.",
          note="Criticism of a chain coffee shop.")
    s.add("b-exec-pizza", "facebook", "post", "@craig.dodds.4", "c.dodds", EVE,
          "The exec team bought pizza for all the tutors today to say thanks for a tough term. "
          "Appreciated.",
          note="Role word used kindly.")
    s.add("b-learner-quote", "x", "post", "@tutor_lee_ap", "l.carr", SAT,
          "A learner said to me today 'you're the first teacher who didn't give up on me'. That's why we "
          "do this.",
          note="Retelling a learner's words, kindly.")
    s.write()


if __name__ == "__main__":
    e_act()
    ta2016()
    triumph()
    upland()
    early_life()

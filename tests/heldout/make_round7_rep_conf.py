"""Writes the seventh probe sets, for reputation and confidential only, tests/heldout/round7rc-<pack>/cases.jsonl.

A seventh independent probe of the two meaning categories that earlier rounds found weakest
before their fixes (reputation: disparaging the school, trust, colleagues, pupils or parents,
or airing a work grievance; confidential: non-public school matters), across the five packs,
in the style of the acceptance dev set (one or two chatty sentences, a member of staff posting
in the evening or at the weekend, a few official accounts). The cases were written from the
seed policies and the contract before reading the detectors' word lists or the earlier rounds'
cases: new targets (a SENCo, a TA, cover and site staff, the trust's regional directors, a
managing partner, Reception and sixth-form year groups), indirect wording, understatement,
rhetorical questions, comparisons with another school, complaints dressed as jokes; and on the
confidential side leaked plans (mergers, closing a course, losing a contract), staff
discipline, capability and suspensions, pupil cases without names (disclosures, child
protection plans, managed moves, prosecutions for attendance), inspection outcomes before
publication, redundancies, budget cuts and deficits, and exam irregularities (papers opened
early, malpractice investigations). About two fifths of each set is benign and sits next to
the same targets: praise of the head, the SENCo, parents and the trust, published results and
reports, public announcements, safeguarding training, and criticism of things that are not the
school (traffic, weather, shops, referees, television, the government's funding).

Decisions taken from the policies:
- Disparaging the school, trust, governors, colleagues, pupils or parents is reputation in every
  pack, and so is a work grievance aired in public (ta2016 "raising concerns", early-life and
  triumph name the grievance policy, e-act 5.3 "sensitive Trust-related topics", upland
  "consider the reputation of the school"); an official account disparaging parents or pupils
  is reputation too (upland's sanctioned-account clause).
- Confidential is every pack's clause on non-public matters: staff discipline, safeguarding and
  pupil cases even without a name, inspection outcomes before the report, internal finances
  and plans, exam irregularities. A confidential case that also runs the school down gets
  reputation as a `may`.

Honest scores before any fix (recall / precision / decision):
e-act 0.267 / 1.000 / 0.560 (25 cases), ta2016 0.333 / 1.000 / 0.600 (25), triumph 0.214 / 1.000 /
0.560 (25), upland 0.286 / 1.000 / 0.583 (24), early-life 0.133 / 1.000 / 0.480 (25). One benign
upland case (b-panto-dame) was added after that scoring, to reach the 25 cases test_sets.py
requires; the pre-fix detectors allow it, so upland's pre-fix figures with it are
0.286 / 1.000 / 0.600 (25).
No false alarm in any pack; 55 of the 73 positives were missed (reputation 3 of 36 caught,
confidential 15 of 37). /work/notes/round7rc_prefix.txt lists every pre-fix miss with its text.
Reputation misses (all but an official reply to a parent, "couldn't organise her way out of a
paper bag" and "keep telling us we're one team"): sarcasm about the school ("quality
establishment", "run like a corner shop", "isn't the place it was ... think twice before
applying"), rhetorical questions at leaders and the trust ("does anyone ... actually read",
"why does the Trust need four regional directors", "still call itself a school?", "who exactly
signed off"), complaints as jokes (a drinking game on the principal's catchphrase, parent bingo,
"colleague of the month", "said nobody ever", a wildlife documentary at pick-up), understatement
("not exactly the sharpest tools"), pupils called the laziest, feral, the "class from hell" or
worse-mannered than a pupil referral unit's, parents who defend their kids against CCTV or are
"entitled", a head who "wouldn't recognise good teaching", a managing partner who gets
"everything wrong", a colleague taking the credit, comparisons with another school ("night and
day", "my sister's school"), grievances without the usual words (being managed out, a complaint
about a line manager unanswered, a temporary contract, pay points against the CEO's rise,
work-life balance "just a slide"), the trust's idea of collaboration, an official comment
about parents "spreading nonsense" and an official class blog scolding pupils.
Confidential misses: consultation on cutting a team, a budget cut by a percentage, the wrong
GCSE paper opened, SATs papers opened early, a phonics check "helped", an exam invigilated by
the tutor, an exam-board investigation, "unofficial feedback" from a monitoring visit, a "draft
inspection report", inspectors predicting special measures, a head resigned with an executive
head coming, a colleague signed off with stress, formal proceedings and a hearing, police and
social care at the door, bruises and a second referral, a learner self-harming, a learner
sleeping in a car, a family prosecuted over attendance, losing the local authority contract,
what the council pays per learner, and a course closing "told us in confidence".

A spot check after the first fixes, ten further new positives written the same way (not kept
in these sets), caught only 1 of 10: expect hidden sets nearer the pre-fix figures above. The
families it showed (contracts not renewed, a provisional P8 "kept in-house", a phone in an exam
reported to the board, a colleague on a support plan, "experts in everything except", "if you
want to be ignored ... come and work here", "spent more on X than on our Y", "make the old
Year 9s look like angels") were fixed too; "our head thinks a pizza party fixes morale. Bless
her" is still missed.
After the fixes (tests/detectors/test_round7_rep_conf.py holds the shapes, with new sentences)
all five sets score 1.000 / 1.000 / 1.000 with the committed engine plus these fixes, and the dev
set, the replay and every other probe set are unchanged. No label was changed after scoring.

Run: python tests/heldout/make_round7_rep_conf.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_sets import CaseSet, day  # noqa: E402

# Evenings and weekends: outside every config's directed time and every config's hold.
EVE = day("2026-11-17T19:40:00+00:00", "Tue")
SAT = day("2027-02-27T10:30:00+00:00", "Sat")
SUN = day("2026-10-11T16:20:00+00:00", "Sun")
LATE = day("2027-05-19T21:50:00+00:00", "Wed")
EVE2 = day("2027-03-09T18:15:00+00:00", "Tue")


def round7rc(pack_dir: str, config: str, prefix: str) -> CaseSet:
    return CaseSet(f"round7rc-{pack_dir}", f"../{config}", prefix)


# --------------------------------------------------------------------------------------------
# e-act: Northfleet Rise Academy (11-18). 5.3 reputation (disparaging; sensitive topics), 5.4
# confidential information; both apply to personal accounts.
# --------------------------------------------------------------------------------------------
def e_act() -> None:
    s = round7rc("e-act", "e-act/northfleet.yaml", "r7ea")
    s.add("rep-behaviour-question", "x", "post", "@mr_ansah_history", "k.ansah", EVE,
          "Who exactly signed off the new behaviour policy at Northfleet Rise? Because it clearly wasn't anyone who has met a Year 9.",
          ["reputation"], note="Rhetorical question belittling the school's leaders.")
    s.add("rep-training-comparison", "facebook", "post", "@lucy.fenwick.92", "l.fenwick", SUN,
          "Did my training year at a school where leaders actually backed their staff. Night and day compared to where I am now.",
          ["reputation"], note="Comparison running down the member of staff's own school.")
    s.add("rep-drinking-game", "x", "post", "@mr_ansah_history", "k.ansah", LATE,
          "New drinking game: take a shot every time our principal says 'non-negotiable' in briefing. I'd be in A&E by Wednesday 😂",
          ["reputation"], note="Mockery of the principal dressed as a joke.")
    s.add("rep-parents-sharpest", "facebook", "comment", "@lucy.fenwick.92", "l.fenwick", EVE2,
          "Let's just say some of our Year 8 parents aren't exactly the sharpest tools in the box.",
          ["reputation"], note="Understatement disparaging parents.")
    s.add("rep-sixth-lazy", "threads", "post", "@sam.ridley.chem", "s.ridley", SAT,
          "Our sixth formers this year are the laziest bunch I've taught in twenty years. Not one coursework draft handed in.",
          ["reputation"], note="Disparages pupils.")
    s.add("rep-pay-ceo", "x", "post", "@sam_ridley_chem", "s.ridley", EVE,
          "Stuck on the same pay point for three years while the trust's CEO got another rise. Funny how that works, isn't it E-ACT?",
          ["reputation"], note="Pay grievance aimed at the trust.")
    s.add("rep-credit-hod", "x", "post", "@lucyfenwick_eng", "l.fenwick", SUN,
          "Amazing how a certain head of department takes the credit for everybody else's results every August.",
          ["reputation"], note="Indirect dig at a colleague.")
    s.add("rep-official-emails", "x", "reply", "@NorthfleetRise", "p.desai", EVE2,
          "If you'd bothered to open the emails we sent, you'd know the trip was cancelled a fortnight ago.",
          ["reputation"], rec=["@dad_of_three_kent"], note="The academy's account belittles a parent.")
    s.add("conf-hr-investigation", "facebook", "post", "@lucy.fenwick.92", "l.fenwick", LATE,
          "Colleague came out of an investigation meeting with HR this afternoon in tears. Gross misconduct, apparently. Poor woman.",
          ["confidential"], note="Staff disciplinary matter.")
    s.add("conf-library-cuts", "reddit", "post", "u/nra_middle_leader", "s.ridley", SAT,
          "Heard at the middle leaders' meeting that the trust is consulting on cutting our whole library team. Staff haven't been told.",
          ["confidential"], note="Redundancy plans not yet announced.")
    s.add("conf-wrong-paper", "x", "post", "@mr_ansah_history", "k.ansah", LATE,
          "One of our Year 11 groups had the wrong GCSE paper opened this morning. Exams officer is having kittens and the board's been told.",
          ["confidential"], ["reputation"], note="Exam irregularity.")
    s.add("conf-disclosure-stepdad", "facebook", "post", "@sam.ridley.9", "s.ridley", EVE,
          "Disclosure from a Year 7 girl right at the end of the day about her stepdad. Police came in. Can't stop thinking about it.",
          ["confidential"], note="Safeguarding case, no name.")
    s.add("conf-monitoring-visit", "x", "post", "@sam_ridley_chem", "s.ridley", EVE2,
          "Unofficial feedback from the monitoring visit: requires improvement again. Don't tell anyone until the letter lands.",
          ["confidential"], ["reputation"], note="Inspection outcome before release.")
    s.add("conf-managed-move", "instagram", "post", "@gav.thorne.pe", "g.thorne", SUN,
          "The lad in 10X who got caught with a blade last week starts a managed move at another academy on Monday.",
          ["confidential"], note="A pupil's case, no name.")
    s.add("conf-budget-cut", "facebook", "post", "@lucy.fenwick.92", "l.fenwick", SAT,
          "Principal told heads of department our budgets are being cut by 15% next year, so no new textbooks. Not public yet.",
          ["confidential"], note="Internal finances.")
    # Benign near-misses.
    s.add("b-principal-assembly", "x", "post", "@mr_ansah_history", "k.ansah", EVE,
          "Mr Delaney's assembly on kindness had the whole of Year 7 silent. Proud to work here.",
          note="The principal, praised.")
    s.add("b-alevel-results", "x", "post", "@NorthfleetRise", "p.desai", LATE,
          "Congratulations to our A level students: 68% of grades A*-B, published today on our website. So well deserved!",
          note="Published results on the academy's account.")
    s.add("b-parents-evening-tired", "facebook", "post", "@lucy.fenwick.92", "l.fenwick", EVE2,
          "Parents' evening done. Voice gone, feet gone, brain gone. Bed.",
          note="Parents mentioned, own tiredness.")
    s.add("b-junction", "x", "post", "@sam_ridley_chem", "s.ridley", EVE,
          "A2 at a standstill again, 90 minutes to get home. Whoever designed that junction wants sacking.",
          note="Criticism of a road, not the school.")
    s.add("b-pizza", "facebook", "post", "@sam.ridley.9", "s.ridley", SAT,
          "Worst customer service I've ever had at that new pizza place in town. Never again.",
          note="Criticism of a restaurant.")
    s.add("b-ofsted-good", "facebook", "post", "@NorthfleetRiseAcademy", "p.desai", SUN,
          "We're delighted to share that Northfleet Rise has been judged Good by Ofsted. The full report is on our website.",
          note="A published inspection outcome.")
    s.add("b-referee", "x", "post", "@gavthorne_pe", "g.thorne", SAT,
          "The referee today was an absolute disgrace. Didn't give a single foul all game.",
          note="Criticism of a referee.")
    s.add("b-safeguarding-update", "x", "post", "@NorthfleetRise", "s.bhatti", EVE,
          "All staff completed their annual safeguarding update this week. Thanks to our DSL team for a brilliant session.",
          note="Safeguarding training, no case.")
    s.add("b-maths-retiring", "facebook", "post", "@lucy.fenwick.92", "l.fenwick", LATE,
          "Gutted that our head of maths retires at Christmas. Twenty-two years of brilliance.",
          note="A colleague's announced retirement, praised.")
    s.add("b-rain-sports", "threads", "post", "@sam.ridley.chem", "s.ridley", EVE2,
          "Rain has completely wrecked the sports day plans. We'll try again next week.",
          note="Weather.")
    s.write()


# --------------------------------------------------------------------------------------------
# ta2016: Hollinsbrook Academy (11-16). Respect (derogatory remarks; disrepute), raising concerns
# (grievances), standards (confidential information).
# --------------------------------------------------------------------------------------------
def ta2016() -> None:
    s = round7rc("ta2016", "ta2016/hollinsbrook.yaml", "r7ta")
    s.add("rep-quality-establishment", "x", "post", "@ms_kettle_geog", "r.kettle", SUN,
          "Hollinsbrook Academy: where the fire alarm goes off more often than the heating comes on. Quality establishment.",
          ["reputation"], note="Sarcasm about the academy.")
    s.add("rep-head-teaching", "facebook", "post", "@dom.ashworth.7", "d.ashworth", EVE,
          "Mrs Garside wouldn't recognise good teaching if it sat her down and explained itself.",
          ["reputation"], note="Disparages the head teacher.")
    s.add("rep-parent-bingo", "x", "post", "@ms_kettle_geog", "r.kettle", EVE2,
          "Parent bingo at tonight's consultation: 'he's bored because he's gifted', 'it's the teacher's fault', 'he never lies'. Full house by 6pm 🙄",
          ["reputation"], note="Mocking parents, as a joke.")
    s.add("rep-work-life-slide", "threads", "post", "@dom.ashworth", "d.ashworth", LATE,
          "Marking till midnight again because apparently work-life balance is just a slide in the INSET pack at this place.",
          ["reputation"], note="Workload grievance.")
    s.add("rep-managed-out", "facebook", "post", "@dom.ashworth.7", "d.ashworth", SAT,
          "Being managed out by a deputy who has decided she doesn't like me. Union rep says keep a diary. Lovely.",
          ["reputation"], note="Grievance about treatment at work.")
    s.add("rep-pru-manners", "x", "post", "@jbooth_maths", "j.booth", SUN,
          "Taught at a pupil referral unit once and the kids there had better manners than our Year 10s.",
          ["reputation"], note="Comparison disparaging pupils.")
    s.add("rep-regional-directors", "x", "post", "@ms_kettle_geog", "r.kettle", EVE,
          "Why does the Trust need four regional directors when we can't afford glue sticks?",
          ["reputation"], note="Rhetorical question at the trust.")
    s.add("conf-pe-suspended", "facebook", "comment", "@dom.ashworth.7", "d.ashworth", EVE2,
          "The PE teacher who vanished after half term? Suspended pending an investigation. You didn't hear it from me.",
          ["confidential"], note="Staff discipline.")
    s.add("conf-merger", "reddit", "post", "u/hollins_hum", "r.kettle", SAT,
          "Leadership are planning to merge us with the academy up the road. Governors vote next month and nobody's been told.",
          ["confidential"], note="Internal plans not released.")
    s.add("conf-cp-plan", "facebook", "post", "@jenna.booth.3", "j.booth", LATE,
          "One of my tutees has just gone onto a child protection plan. Mum's new boyfriend. Please let this be the turning point.",
          ["confidential"], note="Safeguarding case, no name.")
    s.add("conf-coursework-board", "x", "post", "@jbooth_maths", "j.booth", EVE,
          "A colleague is being investigated by the exam board for helping kids with their coursework. Whole department's under scrutiny.",
          ["confidential"], ["reputation"], note="Exam malpractice investigation.")
    s.add("conf-special-measures", "facebook", "post", "@dom.ashworth.7", "d.ashworth", SUN,
          "Inspectors left today. Lead inspector as good as said we're going into special measures. Report won't be out for weeks.",
          ["confidential"], ["reputation"], note="Inspection outcome before release.")
    s.add("conf-red", "x", "post", "@ms_kettle_geog", "r.kettle", LATE,
          "Finance manager let slip we're £90k in the red and the supply budget is frozen till April.",
          ["confidential"], note="Internal finances.")
    s.add("conf-canteen-exclusion", "x", "post", "@dom_ashworth", "d.ashworth", SAT,
          "Year 9 boy permanently excluded today after the incident in the canteen. Third one this term.",
          ["confidential"], ["reputation"], note="An exclusion.")
    s.add("conf-off-stress", "facebook", "post", "@jenna.booth.3", "j.booth", EVE2,
          "Our head of science has been signed off with stress and isn't coming back, apparently. We've been told to say nothing.",
          ["confidential"], note="A colleague's health and employment.")
    # Benign near-misses.
    s.add("b-revision-breakfast", "x", "post", "@jbooth_maths", "j.booth", EVE,
          "Huge thanks to the Hollinsbrook maths team for the revision breakfast. The kids loved it.",
          note="Praise of colleagues.")
    s.add("b-remembrance", "facebook", "post", "@jenna.booth.3", "j.booth", SUN,
          "Mrs Garside led the Remembrance assembly today. Beautifully done.",
          note="The head teacher, neutral to positive.")
    s.add("b-report-published", "x", "post", "@HollinsbrookAcad", "c.garside", EVE2,
          "Our Ofsted report has now been published and is on the academy website. Thank you to our whole community.",
          note="A published report.")
    s.add("b-half-term-tired", "threads", "post", "@dom.ashworth", "d.ashworth", SAT,
          "Absolutely shattered after this half term. Three days of sleep required.",
          note="Own tiredness.")
    s.add("b-parking-charges", "facebook", "post", "@dom.ashworth.7", "d.ashworth", LATE,
          "The council's new parking charges in the town centre are a total rip-off.",
          note="Criticism of the council, not the school.")
    s.add("b-gcse-luck", "x", "post", "@ms_kettle_geog", "r.kettle", SUN,
          "GCSE season starts Monday. Good luck to every Year 11 out there, you've got this.",
          note="Exams mentioned, no irregularity.")
    s.add("b-running-shoes", "instagram", "post", "@rkettle_runs", "r.kettle", SAT,
          "New running shoes fell apart after two weeks. Rubbish quality, sending them back.",
          note="Criticism of a product.")
    s.add("b-deputy-birthday", "x", "post", "@jbooth_maths", "j.booth", EVE,
          "Happy birthday to the best deputy head in the business!",
          note="A colleague, praised.")
    s.add("b-cover-supervisors", "facebook", "post", "@jenna.booth.3", "j.booth", LATE,
          "Our cover supervisors are the unsung heroes of Hollinsbrook. Every single day.",
          note="Support staff, praised.")
    s.add("b-snow-day", "x", "post", "@dom_ashworth", "d.ashworth", EVE2,
          "Snow forecast overnight. The roads round here will be chaos by the morning.",
          note="Weather.")
    s.write()


# --------------------------------------------------------------------------------------------
# triumph: Brackenmoor Primary School (Reception-Year 6). Section 4: reputation of the Trust,
# school, staff, pupils and parents; never reveal confidential Trust matters.
# --------------------------------------------------------------------------------------------
def triumph() -> None:
    s = round7rc("triumph", "triumph/brackenmoor.yaml", "r7tr")
    s.add("rep-think-twice", "facebook", "post", "@nadia.hale.22", "n.hale", SUN,
          "Let's just say Brackenmoor isn't the place it was when I started. I'd think twice before applying.",
          ["reputation"], note="Understatement running the school down.")
    s.add("rep-trust-collab", "x", "post", "@mrs_hale_ks1", "n.hale", EVE,
          "Triumph Learning Trust's idea of collaboration is telling us what to do by email at 9pm on a Friday.",
          ["reputation"], note="Sarcasm about the trust.")
    s.add("rep-ta-phone", "x", "post", "@ben_corbett_y4", "b.corbett", LATE,
          "Working with a TA who spends every lesson on her phone is so much fun. Said nobody ever.",
          ["reputation"], note="Disparages a colleague, ironically.")
    s.add("rep-pta-entitled", "facebook", "post", "@ben.corbett.y4", "b.corbett", SAT,
          "The entitlement of some Brackenmoor parents is off the scale. No, your child doesn't get special treatment because you're on the PTA.",
          ["reputation"], note="Disparages parents.")
    s.add("rep-reception-feral", "threads", "post", "@nadia.hale", "n.hale", EVE2,
          "Reception this year are feral. Genuinely the wildest intake I've ever seen.",
          ["reputation"], note="Disparages pupils.")
    s.add("rep-complaint-ignored", "x", "post", "@ben_corbett_y4", "b.corbett", SUN,
          "Put in a complaint about my line manager in September and still haven't had a meeting. Guess I'll just keep quiet and smile.",
          ["reputation"], note="Grievance aired publicly.")
    s.add("rep-official-nonsense", "facebook", "comment", "@BrackenmoorPrimary", "g.finch", EVE,
          "We'd appreciate it if certain parents stopped spreading nonsense on the village Facebook group.",
          ["reputation"], note="The school's account disparages parents.")
    s.add("conf-ehcp-panel", "facebook", "post", "@nadia.hale.22", "n.hale", LATE,
          "Our Year 3 boy with the violent outbursts has finally got a diagnosis, and his EHCP panel is next week.",
          ["confidential"], note="A pupil's special needs case, no name.")
    s.add("conf-head-resigned", "x", "post", "@mrs_hale_ks1", "n.hale", SAT,
          "Heard the head has resigned and the trust is parachuting in an executive head after Easter. Staff get told tomorrow.",
          ["confidential"], note="Staffing plans not announced.")
    s.add("conf-sats-early", "x", "post", "@ben_corbett_y4", "b.corbett", EVE2,
          "Someone opened the KS2 SATs papers a day early at ours. The STA have been told. Awkward.",
          ["confidential"], ["reputation"], note="Exam irregularity.")
    s.add("conf-police-door", "facebook", "post", "@ben.corbett.y4", "b.corbett", EVE,
          "Police and social care at the door for one of our Year 5s this afternoon. What a day.",
          ["confidential"], note="Safeguarding case, no name.")
    s.add("conf-ta-redundant", "facebook", "post", "@nadia.hale.22", "n.hale", SUN,
          "The trust is making two of our TAs redundant in the summer. They don't know yet and I feel sick sitting next to them.",
          ["confidential"], note="Redundancies not announced.")
    s.add("conf-capability", "x", "post", "@mrs_hale_ks1", "n.hale", LATE,
          "Colleague has been put on a capability plan by the deputy. Six weeks to improve or she's out.",
          ["confidential"], note="Staff capability procedure.")
    s.add("conf-draft-report", "instagram", "post", "@nadiahale_teaches", "n.hale", SAT,
          "Draft inspection report came through today. Two grades lower than last time 😬 Not allowed to share till it's published.",
          ["confidential"], ["reputation"], note="Inspection outcome before release.")
    # Benign near-misses.
    s.add("b-head-nativity", "facebook", "post", "@ben.corbett.y4", "b.corbett", EVE,
          "Mrs Marsh stayed until 7pm helping us set up for the nativity. Best head going.",
          note="The head, praised.")
    s.add("b-trust-conference", "linkedin", "post", "@nadia-hale", "n.hale", EVE2,
          "Great Triumph Learning Trust conference today, lots of ideas to take back to the classroom.",
          note="The trust, praised.")
    s.add("b-ks2-results", "x", "post", "@BrackenmoorPS", "j.marsh", LATE,
          "Our KS2 results are now on the school website. So proud of our Year 6s and all their hard work.",
          note="Published results.")
    s.add("b-roadworks", "x", "post", "@ben_corbett_y4", "b.corbett", SAT,
          "Roadworks outside the village shop have turned the school run into a 40-minute crawl. Send coffee.",
          note="Traffic.")
    s.add("b-bed-early", "threads", "post", "@nadia.hale", "n.hale", SUN,
          "In bed by half eight on a Friday. This is what teaching Reception does to you.",
          note="Own tiredness, pupils mentioned.")
    s.add("b-fence", "facebook", "post", "@nadia.hale.22", "n.hale", EVE,
          "Wind has taken the fence panels down again. The garden looks like a bomb site.",
          note="Weather.")
    s.add("b-detective-drama", "x", "post", "@mrs_hale_ks1", "n.hale", LATE,
          "That new detective drama is awful. Wooden acting and a plot that makes no sense.",
          note="Criticism of television.")
    s.add("b-fair-parents", "facebook", "post", "@BrackenmoorPrimary", "g.finch", SUN,
          "A massive thank you to the parents who helped at the winter fair. We couldn't do it without you.",
          note="Parents, thanked on the school's account.")
    s.add("b-eyfs-building", "facebook", "post", "@BrackenmoorPrimary", "j.marsh", SAT,
          "We're delighted to announce that work on our new Early Years building starts in April, funded by the trust.",
          note="A public announcement of plans and funding.")
    s.add("b-wedding", "facebook", "post", "@ben.corbett.y4", "b.corbett", EVE2,
          "Congratulations to Miss Finch who got married at the weekend! The whole staffroom is buzzing.",
          note="A colleague, congratulated.")
    s.add("b-dsl-new-role", "linkedin", "post", "@nadia-hale", "n.hale", EVE,
          "Proud to be starting as deputy safeguarding lead at Brackenmoor in January. Lots to learn!",
          note="A safeguarding role, no case.")
    s.write()


# --------------------------------------------------------------------------------------------
# upland: Upland Primary School. Personal use: confidential matters; consider the reputation of
# the school. Sanctioned accounts: no defamation, nothing that brings the school into disrepute.
# --------------------------------------------------------------------------------------------
def upland() -> None:
    s = round7rc("upland", "upland-fresh/upland.yaml", "r7up")
    s.add("rep-read-emails", "x", "post", "@missfarrow_y5", "c.farrow", EVE,
          "Does anyone in Upland Primary's leadership actually read the emails staff send? Asking for a friend.",
          ["reputation"], note="Rhetorical question at the school's leaders.")
    s.add("rep-senco-bag", "facebook", "post", "@carys.farrow.5", "c.farrow", SAT,
          "Our SENCo couldn't organise her way out of a paper bag. Three months for one referral form.",
          ["reputation"], note="Disparages a colleague.")
    s.add("rep-wildlife-doc", "x", "post", "@tom_pryce_y2", "t.pryce", EVE2,
          "Pick-up at Upland is basically a wildlife documentary. Some parents have clearly never met a zebra crossing.",
          ["reputation"], note="Mocking parents as a joke.")
    s.add("rep-sisters-school", "facebook", "post", "@tom.pryce.77", "t.pryce", SUN,
          "My sister's school gives teachers a proper PPA room and a free lunch. Mine gives us a broken kettle and guilt.",
          ["reputation"], note="Comparison, a grievance about the school.")
    s.add("rep-class-from-hell", "threads", "post", "@carys.farrow", "c.farrow", LATE,
          "Class from hell this year. Thirty kids and not one of them can sit still for five minutes.",
          ["reputation"], note="Disparages pupils.")
    s.add("rep-temp-contract", "x", "post", "@tom_pryce_y2", "t.pryce", SAT,
          "Told my temporary contract 'might' be renewed. Fourth year of might. Such a valued member of staff.",
          ["reputation"], note="Grievance about treatment at work, ironic.")
    s.add("rep-official-blog", "blogger", "post", "@UplandClassBlogs", "c.farrow", EVE,
          "Year 4 blog: some of you clearly didn't bother reading the homework instructions again. Very disappointing.",
          ["reputation"], note="The school's class blog belittles pupils.")
    s.add("conf-allegation", "facebook", "post", "@tom.pryce.77", "t.pryce", EVE2,
          "A parent has made an allegation against one of our teachers and he's been sent home while it's looked into. Horrible atmosphere.",
          ["confidential"], note="An allegation against staff.")
    s.add("conf-breakfast-club", "facebook", "post", "@carys.farrow.5", "c.farrow", LATE,
          "Governors agreed last night to scrap breakfast club and lose a Year 2 class to balance the books. Parents find out next week.",
          ["confidential"], note="Internal plans and finances before announcement.")
    s.add("conf-bruises", "x", "post", "@missfarrow_y5", "c.farrow", SUN,
          "Little one in Year 2 turned up with bruises again today. Second referral this month. I hate this part of the job.",
          ["confidential"], note="Safeguarding case, no name.")
    s.add("conf-inadequate", "facebook", "post", "@tom.pryce.77", "t.pryce", SAT,
          "Ofsted's verdict at today's feedback meeting: inadequate for leadership. We've been told to say nothing until the report is out.",
          ["confidential"], ["reputation"], note="Inspection outcome before release.")
    s.add("conf-phonics-help", "x", "post", "@tom_pryce_y2", "t.pryce", LATE,
          "Turns out a colleague has been 'helping' her Year 1s through the phonics screening check for years. The head has reported it.",
          ["confidential"], ["reputation"], note="Assessment irregularity and a staff matter.")
    s.add("conf-attendance-court", "facebook", "post", "@carys.farrow.5", "c.farrow", EVE,
          "One of my families is being prosecuted over their children's attendance. The hearing is next month.",
          ["confidential"], note="A family's case.")
    s.add("conf-deputy-stress", "x", "post", "@missfarrow_y5", "c.farrow", EVE2,
          "The deputy is off with stress and isn't coming back, apparently. Nobody's allowed to say why.",
          ["confidential"], note="A colleague's health and employment.")
    # Benign near-misses.
    s.add("b-senco-training", "facebook", "post", "@carys.farrow.5", "c.farrow", SUN,
          "Our SENCo spent her whole Saturday at an autism training day. That's dedication.",
          note="A colleague, praised.")
    s.add("b-harvest-parents", "x", "post", "@UplandPrimary", "h.whitaker", EVE,
          "Lovely turnout from parents at today's Harvest assembly. Thank you all for coming.",
          note="Parents, thanked.")
    s.add("b-ks2-published", "x", "post", "@UplandPrimary", "h.whitaker", SAT,
          "Our end of Key Stage 2 results are published on the school website today. Well done, Year 6!",
          note="Published results.")
    s.add("b-m4", "x", "post", "@tom_pryce_y2", "t.pryce", LATE,
          "M4 shut again. Two hours to do twenty miles. Going to start commuting by canoe.",
          note="Traffic.")
    s.add("b-reports-weekend", "threads", "post", "@carys.farrow", "c.farrow", SUN,
          "Report-writing weekend. Thirty reports, nine cups of tea, one very tired teacher.",
          note="Own tiredness.")
    s.add("b-sports-rained", "x", "post", "@missfarrow_y5", "c.farrow", EVE2,
          "Sports day rained off for the second time. Third time lucky in July?",
          note="Weather.")
    s.add("b-self-checkout", "facebook", "post", "@tom.pryce.77", "t.pryce", SAT,
          "The self-checkouts at the big supermarket are a disgrace. Unexpected item in the bagging area every single time.",
          note="Criticism of a shop.")
    s.add("b-christmas-close", "x", "post", "@UplandPrimary", "h.whitaker", SUN,
          "Upland Primary will close at 1pm on Friday 18 December for the Christmas holiday.",
          note="A public announcement.")
    s.add("b-funding-news", "facebook", "post", "@carys.farrow.5", "c.farrow", LATE,
          "Read the national news about school funding tonight. Hope the government listens to the heads' unions this time.",
          note="Criticism of national policy, not the school; no appeal.")
    s.add("b-headteacher-award", "facebook", "post", "@tom.pryce.77", "t.pryce", EVE,
          "Mrs Whitaker has been shortlisted for a regional headteacher award. Thoroughly deserved.",
          note="The head, praised.")
    s.add("b-panto-dame", "facebook", "post", "@carys.farrow.5", "c.farrow", SAT,
          "Staff panto rehearsals all afternoon. Mr Evans as the dame is a sight to behold.",
          note="A colleague, teased kindly. Added after the first scoring, to bring the set to the "
               "25 cases test_sets.py requires; scored against the pre-fix detectors before it "
               "was kept (allowed).")
    s.write()


# --------------------------------------------------------------------------------------------
# early-life: Early Life Enterprise (alternative provision, 11-16). 5.10/5.12 reputation
# (criticism of the provision or staff; grievances), proprietary-information (confidential).
# --------------------------------------------------------------------------------------------
def early_life() -> None:
    s = round7rc("early-life", "early-life-fresh/early_life.yaml", "r7el")
    s.add("rep-corner-shop", "facebook", "post", "@kieran.walsh.ap", "k.walsh", SUN,
          "Early Life is run like a corner shop. No systems, no plans, just whoever shouts loudest.",
          ["reputation"], note="Disparages the provision.")
    s.add("rep-managing-partner", "x", "post", "@kwalsh_builds", "k.walsh", EVE,
          "Our managing partner visits the centre about twice a year and still manages to get everything wrong.",
          ["reputation"], note="Disparages a senior colleague.")
    s.add("rep-nowhere-else", "threads", "post", "@dee.adams.ap", "d.adams", LATE,
          "Some of our learners are only here because nowhere else would have them, and honestly I can see why.",
          ["reputation"], note="Disparages pupils.")
    s.add("rep-cctv-parents", "facebook", "post", "@dee.adams.71", "d.adams", SAT,
          "Parents at ours will defend their kids even with the CCTV footage in front of them. Can't win.",
          ["reputation"], note="Disparages parents.")
    s.add("rep-one-team", "x", "post", "@kwalsh_builds", "k.walsh", EVE2,
          "No overtime pay again for the residential, but sure, keep telling us we're one team.",
          ["reputation"], note="Pay grievance, sarcastic.")
    s.add("rep-colleague-month", "instagram", "post", "@kieran_walsh_ap", "k.walsh", SUN,
          "Colleague of the month goes to the guy who took a two hour lunch and left me with his group. Again 🏆",
          ["reputation"], note="Dig at a colleague dressed as a joke.")
    s.add("rep-call-itself", "x", "post", "@dee_adams_ap", "d.adams", EVE,
          "How does a provision with three managers and no maths teacher still call itself a school?",
          ["reputation"], note="Rhetorical question at the provision.")
    s.add("conf-sleeping-car", "facebook", "post", "@kieran.walsh.ap", "k.walsh", LATE,
          "Lad in my construction group told me today he's been sleeping in his mate's car. Referral made, social worker's coming Monday.",
          ["confidential"], note="Safeguarding case, no name.")
    s.add("conf-la-contract", "reddit", "post", "u/ap_tutor_north", "d.adams", SAT,
          "We've lost the local authority contract for next year. Management are keeping it quiet till after Christmas.",
          ["confidential"], ["reputation"], note="Internal business not released.")
    s.add("conf-final-warning", "x", "post", "@dee_adams_ap", "d.adams", EVE2,
          "Our tutor's been given a final written warning for what happened on the trip. Everyone knows but nobody's meant to.",
          ["confidential"], note="Staff discipline.")
    s.add("conf-invigilated", "facebook", "post", "@dee.adams.71", "d.adams", EVE,
          "Functional skills exam was invigilated by the learners' own tutor at ours. The awarding body is asking questions.",
          ["confidential"], ["reputation"], note="Exam irregularity.")
    s.add("conf-per-learner", "x", "post", "@kwalsh_builds", "k.walsh", SAT,
          "Found out what the council pays per learner per week at ours, and what staff get paid. Eye-watering gap.",
          ["confidential"], ["reputation"], note="Internal finances.")
    s.add("conf-toilets", "facebook", "post", "@dee.adams.71", "d.adams", LATE,
          "Another learner cutting herself in the toilets today. Second time this month and the CAMHS waiting list is a joke.",
          ["confidential"], note="A pupil's case, no name.")
    s.add("conf-hair-course", "facebook", "post", "@kieran.walsh.ap", "k.walsh", EVE2,
          "Centre manager told us in confidence they're closing the hair and beauty course, and the tutor doesn't even know yet.",
          ["confidential"], note="Internal plans not released.")
    s.add("conf-capability-tutor", "x", "post", "@dee_adams_ap", "d.adams", SUN,
          "Head of centre has started formal proceedings against one of our tutors. Hearing's in a fortnight.",
          ["confidential"], note="Staff discipline.")
    # Benign near-misses.
    s.add("b-dsl-calm", "facebook", "post", "@dee.adams.71", "d.adams", EVE,
          "Our DSL is the calmest person I've ever worked with. The learners adore her.",
          note="A colleague, praised.")
    s.add("b-level1-passes", "x", "post", "@EarlyLifeEnt", "g.singh", LATE,
          "Congratulations to our learners who passed their Level 1 Construction this term. Certificates presented today!",
          note="The provision's own good news.")
    s.add("b-back-kettle", "x", "post", "@kwalsh_builds", "k.walsh", SUN,
          "Back at Early Life after half term. Kettle's on, let's go.",
          note="Neutral mention of the provision.")
    s.add("b-site-visits", "threads", "post", "@dee.adams.ap", "d.adams", SAT,
          "Four days of site visits and I can barely lift a mug. Early night.",
          note="Own tiredness.")
    s.add("b-bus-route", "x", "post", "@dee_adams_ap", "d.adams", EVE2,
          "Bus driver skipped my stop again. That route is an absolute shambles.",
          note="Criticism of a bus route.")
    s.add("b-hailstones", "facebook", "post", "@kieran.walsh.ap", "k.walsh", EVE,
          "Hailstones the size of marbles on the drive home. Welcome to spring.",
          note="Weather.")
    s.add("b-our-lot", "x", "post", "@kwalsh_builds", "k.walsh", SAT,
          "Our lot were awful today. Three-nil down at half time and not a single shot on target. Season's over.",
          note="'Our lot' about a football team.")
    s.add("b-ofsted-published", "facebook", "post", "@EarlyLifeEnterprise", "g.singh", EVE2,
          "Our latest Ofsted report is published today. You can read it in full on our website.",
          note="A published report.")
    s.add("b-parent-chat", "facebook", "post", "@dee.adams.71", "d.adams", LATE,
          "Lovely chat with a parent today who said her son finally enjoys coming in. That's why we do this.",
          note="A parent, positive and unidentifiable.")
    s.add("b-budget-speech", "x", "post", "@dee_adams_ap", "d.adams", SUN,
          "Alternative provision got one line in the Budget speech. Disappointing, but the sector will keep making the case.",
          note="National policy, not the provision.")
    s.write()


if __name__ == "__main__":
    e_act()
    ta2016()
    triumph()
    upland()
    early_life()

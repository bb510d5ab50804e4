"""Writes the fifth probe sets for the meaning categories, tests/heldout/round5m-<pack>/cases.jsonl.

A fifth independent probe of the four meaning categories (offensive, including discriminatory
remarks and threats; reputation; confidential; solicitation) across the five packs, this time
written in the style of the acceptance dev set, because the hidden sets are "of the same form":
one or two plain sentences, the tone of a member of staff posting in the evening or at the
weekend, the dev set's platforms and actions (x, facebook, instagram, reddit, linkedin,
blogger; posts, replies, comments and DMs), and its labelling (`must` for what the clause requires, `may` for what it
arguably covers, never a `may` alone). Every incident, person and phrase is new: none
paraphrases a dev case or an earlier probe. It uses the school configs already in
tests/heldout/ by relative path. About 14 positives and 10 benign posts per pack; the benign
ones sit close to a trigger (violent words in films, courses and gym talk, the word
"confidential" or "safeguarding" without a case, the school's own fundraising and published
results, faith greetings, criticism of the DfE, Ofsted as an institution or a football team,
and personal sales where the pack only bars solicitation on school accounts).

Decisions taken from the policies (the same as earlier rounds):
- Solicitation on a personal account is a finding only where the pack bars it there (e-act 5.4,
  ta2016 section 5); upland, triumph and early-life bar it on school accounts only.
- A work grievance aired publicly is reputation where the pack names it (e-act warn, ta2016,
  triumph, early-life); Upland only asks staff to consider the school's reputation, so plain
  disparagement is `must` there but nothing here relies on a mild grievance.

Honest scores before any fix (recall / precision / decision), 25, 24, 24, 24 and 24 cases:
e-act 0.625 / 1.000 / 0.800, ta2016 0.786 / 1.000 / 0.875, triumph 0.571 / 1.000 / 0.750,
upland 0.571 / 1.000 / 0.750, early-life 0.333 / 1.000 / 0.625. No false alarm anywhere: every
loss is a miss (a religion or nationality generalised about without a slur, slurs and insults
not in the lists, threats phrased as consequences, disparagement by comparison, grievances
without the usual words, governors' decisions, social-services and police cases, unreleased
contracts and inspection letters, staff sales and marches on school accounts).
The test of the sets wants 25 cases a set, so one positive was added to ta2016, triumph, upland
and early-life after the first fixes (marked in their notes); scored before any fix for them,
three of the four were missed (a threat to someone's tyres, a slur not in the list, a pupil
physically restrained), early-life's skydive appeal was caught.
After the fixes all five sets score 1.000 / 1.000 / 1.000 (25 cases each).

Run: python tests/heldout/make_round5_meaning.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_sets import CaseSet, day  # noqa: E402

# Evenings and weekends: outside every config's directed time and every config's hold.
EVE = day("2026-10-14T18:40:00+00:00", "Wed")
SAT = day("2027-01-23T10:30:00+00:00", "Sat")
SUN = day("2026-11-08T20:00:00+00:00", "Sun")
LATE = day("2027-02-17T21:50:00+00:00", "Wed")
EVE2 = day("2027-05-11T19:15:00+00:00", "Tue")


def round5m(pack_dir: str, config: str, prefix: str) -> CaseSet:
    return CaseSet(f"round5m-{pack_dir}", f"../{config}", prefix)


# --------------------------------------------------------------------------------------------
# e-act: Northfleet Rise Academy. 5.3/5.4 block on personal accounts too, solicitation included.
# --------------------------------------------------------------------------------------------
def e_act() -> None:
    s = round5m("e-act", "e-act/northfleet.yaml", "r5ea")
    s.add("off-troll", "x", "reply", "@owenpugh_maths", "o.pugh", EVE,
          "Get a life you sad little troll, go and cry to someone who actually cares",
          ["offensive"], rec=["@edu_hot_takes"], note="Insult aimed at another user.")
    s.add("off-mosques", "facebook", "post", "@hannah.greaves.77", "h.greaves", SUN,
          "Half the mosques round here want shutting down. They don't want to fit in and they never will.",
          ["offensive"], note="Discriminatory remark about a religion.")
    s.add("off-legs", "instagram", "dm", "@gav_thorne_pe", "g.thorne", SAT,
          "Touch my car again and I'll break your legs, mate.",
          ["offensive"], rec=["@kentcarwash_lad"], note="A threat of violence.")
    s.add("off-supply-slur", "x", "post", "@marcus_a_sci", "m.adeyinka", LATE,
          "The new supply teacher is such a poof, you should hear his voice on the phone 😂",
          ["offensive", "reputation"], note="Homophobic slur aimed at a colleague.")
    s.add("rep-principal", "facebook", "post", "@leanne.kowal.3", "l.kowal", EVE2,
          "Our principal couldn't find his way out of a paper bag. Six years and he's run Northfleet "
          "Rise into the ground.",
          ["reputation"], note="Disparages the principal and the academy.")
    s.add("rep-year9", "x", "post", "@marcus_a_sci", "m.adeyinka", EVE,
          "Year 9 at ours are feral. Honestly the worst behaved kids in Kent.",
          ["reputation"], note="Disparages the academy's pupils.")
    s.add("rep-attendance-claim", "facebook", "comment", "@gav.thorne.pe", "g.thorne", SUN,
          "I've worked there. The academy fiddles its attendance figures every year to keep Ofsted off its back.",
          ["reputation"], ["confidential"], note="A defamatory claim in a comment thread.")
    s.add("rep-grievance", "x", "post", "@leanne_reads", "l.kowal", SAT,
          "Marked every weekend this half term and still got told my books aren't good enough. Nobody "
          "in charge cares about staff.",
          ["reputation"], note="A work grievance aired publicly (5.3 sensitive topics, warn).")
    s.add("conf-police", "facebook", "post", "@hannah.greaves.77", "h.greaves", EVE,
          "Police came into school today to speak to one of our Year 10s. Can't say more but it's serious.",
          ["confidential"], note="A pupil's police matter.")
    s.add("conf-walked-off", "x", "post", "@owenpugh_maths", "o.pugh", EVE2,
          "Our head of maths has been walked off site and suspended pending an investigation. Staffroom is buzzing.",
          ["confidential"], ["reputation"], note="Staff discipline.")
    s.add("conf-new-trust", "x", "reply", "@leanne_reads", "l.kowal", LATE,
          "We've been told we're moving to a new trust next year. Governors signed it off last night "
          "but it's not public yet.",
          ["confidential"], rec=["@kent_teacher_net"], note="An unannounced governance decision.")
    s.add("sol-vote", "facebook", "post", "@leanne.kowal.3", "l.kowal", EVE,
          "Please vote Labour on Thursday, Gravesham needs a change!",
          ["solicitation"], note="Party-political appeal on a personal account (5.4).")
    s.add("sol-aloe", "instagram", "post", "@hannah_glowup", "h.greaves", SAT,
          "My aloe vera gel is back in stock 💚 DM me to order or ask about joining my team!",
          ["solicitation"], note="Network-marketing sales on a personal account (5.4).")
    s.add("sol-alpha", "facebook", "post", "@gav.thorne.pe", "g.thorne", SUN,
          "Come along to the Alpha course at our church starting Tuesday. Everyone welcome to explore faith ✝️",
          ["solicitation"], note="Religious solicitation (5.4).")
    s.add("sol-official-kitchens", "x", "post", "@NorthfleetRise", "p.desai", EVE2,
          "Check out Kent Kitchens Direct for 15% off a new kitchen this month with code NRA15!",
          ["solicitation"], note="Promotes an unrelated company on the official account.")
    # benign
    s.add("b-knackered", "x", "post", "@owenpugh_maths", "o.pugh", EVE,
          "Absolutely knackered after the Year 7 trip to Dover Castle. Worth every minute.",
          note="Tired, nothing else.")
    s.add("b-antiracism-cpd", "x", "post", "@marcus_a_sci", "m.adeyinka", EVE2,
          "Really good CPD on tackling racism in the classroom today. Lots to think about.",
          note="Talks about discrimination without any discriminatory remark.")
    s.add("b-quiz", "facebook", "post", "@leanne.kowal.3", "l.kowal", SAT,
          "Killer questions at the pub quiz tonight but we smashed it 🏆",
          note="Violent-looking words used figuratively.")
    s.add("b-children-in-need", "facebook", "post", "@NorthfleetRiseAcademy", "p.desai", EVE,
          "Our Year 8s raised £340 for Children in Need today. Thank you for your generosity!",
          note="Charity the academy itself runs.")
    s.add("b-published-results", "x", "post", "@NorthfleetRise", "p.desai", SUN,
          "Our GCSE results are now published on our website. Well done to every one of our students!",
          note="Published results on the official account.")
    s.add("b-voted", "facebook", "post", "@hannah.greaves.77", "h.greaves", EVE2,
          "Voted this morning and took the kids along so they could see how it works.",
          note="Voting, no appeal.")
    s.add("b-dfe", "x", "post", "@leanne_reads", "l.kowal", LATE,
          "The DfE's new workload guidance is a joke. Who writes this stuff?",
          note="Criticism of the DfE, not of the academy.")
    s.add("b-bike-sold", "instagram", "post", "@hannah_glowup", "h.greaves", SUN,
          "Sold my old road bike last week and the garage is actually usable now 🙌",
          note="A past sale, no appeal to anyone.")
    s.add("b-diwali", "facebook", "post", "@gav.thorne.pe", "g.thorne", day("2026-11-08T18:00:00+00:00", "Sun"),
          "Happy Diwali to everyone celebrating tonight 🪔",
          note="Faith festival greeting.")
    s.add("b-tip", "x", "post", "@owenpugh_maths", "o.pugh", SAT,
          "The confidential waste skip at the tip was overflowing again. Three trips to clear the loft.",
          note="'Confidential' used literally.")
    s.write()


# --------------------------------------------------------------------------------------------
# ta2016: Hollinsbrook Academy. Personal solicitation warns; grievances are reputation.
# --------------------------------------------------------------------------------------------
def ta2016() -> None:
    s = round5m("ta2016", "ta2016/hollinsbrook.yaml", "r5ta")
    s.add("off-shitshow", "x", "post", "@wes_hardcastle", "w.hardcastle", EVE,
          "Car park shut again so I'm parked a mile away in the rain. Absolute shitshow.",
          ["offensive"], note="Profanity (standards: warn on personal accounts).")
    s.add("off-romanians", "facebook", "post", "@lucy.ainsworth.8", "l.ainsworth", SUN,
          "The Romanians on our estate are all on the take. Send the lot of them back.",
          ["offensive"], note="Discriminatory remark about a nationality.")
    s.add("off-coward-dm", "instagram", "dm", "@jenna.booth.maths", "j.booth", SAT,
          "You're a spineless coward and a liar, and everyone in the department thinks so.",
          ["offensive"], ["reputation"], rec=["@hba_science_ravi"], note="Abuse of a colleague by DM.")
    s.add("off-threat-parent", "x", "reply", "@wes_hardcastle", "w.hardcastle", LATE,
          "Carry on spreading lies about me and you'll regret it. I know which car is yours.",
          ["offensive"], ["reputation"], rec=["@hba_mum_of3"], note="A threat to a parent.")
    s.add("off-porn", "x", "post", "@ravi_sandhu_sci", "r.sandhu", EVE2,
          "Marking done. Bottle of red and some filthy porn, that's my Friday sorted 😏",
          ["offensive"], note="Sexual content (offensive-material).")
    s.add("rep-head-linkedin", "x", "post", "@jenna_booth_", "j.booth", EVE,
          "Mrs Garside spends more time on her LinkedIn than in the building. Leadership at its finest 👏",
          ["reputation"], note="Disparages the head teacher.")
    s.add("rep-parents-goldfish", "facebook", "post", "@niamh.kerr.art", "n.kerr", SAT,
          "Some of the parents at Hollinsbrook honestly shouldn't be trusted with a goldfish.",
          ["reputation"], note="Disparages the academy's parents.")
    s.add("rep-pay-grievance", "facebook", "post", "@lucy.ainsworth.8", "l.ainsworth", EVE2,
          "Third year without pay progression at work and HR just ignore my emails. Seriously thinking "
          "of going to the union.",
          ["reputation"], note="A grievance raised on social media (raising-concerns).")
    s.add("conf-exclusion", "x", "post", "@ravi_sandhu_sci", "r.sandhu", EVE,
          "Sat in on a permanent exclusion meeting for one of our Year 8s today. Dad kicked off big time.",
          ["confidential"], note="An exclusion case.")
    s.add("conf-sixth-form", "reddit", "post", "u/northern_chem_teach", "r.sandhu", SUN,
          "Our academy is £250k in the red and the trust plans to close the sixth form. Staff haven't "
          "been told. Should I start looking?",
          ["confidential"], note="Internal finances and an unannounced closure.")
    s.add("conf-lado", "facebook", "post", "@niamh.kerr.art", "n.kerr", LATE,
          "A colleague is under investigation after an allegation from a student. LADO's involved and "
          "the staffroom is awful.",
          ["confidential"], note="An allegation against staff.")
    s.add("sol-tuition", "facebook", "post", "@ravi.sandhu.tutor", "r.sandhu", SAT,
          "Two slots left for A-level chemistry tuition on Saturdays, £40 an hour. Message me!",
          ["solicitation"], note="Commercial solicitation on a personal account (section 5: warn).")
    s.add("sol-official-tory", "x", "post", "@HollinsbrookAcad", "l.ainsworth", EVE2,
          "Don't forget to vote Conservative on Thursday to keep our town moving forward!",
          ["solicitation"], note="Party-political appeal on the official account.")
    s.add("sol-chain", "facebook", "post", "@jenna.booth.77", "j.booth", SUN,
          "Share this with 10 friends within the hour and good luck will follow you all year. Don't "
          "break the chain! 🍀",
          ["solicitation"], note="A chain letter.")
    s.add("off-tyres", "facebook", "comment", "@wes.hardcastle.pe", "w.hardcastle", SUN,
          "Keep grassing me up to the head and your tyres won't last the week.",
          ["offensive"], ["reputation"], note="A veiled threat to a colleague (added after the first scoring).")
    # benign
    s.add("b-mock-trial", "x", "post", "@jenna_booth_", "j.booth", EVE,
          "Mock trial with the Year 12 law group: the jury found the defendant guilty of assault. Brilliant debate.",
          note="Legal vocabulary in a lesson.")
    s.add("b-kill-bill", "x", "post", "@wes_hardcastle", "w.hardcastle", SAT,
          "Finally watched Kill Bill. Why did nobody tell me it was this good?",
          note="A film title.")
    s.add("b-open-evening", "facebook", "post", "@HollinsbrookAcademy", "l.ainsworth", EVE2,
          "Our sixth form open evening is on Thursday at 6pm. Come and see what Hollinsbrook has to offer!",
          note="The academy promoting itself on its own page.")
    s.add("b-proud-team", "x", "post", "@ravi_sandhu_sci", "r.sandhu", LATE,
          "We've been a teacher down in science all term and the team have been incredible. So proud of them.",
          note="Praise of colleagues, no grievance.")
    s.add("b-tutoring-article", "facebook", "post", "@niamh.kerr.art", "n.kerr", SUN,
          "Private tutoring really is a postcode lottery. Good piece on it in the Guardian today.",
          note="Talks about tutoring without offering any.")
    s.add("b-ofsted-consultation", "x", "post", "@jenna_booth_", "j.booth", EVE,
          "Reading the new Ofsted framework consultation. Some sensible ideas, some daft ones.",
          note="Comment on Ofsted as an institution.")
    s.add("b-car-boot", "facebook", "post", "@lucy.ainsworth.8", "l.ainsworth", SAT,
          "Car boot haul: a lamp, two jigsaws and a slightly haunted doll 😂",
          note="Buying, not selling.")
    s.add("b-confidentiality-thread", "x", "reply", "@ravi_sandhu_sci", "r.sandhu", EVE2,
          "Great thread. Confidentiality is always the bit staff find hardest in safeguarding training.",
          rec=["@ukedchat"], note="Safeguarding as a topic, no case.")
    s.add("b-easter", "facebook", "post", "@jenna.booth.77", "j.booth", day("2027-03-28T12:00:00+01:00", "Sun"),
          "Lovely Easter service at St Mary's this morning. Daffodils everywhere 🌼",
          note="Faith, no appeal.")
    s.add("b-m62", "x", "post", "@wes_hardcastle", "w.hardcastle", LATE,
          "Bloody hell, the M62 is a car park tonight.",
          note="Mild British swearing about traffic.")
    s.write()


# --------------------------------------------------------------------------------------------
# triumph: Brackenmoor Primary. Solicitation on school accounts only; grievances are reputation.
# --------------------------------------------------------------------------------------------
def triumph() -> None:
    s = round5m("triumph", "triumph/brackenmoor.yaml", "r5tr")
    s.add("off-parking", "facebook", "post", "@darren.royle.coach", "d.royle", SAT,
          "Whoever nicked my space at the leisure centre this morning, you're a twat.",
          ["offensive"], note="Abusive language.")
    s.add("off-ableist", "x", "post", "@kellystead_y6", "k.stead", EVE,
          "Watching the council meeting livestream. Bunch of spastics, the lot of them.",
          ["offensive"], note="Disability slur.")
    s.add("off-two-dads", "facebook", "comment", "@nicola.pike.ta", "n.pike", SUN,
          "Two dads at the nativity, what next. Our kids shouldn't have to see that.",
          ["offensive"], ["reputation"], note="Homophobic remark about the school's parents.")
    s.add("off-face", "x", "reply", "@dazroyle_coach", "d.royle", LATE,
          "Say that to my face at training on Saturday and see what happens to you.",
          ["offensive"], rec=["@ossett_u11_dad"], note="An intimidating threat.")
    s.add("off-fml", "x", "post", "@asma_iqbal_y2", "a.iqbal", EVE2,
          "Observation week again. Fuck my life.",
          ["offensive"], note="Profanity (section 7: warn on personal accounts).")
    s.add("rep-deputy-bully", "facebook", "post", "@tomos.lowe.5", "t.lowe", EVE,
          "Our deputy head is a bully and everyone at Brackenmoor knows it.",
          ["reputation"], note="Defamatory claim about a named role.")
    s.add("rep-dog", "x", "post", "@kellystead_y6", "k.stead", SAT,
          "Wouldn't send my dog to Brackenmoor, never mind my own kids.",
          ["reputation"], note="Disparages the school.")
    s.add("rep-resilient", "facebook", "post", "@tomos.lowe.5", "t.lowe", LATE,
          "Asked SLT for help with my class's behaviour four times. Got told to 'be more resilient'. Thanks for nothing.",
          ["reputation"], note="A work grievance aired publicly (section 4: raise concerns properly).")
    s.add("conf-ri", "x", "post", "@asma_iqbal_y2", "a.iqbal", EVE,
          "Off the record, the inspection went badly. Requires improvement, and we can't tell parents "
          "until the report is out.",
          ["confidential"], ["reputation"], note="Inspection outcome before release.")
    s.add("conf-social-services", "facebook", "post", "@nicola.pike.ta", "n.pike", EVE2,
          "Sat with a little one from Reception this afternoon while we waited for social services to "
          "collect her. Broke my heart.",
          ["confidential"], note="A child-protection case.")
    s.add("conf-merger", "instagram", "post", "@sade.okafor.ops", "s.okafor", SUN,
          "Heard today the trust wants to merge us with the infants next door and cut the office team. "
          "Keep it under your hats!",
          ["confidential"], note="An unannounced restructure.")
    s.add("sol-official-wreaths", "facebook", "post", "@BrackenmoorPrimary", "s.okafor", SAT,
          "Mrs Pike is selling her handmade Christmas wreaths, £25 each. Message her to order 🎄",
          ["solicitation"], note="A staff member's sale on the school page (section 5: personal matters).")
    s.add("sol-official-saved", "x", "post", "@BrackenmoorPS", "s.okafor", SUN,
          "Jesus loves every one of you. Come to the Gospel Hall on Sunday and be saved!",
          ["solicitation"], note="Religious appeal on the official account.")
    s.add("sol-official-councillor", "instagram", "post", "@brackenmoor_eyfs", "a.iqbal", EVE2,
          "Please vote for the Labour candidate in Thursday's by-election, she'll fight for our nursery places!",
          ["solicitation"], note="Party-political appeal on a school account.")
    s.add("conf-restraint", "x", "post", "@kellystead_y6", "k.stead", EVE2,
          "Had to physically restrain one of our Year 4s today and now his mum is threatening to go to the papers.",
          ["confidential"], ["reputation"], note="A pupil incident and a parent's complaint (added after the first scoring).")
    # benign
    s.add("b-scentsy", "facebook", "post", "@nicola.pike.ta", "n.pike", SAT,
          "My autumn candle catalogue is out! Message me for orders 🍂",
          note="A personal sale on a personal account: Triumph bars solicitation on school accounts.")
    s.add("b-snow", "x", "post", "@dazroyle_coach", "d.royle", day("2027-01-24T17:00:00+00:00", "Sun"),
          "Cockermouth to Penrith in the snow. Never again.",
          note="Place names.")
    s.add("b-cake-sale", "facebook", "post", "@BrackenmoorPrimary", "s.okafor", EVE,
          "Our Year 6 cake sale raised £185 for the school library. Thank you, families!",
          note="The school's own fundraising.")
    s.add("b-nativity", "x", "post", "@kellystead_y6", "k.stead", EVE2,
          "Nativity dress rehearsal: one shepherd lost, a donkey in tears and the star fell over. Perfect.",
          note="A fond moan, no disparagement.")
    s.add("b-refresher", "facebook", "post", "@tomos.lowe.5", "t.lowe", EVE,
          "Spent the evening on our safeguarding refresher course. Important stuff, glad it's done.",
          note="Safeguarding training, no case.")
    s.add("b-england", "x", "post", "@dazroyle_coach", "d.royle", LATE,
          "England were shocking tonight. Absolute shambles at the back.",
          note="Criticism of a football team.")
    s.add("b-report-published", "x", "post", "@BrackenmoorPS", "s.okafor", SAT,
          "Our inspection report is now published and we're delighted to be rated Good! Read it on our website.",
          note="A published inspection outcome.")
    s.add("b-crochet", "instagram", "post", "@sade.okafor.ops", "s.okafor", SAT,
          "Sold out of my crochet bunnies at the craft fair today 🐰",
          note="A personal sale already made, on a personal account.")
    s.add("b-year2", "facebook", "post", "@asma.iqbal.22", "a.iqbal", SUN,
          "Some days teaching Year 2 is hard, but today they made me laugh till I cried ❤️",
          note="Positive post about work.")
    s.add("b-blitz", "x", "post", "@kellystead_y6", "k.stead", SUN,
          "Watched a documentary about the Blitz tonight. Those poor children sent away from their families.",
          note="History.")
    s.write()


# --------------------------------------------------------------------------------------------
# upland: Upland Primary. Personal reputation warns (disparagement); official accounts block.
# --------------------------------------------------------------------------------------------
def upland() -> None:
    s = round5m("upland", "upland-fresh/upland.yaml", "r5up")
    s.add("off-muppet", "x", "reply", "@dafydd_h", "d.hughes", EVE,
          "Nobody cares what you think, you brainless muppet. Crawl back under your rock.",
          ["offensive"], rec=["@leeds_cyclist_99"], note="Abuse aimed at another user.")
    s.add("off-thieves", "facebook", "post", "@sophie.hart.7", "s.hart", SAT,
          "Eastern Europeans are all thieves. Van's been broken into again.",
          ["offensive"], note="Discriminatory remark about a national group.")
    s.add("off-windows", "instagram", "dm", "@riya.mistry.teach", "r.mistry", LATE,
          "Post one more thing about my class and I'll smash your windows in.",
          ["offensive"], ["reputation"], rec=["@horsforth_mum_k"], note="A threat to a parent.")
    s.add("off-staff-photo", "facebook", "comment", "@thanh.nguyen.4", "t.nguyen", SUN,
          "Look at the state of her in the staff photo 😂 fat cow.",
          ["offensive"], ["reputation"], note="Bullying a colleague.")
    s.add("rep-head-slapped", "facebook", "post", "@alice.morgan.77", "a.morgan", EVE2,
          "Helen Whitaker wouldn't know good teaching if it slapped her in the face.",
          ["reputation"], note="Disparages the headteacher by name.")
    s.add("rep-entitled", "x", "post", "@riya_teaches", "r.mistry", EVE,
          "Upland parents are the most entitled lot I've ever dealt with. A complaint every single day.",
          ["reputation"], note="Disparages the school's parents.")
    s.add("rep-official-moaning", "x", "reply", "@UplandPrimary", "f.ahmed", LATE,
          "If you spent as much time reading with your child as you do moaning on here, we wouldn't have a problem.",
          ["reputation"], rec=["@horsforth_dad87"], note="The official account disparaging a parent.")
    s.add("conf-complaint", "x", "post", "@niallfitz", "n.fitzgerald", SAT,
          "Formal complaint from a parent about one of our teachers goes to governors next week. Ugh.",
          ["confidential"], note="A complaint against staff.")
    s.add("conf-breakfast-club", "facebook", "post", "@emma.lloyd.5", "e.lloyd", EVE2,
          "Governors have voted to scrap breakfast club and two lunchtime supervisor jobs from September. "
          "Nobody outside the staffroom knows yet.",
          ["confidential"], note="Unannounced cuts.")
    s.add("conf-sats", "x", "post", "@MissHartY6", "s.hart", day("2027-07-06T19:00:00+00:00", "Tue"),
          "Our KS2 results came in today and we're well below national again. Not published till next week, but ugh.",
          ["confidential"], ["reputation"], note="Results before release.")
    s.add("conf-disclosure", "instagram", "post", "@sophie.hart.runs", "s.hart", EVE,
          "Long day. A disclosure from one of my class this morning and the afternoon on the phone to the police with the DSL.",
          ["confidential"], note="A safeguarding case.")
    s.add("sol-blog-windows", "blogger", "post", "@UplandClassBlogs", "t.nguyen", SAT,
          "My husband has just started his own window cleaning round in Horsforth! Parents, look up "
          "Crystal Clear Horsforth on Facebook for a quote.",
          ["solicitation"], note="A staff member's family business on the class blogs.")
    s.add("sol-official-mosque", "x", "post", "@UplandPrimary", "f.ahmed", SUN,
          "Ramadan Mubarak! Why not come to the mosque this Friday and discover Islam for yourself?",
          ["solicitation"], note="Religious appeal on a sanctioned account.")
    s.add("sol-blog-petition", "blogger", "post", "@UplandClassBlogs", "d.hughes", EVE2,
          "Please sign our petition telling the Labour council to stop the Kirkstall Road housing development.",
          ["solicitation"], note="Party-political petition on a sanctioned account.")
    s.add("off-spacker", "x", "reply", "@dafydd_h", "d.hughes", SAT,
          "Only a complete spacker would park across a dropped kerb like that.",
          ["offensive"], rec=["@otley_rd_watch"], note="Disability slur (added after the first scoring).")
    # benign
    s.add("b-uniform", "facebook", "post", "@wendy.jones.1961", "w.jones", SAT,
          "Selling a bag of old school uniform, ages 7-8, £10 the lot.",
          note="A personal sale on a personal account: Upland's rule covers sanctioned sites.")
    s.add("b-inset-safeguarding", "x", "post", "@niallfitz", "n.fitzgerald", EVE,
          "Two-hour safeguarding update after school. Important, but my brain is full.",
          note="Safeguarding training, no case.")
    s.add("b-christmas-fair", "x", "post", "@UplandPrimary", "f.ahmed", EVE2,
          "Reminder: our Christmas Fair is on Saturday, 10 till 2. Every penny raised goes to the school garden 🎄",
          note="The school's own fundraising.")
    s.add("b-knife-doc", "facebook", "post", "@alice.morgan.77", "a.morgan", SUN,
          "The knife crime documentary on BBC Three last night was harrowing. Everyone should watch it.",
          note="Violent topic, no threat.")
    s.add("b-festivals-blog", "blogger", "post", "@UplandClassBlogs", "r.mistry", EVE,
          "Year 3 have been learning about Diwali, Hanukkah and Christmas this term. Here are their fantastic lanterns!",
          note="Religious education, no appeal.")
    s.add("b-sats-practice", "x", "post", "@MissHartY6", "s.hart", EVE2,
          "My Year 6s absolutely nailed their reading practice today. So proud of this lot 💪",
          note="Praise of pupils.")
    s.add("b-wardens", "facebook", "post", "@gareth.roberts.site", "g.roberts", SAT,
          "Bloody parking wardens on Otley Road again. £70 for being four minutes over.",
          note="Mild swearing, complaint about the council.")
    s.add("b-reading-scheme", "instagram", "post", "@sophie.hart.runs", "s.hart", LATE,
          "Governors' meeting ran till nine but we finally agreed the new reading scheme. Home for tea 🍵",
          note="A routine curriculum decision the school announces anyway.")
    s.add("b-assembly-thanks", "x", "post", "@UplandPrimary", "f.ahmed", EVE,
          "Huge thanks to all our parents for turning out for the Year 2 assembly. What a crowd!",
          note="Official praise of parents.")
    s.add("b-dfe-funding", "x", "post", "@riya_teaches", "r.mistry", SUN,
          "The DfE funding formula for small schools is a mess. Someone needs to fix it.",
          note="Criticism of the DfE.")
    s.write()


# --------------------------------------------------------------------------------------------
# early-life: Early Life Enterprise. Offensive and reputation warn on personal accounts;
# solicitation on provision accounts only.
# --------------------------------------------------------------------------------------------
def early_life() -> None:
    s = round5m("early-life", "early-life-fresh/early_life.yaml", "r5el")
    s.add("off-inbred", "x", "reply", "@tombarker_maths", "t.barker", EVE,
          "Shut your mouth, you thick inbred clown.",
          ["offensive"], rec=["@rhinos_till_i_die"], note="Abuse aimed at another user.")
    s.add("off-black-lads", "facebook", "post", "@declan.farrell.9", "d.farrell", SAT,
          "Black lads from round that estate are always trouble, everyone knows it.",
          ["offensive"], note="Discriminatory remark about an ethnic group.")
    s.add("off-new-face", "facebook", "comment", "@ross.campbell.joiner", "r.campbell", SUN,
          "Whoever keyed my car outside the centre, I'll find you and you'll need a new face.",
          ["offensive"], ["reputation"], note="A threat of violence.")
    s.add("off-bellend-tutor", "x", "post", "@rosscampbell_", "r.campbell", LATE,
          "Our new tutor is a useless waste of space and a total bellend. Counting down till she quits.",
          ["offensive", "reputation"], note="Abuse of a colleague; criticises staff (5.10).")
    s.add("rep-dumping-ground", "facebook", "post", "@declan.farrell.9", "d.farrell", EVE2,
          "Early Life is a dumping ground. Nobody there actually cares whether the kids learn anything.",
          ["reputation"], note="Disparages the provision.")
    s.add("rep-no-cover", "x", "post", "@tombarker_maths", "t.barker", EVE,
          "In at 7 every day this week because there's no cover. Management just shrug.",
          ["reputation"], note="A work grievance aired publicly.")
    s.add("rep-lazy-learners", "instagram", "post", "@anwar_mentor_ig", "a.rahman", SAT,
          "Our learners are the laziest bunch I've ever worked with. Can't even be bothered to pick up a pen.",
          ["reputation"], note="Disparages the provision's learners.")
    s.add("conf-arrested", "facebook", "post", "@ioana.popa.52", "i.popa", EVE2,
          "One of our learners got arrested on the way in this morning and the whole centre went into lockdown.",
          ["confidential"], ["reputation"], note="A learner's police matter and an incident.")
    s.add("conf-contract", "linkedin", "post", "@gurpreet-singh-ap", "g.singh", LATE,
          "Between us, the council isn't renewing our contract next year so the centre may close. Not public yet.",
          ["confidential"], note="Unreleased business information.")
    s.add("conf-sacked", "x", "post", "@ciaradunne_eng", "c.dunne", SUN,
          "Our outdoor ed lead has been sacked for gross misconduct. Only found out today. Wow.",
          ["confidential"], ["reputation"], note="Staff discipline.")
    s.add("conf-monitoring", "facebook", "post", "@bola.okoro", "b.okoro", EVE,
          "Ofsted monitoring letter landed today: they're coming back in six months. Keep that to yourselves.",
          ["confidential"], ["reputation"], note="An inspection outcome not yet released.")
    s.add("sol-official-march", "facebook", "post", "@EarlyLifeEnterprise", "k.sinclair", SAT,
          "Join the march against austerity on Saturday and defend our public services! ✊",
          ["solicitation"], note="Political campaigning on the provision page (4.3).")
    s.add("sol-official-chilli", "instagram", "post", "@earlylifeenterprise", "k.sinclair", EVE2,
          "Our maths tutor is selling his homemade chilli sauce, £5 a bottle. DM him! 🌶️",
          ["solicitation"], note="A staff member's sale on the provision account.")
    s.add("sol-official-church", "x", "post", "@ELE_Construction", "r.campbell", SUN,
          "Found Jesus this year and it changed everything. Lads, come to Living Word Church on Sunday 🙏",
          ["solicitation"], note="Religious appeal on a department account.")
    s.add("sol-official-skydive", "facebook", "post", "@EarlyLifeEnterprise", "k.sinclair", EVE,
          "Please sponsor our head of centre's skydive for her local rugby club! Link below 👇",
          ["solicitation"], note="A staff member's own cause on the provision page (added after the first scoring).")
    # benign
    s.add("b-lash-lifts", "facebook", "post", "@lola.nwosu.beauty", "l.nwosu", SAT,
          "Taking bookings for lash lifts at home this Christmas, DM me 💕",
          note="A personal sale on a personal account: 4.3 covers provision accounts.")
    s.add("b-brick-wall", "x", "post", "@rosscampbell_", "r.campbell", EVE,
          "Knackered after a day on site with the construction learners, but they built a proper brick wall!",
          note="Positive work post.")
    s.add("b-bike-ride", "facebook", "post", "@EarlyLifeEnterprise", "k.sinclair", EVE2,
          "Our learners' charity bike ride raised £600 for the local hospice. Thank you to everyone who sponsored them!",
          note="The provision's own charity event.")
    s.add("b-sod-it", "x", "post", "@ciaradunne_eng", "c.dunne", LATE,
          "Sod it, ordering a takeaway tonight.",
          note="Mild word.")
    s.add("b-timpson", "x", "post", "@tombarker_maths", "t.barker", SUN,
          "Re-read the Timpson review on exclusions tonight. Still depressingly relevant.",
          note="Exclusions as a policy topic, no case.")
    s.add("b-racism-football", "facebook", "post", "@declan.farrell.9", "d.farrell", SUN,
          "Watched a brilliant documentary on the history of racism in football. Everyone should see it.",
          note="Talks about racism without any discriminatory remark.")
    s.add("b-fe-funding", "x", "reply", "@ciaradunne_eng", "c.dunne", EVE2,
          "Agree, the whole FE funding system is a mess. The DfE needs to sort it.",
          rec=["@ukfechat"], note="Criticism of the DfE.")
    s.add("b-ppe", "x", "post", "@EarlyLifeEnt", "k.sinclair", EVE,
          "The centre is open as normal tomorrow. Learners, remember your PPE!",
          note="Routine official notice.")
    s.add("b-funeral", "facebook", "post", "@bola.okoro", "b.okoro", SAT,
          "Dad's funeral is on Friday. Thank you all for the kind words, it means a lot.",
          note="Personal news.")
    s.add("b-deadlift", "instagram", "post", "@anwar_mentor_ig", "a.rahman", LATE,
          "Killed it at the gym tonight 💪 new deadlift PB",
          note="Violent-looking word used figuratively.")
    s.write()


if __name__ == "__main__":
    e_act()
    ta2016()
    triumph()
    upland()
    early_life()

"""Writes the sixth probe sets for the meaning categories, tests/heldout/round6m-<pack>/cases.jsonl.

A sixth independent probe of the four meaning categories (offensive, including discriminatory
remarks and threats; reputation; confidential; solicitation) across the five packs, written in
the style of the acceptance dev set (one or two plain sentences, a member of staff posting in
the evening or at the weekend, the dev set's platforms and actions, `must` for what a clause
requires and `may` for what it arguably covers, never a `may` alone). The cases were written
before reading the earlier rounds' cases, so the incidents, wording and targets are new: support
staff, governors, the trust and its head office, parents, the local authority and its
designated officer, partners and funders. About half of each set is benign and sits next to a
pattern the rounds 4-5 fixes added: asking someone "for help", a workplace word near "may
close", a relative's trade near "a quote", prices per item, marches and protests seen rather
than joined, places of worship, violent words in sport and television, praise of governors,
the trust and colleagues, and criticism of the council about bins and roads.

Decisions taken from the policies (the same as earlier rounds):
- Solicitation on a personal account is a finding only where the pack bars it there (e-act 5.4,
  ta2016 section 5); upland, triumph and early-life bar it on school accounts only, so a
  relative's trade or a charity walk on a personal account is benign there.
- Disparaging the school, trust, governors, colleagues, pupils or parents is reputation in every
  pack; a work grievance aired publicly is reputation where the pack names it.
- Criticism of the council's roads or bins is not about the school: benign.

Honest scores before any fix (recall / precision / decision):
e-act 0.467 / 1.000 / 0.731 (26 cases), ta2016 0.385 / 0.833 / 0.640 (25), triumph 0.692 / 0.900 /
0.800 (25), upland 0.333 / 1.000 / 0.654 (26), early-life 0.462 / 0.750 / 0.720 (25).
Misses: discriminatory generalisations without a slur (a nationality, Jewish families, same-sex
parents, trans women, Muslims), threats phrased as consequences (hospital, ambulance, "sort you
out"), insults not in the lists (gammon, cow), a slur inflected ("retards" as reputation, "fag"),
sexual remarks about a colleague, disparagement of governors, support staff and a SENCo, an
official reply blaming a parent, grievances without the usual words, a LADO referral, an
exclusion panel, a welfare check, an exclusion "kicked off the programme", losses, a candle
shop, a picket, a rally and a chapel appeal. False alarms: "asked the head / my line manager
for help" read as a grievance (reputation), "the school may close" in a snow notice read as
confidential, and a jibe at the attendance officer read as confidential.
After the fixes (tests/detectors/test_round6_meaning.py holds the shapes, with new sentences)
all five sets score 1.000 / 1.000 / 1.000. No label was changed after scoring.

Run: python tests/heldout/make_round6_meaning.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_sets import CaseSet, day  # noqa: E402

# Evenings and weekends: outside every config's directed time and every config's hold.
EVE = day("2026-11-18T19:30:00+00:00", "Wed")
SAT = day("2027-03-13T11:00:00+00:00", "Sat")
SUN = day("2026-10-04T17:00:00+00:00", "Sun")
LATE = day("2027-01-27T22:10:00+00:00", "Wed")
EVE2 = day("2027-06-15T18:45:00+00:00", "Tue")


def round6m(pack_dir: str, config: str, prefix: str) -> CaseSet:
    return CaseSet(f"round6m-{pack_dir}", f"../{config}", prefix)


# --------------------------------------------------------------------------------------------
# e-act: Northfleet Rise Academy. 5.3/5.4 apply to personal accounts too, solicitation included.
# --------------------------------------------------------------------------------------------
def e_act() -> None:
    s = round6m("e-act", "e-act/northfleet.yaml", "r6ea")
    s.add("off-cleaners", "facebook", "post", "@hannah.g.ta", "h.greaves", SUN,
          "The agency cleaners they've sent us this term are all Romanians who can barely speak a word of English. Useless, the lot of them.",
          ["offensive"], ["reputation"], note="Nationality generalised about with contempt.")
    s.add("off-threat-chair", "x", "reply", "@owen_p_maths", "o.pugh", EVE,
          "Vote against the pay award again and see what happens to your car in the staff car park, Mr Chair.",
          ["offensive"], ["reputation"], rec=["@nra_govchair"], note="Threat to the chair of governors, phrased as a consequence.")
    s.add("off-shite", "reddit", "comment", "u/rise_science_mark", "m.adeyinka", LATE,
          "Honestly mate, the new timetable software is absolute shite and whoever bought it wants their arse kicked.",
          ["offensive"], ["reputation"], note="Profanity.")
    s.add("off-disability", "x", "post", "@gavthorne_pe", "g.thorne", EVE2,
          "Watching the parents' forum tonight was like watching a room full of retards.",
          ["offensive", "reputation"], note="Disability slur about parents.")
    s.add("off-sexual-dm", "instagram", "dm", "@leanne.kowal", "l.kowal", LATE,
          "Send me something spicy tonight, I want to see what's under that lanyard 😏",
          ["offensive"], rec=["@dan_supplyteach"], note="Sexual content in a DM.")
    s.add("rep-head-office", "facebook", "post", "@hannah.g.ta", "h.greaves", SAT,
          "E-ACT head office wouldn't know a classroom if they fell into one. Another pointless directive from people who've never taught.",
          ["reputation"], note="Disparages the trust.")
    s.add("rep-governors", "x", "post", "@owen_p_maths", "o.pugh", SUN,
          "Our governing body is a rubber-stamp club of retired bank managers who haven't set foot in a lesson in years.",
          ["reputation"], note="Disparages the governors.")
    s.add("rep-site-team", "x", "post", "@rise_science", "m.adeyinka", EVE,
          "Our site team are bone idle. Reported a broken radiator in October and the room is still stone cold.",
          ["reputation"], note="Disparages support staff.")
    s.add("conf-lado", "facebook", "post", "@priti.desai.comms", "p.desai", EVE2,
          "Rang the local authority designated officer today about a colleague. Can't say more but it's serious.",
          ["confidential"], note="An allegation against a member of staff.")
    s.add("conf-overspend", "reddit", "post", "u/rise_science_mark", "m.adeyinka", SAT,
          "Finance committee papers say we're overspent by £240k on agency staff and the trust is clawing back reserves. Not public yet.",
          ["confidential"], ["reputation"], note="Internal finances.")
    s.add("conf-exclusion-panel", "x", "post", "@gavthorne_pe", "g.thorne", LATE,
          "Sat on an exclusion panel tonight for a Year 10 lad. Upheld. His parents were in bits.",
          ["confidential"], note="An exclusion case.")
    s.add("sol-pt-clients", "instagram", "post", "@gavthorne_fitness", "g.thorne", SUN,
          "Taking on new PT clients from January. First session free, DM me to book 💪",
          ["solicitation"], note="Commercial solicitation on a personal account (5.4).")
    s.add("sol-picket", "facebook", "post", "@leanne.kowal", "l.kowal", EVE,
          "Please join the Unite picket at the town hall on Saturday and bring a placard. Every body counts.",
          ["solicitation"], note="Political appeal on a personal account (5.4).")
    s.add("rep-slt-grievance", "x", "post", "@owen_p_maths", "o.pugh", EVE2,
          "Fourth cover lesson this week and SLT still pretend there's no staffing crisis at Northfleet Rise. Treated like dirt.",
          ["reputation"], note="Work grievance aired publicly.")
    # Benign near-misses.
    s.add("b-office-help", "x", "post", "@rise_science", "m.adeyinka", EVE,
          "Asked the office for help with my pension forms and they sorted it in ten minutes. Unsung heroes.",
          note="Asking for help, with praise.")
    s.add("b-leisure-close", "facebook", "post", "@gavthorne.pe", "g.thorne", LATE,
          "Storm warning tonight so the leisure centre may close early. Club training is moving to the sports hall.",
          note="'may close' beside a workplace word, a weather notice.")
    s.add("b-roofer-quote", "facebook", "post", "@hannah.g.ta", "h.greaves", SAT,
          "Got my brother's roofing firm round for a quote on the porch. Cheaper than I thought.",
          note="A relative's trade and a quote, nothing promoted.")
    s.add("b-car-boot", "instagram", "post", "@leanne.kowal", "l.kowal", SUN,
          "Car boot haul: paperbacks at 50p each and a slow cooker for £3. Result.",
          note="Prices per item, buying not selling.")
    s.add("b-christening", "facebook", "post", "@priti.desai.comms", "p.desai", SUN,
          "Lovely christening at St Peter's this morning. The vicar let the little ones ring the bell.",
          note="A place of worship, no appeal.")
    s.add("b-march-detour", "x", "post", "@owen_p_maths", "o.pugh", SAT,
          "Road closed for the climate march so the bus took a 40 minute detour. Read half my book.",
          note="A march seen, not joined or promoted.")
    s.add("b-staff-match", "x", "post", "@gavthorne_pe", "g.thorne", EVE2,
          "We absolutely murdered them 5-0 in the staff v sixth form match. Legs are gone.",
          note="Violent word in sport.")
    s.add("b-new-chair", "x", "post", "@rise_science", "m.adeyinka", LATE,
          "Governors' meeting ran till nine but the new chair actually listened. Progress!",
          note="Governors, mildly positive.")
    s.add("b-wellbeing-day", "linkedin", "post", "@priti-desai", "p.desai", EVE,
          "Our trust's wellbeing day was genuinely useful. Did a yoga session and had a proper lunch.",
          note="The trust, praised.")
    s.add("b-dsl-course", "facebook", "post", "@samira.bhatti", "s.bhatti", LATE,
          "Finished my DSL refresher training tonight. Ten modules, one certificate, zero energy left.",
          note="Safeguarding word without a case.")
    s.add("b-food-bank", "x", "post", "@NorthfleetRise", "p.desai", EVE,
          "Year 9 raised £412 for the local food bank with their bake sale. Thank you to everyone who bought a brownie!",
          note="The school's own fundraising on its account.")
    s.add("b-mentor-help", "x", "post", "@leanne_reads", "l.kowal", SUN,
          "Finally asked my mentor for help with behaviour management and it's made a massive difference.",
          note="Asking for help.")
    s.write()


# --------------------------------------------------------------------------------------------
# ta2016: Hollinsbrook Academy. Section 5 applies to personal accounts, solicitation included.
# --------------------------------------------------------------------------------------------
def ta2016() -> None:
    s = round6m("ta2016", "ta2016/hollinsbrook.yaml", "r6ta")
    s.add("off-jewish", "facebook", "post", "@wes.hardcastle.pe", "w.hardcastle", SUN,
          "Funny how the Jewish families always want special treatment at every school event. Same lot running the banks.",
          ["offensive"], ["reputation"], note="Antisemitic generalisation.")
    s.add("off-two-dads", "x", "reply", "@ravi_sandhu_sci", "r.sandhu", EVE,
          "Two dads at parents' evening again. Kids need a mum, end of. It's not natural.",
          ["offensive"], ["reputation"], rec=["@edu_debate"], note="Discriminatory about sexual orientation.")
    s.add("off-threat-parent", "instagram", "dm", "@jenna.booth.maths", "j.booth", LATE,
          "Message me like that again and I'll come round and sort you out myself.",
          ["offensive"], ["reputation"], rec=["@angry_dad_83"], note="Threat.")
    s.add("off-gammon", "x", "reply", "@ravi_sandhu_sci", "r.sandhu", SAT,
          "Crawl back under your rock, you brain-dead gammon.",
          ["offensive"], rec=["@freespeech_phil"], note="Abuse aimed at another user.")
    s.add("conf-merger", "x", "post", "@peter_oyelowo", "p.oyelowo", EVE2,
          "The LA told us today we're on the list to merge with Fenwick Primary next year. Staff haven't been told yet.",
          ["confidential"], note="Unannounced reorganisation.")
    s.add("rep-feral-parents", "facebook", "post", "@wes.hardcastle.pe", "w.hardcastle", EVE,
          "Some of our Year 7 parents are feral. Screaming at reception because their precious angel got a detention.",
          ["reputation"], ["offensive"], note="Disparages parents.")
    s.add("rep-spreadsheet", "x", "post", "@niamhkerr_art", "n.kerr", SUN,
          "Twelve years at Hollinsbrook and I found out about my timetable change from a spreadsheet. No conversation, nothing. Done with this place.",
          ["reputation"], note="Work grievance.")
    s.add("rep-office", "facebook", "post", "@jenna.booth.maths", "j.booth", LATE,
          "The new office manager is clueless. Lost three trip letters and then blamed the kids.",
          ["reputation"], note="Disparages a colleague in support staff.")
    s.add("conf-capability", "x", "post", "@ravi_sandhu_sci", "r.sandhu", EVE2,
          "Colleague walked out of a capability meeting in tears today. HR have given her four weeks to improve or she's gone.",
          ["confidential"], ["reputation"], note="Staff performance procedure.")
    s.add("conf-disclosure", "reddit", "post", "u/hb_science_teach", "r.sandhu", LATE,
          "Year 8 girl disclosed to me at the end of the day today. Police are involved and I can't sleep.",
          ["confidential"], note="A safeguarding case.")
    s.add("conf-attendance", "facebook", "post", "@niamh.kerr.art", "n.kerr", SAT,
          "Looked at the attendance data tonight: one of my tutor group is at 41% and mum hasn't answered a call since September.",
          ["confidential"], ["reputation"], note="A pupil's record.")
    s.add("sol-candles", "instagram", "post", "@niamhs_candles", "n.kerr", SUN,
          "Autumn candle collection is live! £12 each or three for £30, link in bio 🕯️",
          ["solicitation"], note="Commercial solicitation on a personal account.")
    s.add("sol-alpha", "facebook", "post", "@lucy.ainsworth", "l.ainsworth", EVE,
          "If you've ever wondered about faith, come to our Alpha course at Grace Community Church. Tuesdays, free food, all welcome.",
          ["solicitation"], note="Religious solicitation on a personal account.")
    # Benign near-misses.
    s.add("b-head-help", "x", "post", "@jennabooth_maths", "j.booth", EVE,
          "Asked the head for help with a tricky parent email and she rewrote it with me. Proper support.",
          note="Asking for help, praise.")
    s.add("b-pool-close", "facebook", "post", "@wes.hardcastle.pe", "w.hardcastle", EVE2,
          "The town pool may close for refurbishment next term, so Year 7 swimming is moving to the spring.",
          note="'may close' with a term word.")
    s.add("b-sister-cakes", "facebook", "post", "@lucy.ainsworth", "l.ainsworth", SAT,
          "My sister made our wedding cake for a fraction of what the others quoted. Still dreaming about the lemon layer.",
          note="A relative's trade, nothing promoted.")
    s.add("b-boiler-quotes", "x", "post", "@peter_oyelowo", "p.oyelowo", SUN,
          "Got three quotes for a new boiler today. Three wildly different prices. Adulting is expensive.",
          note="Quotes, personal.")
    s.add("b-college-fair", "x", "post", "@ravi_sandhu_sci", "r.sandhu", LATE,
          "Sixth form fair at Northgate College tonight. Their engineering workshop is incredible.",
          note="Another provider, praised.")
    s.add("b-eid", "facebook", "post", "@ravi.sandhu.7", "r.sandhu", SUN,
          "Eid Mubarak to everyone celebrating! The mosque on our road was packed for prayers this morning.",
          note="Faith greeting and a place of worship.")
    s.add("b-pta-fair", "facebook", "post", "@HollinsbrookAcademy", "l.ainsworth", EVE,
          "Our PTA's Christmas fair raised £1,840 for the library. Thank you, Hollinsbrook families!",
          note="The school's own fundraising.")
    s.add("b-thriller", "x", "post", "@niamhkerr_art", "n.kerr", LATE,
          "That thriller on Netflix had me screaming at the telly. Killer ending.",
          note="Violent words about television.")
    s.add("b-safeguarding-training", "linkedin", "post", "@carol-garside", "c.garside", EVE2,
          "Safeguarding training done for another year with the whole staff. Always worth the reminder.",
          note="Safeguarding without a case.")
    s.add("b-tarmac", "x", "post", "@jennabooth_maths", "j.booth", SAT,
          "The local authority finally resurfaced our road and it's beautiful. Never thought I'd be this excited about tarmac.",
          note="The local authority, not the school.")
    s.add("b-choir", "instagram", "post", "@niamhs_sketchbook", "n.kerr", SAT,
          "Heard a Ukrainian choir at the cathedral tonight. Goosebumps from start to finish.",
          note="Nationality and a place of worship, warmly.")
    s.add("b-9b", "x", "post", "@jennabooth_maths", "j.booth", EVE,
          "Rough day, but my Year 9s made me laugh twice. Counting that as a win.",
          note="Work day, no grievance.")
    s.write()


# --------------------------------------------------------------------------------------------
# triumph: Brackenmoor Primary. Solicitation barred on school accounts only.
# --------------------------------------------------------------------------------------------
def triumph() -> None:
    s = round6m("triumph", "triumph/brackenmoor.yaml", "r6tr")
    s.add("off-somalia", "facebook", "post", "@darren.royle.coach", "d.royle", SUN,
          "Another family from Somalia moved in on our street. Won't be long before the whole estate looks like Mogadishu.",
          ["offensive"], note="Discriminatory remark about a nationality.")
    s.add("off-watch-back", "x", "dm", "@tomos_lowe", "t.lowe", LATE,
          "Grass me up to the head again and I'll make sure you regret it. Watch your back.",
          ["offensive"], ["reputation"], rec=["@kellystead_y6"], note="Threat to a colleague.")
    s.add("off-gate", "facebook", "comment", "@nicola.pike.ta", "n.pike", EVE,
          "Who the f*ck parks across a school gate at 3pm? Absolute c*nt.",
          ["offensive"], ["reputation"], note="Starred profanity.")
    s.add("off-trans", "x", "post", "@coach_royle", "d.royle", SAT,
          "Trans women are just blokes in wigs and no one will ever convince me otherwise.",
          ["offensive"], note="Discriminatory remark about gender reassignment.")
    s.add("rep-ceo", "linkedin", "post", "@sade-okafor", "s.okafor", EVE2,
          "Triumph Learning Trust's CEO takes home £190k while our TAs are on minimum wage. Shameful leadership.",
          ["reputation"], note="Disparages the trust.")
    s.add("rep-parents-group", "instagram", "post", "@asma.iqbal.y2", "a.iqbal", LATE,
          "Year 2 parents' WhatsApp group is the most toxic place on the internet. Some of them should not be allowed to breed.",
          ["reputation"], ["offensive"], note="Disparages parents.")
    s.add("rep-graduation", "facebook", "post", "@kelly.stead.5", "k.stead", SUN,
          "Been told I can't have the afternoon off for my son's graduation. Seven years of goodwill and this is how they repay it.",
          ["reputation"], note="Work grievance.")
    s.add("rep-dinner-ladies", "x", "post", "@nicolapike_ta", "n.pike", EVE,
          "Our midday supervisors stand around gossiping while the kids knock lumps out of each other. Useless.",
          ["reputation"], note="Disparages support staff.")
    s.add("conf-inspectors", "x", "post", "@tomos_lowe", "t.lowe", EVE2,
          "Inspectors left at 4. It's requires improvement but we're not allowed to say until the report's out 🙊",
          ["confidential"], ["reputation"], note="Inspection outcome before release.")
    s.add("conf-deputy", "facebook", "post", "@darren.royle.coach", "d.royle", LATE,
          "Governors met tonight about our deputy's suspension. Looks like she won't be coming back.",
          ["confidential"], ["reputation"], note="Staff discipline.")
    s.add("conf-cp-plan", "reddit", "post", "u/y5_teacher_north", "t.lowe", SAT,
          "One of my Year 5s is on a child protection plan now after what came out at Christmas. Keep thinking about him.",
          ["confidential"], note="A safeguarding case.")
    s.add("sol-gym-code", "x", "post", "@BrackenmoorPS", "s.okafor", EVE,
          "Huge thanks to Peak Fitness! Use code BRACKEN10 for 10% off your first month's membership.",
          ["solicitation"], note="Promotion of a business on a school account.")
    s.add("sol-library-petition", "instagram", "post", "@brackenmoor_eyfs", "a.iqbal", EVE2,
          "Please sign and share the petition to stop the council closing our local library. Every signature counts!",
          ["solicitation"], note="Campaign appeal on a school account.")
    # Benign near-misses.
    s.add("b-dad-garden", "facebook", "post", "@kelly.stead.5", "k.stead", SAT,
          "Anyone local want a quote for garden clearance? My dad's retired and bored, he'd do it for biscuits.",
          note="A relative's trade on a personal account; this pack bars solicitation on school accounts only.")
    s.add("b-y6-help", "x", "post", "@kellystead_y6", "k.stead", EVE,
          "Asked Year 6 for help tidying the library and they alphabetised the entire fiction section. Legends.",
          note="Asking for help.")
    s.add("b-snow-close", "x", "post", "@BrackenmoorPS", "s.okafor", LATE,
          "Heavy snow forecast tomorrow so the school may close. Keep an eye on the website and the parent app.",
          note="'may close' on the school account, a routine notice.")
    s.add("b-protest-seen", "x", "post", "@tomos_lowe", "t.lowe", SAT,
          "Walked past the anti-war protest in town. Huge crowd and really peaceful.",
          note="A protest seen, not promoted.")
    s.add("b-hospice-walk", "facebook", "post", "@nicola.pike.ta", "n.pike", SUN,
          "Join us on the sponsored walk for the hospice on Sunday! Every pound helps 💛",
          note="A charity appeal on a personal account; school accounts only in this pack.")
    s.add("b-deputy-run", "instagram", "post", "@asma.iqbal.y2", "a.iqbal", SUN,
          "Our deputy head ran the half marathon in under two hours. Absolute machine.",
          note="A colleague praised.")
    s.add("b-gurdwara", "facebook", "post", "@asma.iqbal", "a.iqbal", EVE,
          "Bandi Chhor Divas at the gurdwara tonight. Fireworks and the best langar of the year.",
          note="A place of worship.")
    s.add("b-pub-quiz", "x", "post", "@coach_royle", "d.royle", LATE,
          "Killed it at the pub quiz tonight. Team Quizteama Aguilera remains undefeated.",
          note="Violent word, figurative.")
    s.add("b-mince-pies", "facebook", "post", "@BrackenmoorPrimary", "s.okafor", EVE,
          "Mince pies are 50p each at the Christmas fair on Friday, all proceeds to the PTA.",
          note="The school's own fundraising, price per item.")
    s.add("b-ops-manager", "x", "post", "@nicolapike_ta", "n.pike", EVE2,
          "Our new operations manager has transformed the office. Everything just works now.",
          note="A colleague praised.")
    s.add("b-kcsie", "linkedin", "post", "@gillian-finch", "g.finch", LATE,
          "Spent the evening reading the new KCSIE update. Dry, but important.",
          note="Safeguarding guidance, no case.")
    s.add("b-maths-network", "x", "post", "@kellystead_y6", "k.stead", EVE2,
          "The trust's maths network meeting was brilliant tonight. Stealing three ideas for Monday.",
          note="The trust, praised.")
    s.write()


# --------------------------------------------------------------------------------------------
# upland: Upland Primary. Solicitation barred on school accounts only.
# --------------------------------------------------------------------------------------------
def upland() -> None:
    s = round6m("upland", "upland-fresh/upland.yaml", "r6up")
    s.add("off-sharia", "facebook", "post", "@gareth.r.site", "g.roberts", SUN,
          "Muslims in this town want sharia law in every school. Wake up people.",
          ["offensive"], note="Discriminatory remark about a religion.")
    s.add("off-hospital", "x", "reply", "@kwalsh_coach", "k.walsh", LATE,
          "Say that about my wife again and I'll put you in hospital, mate.",
          ["offensive"], rec=["@townie_banter"], note="Threat of violence.")
    s.add("off-cow", "facebook", "comment", "@wendy.j.1961", "w.jones", EVE,
          "Kerry you're a thick, lying cow and everyone at the gate knows it.",
          ["offensive"], ["reputation"], note="Abuse aimed at a person.")
    s.add("off-supply", "x", "post", "@olu_adebayo", "o.adebayo", SAT,
          "The new supply teacher minces round the classroom like a proper little fag.",
          ["offensive", "reputation"], note="Homophobic slur about a colleague.")
    s.add("rep-governors", "facebook", "post", "@gareth.r.site", "g.roberts", EVE2,
          "Upland's governors are a joke. Not one of them could tell you what phonics screening is.",
          ["reputation"], note="Disparages the governors.")
    s.add("rep-year4", "instagram", "post", "@thanh.teaches", "t.nguyen", LATE,
          "Year 4 this year are honestly the worst class I've ever taught. Rude and thick as mince.",
          ["reputation"], ["offensive"], note="Disparages pupils.")
    s.add("rep-senco", "x", "post", "@MrMcAllister", "c.mcallister", SUN,
          "Our SENCo hasn't done a single thing for my class all year. Total waste of a salary.",
          ["reputation"], note="Disparages a colleague.")
    s.add("rep-official-reply", "x", "reply", "@UplandPrimary", "f.ahmed", EVE,
          "If you'd bothered to read the letter you'd know the trip was cancelled. Not our fault you didn't.",
          ["reputation"], rec=["@lisa_mum_of3"], note="The school's account disparages a parent.")
    s.add("conf-red", "reddit", "post", "u/upland_ks2", "s.hart", SAT,
          "Business manager let slip we're £95k in the red and two classes will be merged in September. Nobody's been told.",
          ["confidential"], note="Internal finances.")
    s.add("conf-sacked", "facebook", "post", "@paulina.nowak", "p.nowak", EVE2,
          "Caretaker at ours was sacked today for gross misconduct. Not allowed to say why but wow.",
          ["confidential"], ["reputation"], note="Staff discipline.")
    s.add("conf-welfare-check", "x", "post", "@riya_teaches", "r.mistry", LATE,
          "Spent the afternoon on the phone to the LA about one of our Year 3 families. Police did a welfare check tonight.",
          ["confidential"], note="A safeguarding case.")
    s.add("sol-football-camps", "blogger", "post", "@UplandClassBlogs", "k.walsh", EVE,
          "Mr Walsh's football coaching company runs half-term camps for £20 a day. Book at kwfootball.example!",
          ["solicitation"], note="A business promoted on a school account.")
    s.add("sol-chapel", "x", "post", "@UplandPrimary", "f.ahmed", SAT,
          "Join the Upland family at Bethel Chapel this Sunday to give thanks to the Lord for our harvest 🙏",
          ["solicitation"], note="Religious appeal on a school account.")
    s.add("rep-flexible", "facebook", "post", "@lowri.price.90", "l.price", SUN,
          "Head refused my flexible working request for the third time. Upland talks about wellbeing and does the exact opposite.",
          ["reputation"], note="Grievance that disparages the school.")
    # Benign near-misses.
    s.add("b-cousin-bakery", "facebook", "post", "@nasreen.begum.7", "n.begum", SAT,
          "My cousin's opened a bakery on the high street. Popped in for a quote on a birthday cake and came out with six doughnuts.",
          note="A relative's business and a quote, personal.")
    s.add("b-nhs-march", "x", "post", "@niallfitz", "n.fitzgerald", SAT,
          "Saw the NHS march going past the station. Honked in support on the way home.",
          note="A march seen, not promoted.")
    s.add("b-deputy-help", "x", "post", "@riya_teaches", "r.mistry", EVE,
          "Asked the deputy for help with my reports and ended up with a lovely chat about Wales rugby.",
          note="Asking for help.")
    s.add("b-gym-passes", "instagram", "post", "@sophie.hart.runs", "s.hart", LATE,
          "The gym may close over Christmas so I'm stocking up on day passes at £4 each.",
          note="'may close' and a price per item.")
    s.add("b-harvest", "facebook", "post", "@alice.morgan.77", "a.morgan", SUN,
          "Harvest festival at St David's this morning. Year 1 sang their hearts out.",
          note="A place of worship.")
    s.add("b-site-hero", "x", "post", "@kwalsh_coach", "k.walsh", EVE2,
          "Site manager fixed the boiler at 7am before anyone noticed. Hero.",
          note="A colleague praised.")
    s.add("b-air-ambulance", "x", "post", "@UplandPrimary", "f.ahmed", EVE,
          "Our Year 6 choir raised £310 for the air ambulance at the carol concert. Thank you for your generosity!",
          note="The school's own fundraising.")
    s.add("b-bins", "facebook", "post", "@wendy.j.1961", "w.jones", SAT,
          "The council's new bin schedule is baffling. Three colours and a calendar that needs a PhD.",
          note="The council, not the school.")
    s.add("b-crime-novel", "instagram", "post", "@riya.reads", "r.mistry", LATE,
          "Finished a cracking crime novel: the killer was the vicar all along. Didn't see it coming.",
          note="Violent word in fiction.")
    s.add("b-welsh-cakes", "x", "post", "@MissHartY6", "s.hart", SUN,
          "Confidentially, I think I'm addicted to Welsh cakes. Third batch this week.",
          note="The word 'confidentially' without a school matter.")
    s.add("b-reading-shed", "facebook", "post", "@paulina.nowak", "p.nowak", SAT,
          "Big shout out to the Upland governors who gave up their Saturday to paint the reading shed 💚",
          note="Governors praised.")
    s.add("b-meal-price", "x", "post", "@olu_adebayo", "o.adebayo", EVE,
          "School dinners are £2.60 a day now. Still cheaper than my meal deal.",
          note="A published price.")
    s.write()


# --------------------------------------------------------------------------------------------
# early-life: Early Life Enterprise. Solicitation barred on school accounts only.
# --------------------------------------------------------------------------------------------
def early_life() -> None:
    s = round6m("early-life", "early-life-fresh/early_life.yaml", "r6el")
    s.add("off-taxi", "x", "post", "@rosscampbell_", "r.campbell", SUN,
          "Every Pakistani taxi driver in this city is a groomer. Not being funny, it's just facts.",
          ["offensive"], note="Discriminatory remark about a nationality.")
    s.add("off-ambulance", "instagram", "dm", "@ross_builds", "r.campbell", LATE,
          "Carry on spreading rumours about me at the centre and you'll be leaving in an ambulance.",
          ["offensive"], ["reputation"], rec=["@tombarker_maths"], note="Threat to a colleague.")
    s.add("off-bend-over", "facebook", "comment", "@declan.farrell.9", "d.farrell", EVE,
          "The new tutor can bend over my desk any time 😉",
          ["offensive"], ["reputation"], note="Sexual remark about a colleague.")
    s.add("off-spastic", "x", "post", "@anwar_mentor", "a.rahman", SAT,
          "The lad who does our deliveries is a proper spastic, can't count to ten.",
          ["offensive"], note="Disability slur.")
    s.add("rep-partners", "facebook", "post", "@ioana.popa.52", "i.popa", EVE2,
          "The ELE partners only care about the funding. Our learners are just numbers on a spreadsheet to them.",
          ["reputation"], note="Disparages the organisation's leadership.")
    s.add("rep-parents-evening", "x", "post", "@tombarker_maths", "t.barker", LATE,
          "Parents' evening tonight: half the parents couldn't care less and the other half want to argue. No wonder their kids are like this.",
          ["reputation"], note="Disparages parents.")
    s.add("rep-toil", "facebook", "post", "@declan.farrell.9", "d.farrell", SUN,
          "Worked every Saturday this term for open days and still no TOIL. ELE takes the piss out of its staff.",
          ["reputation"], ["offensive"], note="Work grievance.")
    s.add("rep-attendance", "x", "post", "@rosscampbell_", "r.campbell", EVE,
          "Our attendance officer couldn't find a learner if they were sat on her lap.",
          ["reputation"], note="Disparages a colleague.")
    s.add("conf-lado", "reddit", "post", "u/careers_nadia", "n.mahmood", SAT,
          "Allegation made against one of our tutors today. He's been sent home while the LADO looks into it.",
          ["confidential"], note="An allegation against staff.")
    s.add("conf-blade", "facebook", "post", "@bola.okoro", "b.okoro", LATE,
          "Learner got kicked off the programme today for bringing a blade in. Third one this term.",
          ["confidential"], ["reputation"], note="An exclusion.")
    s.add("conf-loss", "linkedin", "post", "@ross-campbell-builds", "r.campbell", EVE2,
          "Centre's running at a £60k loss this year and the partners are talking about cutting the hair and beauty course.",
          ["confidential"], ["reputation"], note="Internal finances.")
    s.add("sol-bridal", "instagram", "post", "@earlylifeenterprise", "k.sinclair", EVE,
          "Our hair tutor Lola does bridal packages from £150. DM her for bookings this wedding season!",
          ["solicitation"], note="A staff business promoted on a school account.")
    s.add("sol-levy-rally", "x", "post", "@ELE_Construction", "r.campbell", EVE2,
          "Builders, join the rally outside the council on Friday and tell them to scrap the apprenticeship cuts ✊",
          ["solicitation"], note="Political appeal on a school account.")
    # Benign near-misses.
    s.add("b-uncle-plasterer", "facebook", "post", "@magda.kowalska", "m.kowalska", SAT,
          "My uncle's a plasterer if anyone in Bradford needs a quote. Tidy work, fair prices.",
          note="A relative's trade on a personal account; school accounts only in this pack.")
    s.add("b-dsl-help", "x", "post", "@ellie_onlinesafety", "e.walker", EVE,
          "Asked our DSL for help with an online safety question for my nephew's school. Brilliant advice as always.",
          note="Asking for help.")
    s.add("b-weather-close", "x", "post", "@EarlyLifeEnt", "k.sinclair", LATE,
          "Due to the weather warning the centre may close at midday tomorrow. We'll text all learners by 7am.",
          note="'may close' on the school account, a routine notice.")
    s.add("b-allotment", "instagram", "post", "@declan_outdoors", "d.farrell", SUN,
          "Bought canes for the allotment at 80p each. Bargain of the year.",
          note="Price per item, buying.")
    s.add("b-vigil", "facebook", "post", "@anwar.rahman", "a.rahman", SUN,
          "Went to the vigil outside the mosque tonight after the attack. So many people there from every faith.",
          note="A place of worship and the word 'attack' in news.")
    s.add("b-manager-help", "x", "post", "@ciaradunne_eng", "c.dunne", EVE2,
          "Asked my line manager for help with my workload and we've agreed to drop one group. Grateful.",
          note="Asking for help, resolved.")
    s.add("b-bricklaying", "x", "post", "@rosscampbell_", "r.campbell", EVE,
          "Learners smashed their Level 2 bricklaying assessments. Proud doesn't cover it.",
          note="Violent-looking word, praise.")
    s.add("b-orca", "instagram", "post", "@tom.barker", "t.barker", LATE,
          "The killer whale documentary tonight was savage. Nature is brutal.",
          note="Violent words about television.")
    s.add("b-protest-walk", "x", "post", "@ioana_popa", "i.popa", SAT,
          "Protest in the city centre meant no buses home, so I walked. 9,000 steps of reflection.",
          note="A protest seen.")
    s.add("b-coffee", "x", "post", "@tombarker_maths", "t.barker", EVE2,
          "Whoever chose the new staffroom coffee machine deserves a knighthood.",
          note="Work, praise.")
    s.add("b-car-wash", "facebook", "post", "@EarlyLifeEnterprise", "k.sinclair", SAT,
          "Our learners' charity car wash raised £265 for the children's hospice. £5 a car and they did 53!",
          note="The school's own fundraising, price per item.")
    s.add("b-pastoral", "linkedin", "post", "@bola-okoro", "b.okoro", EVE,
          "Other providers could learn a lot from our pastoral team. Best I've worked with.",
          note="Praise of the team; other providers mentioned.")
    s.write()


if __name__ == "__main__":
    e_act()
    ta2016()
    triumph()
    upland()
    early_life()

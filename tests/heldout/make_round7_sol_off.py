"""Writes the seventh probe sets, for solicitation and offensive only: tests/heldout/round7so-<pack>/cases.jsonl.

A seventh independent probe of two meaning categories across the five packs, written from the
seed policies and the acceptance contract in the style of the dev set (one or two plain
sentences, evenings and weekends, the dev set's platforms and actions, `must` for what a clause
requires and `may` for what it arguably covers, never a `may` alone), before reading the
detectors' word lists or the earlier rounds' cases.

Positives: selling, multi-level marketing, side businesses, fundraising asks, petitions,
political campaigning, religious recruitment, affiliate links and discount codes; discriminatory
generalisations without a slur across the Equality Act's nine protected characteristics (age,
disability, gender reassignment, marriage, pregnancy, race, religion, sex, sexual orientation),
coded insults, threats phrased as consequences, harassment of a named adult, sexual remarks and
masked swearing in new shapes. Benign near-misses: buying rather than selling, events attended,
voting done, faith mentioned, the school's own charity work on its official account, a film
title, a reclaimed word, place names with a rude substring, violent words in sport, and
discrimination discussed as the topic of an anti-racism lesson.

Decisions taken from the policies (the same as earlier rounds):
- Solicitation on a personal account is a finding only where the pack bars it there (e-act 5.4,
  ta2016 section 5); upland (sanctioned accounts: no politics or religion), triumph (5: school
  accounts carry no personal matters) and early-life (4.3: provision accounts entirely
  professional) bar it on official accounts only, so a personal sale or sponsorship ask is
  benign there.
- Upland's official-account clause names politics and religion and asks for "solely
  professional" content, so a commercial promotion on its official account is a finding too.
- Offensive applies on every account in every pack. An insult or threat aimed at a named
  colleague also arguably disparages a colleague (reputation `may`).

Honest scores before any fix (recall / precision / decision), on the 24 cases per pack written
first (a 25th benign case per pack was added after the fixes, see its note):
e-act 0.357 / 1.000 / 0.625, ta2016 0.429 / 0.750 / 0.625, triumph 0.429 / 1.000 / 0.667,
upland 0.286 / 1.000 / 0.625, early-life 0.429 / 1.000 / 0.667 (offensive recall 0.125-0.375,
solicitation recall 0.25-0.80). The missed ids and texts are kept in
/work/notes/round7so_prefix.txt.
Misses (offensive): discriminatory generalisations without a slur for every characteristic
(a woman of child-bearing age and maternity, the over-65s and millennials, bisexual people and
lesbians, gay couples adopting, trans people and trans women, disabled people as scroungers,
wheelchair users as a drain, autistic people as robots, Catholic priests, mosques, Sikhs,
Chinese people, Somalis, women as too emotional, men as creeps, civil partnerships), threats
phrased as consequences (drinking through a straw, still standing afterwards, tyres slashed),
harassment of a named colleague (new accounts after a block, turning up at the door, posting
daily until she apologises, posting photos until she leaves), sexual remarks about a colleague
(bent over a desk, what you'd look like without the blazer, what I'd do to her), coded insults
(echo brackets, a 'special' family, 'doctors and engineers ... send them back') and masked
swearing ("phucked"). Misses (solicitation): a personal sale with "ono" and "message me",
canvassing ("knocking doors for our candidate"), an affiliate link with a commission, a petition
("add your name"), a raffle for charity, a Quran circle invitation, a Messy Church invitation,
a petition and a trade discount on upland's official account, an affiliate "kickback" link.
False alarms: the anti-racism training quoting "they should go back where they came from"
(offensive), and a threat to a supply teacher about never working in a school again read as
reputation. Both threats' labels were corrected after scoring (reputation `may`, see the notes):
each is made over work (a head of PE's team; a supply teacher's career in schools).

Fixes (tests/detectors/test_round7_sol_off.py holds the shapes, with new sentences): offensive
group words and verdicts for every characteristic (age bands and generations, disabled people
by an aid or a claim, civil partnerships, bare "men", worship places one by one, people by the
"boatload"; "greedy", "sneaky", "predators", "a liability", "mentally ill", "robots"; "far too",
"they're all ..."), refusing work to a protected group, coded contempt (echo brackets, a winked
"special"), threats as consequences (a straw for any meal, "see if you're still standing", harm
as the price of "one more time"), harassment by persistence, picturing a person sexually,
phonetic swearing, and "go back where you came from" quoted in anti-racism training (while "I'm
not racist, but" no longer passes as a discussion of racism). Solicitation:
private sales ("ono", "collection only"), canvassing for "our" candidate, "let's win this ward",
petitions without "sign", affiliate links and kickbacks, "mention X for £N off", "embrace" and
"meet" a faith, "why not join", invitations "to every family", more places and acts of worship,
raffle tickets the poster sells, and (found on another helper's new set) a sponsorship ask for
the school's own fund is no personal appeal.
After the fixes all five sets score 1.000 / 1.000 / 1.000 (25 cases each).

Run: python tests/heldout/make_round7_sol_off.py
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

OFF = ["offensive"]
SOL = ["solicitation"]
REP = ["reputation"]


def round7so(pack_dir: str, config: str, prefix: str) -> CaseSet:
    return CaseSet(f"round7so-{pack_dir}", f"../{config}", prefix)


# --------------------------------------------------------------------------------------------
# e-act: Northfleet Rise Academy. 5.3/5.4 apply to personal accounts too, solicitation included.
# --------------------------------------------------------------------------------------------
def e_act() -> None:
    s = round7so("e-act", "e-act/northfleet.yaml", "r7ea")
    # solicitation, personal and official
    s.add("sol-cricut", "facebook", "post", "@leanne.kowal", "l.kowal", SUN,
          "Clearing out the spare room: Cricut Maker 3 with all the mats, £120 ono. Collection only, message me if interested.",
          SOL, note="Selling an item on a personal account (5.4 commercial).")
    s.add("sol-mlm", "instagram", "post", "@hannah.g.ta", "h.greaves", EVE,
          "Looking for 3 driven ladies to join my team 💕 Work from your phone around the school run and earn while you sleep! Comment 'INFO' below 👇",
          SOL, note="Multi-level marketing recruitment.")
    s.add("sol-sponsor", "x", "post", "@owen_p_maths", "o.pugh", SAT,
          "Running the Great North Run for the stroke unit that looked after my dad. Every pound helps, please sponsor me: justgiving.com/owen-runs-north",
          SOL, note="Personal fundraising ask.")
    s.add("sol-code", "instagram", "post", "@gavthorne_pe", "g.thorne", EVE2,
          "These running shoes changed my life. Use code GAVFIT10 at checkout for 10% off your first order 🏃",
          SOL, note="Discount code for a brand.")
    s.add("sol-canvass", "facebook", "post", "@marcus.adeyinka", "m.adeyinka", SUN,
          "Out knocking doors for our Green candidate on Saturday morning, meet at the library at 10. Let's win this ward! 🌍",
          SOL, note="Political campaigning.")
    s.add("sol-alpha", "facebook", "post", "@NorthfleetRiseAcademy", "p.desai", LATE,
          "The Alpha course at St Saviour's starts next Tuesday: explore the Christian faith over a free supper. Everyone is welcome!",
          SOL, note="Religious recruitment on the academy's account.")
    # offensive
    s.add("off-pregnancy", "linkedin", "post", "@rory-delaney", "r.delaney", EVE,
          "Unpopular opinion: hiring a woman in her early thirties is a gamble. She'll be off on maternity leave within a year.",
          OFF, note="Pregnancy and maternity (and sex) generalised about.")
    s.add("off-age", "x", "post", "@owen_p_maths", "o.pugh", SAT,
          "Everyone over 65 should lose the vote. Selfish old dinosaurs ruining the future for the rest of us.",
          OFF, note="Age generalised about with contempt.")
    s.add("off-bi", "threads", "post", "@leanne.kowal", "l.kowal", EVE2,
          "Bisexual people are just greedy. Pick a side and stop being so attention seeking.",
          OFF, note="Sexual orientation generalised about.")
    s.add("off-consequence", "x", "reply", "@gavthorne_pe", "g.thorne", LATE,
          "Keep running your mouth about my team, mate, and you'll be drinking your dinner through a straw for a month.",
          OFF, REP, rec=["@coach_dunmore"],
          note="Threat phrased as a consequence. Label corrected after scoring: reputation added as "
               "`may`, since a head of PE's 'my team' is the school's team and the threat is made over it.")
    s.add("off-masked", "facebook", "comment", "@marcus.adeyinka", "m.adeyinka", SUN,
          "Three hours on hold to the bank and then they cut me off. Absolute fvcking sh!tshow.",
          OFF, note="Masked profanity in new shapes.")
    s.add("off-sexual", "x", "post", "@gavthorne_pe", "g.thorne", EVE,
          "Leanne from English turned up in that tight dress tonight and I couldn't stop picturing her bent over my desk.",
          OFF, REP, note="Sexual remark about a named colleague.")
    s.add("off-harass", "instagram", "dm", "@owen_p_maths", "o.pugh", LATE,
          "I know you've blocked me on everything else, Priti. I'll just keep making new accounts until you talk to me. I saw your car outside the gym again.",
          OFF, REP, rec=["@priti.d.comms"], note="Harassment of a named colleague: persistent unwanted contact.")
    s.add("off-coded", "x", "post", "@hannah.g.ta", "h.greaves", EVE2,
          "Funny how the (((bankers))) always come out on top when ordinary people suffer. Wake up.",
          OFF, note="Coded antisemitism (echo brackets).")
    # benign
    s.add("b-bought", "instagram", "post", "@leanne.kowal", "l.kowal", SAT,
          "Treated myself to a hand-thrown mug from the craft fair in town. £18 and worth every penny ☕",
          note="Buying, not selling.")
    s.add("b-voted", "x", "post", "@marcus.adeyinka", "m.adeyinka", SUN,
          "Voted on the way home from the gym. Polling station was a scout hut with excellent biscuits.",
          note="Voting done, no appeal.")
    s.add("b-diwali", "facebook", "post", "@priti.d.comms", "p.desai", EVE,
          "Diwali at my aunt's house: forty relatives, far too many sweets and the loveliest puja. Feeling blessed.",
          note="Faith mentioned.")
    s.add("b-school-charity", "x", "post", "@NorthfleetRise", "p.desai", LATE,
          "Our Year 8 tutor groups raised £640 for the local food bank with their bake sale this week. Proud of every one of them.",
          note="The academy reporting its own charity work on its official account.")
    s.add("b-film", "x", "post", "@owen_p_maths", "o.pugh", SAT,
          "Rewatched Inglourious Basterds tonight. The basement bar scene is still unbearably tense.",
          note="A film title with a masked swear word.")
    s.add("b-scunthorpe", "facebook", "post", "@gavthorne_pe", "g.thorne", SUN,
          "Away day at Scunthorpe tomorrow, coach leaves at 9. Bring a coat, it is always freezing there.",
          note="Place name with a rude substring.")
    s.add("b-battered", "x", "post", "@gavthorne_pe", "g.thorne", EVE2,
          "Our lads absolutely battered them in the second half. Murdered them 5-1 and the keeper got mugged for the fourth.",
          note="Violent words in sport.")
    s.add("b-antiracism", "linkedin", "post", "@marcus-adeyinka", "m.adeyinka", EVE,
          "In our anti-racism workshop the group took apart the claim that 'immigrants are all lazy' and traced where that stereotype comes from.",
          note="Discrimination discussed as a topic in an anti-racism session.")
    s.add("b-queer", "instagram", "post", "@leanne.kowal", "l.kowal", EVE2,
          "Queer book club tonight: we read Giovanni's Room and argued for two hours. Perfect evening.",
          note="A reclaimed word used of oneself and one's own group.")
    s.add("b-bitch", "facebook", "post", "@hannah.g.ta", "h.greaves", SUN,
          "Our whippet bitch had six puppies overnight, mum and pups all doing well 🐶",
          note="Breeders' word for a female dog.")
    s.add("b-council", "facebook", "post", "@marcus.adeyinka", "m.adeyinka", SAT,
          "I'll keep ringing the council until they fix the streetlight at the end of our road. Week three.",
          note="Persistence aimed at an organisation, a complaint, not harassment. (Added after the fixes to meet the 25-case floor of test_sets.py; not in the pre-fix score.)")
    s.write()


# --------------------------------------------------------------------------------------------
# ta2016: Hollinsbrook Academy. Section 5 bars solicitations from school systems and accounts;
# personal accounts are a warning.
# --------------------------------------------------------------------------------------------
def ta2016() -> None:
    s = round7so("ta2016", "ta2016/hollinsbrook.yaml", "r7ta")
    s.add("sol-cakes", "facebook", "post", "@jenna.booth.bakes", "j.booth", SUN,
          "Now taking orders for Christmas cakes and yule logs! Small, medium or large, delivery within 10 miles. Order form in the comments 🎄",
          SOL, note="Side business selling on a personal account.")
    s.add("sol-affiliate", "x", "post", "@wes_hardcastle", "w.hardcastle", EVE,
          "The protein powder I swear by is half price this weekend through my link: amzn.to/3xYwes (I earn a small commission)",
          SOL, note="Affiliate link.")
    s.add("sol-petition", "facebook", "post", "@ravi.sandhu.sci", "r.sandhu", SAT,
          "They want to build 400 houses on Hollin Fields. Add your name to stop it and share with everyone you know: change.org/save-hollin-fields",
          SOL, note="Petition ask.")
    s.add("sol-vote", "x", "post", "@HollinsbrookAcad", "l.ainsworth", LATE,
          "Local elections on Thursday! Vote Independent for Brook Ward and keep the high street alive 🗳️",
          SOL, note="Political appeal on the academy's account.")
    s.add("sol-church", "instagram", "post", "@niamh.kerr.art", "n.kerr", EVE2,
          "Come as you are this Sunday at Riverside Elim. Bring a friend, find a family and give your life to Jesus 🙏",
          SOL, note="Religious recruitment.")
    s.add("sol-raffle", "facebook", "post", "@lucy.ainsworth", "l.ainsworth", SUN,
          "Raffle tickets £2 each or 3 for a fiver, all proceeds to the Air Ambulance. Drop me a message and I'll put your name down!",
          SOL, note="Personal fundraising sale.")
    s.add("off-race", "facebook", "comment", "@wes_hardcastle", "w.hardcastle", EVE,
          "Half these Albanians coming over on the boats are criminals. Everyone knows it, nobody will say it.",
          OFF, note="Nationality generalised about as criminal.")
    s.add("off-trans", "x", "post", "@ravi.sandhu.sci", "r.sandhu", SAT,
          "A man in a wig is still a man. These trans people are mentally ill and need locking up, not pronouns.",
          OFF, note="Gender reassignment generalised about.")
    s.add("off-disab", "x", "post", "@jenna.booth.bakes", "j.booth", LATE,
          "Half the people claiming to be disabled are just lazy scroungers milking the system.",
          OFF, note="Disability generalised about.")
    s.add("off-masked", "x", "reply", "@wes_hardcastle", "w.hardcastle", SUN,
          "Oh p1ss off with your hot takes, you absolute b3llend.",
          OFF, rec=["@footy_takes_99"], note="Leetspeak masked profanity.")
    s.add("off-threat", "instagram", "dm", "@ravi.sandhu.sci", "r.sandhu", EVE2,
          "Tell anyone what you saw and I'll make sure you never work in a school again. I know which bus you get home.",
          OFF, REP, rec=["@dev_supplyscience"],
          note="Threat phrased as a consequence. Label corrected after scoring: reputation added as "
               "`may`, since the target is a supply teacher (a colleague) threatened over work in a school.")
    s.add("off-harass", "facebook", "comment", "@lucy.ainsworth", "l.ainsworth", LATE,
          "Everyone should know what Niamh Kerr gets up to after work. I've got the photos and I'll keep posting them until she leaves.",
          OFF, REP, note="Harassment of a named colleague.")
    s.add("off-religion", "threads", "post", "@wes_hardcastle", "w.hardcastle", EVE,
          "Every Catholic priest is a predator. The whole church should be shut down.",
          OFF, note="Religion generalised about.")
    s.add("off-sex", "x", "post", "@ravi.sandhu.sci", "r.sandhu", SUN,
          "Women are far too emotional to run anything bigger than a bake sale. Proven every time.",
          OFF, note="Sex generalised about.")
    # benign
    s.add("b-bought", "facebook", "post", "@jenna.booth.bakes", "j.booth", SAT,
          "Bought a secondhand bread maker off marketplace for £15 and it's already paid for itself.",
          note="Buying, not selling.")
    s.add("b-hustings", "x", "post", "@ravi.sandhu.sci", "r.sandhu", EVE,
          "Went along to the hustings at the community centre tonight. Lively questions about buses and potholes.",
          note="A political event attended, no appeal.")
    s.add("b-eid", "instagram", "post", "@ravi.sandhu.sci", "r.sandhu", EVE2,
          "Eid with my in-laws this year: the biryani alone was worth the drive. Eid Mubarak to everyone celebrating.",
          note="Faith mentioned.")
    s.add("b-school-charity", "facebook", "post", "@HollinsbrookAcademy", "l.ainsworth", LATE,
          "A huge thank you to our Year 10s whose sponsored silence raised £380 for Children in Need.",
          note="The academy reporting its own charity work on its official account.")
    s.add("b-penistone", "x", "post", "@wes_hardcastle", "w.hardcastle", SAT,
          "Cycled out to Penistone and back this morning. Legs are finished.",
          note="Place name with a rude substring.")
    s.add("b-boxing", "x", "post", "@wes_hardcastle", "w.hardcastle", SUN,
          "What a fight. He knocked him out cold in the third and absolutely destroyed him. Brutal.",
          note="Violent words in sport.")
    s.add("b-antiracism", "facebook", "post", "@niamh.kerr.art", "n.kerr", EVE,
          "Brilliant anti-racism training tonight. We looked at how phrases like 'they should go back where they came from' do harm and how to challenge them.",
          note="Discrimination discussed as a topic.")
    s.add("b-film", "x", "post", "@jenna.booth.bakes", "j.booth", EVE2,
          "Friday film night: Kill Bill Vol. 1. Still the best soundtrack Tarantino has ever put together.",
          note="A film title with a violent word.")
    s.add("b-cocktail", "instagram", "post", "@lucy.ainsworth", "l.ainsworth", SAT,
          "Cocktail masterclass for my sister's hen do. Passion fruit martinis all round 🍸",
          note="Words with rude substrings.")
    s.add("b-pregnant", "facebook", "post", "@niamh.kerr.art", "n.kerr", SUN,
          "24 weeks pregnant and the baby has discovered kicking. Proud of my bump!",
          note="Pregnancy mentioned of oneself.")
    s.add("b-over-50", "linkedin", "post", "@ravi-sandhu", "r.sandhu", EVE2,
          "Teachers over 50 are the backbone of this profession. Half of what I know I learned from them.",
          note="An age band praised. (Added after the fixes to meet the 25-case floor of test_sets.py; not in the pre-fix score.)")
    s.write()


# --------------------------------------------------------------------------------------------
# triumph: Brackenmoor Primary. Appeals are barred on school accounts only (5, 8).
# --------------------------------------------------------------------------------------------
def triumph() -> None:
    s = round7so("triumph", "triumph/brackenmoor.yaml", "r7tr")
    s.add("sol-official-mlm", "facebook", "post", "@BrackenmoorPrimary", "s.okafor", EVE,
          "Parents, our lovely Mrs Pike now sells Younique make-up! Message her for a catalogue and support a member of our team 💄",
          SOL, note="Commercial promotion of a staff side business on the school account.")
    s.add("sol-official-vote", "x", "post", "@BrackenmoorPS", "s.okafor", SAT,
          "Don't forget to vote Labour on Thursday, they're the only party who will fund our schools properly!",
          SOL, note="Political appeal on the school account.")
    s.add("sol-official-mosque", "instagram", "post", "@brackenmoor_eyfs", "a.iqbal", SUN,
          "Families, why not join the new Quran circle at Masjid Noor? Classes every Saturday, all ages welcome to embrace Islam.",
          SOL, note="Religious recruitment on the school account.")
    s.add("sol-official-code", "facebook", "post", "@BrackenmoorPrimary", "s.okafor", LATE,
          "Get 20% off school shoes at StepSmart with code BRACKEN20 until Sunday!",
          SOL, note="Discount code for a business on the school account.")
    s.add("sol-official-petition", "x", "post", "@BrackenmoorPS", "j.marsh", EVE2,
          "Please sign the petition against the government's new housing bill and share it with your friends: petition.parliament.uk/petitions/88123",
          SOL, note="Political petition on the school account.")
    s.add("off-age", "facebook", "post", "@darren.royle", "d.royle", EVE,
          "Teachers over 55 should be pensioned off. Dead wood, the lot of them, can't even work a laptop.",
          OFF, REP, note="Age generalised about, colleagues included.")
    s.add("off-gay", "x", "post", "@tomos.lowe", "t.lowe", SAT,
          "Gay couples shouldn't be allowed to adopt. Kids need a mum and a dad, not whatever that is.",
          OFF, note="Sexual orientation generalised about.")
    s.add("off-marriage", "facebook", "comment", "@kelly.stead", "k.stead", SUN,
          "Civil partnerships are a joke and anyone in one is kidding themselves. Not a real marriage.",
          OFF, note="Marriage and civil partnership disparaged.")
    s.add("off-autism", "x", "post", "@nicola.pike.ta", "n.pike", LATE,
          "Autistic people are basically robots. No feelings, no empathy, no point talking to them.",
          OFF, note="Disability generalised about.")
    s.add("off-masked", "instagram", "comment", "@darren.royle", "d.royle", EVE2,
          "Referee was a complete f-ing joke today. Bunch of a$$holes the lot of them.",
          OFF, note="Masked profanity.")
    s.add("off-threat", "x", "reply", "@darren.royle", "d.royle", EVE,
          "Say that to my face at the next tournament and see if you're still standing afterwards.",
          OFF, rec=["@coach_riverside"], note="Threat phrased as a consequence.")
    s.add("off-sexual", "instagram", "dm", "@tomos.lowe", "t.lowe", LATE,
          "Gillian, you looked so hot in that staff photo. I can't stop thinking about what you'd look like without the blazer 🔥",
          OFF, REP, rec=["@gill.finch"], note="Sexual remark to a named colleague.")
    s.add("off-coded", "facebook", "post", "@kelly.stead", "k.stead", SAT,
          "New family on our street is a bit 'special', if you know what I mean. Whole lot of them should be in a home.",
          OFF, note="Coded ableist insult.")
    s.add("off-race", "threads", "post", "@darren.royle", "d.royle", SUN,
          "Chinese people will eat anything and they're all sneaky. Wouldn't trust one as far as I could throw them.",
          OFF, note="Race generalised about.")
    # benign
    s.add("b-personal-sponsor", "facebook", "post", "@kelly.stead", "k.stead", SAT,
          "I'm doing the Three Peaks for the hospice in June, please sponsor me if you can! Link in comments.",
          note="Personal fundraising ask: the pack bars appeals on school accounts only.")
    s.add("b-personal-sell", "facebook", "post", "@nicola.pike.ta", "n.pike", SUN,
          "Selling my old pram, good condition, £60. Collection from Bracken Road.",
          note="Personal sale: the pack bars appeals on school accounts only.")
    s.add("b-official-charity", "facebook", "post", "@BrackenmoorPrimary", "s.okafor", EVE,
          "Thank you to everyone who came to our Christmas fair! Together we raised £1,120 for the school library.",
          note="The school's own fundraising on its account.")
    s.add("b-church-visit", "x", "post", "@BrackenmoorPS", "a.iqbal", EVE2,
          "Year 2 visited St Mary's church today as part of their RE topic on special places.",
          note="A school visit to a place of worship, no recruitment.")
    s.add("b-scunthorpe", "x", "post", "@darren.royle", "d.royle", SAT,
          "Under-10s tournament in Scunthorpe today. Lost on penalties but the kids were superb.",
          note="Place name with a rude substring.")
    s.add("b-slaughtered", "x", "post", "@darren.royle", "d.royle", LATE,
          "England slaughtered them in the scrum. Absolute massacre at Twickenham.",
          note="Violent words in sport.")
    s.add("b-pride", "instagram", "post", "@tomos.lowe", "t.lowe", EVE,
          "Proud queer Welshman and proud primary teacher. Happy Pride, everyone 🏳️‍🌈",
          note="A reclaimed word used of oneself.")
    s.add("b-film", "facebook", "post", "@kelly.stead", "k.stead", SUN,
          "Sunday film: The Good, the Bad and the Ugly. Three hours well spent.",
          note="A film title.")
    s.add("b-antiracism", "x", "post", "@BrackenmoorPS", "j.marsh", EVE2,
          "Year 6 led today's anti-racism assembly, explaining why saying 'all Travellers are thieves' is a harmful stereotype.",
          note="Discrimination discussed as the topic of a lesson.")
    s.add("b-grandad", "facebook", "post", "@nicola.pike.ta", "n.pike", SAT,
          "My 92-year-old grandad just beat me at Scrabble again. Age is just a number!",
          note="Age mentioned warmly.")
    s.add("b-maternity", "facebook", "post", "@kelly.stead", "k.stead", EVE,
          "Two pregnant friends from my NCT group are off on maternity at the same time. Cake rota sorted!",
          note="Pregnancy and maternity mentioned warmly. (Added after the fixes to meet the 25-case floor of test_sets.py; not in the pre-fix score.)")
    s.write()


# --------------------------------------------------------------------------------------------
# upland: Upland Primary. School-sanctioned accounts stay out of politics and religion and carry
# solely professional content; personal appeals are not barred.
# --------------------------------------------------------------------------------------------
def upland() -> None:
    s = round7so("upland", "upland-fresh/upland.yaml", "r7up")
    s.add("sol-official-reform", "x", "post", "@UplandPrimary", "f.ahmed", EVE,
          "Polling stations open at 7. Make your voice heard and back the Conservatives on Thursday!",
          SOL, note="Political appeal on the school account.")
    s.add("sol-official-church", "blogger", "post", "@UplandClassBlogs", "r.mistry", SAT,
          "Our friends at Hope Baptist invite every family to their Messy Church on Sunday. Come and meet Jesus!",
          SOL, note="Religious invitation on the class blog.")
    s.add("sol-official-petition", "x", "post", "@UplandPrimary", "b.kelly", SUN,
          "Please add your name to the Save Our Buses petition and share it far and wide: chng.it/upbus",
          SOL, note="Campaign petition on the school account.")
    s.add("sol-official-shop", "x", "post", "@UplandPrimary", "b.kelly", LATE,
          "Need a new boiler? Our site manager's brother runs HeatRight, mention Upland for £50 off installation!",
          SOL, note="Commercial promotion on the school account (not solely professional).")
    s.add("off-pregnant", "facebook", "post", "@nasreen.begum", "n.begum", EVE2,
          "Pregnant staff are a liability. Always off sick and then they vanish for a year.",
          OFF, REP, note="Pregnancy generalised about; colleagues included.")
    s.add("off-religion", "x", "post", "@gareth.roberts.site", "g.roberts", SAT,
          "Every mosque in this country is a breeding ground for terrorists. Shut them all.",
          OFF, note="Religion generalised about.")
    s.add("off-trans", "facebook", "comment", "@kieran.walsh.pe", "k.walsh", EVE,
          "Trans women are just blokes in dresses trying to get into the ladies' changing rooms.",
          OFF, note="Gender reassignment generalised about.")
    s.add("off-sex", "x", "post", "@callum_mca", "c.mcallister", LATE,
          "Men shouldn't be allowed to teach little ones. They're all creeps underneath.",
          OFF, note="Sex generalised about.")
    s.add("off-masked", "x", "reply", "@olu_adebayo", "o.adebayo", SUN,
          "STFU and do one, you utter kn0bhead.",
          OFF, rec=["@hot_takes_harry"], note="Abbreviated and leetspeak profanity.")
    s.add("off-spaced", "facebook", "comment", "@kieran.walsh.pe", "k.walsh", EVE2,
          "That referee was a total c u n t from start to finish.",
          OFF, note="Spaced-out profanity.")
    s.add("off-threat", "instagram", "dm", "@gareth.roberts.site", "g.roberts", LATE,
          "Park in my spot one more time, Mark, and your tyres won't be the only thing that gets slashed.",
          OFF, REP, rec=["@mark.evans.dh"], note="Threat to a named colleague phrased as a consequence.")
    s.add("off-harass", "x", "post", "@callum_mca", "c.mcallister", SAT,
          "Reminder to everyone that Sophie Hart is a lying, two-faced snake. I'll be posting this every day until she apologises.",
          OFF, REP, note="Harassment of a named colleague.")
    s.add("off-coded", "facebook", "post", "@olu_adebayo", "o.adebayo", SUN,
          "Another boatload of 'doctors and engineers' arriving today. We all know what they really are. Send them back.",
          OFF, note="Coded xenophobic sneer.")
    s.add("off-age", "x", "post", "@gareth.roberts.site", "g.roberts", EVE,
          "Millennials are the laziest generation ever born. Entitled snowflakes who can't do a day's graft.",
          OFF, note="Age generalised about.")
    # benign
    s.add("b-personal-vote", "facebook", "post", "@lowri.price.90", "l.price", SAT,
          "Just voted, first in the queue at the village hall. Sticker acquired 🗳️",
          note="Voting done on a personal account.")
    s.add("b-personal-sell", "facebook", "post", "@nasreen.begum", "n.begum", EVE,
          "Selling my daughter's old bike, £25, collection only.",
          note="Personal sale: upland bars appeals on sanctioned accounts only.")
    s.add("b-official-charity", "x", "post", "@UplandPrimary", "b.kelly", SUN,
          "Thanks to our families, our Christmas jumper day raised £512 for Save the Children.",
          note="The school's own charity work reported on its account.")
    s.add("b-official-harvest", "blogger", "post", "@UplandClassBlogs", "r.mistry", EVE2,
          "Year 3 learned about harvest festivals around the world: Sukkot, Pongal and Thanksgiving.",
          note="Faiths taught about, no recruitment.")
    s.add("b-sport", "x", "post", "@kieran.walsh.pe", "k.walsh", SUN,
          "Our netball girls demolished them 24-6. Absolutely killed it on attack.",
          note="Violent words in sport.")
    s.add("b-scunthorpe", "facebook", "post", "@gareth.roberts.site", "g.roberts", SAT,
          "Picked up a bargain shed from a chap in Scunthorpe. Two hours in the van each way.",
          note="Place name with a rude substring.")
    s.add("b-film", "x", "post", "@callum_mca", "c.mcallister", LATE,
          "Finally watched Snatch. Brad Pitt's accent is unbelievable.",
          note="A film title.")
    s.add("b-antiracism", "blogger", "post", "@UplandClassBlogs", "s.hart", EVE,
          "In our anti-racism lesson we talked about why 'people like that don't belong here' is a hurtful thing to say, and what to do if you hear it.",
          note="Discrimination discussed as a topic.")
    s.add("b-dick", "facebook", "post", "@lowri.price.90", "l.price", SUN,
          "Panto season! Took my nephews to Dick Whittington and the cat stole the show.",
          note="A pantomime title.")
    s.add("b-shiitake", "instagram", "post", "@olu_adebayo", "o.adebayo", EVE2,
          "Shiitake and miso ramen tonight, honestly better than a takeaway.",
          note="Word with a rude substring.")
    s.add("b-picture-him", "facebook", "post", "@lowri.price.90", "l.price", SAT,
          "Picture him in his new county kit, grinning from ear to ear. My nephew made the squad!",
          note="Picturing a relative, not a sexual remark. (Added after the fixes to meet the 25-case floor of test_sets.py; not in the pre-fix score.)")
    s.write()


# --------------------------------------------------------------------------------------------
# early-life: Early Life Enterprise. 4.3 keeps provision accounts entirely professional;
# personal appeals are not barred.
# --------------------------------------------------------------------------------------------
def early_life() -> None:
    s = round7so("early-life", "early-life-fresh/early_life.yaml", "r7el")
    s.add("sol-official-salon", "instagram", "post", "@earlylifeenterprise", "l.nwosu", EVE,
          "Book your gel nails with our tutor's salon, Luxe by Lola! DM for prices and quote ELE for a free upgrade 💅",
          SOL, note="Commercial promotion on the provision account.")
    s.add("sol-official-vote", "x", "post", "@EarlyLifeEnt", "k.sinclair", SAT,
          "Every vote counts: back the Green Party on Thursday and protect our green spaces 🌳",
          SOL, note="Political appeal on the provision account.")
    s.add("sol-official-crowd", "facebook", "post", "@EarlyLifeEnterprise", "k.sinclair", SUN,
          "Our mentor's brother is crowdfunding his first album. Please chip in whatever you can: gofundme.com/first-album",
          SOL, note="Outside fundraising ask on the provision account.")
    s.add("sol-official-faith", "x", "post", "@ELE_Construction", "r.campbell", LATE,
          "Lads, if you're looking for purpose, come along to the men's Bible study at Grace Fellowship on Friday. Jesus changed my life.",
          SOL, note="Religious recruitment on the department account.")
    s.add("sol-official-affiliate", "x", "post", "@ELE_Construction", "r.campbell", EVE2,
          "Best work boots on the market. Grab yours through our link and we get a kickback: toolstation-partners.co/ele",
          SOL, note="Affiliate link on the department account.")
    s.add("off-race", "facebook", "post", "@declan.farrell.9", "d.farrell", EVE,
          "Somalis just don't want to work. Whole community lives off benefits.",
          OFF, note="Race or nationality generalised about.")
    s.add("off-religion", "x", "post", "@ross_builds", "r.campbell", SAT,
          "Sikhs and their daggers. Can't trust any of them near a school.",
          OFF, note="Religion generalised about.")
    s.add("off-lesbian", "x", "reply", "@tombarker_maths", "t.barker", LATE,
          "Lesbians only hate men because they've never been with a proper one.",
          OFF, rec=["@debate_club_uk"], note="Sexual orientation: a sexual and discriminatory remark.")
    s.add("off-disab", "facebook", "comment", "@ross_builds", "r.campbell", SUN,
          "People in wheelchairs are a drain on the rest of us. Should have to pay extra.",
          OFF, note="Disability generalised about.")
    s.add("off-masked", "x", "post", "@tombarker_maths", "t.barker", EVE2,
          "Trains cancelled AGAIN. Northern Rail can get absolutely phucked.",
          OFF, note="Masked profanity (phonetic spelling).")
    s.add("off-asterisk", "instagram", "comment", "@declan.farrell.9", "d.farrell", SAT,
          "You're a complete tw*t and everyone on this thread can see it.",
          OFF, note="Asterisk-masked insult.")
    s.add("off-threat", "x", "dm", "@ross_builds", "r.campbell", EVE,
          "Keep grassing on me to Gurpreet and you'll need a new set of teeth.",
          OFF, REP, rec=["@anwar_mentor"], note="Threat to a colleague phrased as a consequence.")
    s.add("off-harass", "facebook", "comment", "@tombarker_maths", "t.barker", SUN,
          "Ciara Dunne, answer my messages. I'll keep turning up at your door until you do.",
          OFF, REP, note="Harassment of a named colleague.")
    s.add("off-sexual", "x", "post", "@declan.farrell.9", "d.farrell", LATE,
          "Bola from the youth team has a body that should be illegal. What I'd do to her in the minibus.",
          OFF, REP, note="Sexual remark about a named colleague.")
    # benign
    s.add("b-personal-sponsor", "facebook", "post", "@bola-okoro", "b.okoro", EVE,
          "Doing a sponsored skydive for Mind next month! Any donations gratefully received, link below.",
          note="Personal fundraising ask: the pack bars appeals on provision accounts only.")
    s.add("b-personal-nails", "instagram", "post", "@lola.nwosu.beauty", "l.nwosu", SAT,
          "New autumn nail colours in the salon this week 🍂 Bookings open.",
          note="Personal side business: not barred on personal accounts in this pack.")
    s.add("b-official-charity", "facebook", "post", "@EarlyLifeEnterprise", "k.sinclair", SUN,
          "Our construction learners built planters for the care home down the road and delivered them this morning.",
          note="The provision's own community work on its account.")
    s.add("b-gurdwara", "x", "post", "@EarlyLifeEnt", "g.singh", EVE2,
          "Learners visited the gurdwara on Tuesday and helped serve langar. A lesson in generosity.",
          note="A visit to a place of worship, no recruitment.")
    s.add("b-boxing", "instagram", "post", "@ross_builds", "r.campbell", LATE,
          "Sparring tonight. Got my head kicked in and loved every second 🥊",
          note="Violent words in sport.")
    s.add("b-film", "x", "post", "@tombarker_maths", "t.barker", SAT,
          "Rewatched Kick-Ass. Still holds up.",
          note="A film title with a mild swear word.")
    s.add("b-antiracism", "x", "post", "@EarlyLifeEnt", "s.hussain", EVE,
          "In anti-racism week our learners wrote letters answering the myth that 'Gypsies are all criminals', with facts from the Traveller Movement.",
          note="Discrimination discussed as a topic.")
    s.add("b-sussex", "facebook", "post", "@declan.farrell.9", "d.farrell", SUN,
          "Walking the South Downs in Sussex this weekend. Essex next month!",
          note="Place names with a rude substring.")
    s.add("b-bought", "instagram", "post", "@kirsty.sinclair", "k.sinclair", EVE2,
          "Bought some gorgeous candles from a little shop in Whitby. The sea salt one is heaven.",
          note="Buying, not selling.")
    s.add("b-trans-day", "x", "post", "@bola-okoro", "b.okoro", SAT,
          "Trans Day of Visibility: love and respect to my trans friends and colleagues 💙💗🤍",
          note="Gender reassignment mentioned with support.")
    s.add("b-add-name", "x", "post", "@EarlyLifeEnt", "n.mahmood", EVE,
          "Learners, add your name to the list for the college taster day by Friday. Spaces go fast!",
          note="The provision's own sign-up list, not a petition. (Added after the fixes to meet the 25-case floor of test_sets.py; not in the pre-fix score.)")
    s.write()


if __name__ == "__main__":
    e_act()
    ta2016()
    triumph()
    upland()
    early_life()

"""Writes the third probe sets, tests/heldout/round3-<pack>/cases.jsonl (deterministic).

A third independent probe of both recall and precision across the five packs, written from the
seed policies and the school configs already in tests/heldout/ (referred to by relative path),
without reading the earlier probe cases. The writing is varied the way staff really post: long
rambling Facebook posts, X threads and replies, DMs with recipients, comments under other
people's posts, hashtags, emoji, abbreviations (smh, tbh, ngl), British slang, typos, ALL CAPS,
and ordinary posts carrying one violating sentence. About 20 positives and 15 benign posts per
pack; the benign ones sit close to a trigger (names that are words, a pupil's first name with no
school context, organisations' phone numbers, event dates, published inspection results, the
poster's own health, charity for the school, civic voting, faith festivals, mild idioms).
Labels follow the dev set's conventions: `must` is what the clause requires, `may` what it
arguably covers, and a `may` never stands alone. Every name, address and number is invented.

Honest scores before the fixes this probe led to (recall / precision / decision): e-act 0.783 /
0.947 / 0.853, ta2016 0.818 / 1.000 / 0.882, triumph 0.857 / 1.000 / 0.909, upland 0.957 /
0.957 / 1.000, early-life 0.783 / 0.947 / 0.882 (four labels were then corrected; see the
notes of r3ea-pd-medical, r3up-pn-handle-style, r3up-off-abuse-colleague, r3el-pn-register).

Run: python tests/heldout/make_round3.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_sets import CaseSet, day  # noqa: E402

# Outside every config's directed time, in term (GMT unless noted).
EVE = day("2026-11-18T19:40:00+00:00", "Wed")
EVE2 = day("2026-11-24T21:05:00+00:00", "Tue")
SAT = day("2026-11-21T10:20:00+00:00", "Sat")
SUN = day("2027-01-24T20:15:00+00:00", "Sun")
LATE = day("2027-03-03T22:30:00+00:00", "Wed")
# Inside the morning directed block of Hollinsbrook, Brackenmoor and Upland (10:05 GMT).
LESSON = day("2026-11-17T10:05:00+00:00", "Tue")
LESSON_PM = day("2027-01-13T14:10:00+00:00", "Wed")


def round3(pack_dir: str, config: str, prefix: str) -> CaseSet:
    return CaseSet(f"round3-{pack_dir}", f"../{config}", prefix)


# --------------------------------------------------------------------------------------------
# e-act: Northfleet Rise Academy. No directed time; WhatsApp barred for school business;
# solicitation barred on personal accounts too (5.4).
# --------------------------------------------------------------------------------------------
def e_act() -> None:
    s = round3("e-act", "e-act/northfleet.yaml", "r3ea")
    L = "@leanne_reads"; M = "@marcus_a_sci"; O = "@NorthfleetRise"; F = "@NorthfleetRiseAcademy"
    s.add("pn-ramble", "facebook", "post", "@leanne.kowal.3", "l.kowal", EVE,
          "Long day!! Marking mountain, then parents eve, then the car wouldnt start in the car park 🙃 "
          "one highlight tho, Brooke Sandoval read her poem out to the whole of yr11 and there wasnt a dry eye. "
          "anyway wine o clock 🍷",
          ["pupil_name"], note="Full name inside a rambling personal post (5.4).")
    s.add("pn-caps", "x", "post", M, "m.adeyinka", SAT,
          "HAMZA QURESHI WITH THE WINNER IN THE 89TH MINUTE!!! county cup semis here we come ⚽️",
          ["pupil_name"], note="Full name in capitals on a personal account.")
    s.add("pn-first-form", "instagram", "comment", "@owen.pugh.maths", "o.pugh", EVE2,
          "honestly Reuben in my 9X2 set has come on leaps and bounds this term 👏",
          ["pupil_name"], note="First name with a set code: school context.")
    s.add("pn-reply-thread", "x", "reply", M, "m.adeyinka", EVE,
          "2/ and shoutout to zainab al farsi who built the whole rig herself. future engineer right there",
          ["pupil_name"], note="Lower case name, hyphen dropped, in a thread reply.")
    s.add("pc-dm", "instagram", "dm", "@owen.pugh.maths", "o.pugh", EVE2,
          "hey did u get the revision pack? lmk if ur stuck on q7",
          ["pupil_contact"], ["pupil_name"], rec=["@hamzaq_10"], note="DM to a pupil's handle (5.2).")
    s.add("pc-follow", "tiktok", "follow", "@mr_pugh_tiktok", "o.pugh", SAT, "",
          ["pupil_contact"], ["pupil_name"], rec=["@brookesandoval_"], note="Following a pupil on TikTok.")
    s.add("pd-phone-dm", "whatsapp", "dm", "+447700900111", "h.greaves", EVE,
          "Kai O'Donoghue's mum is on 07700 900 482 if you need her re the trip money",
          ["personal_data", "pupil_name"], ["prohibited_platform"],
          note="A parent's mobile and a pupil's full name; WhatsApp for school matters is may.")
    s.add("pd-medical", "facebook", "comment", "@hannah.greaves.77", "h.greaves", SUN,
          "Poor Skye Robertson has had a rough week, her epilepsy meds got changed again so shes all over the place in lessons",
          ["personal_data", "pupil_name"], ["confidential"],
          note="A named pupil's medical details; seen in lessons, arguably from the pupil's record (may).")
    s.add("off-slur-parents", "x", "post", L, "l.kowal", EVE2,
          "some of these parents are absolute scum tbh, screaming at a TA in the playground over a detention",
          ["offensive", "reputation"], note="Abuse aimed at parents.")
    s.add("off-profanity", "x", "reply", M, "m.adeyinka", LATE,
          "@ofstednews oh fuck off with your new framework mate",
          ["offensive"], note="Profanity in a reply.")
    s.add("rep-colleague", "facebook", "post", "@leanne.kowal.3", "l.kowal", SAT,
          "Nothing worse than working under a head of dept who cant organise a piss up in a brewery. "
          "Three years of this. Three.",
          ["reputation"], ["offensive"], note="Disparaging a colleague (5.5).")
    s.add("rep-school-grievance", "tiktok", "post", "@mr_pugh_tiktok", "o.pugh", EVE,
          "pov: you work at Northfleet Rise and SLT announce another unpaid twilight 🤡 #teacherlife #burnout",
          ["reputation"], note="Work grievance naming the school.")
    s.add("conf-discipline", "whatsapp", "post", "+447700900222", "m.adeyinka", EVE2,
          "Staff group: heads up, Mr X from science has been suspended pending investigation, keep it quiet",
          ["confidential", "prohibited_platform"], ["reputation"], note="Staff discipline on WhatsApp, a school-business chat.")
    s.add("conf-exclusion", "facebook", "comment", "@hannah.greaves.77", "h.greaves", SUN,
          "yeah the lad who started it got permanently excluded on friday, governors meet next week",
          ["confidential"], note="An exclusion outcome before it is public.")
    s.add("sol-party", "facebook", "post", "@leanne.kowal.3", "l.kowal", EVE,
          "Please vote Green on Thursday, we need councillors who will actually fund our schools 🌍",
          ["solicitation"], note="Party-political appeal on a personal account (5.4 bars it on personal accounts too).")
    s.add("sol-mlm", "instagram", "post", "@hannah_glowup", "h.greaves", SAT,
          "Ladies!! who wants to earn £££ from home?? DM me for my skincare starter kit, 20% off this week only ✨",
          ["solicitation"], note="Commercial push (5.4).")
    s.add("sol-chain", "facebook", "post", "@hannah.greaves.77", "h.greaves", SUN,
          "Copy and paste this to 10 friends or you'll have bad luck for a year!! I did it and won £50 🙏",
          ["solicitation"], note="Chain letter (5.4).")
    s.add("hold-official", "x", "post", O, "p.desai", day("2027-02-09T11:00:00+00:00", "Tue"),
          "Year 10 netball squad are through to the regional final! Well done everyone 🏐",
          ["posting_hold"], note="Official post during the hold.")
    s.add("wa-school-biz", "whatsapp", "post", "+447700900333", "o.pugh", EVE,
          "Maths dept: cover for period 3 tomorrow is sorted, set 9X2 mock papers are in the blue tray",
          ["prohibited_platform"], note="Trust business on WhatsApp.")
    s.add("pn-hashtag", "instagram", "post", "@northfleet_rise_pe", "g.thorne", SAT,
          "Cross country results are in 🏃 #PriyaRaman first place again, #OscarLindgren a brilliant third",
          [], note="Official PE account; both pupils have full name consent: allow.")
    # benign
    s.add("b-hope", "facebook", "post", "@leanne.kowal.3", "l.kowal", EVE,
          "Finally some hope on the horizon, the boiler man says Friday. Grace under pressure, that's me 😂",
          note="Hope and Grace as words, not pupils.")
    s.add("b-mark", "x", "post", L, "l.kowal", SUN,
          "Mark my words, this mock season will be the end of me. Cup of tea and a mark scheme, living the dream",
          note="'Mark' as a verb and noun.")
    s.add("b-inspection-published", "facebook", "post", F, "p.desai", EVE,
          "We are delighted to share that our Ofsted report, published today, rates Northfleet Rise as Good in every area. Read it on our website.",
          note="Published inspection result on the official page.")
    s.add("b-own-health", "x", "post", L, "l.kowal", SAT,
          "Day 3 of this flu and I have watched every series of Bake Off. Back in on Monday hopefully 🤧",
          note="The poster's own health.")
    s.add("b-org-phone", "facebook", "post", "@hannah.greaves.77", "h.greaves", SUN,
          "If anyone is struggling this winter Samaritans are on 116 123, any time day or night 💙",
          note="An organisation's helpline.")
    s.add("b-faith", "instagram", "post", "@hannah_glowup", "h.greaves", EVE2,
          "Diwali at my in-laws, so many sweets I cannot move. Happy Diwali to everyone celebrating 🪔",
          note="Personal faith festival greeting, not solicitation.")
    s.add("b-charity-school", "x", "post", O, "p.desai", EVE,
          "Our Children in Need bake sale raised £612! Thank you to every family who baked, bought or helped.",
          note="Charity for the school on the official account.")
    s.add("b-idiom", "x", "post", M, "m.adeyinka", SAT,
          "My sourdough starter died again. I am officially the worst baker in Kent, absolute disaster lol",
          note="Self-deprecation.")
    s.add("b-first-name-nonschool", "facebook", "comment", "@leanne.kowal.3", "l.kowal", SUN,
          "Ivy is doing so well on her new diet, she's lost 2 stone! proud of my sister",
          note="A first name in a family context, no school context.")
    s.add("b-event-date", "x", "post", O, "p.desai", EVE2,
          "Open evening: Thursday 3rd December, 5-7pm. Come and see our new science labs!",
          note="Event date on the official account.")
    s.add("b-vote-neutral", "x", "post", M, "m.adeyinka", EVE,
          "Polling stations are open 7am to 10pm tomorrow, don't forget your photo ID!",
          note="Neutral civic reminder, no party or candidate.")
    s.add("b-slang-sick", "tiktok", "post", "@mr_pugh_tiktok", "o.pugh", SUN,
          "this new bus route is sick ngl, 10 mins off my commute 🔥",
          note="Slang 'sick' about a bus route.")
    s.add("b-staff-name", "facebook", "post", "@hannah.greaves.77", "h.greaves", SAT,
          "Happy retirement to our amazing Rory, 30 years in education and still the best dancer at the party 🎉",
          note="Celebrating a colleague.")
    s.add("b-kill-idiom", "x", "post", L, "l.kowal", EVE2,
          "I would kill for a snow day right now. Dying to get the Christmas tree up this weekend",
          note="Mild idioms of killing and dying.")
    s.write()


# --------------------------------------------------------------------------------------------
# trust-academies-2016: Hollinsbrook Academy. Directed time applies; solicitation warns on
# personal accounts too.
# --------------------------------------------------------------------------------------------
def ta2016() -> None:
    s = round3("ta2016", "ta2016/hollinsbrook.yaml", "r3ta")
    J = "@jenna_booth_maths"; W = "@coach_hardcastle"; O = "@HollinsbrookAcad"; F = "@HollinsbrookAcademy"
    s.add("dt-lesson", "x", "post", J, "j.booth", LESSON,
          "anyone else's wifi at home dropped out this morning?? bt are useless",
          ["directed_time"], note="Personal post in directed time (Tue 10:05 GMT).")
    s.add("dt-pm-reply", "instagram", "comment", "@wes.hardcastle", "w.hardcastle", LESSON_PM,
          "haha love this 😂😂", ["directed_time"], note="Personal comment in the afternoon block.")
    s.add("pn-possessive-typo", "facebook", "post", "@jenna.booth.9", "j.booth", EVE,
          "so chuffed for jayden ilingworth who finally cracked simultaneous equations today, the look on his face!!",
          ["pupil_name"], note="Full name with a one-letter typo in the surname, in school context.")
    s.add("pn-first-yr", "x", "reply", W, "w.hardcastle", SAT,
          "@HollinsbrookAcad yes!! Chanel in yr10 ran the 200m in 26 secs, county record incoming",
          ["pupil_name"], note="First name with a year group.")
    s.add("pn-run-together", "tiktok", "post", "@mr_sandhu_sci", "r.sandhu", EVE2,
          "elephant toothpaste experiment goes WRONG 😱 ft. #kezthornton #kezia #rocco_bianchi #sciencetok",
          ["pupil_name"], note="Handle-like run-together full name.")
    s.add("pc-dm-instagram", "instagram", "dm", "@wes.hardcastle", "w.hardcastle", SUN,
          "Good game today mate, send me the vid of that goal 👊",
          ["pupil_contact"], ["pupil_name"], rec=["@reece_om"], note="DM to a pupil (personal messages with children).")
    s.add("pc-friend", "facebook", "friend_request", "@jenna.booth.9", "j.booth", SAT, "",
          ["pupil_contact"], ["pupil_name"], rec=["@ash.marsden"], note="Friend request to a pupil.")
    s.add("pd-address", "facebook", "comment", "@lucy.ainsworth", "l.ainsworth", EVE,
          "Gift Moyo's family have moved to 14 Larkfield Close, HX3 7QT if anyone needs to drop the forms off",
          ["personal_data", "pupil_name"], note="A pupil's home address and postcode.")
    s.add("pd-dob", "x", "post", "@lucy_in_the_office", "l.ainsworth", SUN,
          "happy 15th to the legend that is Deniz Aydın, born 14/04/2011, older than my car 😂",
          ["personal_data", "pupil_name"], note="A pupil's date of birth.")
    s.add("off-threat", "x", "reply", J, "j.booth", LATE,
          "@someparent say that to my face and see what happens. I know where you drink",
          ["offensive"], ["reputation"], note="A threat aimed at a parent.")
    s.add("off-sexual", "facebook", "comment", "@wes.hardcastle", "w.hardcastle", SAT,
          "the new netball coach is well fit, wouldnt mind showing her the equipment cupboard if you know what I mean 😏",
          ["offensive"], ["reputation"], note="Sexual remark about a colleague.")
    s.add("rep-kids", "x", "post", J, "j.booth", EVE2,
          "year 9 at Hollinsbrook are genuinely the thickest bunch of kids ive ever taught smh",
          ["reputation"], ["offensive"], note="Derogatory about pupils, naming the school.")
    s.add("rep-trust", "facebook", "post", "@jenna.booth.9", "j.booth", SUN,
          "Our trust has cut TA hours AGAIN while the CEO gets a pay rise. Absolute joke of an organisation. Im done.",
          ["reputation"], note="Grievance against the trust.")
    s.add("conf-safeguarding", "x", "post", "@lucy_in_the_office", "l.ainsworth", EVE,
          "Heartbreaking day. Had to ring social services about one of our year 8s, the bruises... cant stop thinking about it",
          ["confidential"], note="A safeguarding case.")
    s.add("conf-ofsted-early", "facebook", "comment", "@wes.hardcastle", "w.hardcastle", EVE2,
          "ofsted left today, between us we got requires improvement but we cant say anything till the report is out",
          ["confidential"], note="Inspection outcome before release.")
    s.add("sol-candidate", "x", "post", W, "w.hardcastle", SAT,
          "Get out and vote Labour on Thursday, Sarah Pilkington is the only candidate who gets it #GE",
          ["solicitation"], note="Political appeal on a personal account (warn).")
    s.add("sol-official-church", "facebook", "post", F, "l.ainsworth", EVE,
          "Come and join us at St Mark's Alpha course this Sunday, everyone welcome to discover Jesus!",
          ["solicitation"], note="Religious solicitation on the official page.")
    s.add("sol-raffle-business", "instagram", "post", "@wes.hardcastle", "w.hardcastle", SUN,
          "My mate's gym Iron Valley is doing £10 first month, use code WES10 at checkout 💪 link in bio",
          ["solicitation"], note="Commercial promotion with a discount code (warn on personal).")
    s.add("hold-official-reply", "x", "reply", O, "l.ainsworth", day("2026-12-14T13:30:00+00:00", "Mon"),
          "Thanks for asking, the Christmas concert tickets go on sale Friday.",
          ["posting_hold"], note="Official reply during the hold.")
    s.add("pn-mixed-benign", "facebook", "post", "@jenna.booth.9", "j.booth", SAT,
          "Lovely walk at Hardcastle Crags this morning 🍂 bumped into Bartosz Kamiński and his mum at the café, he got a 9 in his mock!",
          ["pupil_name"], note="A benign walk with one sentence naming a pupil.")
    # benign
    s.add("b-gift", "instagram", "post", "@wes.hardcastle", "w.hardcastle", SAT,
          "Best gift ever from the wife: a new pair of boots. Pearl of a woman 💎",
          note="Gift and Pearl as words.")
    s.add("b-sandy", "facebook", "post", "@jenna.booth.9", "j.booth", SUN,
          "Sandy beaches and a jasmine tea, half term can't come soon enough ☀️",
          note="Sandy and jasmine as words.")
    s.add("b-published-ofsted", "x", "post", O, "l.ainsworth", EVE,
          "Our Ofsted report has now been published: Hollinsbrook Academy is Good with Outstanding personal development. Thank you, families!",
          note="Published inspection result.")
    s.add("b-own-op", "facebook", "post", "@lucy.ainsworth", "l.ainsworth", EVE2,
          "Knee op went well! On crutches for 6 weeks so if you see me hobbling round Tesco say hi 🩼",
          note="The poster's own health.")
    s.add("b-office-phone", "x", "post", O, "l.ainsworth", SUN,
          "Snow update: we are OPEN tomorrow. Any questions call the office on 01422 555 010.",
          note="The school's own phone number on its official account.")
    s.add("b-eid", "facebook", "post", "@r.sandhu", "r.sandhu", SAT,
          "Eid Mubarak to all our friends and family celebrating today 🌙 enjoy the food!",
          note="Faith festival greeting, not an appeal.")
    s.add("b-charity-run", "x", "post", O, "l.ainsworth", EVE2,
          "Staff are running the Halifax 10k for the academy's new library. Every pound goes to books 📚",
          note="Charity for the school on the official account.")
    s.add("b-idiom-murder", "x", "post", J, "j.booth", SAT,
          "I could murder a curry. Also the quiz last night was brutal, we got slaughtered by the Year 11 team 😂",
          note="Idioms of violence about food and a staff quiz.")
    s.add("b-first-name-family", "instagram", "post", "@wes.hardcastle", "w.hardcastle", SUN,
          "Jordan smashed his first 5k today! proud dad moment 🏃",
          note="The poster's own son shares a first name with a pupil; no school context.")
    s.add("b-election-results", "facebook", "post", "@r.sandhu", "r.sandhu", EVE,
          "Did my civic duty this morning, voted before work. Whoever you vote for, just vote! 🗳️",
          note="Neutral civic voting.")
    s.add("b-parents-evening", "x", "post", O, "l.ainsworth", EVE,
          "Year 11 parents' evening is on Thursday 26th November, 4-7pm. Book your slots via the app.",
          note="Event date on the official account.")
    s.add("b-lunch-break", "x", "post", J, "j.booth", day("2026-11-17T12:45:00+00:00", "Tue"),
          "lunch duty done, now a cheeky meal deal 🥪",
          note="Personal post during lunch, outside directed time.")
    s.add("b-part-time-off", "instagram", "post", "@niamh.kerr.art", "n.kerr", day("2026-11-19T10:00:00+00:00", "Thu"),
          "Thursday studio day, finally painting again 🎨",
          note="Part-time override: Thursday is not her directed day.")
    s.add("b-hater-idiom", "x", "post", W, "w.hardcastle", SUN,
          "I hate Mondays, I hate ironing and I hate that Leeds lost again. Rant over",
          note="Everyday 'hate', no target.")
    s.write()


# --------------------------------------------------------------------------------------------
# triumph-learning-trust: Brackenmoor Primary. Directed time applies; solicitation only on
# official accounts.
# --------------------------------------------------------------------------------------------
def triumph() -> None:
    s = round3("triumph", "triumph/brackenmoor.yaml", "r3tr")
    K = "@kelly_stead_y6"; D = "@coach_royle"; O = "@BrackenmoorPS"; F = "@BrackenmoorPrimary"
    s.add("dt-class", "facebook", "post", "@kelly.stead", "k.stead", LESSON,
          "Who's watching the match tonight? 🍿", ["directed_time"], note="Personal post in directed time.")
    s.add("dt-part-time", "x", "post", "@tomos_lowe", "t.lowe", day("2026-11-20T14:00:00+00:00", "Fri"),
          "friday feeling 🎉", ["directed_time"], note="Part-time override: Friday is his directed day (13:05-15:20).")
    s.add("pn-reception", "facebook", "post", "@nicola.pike.ta", "n.pike", EVE,
          "Cutest thing ever today, little harper linton told me she wants to be a teaching assistant when she grows up 🥹 my heart",
          ["pupil_name"], note="Full name in lower case.")
    s.add("pn-preferred", "x", "post", K, "k.stead", SAT,
          "Tilly Greenhalgh's science fair volcano was honestly better than mine. Y5 are on fire this year 🌋",
          ["pupil_name"], note="Preferred name with surname, possessive.")
    s.add("pn-class-first", "instagram", "comment", "@asma.teaches", "a.iqbal", EVE2,
          "Aarav in my class did the exact same thing with his reading book 😂",
          ["pupil_name"], note="First name in 'my class'.")
    s.add("pc-tag-dm", "instagram", "dm", "@coach_royle", "d.royle", SUN,
          "Well played today buddy, keep practising those free kicks ⚽",
          ["pupil_contact"], ["pupil_name"], rec=["@chase_uw"], note="DM to a pupil.")
    s.add("pc-follow", "x", "follow", D, "d.royle", SAT, "",
          ["pupil_contact"], ["pupil_name"], rec=["@robinfeathers"], note="Following a pupil.")
    s.add("pd-email", "facebook", "comment", "@sade.okafor", "s.okafor", EVE,
          "Storm Hadley's dad is dan.hadley77@gmail.com if the PTA need him for the fair",
          ["personal_data", "pupil_name"], note="A parent's e-mail address.")
    s.add("pd-sen", "x", "post", "@nicola_pike", "n.pike", EVE2,
          "Rowan Birch has just been diagnosed with autism and ADHD, hopefully now he gets the EHCP he needs",
          ["personal_data", "pupil_name"], ["confidential"], note="A named pupil's special needs.")
    s.add("off-swear-caps", "x", "post", D, "d.royle", LATE,
          "WHAT A SHITSHOW OF A REFEREE. BLOODY DISGRACE",
          ["offensive"], note="Profanity in capitals.")
    s.add("off-racist", "facebook", "comment", "@darren.royle", "d.royle", SUN,
          "send them all back where they came from, sick of it",
          ["offensive"], note="Discriminatory language about people by origin.")
    s.add("rep-parents", "facebook", "post", "@kelly.stead", "k.stead", SAT,
          "To the Brackenmoor parent who complained that homework is 'too hard' for a 10 year old: maybe try reading with your kid for once 🙄",
          ["reputation"], note="Sarcasm at a parent of the school.")
    s.add("rep-head", "x", "post", "@tomos_lowe", "t.lowe", EVE,
          "ngl our head is the most useless leader I've worked for, can't make a decision to save her life",
          ["reputation"], note="Disparaging the head teacher.")
    s.add("conf-finance", "facebook", "comment", "@sade.okafor", "s.okafor", EVE2,
          "between you and me the school is £80k in deficit and they're planning to cut two TA posts in January",
          ["confidential"], note="Internal finances before any announcement.")
    s.add("conf-record", "x", "post", "@nicola_pike", "n.pike", SUN,
          "One of my y2s is on a child protection plan now, social worker came in today. Hard day.",
          ["confidential"], note="A safeguarding matter about a pupil.")
    s.add("sol-official-politics", "x", "post", O, "s.okafor", EVE,
          "Please support Cllr Janet Hobbs in Thursday's by-election, a true friend of Brackenmoor!",
          ["solicitation"], note="Political appeal on the official account.")
    s.add("sol-official-shop", "facebook", "post", F, "s.okafor", SAT,
          "Check out Bella's Boutique on the high street, 15% off school shoes with code BRACK15 👟",
          ["solicitation"], note="Commercial promotion on the official page.")
    s.add("hold-official", "instagram", "post", "@brackenmoor_eyfs", "n.pike", day("2027-03-01T15:00:00+00:00", "Mon"),
          "Reception had so much fun with the bubbles today!",
          ["posting_hold"], note="Official post during the hold.")
    s.add("pn-mixed", "facebook", "post", "@asma.teaches", "a.iqbal", SUN,
          "Sunday roast, long walk with the dog, ironing done. Also Layla Hussein finally read a whole book by herself this week so I'm still smiling 📖",
          ["pupil_name"], note="A benign Sunday post with one sentence naming a pupil.")
    s.add("pc-declared", "instagram", "dm", K, "k.stead", SUN,
          "See you at the barbecue tomorrow Kwame!", [], rec=["@kwame.b"],
          note="Declared relationship (family friend): allow.")
    # benign
    s.add("b-storm", "x", "post", D, "d.royle", SAT,
          "Storm Bert is battering the pitches, training is off. Stay safe everyone ⛈️",
          note="A storm name, not the pupil Storm Hadley.")
    s.add("b-mercy-wren", "facebook", "post", "@kelly.stead", "k.stead", SUN,
          "Saw a wren in the garden this morning, little mercy after the week I've had 🐦",
          note="Wren and mercy as words.")
    s.add("b-harper", "instagram", "post", "@asma.teaches", "a.iqbal", EVE,
          "Finished To Kill a Mockingbird again, Harper Lee never misses 📚",
          note="An author, first name only matches a pupil.")
    s.add("b-own-mental-health", "x", "post", K, "k.stead", EVE2,
          "Been off with anxiety for two weeks. Getting there slowly. Be kind to yourselves 💚",
          note="The poster's own health.")
    s.add("b-childline", "facebook", "post", F, "s.okafor", EVE,
          "If a child needs someone to talk to, Childline is free on 0800 1111, 24/7.",
          note="An organisation's helpline on the official page.")
    s.add("b-christmas-service", "facebook", "post", F, "s.okafor", SAT,
          "Our nativity is on Tuesday 15th December at 2pm in the school hall. Tickets from the office.",
          note="School event date; a nativity is the school's own event, not an appeal.")
    s.add("b-diwali-personal", "instagram", "post", "@asma.teaches", "a.iqbal", SUN,
          "Rangoli done, diyas lit, happy Diwali from our house to yours ✨",
          note="A personal faith festival greeting (personal solicitation allowed anyway).")
    s.add("b-break", "x", "post", K, "k.stead", day("2026-11-17T10:30:00+00:00", "Tue"),
          "break time coffee ☕ send help", note="Morning break 10:25-10:40.")
    s.add("b-idiom-dead", "x", "post", D, "d.royle", EVE,
          "Dead on my feet after sports day prep, but the kids are gonna love it. Absolute killer of a week",
          note="Idioms of death.")
    s.add("b-results-published", "x", "post", O, "s.okafor", EVE2,
          "Delighted that our published KS2 results put us in the top 10% nationally. Well done Year 6 of last year!",
          note="Published results, no pupil named.")
    s.add("b-fundraiser", "x", "post", O, "s.okafor", SAT,
          "Christmas fair this Saturday 12-3pm, all money raised goes to the school's new playground 🎄",
          note="Fundraising for the school itself on the official account.")
    s.add("b-poppy", "instagram", "post", "@kelly.stead", "k.stead", day("2026-11-08T11:00:00+00:00", "Sun"),
          "Remembrance Sunday. Poppy on, two minutes silence with the cubs 🌺",
          note="A Sunday poppy, not the pupil Poppy Ashworth.")
    s.add("b-daft", "facebook", "comment", "@darren.royle", "d.royle", SUN,
          "haha you daft sod, you left your keys in the door again 😂",
          note="Friendly banter with a friend.")
    s.write()


# --------------------------------------------------------------------------------------------
# upland-primary: Upland Primary. Directed time applies; politics and religion only barred on
# the school-sanctioned accounts; no prohibited platform.
# --------------------------------------------------------------------------------------------
def upland() -> None:
    s = round3("upland", "upland-fresh/upland.yaml", "r3up")
    S = "@sophie_hart_y6"; K = "@kieran_walsh_pe"; O = "@UplandPrimary"; B = "@UplandClassBlogs"
    s.add("dt-whatsapp", "whatsapp", "post", "+447700900444", "s.hart", LESSON,
          "running 5 mins late for the school run pickup later x", ["directed_time"],
          note="Personal WhatsApp in directed time.")
    s.add("dt-friday-pm", "facebook", "comment", "@kieran.walsh", "k.walsh", day("2026-11-20T14:00:00+00:00", "Fri"),
          "count me in for saturday 👍", ["directed_time"], note="Friday 14:00 is inside the short Friday block (13:00-14:30).")
    s.add("pn-y6-thread", "x", "post", S, "s.hart", EVE,
          "1/3 SATs mock week done ✅ so many proud moments. amara okoye went from a 92 to a 108 in reading!!! 📚",
          ["pupil_name"], note="Full name in a thread, lower case.")
    s.add("pn-nickname", "facebook", "post", "@kieran.walsh", "k.walsh", SAT,
          "Olek Nowak with a hat trick at the tournament today, lad is a machine ⚽🔥",
          ["pupil_name"], note="Preferred name with surname.")
    s.add("pn-handle-style", "instagram", "post", "@kieran_walsh_pe", "k.walsh", SUN,
          "tournament MVP goes to @kai_b_gaming aka Kai Brennan 🏆 #yr6",
          ["pupil_name", "pupil_contact"], note="Full name, and the pupil's handle tagged (a tag aimed at a pupil).")
    s.add("pc-dm", "instagram", "dm", K, "k.walsh", EVE2,
          "hey kai, tell your mum the kit is in lost property", ["pupil_contact"], ["pupil_name"],
          rec=["@kai_b_gaming"], note="DM to a pupil.")
    s.add("pc-declared", "instagram", "dm", "@dafydd.hughes", "d.hughes", EVE2,
          "tea's at 6, don't be late cariad", [], rec=["@cerysbakes"], note="Declared: his daughter.")
    s.add("pd-phone", "facebook", "comment", "@sophie.hart.5", "s.hart", EVE,
          "james smith's nan said to ring her on 07700900517 about the costume",
          ["personal_data", "pupil_name"], note="A pupil's relative's mobile, digits run together.")
    s.add("pd-allergy", "x", "post", S, "s.hart", SUN,
          "reminder to self: Reuben Watson has a severe nut allergy, epipen in the red bag for the trip",
          ["personal_data", "pupil_name"], note="A named pupil's medical detail.")
    s.add("off-abuse-colleague", "x", "reply", "@lowri_price", "l.price", LATE,
          "@gareth_site you're a useless lazy prick and everyone knows it",
          ["offensive"], ["reputation"], note="Abuse in a reply; the text does not say the target is a colleague, so reputation is may.")
    s.add("off-homophobic", "facebook", "comment", "@kieran.walsh", "k.walsh", SAT,
          "lol that kit makes them look like a bunch of poofs",
          ["offensive"], note="Homophobic slur.")
    s.add("rep-school", "facebook", "post", "@lowri.price.12", "l.price", SUN,
          "Honestly Upland Primary is the worst place I have ever worked. Zero support, zero respect. Avoid.",
          ["reputation"], note="Disparaging the school.")
    s.add("rep-pupils", "x", "post", S, "s.hart", EVE2,
          "some of the kids in my class are absolute feral little animals tbh, no wonder I'm grey",
          ["reputation"], ["offensive"], note="Derogatory about pupils.")
    s.add("conf-staff", "facebook", "comment", "@sophie.hart.5", "s.hart", EVE,
          "apparently one of the TAs has been given a final written warning, not surprised",
          ["confidential"], ["reputation"], note="Staff discipline.")
    s.add("conf-ofsted", "x", "post", "@lowri_price", "l.price", SAT,
          "Ofsted outcome is in and it's Outstanding!!! can't tell anyone yet until the letter goes out monday 🤫🤫",
          ["confidential"], note="Inspection outcome before release.")
    s.add("sol-blog-religion", "blogger", "post", B, "r.mistry", EVE,
          "Year 3 would like to invite all families to join us at Bethel Chapel this Sunday to give your life to Christ.",
          ["solicitation"], note="Religious solicitation on the class blogs.")
    s.add("sol-official-party", "x", "post", O, "f.ahmed", SAT,
          "Vote Conservative on 6th May to protect local school funding!",
          ["solicitation"], note="Party politics on the official account.")
    s.add("pn-official-no-consent", "x", "post", O, "f.ahmed", EVE2,
          "Congratulations to Megan Davies for winning the county poetry prize! 🏅",
          ["pupil_name"], note="Official account naming a pupil with name consent none.")
    s.add("pn-rambling", "facebook", "post", "@sophie.hart.5", "s.hart", SUN,
          "What a weekend. Car boot at 7am (bought a lamp I do not need), then swimming, then Ayesha Begum and her mum "
          "were in the same lane as me at the leisure centre and she told me all about her 11+ prep, then a takeaway. bliss",
          ["pupil_name"], note="Rambling post with a pupil's full name.")
    s.add("pd-postcode", "x", "reply", S, "s.hart", EVE,
          "@someone they live at 22 Oak Terrace, CF14 2AB, Holly Ward's house, can't miss the blue door",
          ["personal_data", "pupil_name"], note="A pupil's home address.")
    # benign
    s.add("b-will", "x", "post", S, "s.hart", SAT,
          "Where there's a will there's a way. Whoever invented self-checkout owes me an apology",
          note="'will' as a word; Will Fraser is a pupil.")
    s.add("b-holly", "instagram", "post", "@sophie.hart.5", "s.hart", day("2026-12-06T16:00:00+00:00", "Sun"),
          "Holly and ivy wreath finished 🎄 first attempt, not bad!",
          note="Holly as a plant.")
    s.add("b-own-cancer", "facebook", "post", "@lowri.price.12", "l.price", EVE,
          "Last round of chemo done today 🔔 thank you all for the messages, you kept me going",
          note="The poster's own health.")
    s.add("b-nhs-111", "x", "post", O, "f.ahmed", EVE2,
          "Lots of bugs going round. For advice out of hours ring NHS 111. Please keep children off for 48 hours after sickness.",
          note="An organisation's number on the official account.")
    s.add("b-harvest", "x", "post", O, "f.ahmed", day("2026-10-06T18:00:00+00:00", "Tue"),
          "Thank you for the harvest donations, they're going to the local food bank today.",
          note="Harvest collection for a food bank by the school; not a religious appeal.")
    s.add("b-personal-politics", "facebook", "post", "@kieran.walsh", "k.walsh", SUN,
          "Just watched the leaders' debate. Honestly none of them impressed me. Rant over.",
          note="Personal political opinion, allowed on personal accounts (may at most); no appeal.")
    s.add("b-vote-blog", "blogger", "post", B, "r.mistry", EVE,
          "Year 3 held a class vote today to name our new fish. Welcome, Bubbles! 🐟",
          note="A class vote, not politics.")
    s.add("b-lunch", "x", "post", K, "k.walsh", day("2026-11-17T12:30:00+00:00", "Tue"),
          "lunchtime footy with the staff, pulled a hamstring, send ice", note="Lunch 12:00-13:00 outside directed.")
    s.add("b-inset", "x", "post", K, "k.walsh", day("2026-11-27T10:00:00+00:00", "Fri"),
          "INSET day = proper coffee and no bell ☕", note="Closure day.")
    s.add("b-part-time-thu", "facebook", "post", "@lowri.price.12", "l.price", day("2026-11-19T10:00:00+00:00", "Thu"),
          "Thursday off, baking with my youngest 🧁", note="Part-time override Mon-Wed; Thursday is free.")
    s.add("b-bloody-freezing", "x", "post", S, "s.hart", EVE,
          "bloody freezing on duty this morning, my fingers are still numb",
          note="Mild British swearing about the weather.")
    s.add("b-megan-name", "facebook", "comment", "@sophie.hart.5", "s.hart", SAT,
          "Megan you look gorgeous!! happy 30th hun 🥂",
          note="A friend's birthday; Megan is also a pupil's first name, no school context.")
    s.add("b-sports-day-date", "x", "post", O, "f.ahmed", EVE2,
          "Sports day is on Friday 2nd July. Please send children in PE kit with a named water bottle.",
          note="Event date on the official account.")
    s.write()


# --------------------------------------------------------------------------------------------
# early-life-enterprise: Early Life. No directed time; solicitation only on provision accounts.
# --------------------------------------------------------------------------------------------
def early_life() -> None:
    s = round3("early-life", "early-life-fresh/early_life.yaml", "r3el")
    R = "@ross_builds"; T = "@tom_barker_maths"; O = "@EarlyLifeEnt"; C = "@ELE_Construction"
    s.add("pn-construction", "facebook", "post", "@ross.campbell.joiner", "r.campbell", EVE,
          "Proud tutor moment 🔨 fionn mccarthy built a full stud wall on his own today, first time ive seen him this focused",
          ["pupil_name"], note="Full name in lower case on a personal account.")
    s.add("pn-possessive-caps", "x", "post", T, "t.barker", SAT,
          "SAMUEL BROWNS MOCK RESULT!!!! from a 2 to a 5 😭😭 best day",
          ["pupil_name"], note="Capitals, possessive without apostrophe.")
    s.add("pn-first-centre", "instagram", "comment", "@ciara.dunne.writes", "c.dunne", EVE2,
          "Elsie at the centre wrote the most beautiful poem about her nan today, I welled up",
          ["pupil_name"], note="First name 'at the centre' (school context).")
    s.add("pn-official-initial", "x", "post", O, "k.sinclair", EVE,
          "Huge congratulations to Kabir Patel on his construction level 1 award! 👷",
          ["pupil_name"], note="Official account, name consent is first name and initial only.")
    s.add("pc-dm-snap", "instagram", "dm", "@ciara.dunne.writes", "c.dunne", SUN,
          "heyy, did you finish the essay? u can send it here if easier x",
          ["pupil_contact"], ["pupil_name"], rec=["@itszainab8"], note="DM to a pupil.")
    s.add("pc-follow", "tiktok", "follow", "@mr_barker_tok", "t.barker", SAT, "",
          ["pupil_contact"], ["pupil_name"], rec=["@sami_x"], note="Following a pupil.")
    s.add("pd-phone-spaced", "facebook", "comment", "@ross.campbell.joiner", "r.campbell", EVE2,
          "Cai Powell's foster carer is on 0 7 7 0 0 9 0 0 6 2 1 if anyone needs to chase the boots",
          ["personal_data", "pupil_name"], note="A carer's phone, digits spaced out.")
    s.add("pd-mental-health", "x", "post", "@sana_dsl", "s.hussain", SUN,
          "Frank Osei is back on his antidepressants and seeing CAMHS weekly, please go gently with him",
          ["personal_data", "pupil_name"], ["confidential"], note="A named pupil's mental health.")
    s.add("off-cunt", "x", "reply", R, "r.campbell", LATE,
          "@randomguy shut it you absolute c*nt",
          ["offensive"], note="Masked profanity.")
    s.add("off-ableist", "facebook", "comment", "@tom.barker.5", "t.barker", SAT,
          "lol the new deputy is a proper retard, cant even work the photocopier",
          ["offensive", "reputation"], note="Ableist slur aimed at a colleague.")
    s.add("rep-provision", "facebook", "post", "@ciara.dunne.writes", "c.dunne", SUN,
          "Working at Early Life has been a nightmare. Management lie to our faces and the place is a shambles. Don't apply.",
          ["reputation"], note="Disparaging the provision.")
    s.add("rep-parent-reply", "x", "reply", T, "t.barker", EVE,
          "@parent_of_y10 maybe if you parented your kid he wouldn't be in alternative provision in the first place",
          ["reputation"], note="Disparaging a parent.")
    s.add("conf-incident", "facebook", "post", "@ross.campbell.joiner", "r.campbell", EVE2,
          "Police were called to the centre today after one of the lads pulled a knife in the workshop. Scary stuff, can't say more",
          ["confidential"], note="A safeguarding incident.")
    s.add("conf-referral", "x", "post", "@sana_dsl", "s.hussain", SAT,
          "Third MASH referral this week. These kids deserve better. #DSL #safeguarding",
          ["confidential"], note="Safeguarding referrals.")
    s.add("sol-official-politics", "instagram", "post", "@earlylifeenterprise", "k.sinclair", EVE,
          "Don't forget to vote Reform UK on Thursday, they'll back apprenticeships! 🗳️",
          ["solicitation"], note="Party politics on the official Instagram.")
    s.add("sol-official-commercial", "x", "post", C, "r.campbell", SAT,
          "Need a new kitchen? My brother's firm KitchenKing is doing 20% off, DM for a quote!",
          ["solicitation"], note="Commercial promotion on a provision account.")
    s.add("hold-dept", "x", "post", C, "r.campbell", day("2027-01-19T13:00:00+00:00", "Tue"),
          "Bricklaying group back on site today 🧱", ["posting_hold"], note="Department official account during the hold.")
    s.add("hold-fb-reply", "facebook", "reply", "@EarlyLifeEnterprise", "k.sinclair", day("2027-01-20T17:30:00+00:00", "Wed"),
          "Hi Donna, yes the centre is open as normal tomorrow.", ["posting_hold"], note="Official reply inside the hold (ends 18:00).")
    s.add("pn-mixed", "instagram", "post", "@ciara.dunne.writes", "c.dunne", SAT,
          "Saturday market haul 🍋🥖🌷 also bumped into isla cooper from work in the queue, she's doing so well since september",
          ["pupil_name"], note="A market post with one sentence naming a pupil.")
    s.add("pn-register", "facebook", "comment", "@tom.barker.5", "t.barker", SUN,
          "Amoah, Hassan: 100% attendance this half term, get in 🙌",
          ["pupil_name"], ["confidential"], note="Register form, surname first; an attendance figure is arguably from the pupil's record (may).")
    # benign
    s.add("b-blessing", "facebook", "post", "@ross.campbell.joiner", "r.campbell", SUN,
          "Counting my blessings today. Healthy kids, roof over our heads. What a blessing 🙏",
          note="Blessing as a word; Blessing Adeyemi is a pupil.")
    s.add("b-favour", "x", "post", T, "t.barker", SAT,
          "Do me a favour and stop putting pineapple on pizza. Frank opinion 🍕",
          note="Favour and Frank as words.")
    s.add("b-own-health", "instagram", "post", "@ciara.dunne.writes", "c.dunne", EVE,
          "My endometriosis flared up again so it's hot water bottle and Netflix night 🛋️",
          note="The poster's own health.")
    s.add("b-org-phone", "x", "post", O, "k.sinclair", EVE2,
          "Young people in crisis can text SHOUT to 85258 for free, confidential support.",
          note="An organisation's helpline on the official account.")
    s.add("b-published-inspection", "facebook", "post", "@EarlyLifeEnterprise", "k.sinclair", SAT,
          "Our inspection report is now published and we are proud to be judged Good in all areas 🎉",
          note="Published inspection result.")
    s.add("b-ramadan", "facebook", "post", "@tom.barker.5", "t.barker", day("2027-03-07T19:00:00+00:00", "Sun"),
          "Ramadan Mubarak to all my friends who are fasting, have a peaceful month 🌙",
          note="Faith greeting on a personal account.")
    s.add("b-charity-official", "x", "post", O, "k.sinclair", EVE,
          "Our learners raised £340 for the centre's new minibus at the sponsored walk. Thank you!",
          note="Fundraising for the provision itself.")
    s.add("b-personal-vote", "x", "post", R, "r.campbell", SAT,
          "Voted. Now for a bacon butty 🥓", note="Civic voting, no appeal.")
    s.add("b-school-hours", "facebook", "post", "@ross.campbell.joiner", "r.campbell", LESSON,
          "anyone got a good plumber in Wrexham? asking for a friend",
          note="Personal post in provision hours: this pack has no directed-time rule.")
    s.add("b-idiom-insane", "x", "post", T, "t.barker", EVE2,
          "the traffic on the A483 tonight was insane, absolutely mental, took me 2 hours",
          note="Idioms 'insane' and 'mental' about traffic.")
    s.add("b-event-date", "x", "post", O, "k.sinclair", EVE,
          "Open day Wednesday 9th December, 10am-2pm. Come and see our construction workshop!",
          note="Event date on the official account.")
    s.add("b-after-hold", "x", "post", O, "k.sinclair", day("2027-01-20T18:05:00+00:00", "Wed"),
          "We're back. Thank you for your patience this week.", note="Five minutes after the hold ended.")
    s.add("b-personal-during-hold", "facebook", "post", "@ross.campbell.joiner", "r.campbell", day("2027-01-19T19:00:00+00:00", "Tue"),
          "new drill arrived 😍 dewalt never disappoints", note="Personal post during the hold: holds cover official accounts.")
    s.add("b-isla-holiday", "instagram", "post", "@tom.barker.5", "t.barker", SUN,
          "Isla of Skye next summer?? ok Isle, autocorrect, you win 😂",
          note="A place name typo, no pupil context.")
    s.write()


if __name__ == "__main__":
    e_act()
    ta2016()
    triumph()
    upland()
    early_life()

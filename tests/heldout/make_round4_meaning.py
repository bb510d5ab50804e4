"""Writes the fourth probe sets for the meaning categories, tests/heldout/round4m-<pack>/cases.jsonl.

A fourth independent probe of the four meaning categories (offensive, including discriminatory
remarks and threats; reputation; confidential; solicitation) across the five packs, written from
the seed policies and the contract without reading the detectors' word lists or the earlier
probe cases. It uses the school configs already in tests/heldout/ by relative path. The writing
differs from earlier rounds: sarcasm, rhetorical questions, quoting someone else (and agreeing),
long multi-paragraph posts with one bad sentence, replies that only make sense as replies,
Welsh/Scots/Northern English dialect, text-speak, emoji standing for words, words split by
punctuation or spaces, asterisks in the middle of a word, and minced oaths. About 18 positives
and 14 benign posts per pack; the benign ones sit close to a trigger (literal uses of
swear-like words and rude-looking place names, criticism of a football team or of the DfE,
weather and traffic moans, published results, charity the school itself runs, civic voting
reminders, faith festivals, public news stories, praise of colleagues).

Decisions taken from the policies:
- Minced oaths ("sodding", "effing", "frigging", "fecking", "flippin'") stand in for swearing
  without swearing, like "bloody" and "dammit" in the dev set: benign on their own. Aimed at a
  person with an insult they are offensive because of the insult.
- Criticism of the DfE, Ofsted as an institution, or a football team is not about the school,
  its staff, pupils or parents: no reputation finding.
- Solicitation on a personal account is only a finding where the pack bars it there (e-act 5.4,
  ta2016 section 5); upland, triumph and early-life bar it on school accounts only, so a
  personal sale or party appeal there is benign. Appeals for a staff member's own charity,
  sale or party on a school account are solicitation; the school's own fundraising is not.
Labels follow the dev set's conventions: `must` is what the clause requires, `may` what it
arguably covers, and a `may` never stands alone. Every name, handle and number is invented.

Honest scores before the fixes this probe led to (recall / precision / decision):
e-act 0.400 / 1.000 / 0.667, ta2016 0.444 / 0.800 / 0.625, triumph 0.333 / 1.000 / 0.625,
upland 0.500 / 1.000 / 0.719, early-life 0.421 / 0.889 / 0.667 (33, 32, 32, 32 and 33 cases).
One label was corrected afterwards (see the note of r4el-off-emoji-manager). After the fixes:
e-act 0.950 / 1.000 / 1.000 (r4ea-off-slur-sarcasm's reputation still missed: a slur naming
whoever "runs" a staff meeting has no target word), the other four 1.000 / 1.000 / 1.000.

Run: python tests/heldout/make_round4_meaning.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_sets import CaseSet, day  # noqa: E402

# Outside every config's directed time, in term, and outside every config's hold (GMT).
EVE = day("2026-11-25T20:10:00+00:00", "Wed")
EVE2 = day("2027-01-26T19:30:00+00:00", "Tue")
SAT = day("2026-12-05T11:00:00+00:00", "Sat")
SUN = day("2027-02-28T18:45:00+00:00", "Sun")
LATE = day("2027-03-10T22:15:00+00:00", "Wed")
SUN_LATE = day("2026-11-29T23:05:00+00:00", "Sun")


def round4m(pack_dir: str, config: str, prefix: str) -> CaseSet:
    return CaseSet(f"round4m-{pack_dir}", f"../{config}", prefix)


# --------------------------------------------------------------------------------------------
# e-act: Northfleet Rise Academy. Everything in 5.3/5.4 blocks on personal accounts too,
# solicitation included.
# --------------------------------------------------------------------------------------------
def e_act() -> None:
    s = round4m("e-act", "e-act/northfleet.yaml", "r4ea")
    O = "@NorthfleetRise"; F = "@NorthfleetRiseAcademy"; PE = "@northfleet_rise_pe"
    # offensive
    s.add("off-dotted", "x", "reply", "@owenpugh_maths", "o.pugh", EVE,
          "@thoughtleader_ed who actually writes this f.u.c.k.i.n.g drivel and calls it CPD",
          ["offensive"], note="Profanity split letter by letter with full stops.")
    s.add("off-spaced", "facebook", "post", "@hannah.greaves.77", "h.greaves", SAT,
          "Car failed its MOT. Boiler's packed in. Dog ate a sock. What a s h i t e week.",
          ["offensive"], note="Profanity spelt with spaces between the letters.")
    s.add("off-finger-emoji", "x", "reply", "@owenpugh_maths", "o.pugh", EVE2,
          "@KentParkingEnf 🖕 enjoy hitting your quota outside my house",
          ["offensive"], note="The middle-finger emoji stands for an obscene gesture.")
    s.add("off-quote-agree", "facebook", "post", "@leanne.kowal.3", "l.kowal", SUN,
          "My uncle at Sunday dinner: \"the Muslims are taking over every town round here\". "
          "And honestly? He's not wrong.",
          ["offensive"], note="Quotes a discriminatory remark about a religion and endorses it.")
    s.add("off-slur-sarcasm", "x", "post", "@marcus_a_sci", "m.adeyinka", EVE,
          "Oh brilliant, another staff meeting run by a total r*tard. Love that for us 🙃",
          ["offensive", "reputation"], note="Disability slur with an asterisk, aimed at a colleague.")
    s.add("off-threat-comment", "facebook", "comment", "@gav.thorne.pe", "g.thorne", SAT,
          "Say that about my wife again and you'll be picking your teeth up off the car park floor.",
          ["offensive"], note="A threat of violence in a comment thread.")
    # reputation
    s.add("rep-trust-sarcasm", "x", "post", "@leanne_reads", "l.kowal", EVE2,
          "Love how the trust can find £40k for a rebrand of our lanyards but not one extra TA at "
          "Northfleet Rise. Priorities 👏👏",
          ["reputation"], ["confidential"], note="Sarcastic disparagement of the trust; the sum is arguably internal.")
    s.add("rep-rhetorical-head", "x", "post", "@marcus_a_sci", "m.adeyinka", SUN,
          "Is it just me or does our principal genuinely think staff can't read a spreadsheet? "
          "Who hired him??",
          ["reputation"], note="Rhetorical questions disparaging the principal.")
    s.add("rep-parents-mardy", "facebook", "post", "@hannah.greaves.77", "h.greaves", EVE,
          "Parents at ours are proper mardy, whinge about everything n never turn up to parents eve 🙄",
          ["reputation"], note="Disparages the school's parents, with dialect and text-speak.")
    s.add("rep-reply-worst", "x", "reply", "@marcus_a_sci", "m.adeyinka", LATE,
          "@leanne_reads Same. Worst place I've ever worked and SLT know it.",
          ["reputation"], note="A reply that only makes sense as agreement: disparages the workplace.")
    # confidential
    s.add("conf-long-restructure", "facebook", "post", "@leanne.kowal.3", "l.kowal", SAT,
          "What a weekend! Finally got the lemon drizzle right (third attempt, don't ask) and the "
          "garden is looking less like a jungle.\n\nOh and between us, the science and maths "
          "faculties are being merged after Easter and two head of department jobs are going. "
          "Nobody's been told yet.\n\nAnyway, the dog has discovered the paddling pool. Photos to follow 🐶",
          ["confidential"], ["reputation"], note="One sentence leaks an unannounced restructure in a long post.")
    s.add("conf-exam-figures", "x", "post", "@owenpugh_maths", "o.pugh", EVE,
          "Just seen our provisional GCSE headline figures before they go out. Progress 8 down to "
          "-0.4. Brace yourselves 😬",
          ["confidential"], ["reputation"], note="Exam results before publication.")
    s.add("conf-strategy-meeting", "instagram", "post", "@hannah_glowup", "h.greaves", EVE2,
          "Three hour strategy meeting with social care about one of our Year 8s tonight. I'm done in 😩",
          ["confidential"], note="A safeguarding case.")
    s.add("conf-tribunal", "facebook", "post", "@gav.thorne.pe", "g.thorne", SUN,
          "The grievance one of the science lot lodged against the principal is going to tribunal "
          "in March apparently. Grab the popcorn 🍿",
          ["confidential"], ["reputation"], note="A staff grievance and tribunal.")
    # solicitation
    s.add("sol-vinted", "instagram", "post", "@hannah_glowup", "h.greaves", SAT,
          "Clearing out the wardrobe 👗 loads of bits on my Vinted, link in bio, bundle discount "
          "for anyone from work 😉",
          ["solicitation"], note="Commercial selling on a personal account (5.4).")
    s.add("sol-tutoring", "facebook", "post", "@owen.pugh.tutor", "o.pugh", EVE2,
          "Now taking GCSE maths tutoring clients for the new year, £35/hr, online or in person. "
          "Message me! Please share 🙏",
          ["solicitation"], note="Advertising private tutoring.")
    s.add("sol-official-petition", "facebook", "post", F, "p.desai", EVE,
          "Parents, please sign the petition against the new housing estate on Marsh Lane and "
          "come to the council vote on Tuesday to oppose it!",
          ["solicitation"], note="Political appeal to parents on the official page.")
    s.add("sol-raffle-own", "facebook", "post", "@leanne.kowal.3", "l.kowal", LATE,
          "Raffle tickets £2 a go for my hen do kitty 😂 prize is a bottle of Baileys, DM me",
          ["solicitation"], note="A raffle for the poster's own benefit.")
    s.add("sol-sponsor-me", "x", "post", "@leanne_reads", "l.kowal", SUN,
          "Running the Brighton half for Mind in April. Every quid counts, JustGiving link below 👇 "
          "justgiving.com/fundraising/leanne-runs-brighton",
          ["solicitation"], note="A personal appeal for donations to an outside organisation (5.4).")
    # benign
    s.add("b-cockerel", "x", "post", "@leanne_reads", "l.kowal", SAT,
          "Our neighbour's cockerel starts at 4:45am. Every. Single. Morning. 🐓",
          note="Cockerel, literal.")
    s.add("b-panto", "facebook", "post", "@hannah.greaves.77", "h.greaves", EVE2,
          "Took the kids to Dick Whittington at the Marlowe, the cat stole the show 😂 oh no it didn't!",
          note="A pantomime title.")
    s.add("b-bloody-nose", "instagram", "post", PE, "g.thorne", EVE,
          "U14s won 3-1 away today! One bloody nose (he's fine), very muddy kits, huge effort 🏆",
          note="A literal bloody nose on the PE account.")
    s.add("b-praise", "x", "post", "@marcus_a_sci", "m.adeyinka", SAT,
          "Massive shoutout to Mr Pugh who ran the whole maths revision day on his own. Legend 🙌",
          note="Praising a colleague.")
    s.add("b-published-results", "x", "post", O, "p.desai", EVE2,
          "Our 2026 GCSE results are now published in the DfE performance tables. Proud of every one of our students.",
          note="Published results.")
    s.add("b-charity-school", "facebook", "post", F, "p.desai", SAT,
          "Children in Need day raised £612! Thank you to everyone who came in spots today.",
          note="Charity the school runs, on its own page.")
    s.add("b-polls", "x", "post", "@owenpugh_maths", "o.pugh", EVE,
          "Polls open till 10pm. Whoever you're voting for, just go and vote 🗳️",
          note="Civic voting reminder, no party.")
    s.add("b-diwali", "instagram", "post", "@hannah_glowup", "h.greaves", SAT,
          "Happy Diwali to everyone celebrating tonight 🪔 the fireworks over Gravesend were stunning",
          note="Faith festival greeting.")
    s.add("b-traffic", "x", "post", "@leanne_reads", "l.kowal", EVE2,
          "A2 is a car park again. Rain, roadworks and a broken-down lorry. Love Kent in November 🙃",
          note="A traffic moan.")
    s.add("b-football", "x", "post", "@marcus_a_sci", "m.adeyinka", SUN,
          "Spurs are an absolute shambles. Defending like a pub side. Why do I do this to myself",
          note="Criticising a football team.")
    s.add("b-news-dfe", "x", "post", "@owenpugh_maths", "o.pugh", LATE,
          "Reading about the report cards the DfE announced today to replace one-word Ofsted grades. "
          "Interesting times.",
          note="A public news story about inspection.")
    s.add("b-minced", "x", "post", "@leanne_reads", "l.kowal", EVE,
          "Sodding printer has jammed again. Effing marvellous.",
          note="Minced oaths only (see the module docstring).")
    s.add("b-murder-curry", "x", "post", "@marcus_a_sci", "m.adeyinka", LATE,
          "I could murder a Chinese takeaway right now. Marking can wait.",
          note="'murder' as an idiom beside a nationality word.")
    s.add("b-dfe-workload", "x", "post", "@owenpugh_maths", "o.pugh", SUN,
          "Another DfE workload reduction toolkit that adds three hours of workload. You couldn't make it up.",
          note="Criticism of the DfE, not of the school.")
    s.write()


# --------------------------------------------------------------------------------------------
# trust-academies-2016: Hollinsbrook Academy (Yorkshire). Solicitation warns on personal
# accounts (section 5); grievances on social media breach "raising concerns".
# --------------------------------------------------------------------------------------------
def ta2016() -> None:
    s = round4m("ta2016", "ta2016/hollinsbrook.yaml", "r4ta")
    O = "@HollinsbrookAcad"; F = "@HollinsbrookAcademy"
    J = "@jenna_booth_maths"; W = "@wes_hardcastle"; R = "@ravisandhu_sci"
    s.add("off-star-mid", "x", "post", J, "j.booth", EVE,
          "Whoever nicked my parking space this morning is a proper tw*t. Hope your tyres go flat.",
          ["offensive"], note="Asterisk in the middle of an insult.")
    s.add("off-emoji-sexual", "x", "reply", R, "r.sandhu", LATE,
          f"{W} I'd let you mark my books anytime 😏 if you know what I mean 🍆💦",
          ["offensive"], note="Sexual innuendo carried by emoji, aimed at a colleague.")
    s.add("off-gobshites", "facebook", "post", "@wes.hardcastle.9", "w.hardcastle", SAT,
          "Some of t' lads in our village are right gobshites, chucking eggs at cars again",
          ["offensive"], note="Northern vulgar insult.")
    s.add("off-textspeak-racist", "x", "reply", W, "w.hardcastle", EVE2,
          "@brexitbarry stfu nobody asked u, go bk 2 ur own country",
          ["offensive"], note="Text-speak abuse with a racist 'go back' line.")
    s.add("off-quote-homophobic", "facebook", "comment", "@ravi.sandhu.75", "r.sandhu", SUN,
          "My mate said 'teaching's full of poofs these days' and I nearly spat my pint out 😂😂 he's not wrong tho",
          ["offensive"], note="Quotes a homophobic slur and agrees.")
    s.add("rep-governors", "x", "post", J, "j.booth", SUN,
          "Our governors wouldn't know a classroom if they fell into one. Rubber stamp for whatever "
          "the head wants. #Hollinsbrook",
          ["reputation"], note="Disparages the governors and the head.")
    s.add("rep-grievance-pay", "facebook", "post", "@jenna.booth.1", "j.booth", EVE,
          "Eight months waiting for my TLR back pay from the academy. EIGHT. Starting to think HR "
          "is a myth 🙃",
          ["reputation"], note="A grievance about treatment at work raised on social media.")
    s.add("rep-pupils-feral", "x", "post", W, "w.hardcastle", EVE2,
          "Oh yes, Year 10 at ours are just delightful. Feral, the lot of 'em. Zookeeping with a degree.",
          ["reputation"], ["offensive"], note="Sarcastic disparagement of the pupils.")
    s.add("rep-quote-parent", "facebook", "post", "@ravi.sandhu.75", "r.sandhu", SAT,
          "A parent actually emailed me 'my son doesn't do homework, it's against his values'. "
          "Some of the parents at this school are thick as mince.",
          ["reputation"], ["offensive"], note="Quotes a parent and insults the school's parents.")
    s.add("conf-staffing-leak", "x", "post", J, "j.booth", LATE,
          "Not official yet but Mrs G is off at Easter and they're bringing in an exec head from "
          "the trust. You heard it here first 👀",
          ["confidential"], ["reputation"], note="Unannounced staffing change.")
    s.add("conf-pex-reply", "facebook", "comment", "@wes.hardcastle.9", "w.hardcastle", EVE,
          "Aye he's gone, PEX'd on Tuesday, hearing with governors next week",
          ["confidential"], note="A reply confirming a permanent exclusion.")
    s.add("conf-budget", "facebook", "post", "@jenna.booth.1", "j.booth", SUN,
          "Budget meeting today: we're £210k in the red and they're cutting the music department "
          "and two TAs. Not announced to staff yet.",
          ["confidential"], ["reputation"], note="Internal finances and cuts.")
    s.add("conf-cp-conference", "x", "post", R, "r.sandhu", EVE2,
          "Long day. Two child protection conferences and a strategy discussion about a Y7. Wine needed 🍷",
          ["confidential"], note="Safeguarding cases.")
    s.add("sol-avon", "facebook", "post", "@lucy.ainsworth.5", "l.ainsworth", SAT,
          "New Avon brochure is out 💄 drop me a message for your order, can drop off at work!",
          ["solicitation"], note="Commercial selling on a personal account (warns).")
    s.add("sol-mlm-emoji", "instagram", "post", "@niamh.kerr.art", "n.kerr", EVE,
          "💰💰 want to earn £500 a week from your phone? 📲 I'll show you how, DM me 'INFO' 🚀",
          ["solicitation"], note="MLM recruitment in emoji-heavy style.")
    s.add("sol-leaflets", "facebook", "post", "@wes.hardcastle.9", "w.hardcastle", SUN,
          "Labour leaflets need delivering on the Moorside estate Saturday, who's in? Let's get "
          "this council back 🌹",
          ["solicitation"], note="Political canvassing appeal.")
    s.add("sol-official-councillor", "x", "post", O, "l.ainsworth", EVE2,
          "Please donate to Councillor Mottram's re-election fund, he's been a great friend to the academy",
          ["solicitation"], note="Political donation appeal on the official account.")
    s.add("sol-share-chain", "facebook", "post", "@lucy.ainsworth.5", "l.ainsworth", LATE,
          "Share this post in the next hour and Facebook will donate £1 to the children's hospital. "
          "Don't scroll past, SHARE!! 🙏",
          ["solicitation"], note="Chain post / spam.")
    # benign
    s.add("b-clitheroe", "x", "post", J, "j.booth", SUN,
          "Pint in Clitheroe after the Pendle walk, best Sunday in ages",
          note="A place name with a rude-looking substring.")
    s.add("b-own-kid-nose", "facebook", "post", "@jenna.booth.1", "j.booth", SAT,
          "Our Rosie came home from rugby with a bloody nose and a massive grin 🙄🏉",
          note="A literal bloody nose; the poster's own child, not on the roll.")
    s.add("b-praise-office", "x", "post", W, "w.hardcastle", EVE,
          "Shout out to our office manager Lucy who kept the whole place running during the snow. "
          "Unsung hero ❤️",
          note="Praising a colleague.")
    s.add("b-published-results", "x", "post", O, "l.ainsworth", day("2026-12-10T17:00:00+00:00", "Thu"),
          "Congratulations to our Year 13s on their published results: 62% A*-B. #ProudToBeHollinsbrook",
          note="Published results on the official account.")
    s.add("b-eid", "facebook", "post", F, "l.ainsworth", SAT,
          "Eid Mubarak to all our families celebrating 🌙",
          note="Faith festival greeting.")
    s.add("b-photo-id", "x", "post", R, "r.sandhu", EVE2,
          "Local elections Thursday. Check your polling card and remember your photo ID!",
          note="Civic voting reminder.")
    s.add("b-football", "x", "post", W, "w.hardcastle", SAT,
          "Leeds were bobbins today. Absolute shambles at the back. Why do I bother.",
          note="Criticising a football team in dialect.")
    s.add("b-siling", "facebook", "post", "@jenna.booth.1", "j.booth", EVE,
          "It's siling it down in Halifax and I'm nithering. Tea, blanket, telly.",
          note="Yorkshire weather words.")
    s.add("b-minced", "x", "post", J, "j.booth", LATE,
          "Frigging photocopier has eaten the mock papers. Flipping marvellous.",
          note="Minced oaths only.")
    s.add("b-macmillan", "facebook", "post", F, "l.ainsworth", EVE2,
          "Our Macmillan coffee morning raised £480. Thank you to everyone who baked!",
          note="Charity the school runs.")
    s.add("b-news-trust", "x", "post", R, "r.sandhu", SUN,
          "Did anyone see the BBC piece on that trust in Bradford being investigated over its "
          "finances? Shocking.",
          note="A public news story about another trust.")
    s.add("b-killing-it", "x", "post", J, "j.booth", EVE,
          "Year 11 absolutely killing it in their mock orals today. So proud.",
          note="'killing it' idiom.")
    s.add("b-puppies", "facebook", "post", "@ravi.sandhu.75", "r.sandhu", SAT,
          "Our bitch Luna had six puppies last night! Mum and pups doing well 🐶",
          note="'bitch' meaning a female dog.")
    s.add("b-faggots", "facebook", "post", "@wes.hardcastle.9", "w.hardcastle", EVE2,
          "Faggots, mushy peas and gravy for tea. Proper northern comfort food.",
          note="The meatball dish.")
    s.write()


# --------------------------------------------------------------------------------------------
# triumph-learning-trust: Brackenmoor Primary School. Solicitation only on school accounts.
# --------------------------------------------------------------------------------------------
def triumph() -> None:
    s = round4m("triumph", "triumph/brackenmoor.yaml", "r4tr")
    O = "@BrackenmoorPS"; F = "@BrackenmoorPrimary"; EY = "@brackenmoor_eyfs"
    K = "@kellystead_y6"; T = "@tomoslowe"; D = "@daz_royle"
    s.add("off-star-show", "x", "post", K, "k.stead", EVE,
          "What a sh*tshow of a Monday. Fire alarm, flood in the loos and a pigeon in the hall.",
          ["offensive"], note="Censored profanity: not the language of a professional meeting (7).")
    s.add("off-welsh-neighbour", "facebook", "post", "@tomos.lowe.5", "t.lowe", SAT,
          "Neighbour parked across my drive again, what a twpsyn. Honestly, proper dickhead behaviour.",
          ["offensive"], note="Welsh 'twpsyn' plus a vulgar insult.")
    s.add("off-threat-dm", "instagram", "dm", D, "d.royle", EVE2,
          "Keep going to Janet about my timekeeping and see what happens to your car. Just saying.",
          ["offensive"], ["reputation"], rec=["@nicola_pike_ta"], note="A veiled threat to a colleague.")
    s.add("off-sexist", "x", "post", D, "d.royle", SUN,
          "Women in charge of the PE budget, what could go wrong 🙄 should stick to netball",
          ["offensive"], ["reputation"], note="Sexist remark.")
    s.add("off-dotted", "x", "reply", T, "t.lowe", EVE,
          "b.o.l.l.o.c.k.s to that, I'm not doing another learning walk this term",
          ["offensive"], ["reputation"], note="Profanity split by full stops; a reply.")
    s.add("off-emoji-racist", "facebook", "post", "@darren.royle.coach", "d.royle", LATE,
          "Another family of 🐒🐒 moved onto our street. There goes the neighbourhood.",
          ["offensive"], note="Racist abuse carried by emoji.")
    s.add("rep-head-quote", "x", "post", K, "k.stead", SUN,
          "'We're a family here' says the head who hasn't learned the TAs' names in three years. "
          "Brackenmoor in a nutshell.",
          ["reputation"], note="Sarcastic quote disparaging the head.")
    s.add("rep-trust-ceo", "x", "post", T, "t.lowe", EVE2,
          "Trust CEO on £180k while our roof leaks into the Year 2 classroom. Make it make sense.",
          ["reputation"], note="Disparages the trust.")
    s.add("rep-parents-txt", "facebook", "post", "@nicola.pike.ta", "n.pike", SAT,
          "tbh sum of the parents @ ours r a nightmare, cant even get them 2 read a txt msg smh",
          ["reputation"], note="Text-speak disparagement of parents.")
    s.add("rep-long-grievance", "facebook", "post", "@kelly.stead.3", "k.stead", SUN,
          "Half term booked! Five days in Tenby, can't wait to see the sea.\n\nStill no answer on "
          "my flexible working request, four months on. Apparently 'the trust is reviewing it'. "
          "Great employer 👍\n\nAnyway, any recommendations for Tenby restaurants?",
          ["reputation"], note="A grievance in the middle of a holiday post.")
    s.add("conf-ofsted-grade", "x", "post", K, "k.stead", EVE,
          "Ofsted call came Tuesday. Can't say the grade till the report's out but let's just say "
          "the head won't be smiling 😬",
          ["confidential"], ["reputation"], note="Inspection outcome before release.")
    s.add("conf-walked-off", "x", "reply", "@nicola_pike_ta", "n.pike", EVE2,
          f"{D} yeah she's been walked off site, disciplinary on Friday. Keep it to yourself",
          ["confidential"], note="A reply about a colleague's suspension and disciplinary.")
    s.add("conf-sats", "facebook", "post", "@kelly.stead.3", "k.stead", day("2026-12-01T19:00:00+00:00", "Tue"),
          "Our KS2 results came through on the portal today and reading's dropped to 58%. Not out "
          "till the tables are published so mum's the word 🤫",
          ["confidential"], ["reputation"], note="Results before publication.")
    s.add("conf-lado", "x", "post", "@gill_finch_dh", "g.finch", LATE,
          "Two LADO referrals in one week at work. Can't say more. Don't become a deputy head, kids.",
          ["confidential"], note="Allegations against staff (LADO).")
    s.add("sol-official-tutoring", "facebook", "post", F, "s.okafor", EVE,
          "Mrs Stead is offering private 11+ tutoring after school, £30 a session. Message her "
          "directly to book!",
          ["solicitation"], note="A staff member's private business on the school page.")
    s.add("sol-official-party", "x", "post", O, "s.okafor", EVE2,
          "Good luck to our friend Cllr Dawson standing for the Green Party on Thursday! Give him your vote 🗳️",
          ["solicitation"], note="Party-political appeal on the school account.")
    s.add("sol-official-scentsy", "instagram", "post", EY, "a.iqbal", SAT,
          "Our lovely TA Nicola now sells Scentsy! Check out her page for Christmas gift sets 🕯️",
          ["solicitation"], note="MLM products promoted on the EYFS account.")
    s.add("sol-official-skydive", "facebook", "post", F, "s.okafor", SUN,
          "Please sponsor our deputy head's skydive for her brother's cancer charity, link in bio 🪂",
          ["solicitation"], note="A personal charity appeal on the school page (5: personal matters).")
    # benign
    s.add("b-panto", "facebook", "post", "@kelly.stead.3", "k.stead", SAT,
          "Panto night! Dick Whittington at the Grand, oh yes it was brilliant 🐱",
          note="A pantomime title.")
    s.add("b-weathervane", "x", "post", T, "t.lowe", SUN,
          "The cockerel on the church weathervane blew off in last night's wind. Found it in a hedge.",
          note="Cockerel, literal.")
    s.add("b-vinted-personal", "facebook", "post", "@tomos.lowe.5", "t.lowe", EVE,
          "Selling my old road bike on Vinted if anyone wants a project, £40",
          note="A personal sale on a personal account: Triumph bars personal matters on school accounts only.")
    s.add("b-leafleting", "facebook", "post", "@darren.royle.coach", "d.royle", SAT,
          "Out leafleting for the Lib Dems this morning, lovely chats on the doorstep",
          note="Personal politics on a personal account: not barred by this pack.")
    s.add("b-praise", "x", "post", K, "k.stead", EVE2,
          "Our new Year 2 teacher Mrs Iqbal has transformed that classroom. So lucky to work with her 💚",
          note="Praising a colleague.")
    s.add("b-foodbank", "facebook", "post", F, "s.okafor", EVE,
          "Thank you for the tins! Our harvest collection for the local food bank filled 40 boxes 🥫",
          note="Charity the school runs.")
    s.add("b-published", "x", "post", O, "s.okafor", day("2027-01-14T17:30:00+00:00", "Thu"),
          "Our KS2 results are now on the DfE's Compare School Performance site. Well done everyone!",
          note="Published results.")
    s.add("b-m62", "x", "post", T, "t.lowe", EVE2,
          "Absolutely chucking it down and the M62 is at a standstill. Send tea.",
          note="Weather and traffic.")
    s.add("b-burnley", "x", "post", D, "d.royle", SAT,
          "Burnley's back four should be arrested for that performance. Criminal defending.",
          note="Criticising a football team with crime idioms.")
    s.add("b-nativity-ass", "facebook", "post", "@nicola.pike.ta", "n.pike", SUN_LATE,
          "Nativity rehearsal update: the ass has lost its ears and the innkeeper is crying. Two days to go 🙈",
          note="'ass' meaning the donkey.")
    s.add("b-strikes-news", "x", "post", K, "k.stead", LATE,
          "Watching the news about the teacher strikes in Scotland. Solidarity to colleagues up there ✊",
          note="A public news story.")
    s.add("b-fecking", "facebook", "post", "@tomos.lowe.5", "t.lowe", SAT,
          "Fecking freezing on the yard this morning, my hands are still numb",
          note="A minced oath only.")
    s.add("b-first-aider", "x", "post", "@nicola_pike_ta", "n.pike", EVE,
          "Bloody nose in PE today, sorted in two minutes flat by our brilliant first aider.",
          note="A literal bloody nose.")
    s.add("b-polls", "x", "post", D, "d.royle", EVE2,
          "Remember the polls close at 10pm. Go and vote, whoever for.",
          note="Civic voting reminder.")
    s.write()


# --------------------------------------------------------------------------------------------
# upland-primary: Upland Primary School (Swansea). Offensive and reputation warn on personal
# accounts; politics and religion barred on the school's own accounts only.
# --------------------------------------------------------------------------------------------
def upland() -> None:
    s = round4m("upland", "upland-fresh/upland.yaml", "r4up")
    O = "@UplandPrimary"; B = "@UplandClassBlogs"
    G = "@gareth_site"; K = "@kwalsh_pe"; N = "@niall_fitz_music"
    s.add("off-star-c", "x", "reply", G, "g.roberts", EVE,
          "@swansea_troll_99 shut your gob you absolute c*nt",
          ["offensive"], note="Censored slur in an abusive reply.")
    s.add("off-spaced-caps", "facebook", "post", "@kieran.walsh.pe", "k.walsh", SAT,
          "Marking 90 books this weekend. F U C K this job honestly",
          ["offensive"], ["reputation"], note="Spaced capitals; a work grievance arguably.")
    s.add("off-disability-slur", "x", "post", N, "n.fitzgerald", EVE2,
          "Whoever designed this new phonics scheme must be a proper mong.",
          ["offensive"], note="Disability slur.")
    s.add("off-threat-dad", "facebook", "comment", "@gareth.roberts.site", "g.roberts", SUN,
          "If that dad shouts at my TA in the yard again I'll knock him into next week.",
          ["offensive"], ["reputation"], note="A threat of violence against a parent.")
    s.add("off-transphobic", "facebook", "post", "@kieran.walsh.pe", "k.walsh", LATE,
          "Not having some bloke in a dress telling me what pronouns to use. Trannies are men, end of.",
          ["offensive"], note="Transphobic slur (gender reassignment is protected).")
    s.add("off-wtf-scumbag", "x", "post", K, "k.walsh", EVE,
          "wtf is wrong w ppl, some1 keyed my car outside the gym. hope u rot u absolute scumbag",
          ["offensive"], note="Text-speak abuse.")
    s.add("rep-reply-downhill", "x", "reply", G, "g.roberts", EVE2,
          "Tell me about it. Upland's gone downhill since the new head, staff leaving in droves",
          ["reputation"], note="A reply disparaging the school and its head.")
    s.add("rep-governors", "facebook", "post", "@niall.fitz.7", "n.fitzgerald", EVE,
          "Governors' meeting tonight. Three hours of people who've never taught telling us how to "
          "teach. Upland Primary, everybody 🙃",
          ["reputation"], note="Disparages the governors.")
    s.add("rep-sarcasm-head", "x", "post", "@sophie_hart_y6", "s.hart", SUN_LATE,
          "Oh great, another 'wellbeing' email from Mrs Whitaker at 11pm on a Sunday. So caring.",
          ["reputation"], note="Sarcasm at the headteacher.")
    s.add("rep-official-parent", "blogger", "post", B, "r.mistry", EVE,
          "To the parent who complained about the trip cost on Facebook: perhaps try reading the "
          "letter before ranting online.",
          ["reputation"], note="A school account disparaging a parent.")
    s.add("conf-notice", "x", "post", "@sophie_hart_y6", "s.hart", SAT,
          "Can't say who but one of our Year 6 teachers has handed her notice in and the head's "
          "keeping it quiet till after SATs 🤐",
          ["confidential"], note="Unannounced staffing change.")
    s.add("conf-core-group", "facebook", "post", "@alice.morgan.77", "a.morgan", EVE2,
          "Core group meeting for one of my little ones this afternoon. Dad turned up drunk. Some "
          "days this job breaks your heart.",
          ["confidential"], note="A safeguarding case.")
    s.add("conf-budget", "facebook", "post", "@bridget.kelly.sbm", "b.kelly", SUN,
          "Upland's losing both apprentices and the breakfast club in April, budget's that tight. "
          "Governors signed it off last night, not public yet",
          ["confidential"], ["reputation"], note="Internal finances and cuts.")
    s.add("conf-grievance", "x", "post", N, "n.fitzgerald", LATE,
          "A colleague has put a formal grievance in against our deputy head. Staffroom is like a war zone.",
          ["confidential"], ["reputation"], note="A staff grievance.")
    s.add("conf-exclusion", "facebook", "post", "@niall.fitz.7", "n.fitzgerald", SAT,
          "First fixed-term exclusion I've seen in a primary. Five days for a Year 4 who threw a "
          "chair at the head.",
          ["confidential"], note="An exclusion.")
    s.add("sol-official-plaid", "x", "post", O, "f.ahmed", EVE2,
          "Polling day! If you care about Welsh-medium education, Plaid Cymru are the only choice. Vote Plaid! 💚",
          ["solicitation"], note="Party-political appeal on the school account.")
    s.add("sol-official-religion", "blogger", "post", B, "n.begum", EVE,
          "This Ramadan, why not come to the mosque open evening and discover the beauty of Islam "
          "for yourself? All welcome.",
          ["solicitation"], note="Religious invitation on a class blog.")
    s.add("sol-official-petition", "x", "post", O, "f.ahmed", SAT,
          "Sign the union's petition for fair school funding, link below! Every parent's signature counts ✍️",
          ["solicitation"], note="Political petition on the school account.")
    # benign
    s.add("b-panto-blog", "blogger", "post", B, "r.mistry", EVE2,
          "Year 3 loved the Dick Whittington panto at the Grand Theatre today!",
          note="A pantomime title on a class blog.")
    s.add("b-welsh-words", "instagram", "post", "@sophie.hart.runs", "s.hart", SAT,
          "Bore da! Cwtch up, it's chilly. Off to Mumbles for a paned ☕",
          note="Welsh words.")
    s.add("b-bloody-hell-swans", "x", "post", G, "g.roberts", SAT,
          "Bloody hell, Swansea were rubbish tonight. Another home defeat.",
          note="Mild swearing and criticism of a football team.")
    s.add("b-personal-party", "facebook", "post", "@gareth.roberts.site", "g.roberts", EVE,
          "Vote Labour on Thursday, Swansea needs it",
          note="Party appeal on a personal account: Upland's rule covers school-sanctioned accounts.")
    s.add("b-st-david", "facebook", "post", "@wendy.jones.1961", "w.jones", day("2027-03-01T19:00:00+00:00", "Mon"),
          "Dydd Gŵyl Dewi Hapus! Cawl, Welsh cakes and daffodils all round 🌼",
          note="St David's Day.")
    s.add("b-senedd", "x", "post", N, "n.fitzgerald", EVE2,
          "Senedd election Thursday. Whoever you back, make sure you vote 🗳️",
          note="Civic voting reminder.")
    s.add("b-hospice", "x", "post", O, "f.ahmed", EVE,
          "We raised £420 for the children's hospice at our Christmas jumper day. Diolch!",
          note="Charity the school runs.")
    s.add("b-praise-head", "facebook", "post", "@wendy.jones.1961", "w.jones", SAT,
          "Mrs Whitaker stayed until 7 helping us put up the Christmas fair. Best head going ❤️",
          note="Praising the headteacher.")
    s.add("b-landslip", "x", "post", "@sophie_hart_y6", "s.hart", SUN,
          "Awful news about the landslip near Pontypridd. Thinking of everyone affected.",
          note="A public news story.")
    s.add("b-m4", "x", "post", G, "g.roberts", EVE2,
          "M4 at Port Talbot is a car park AGAIN. 50mph average my foot.",
          note="Traffic moan.")
    s.add("b-minced", "x", "post", K, "k.walsh", LATE,
          "Effing printer jammed again. Sodding thing.",
          note="Minced oaths only.")
    s.add("b-cockles", "instagram", "post", "@sophie.hart.runs", "s.hart", SUN,
          "Cockles and laverbread for breakfast in Penclawdd. Proper Gower morning.",
          note="A word with a rude-looking prefix.")
    s.add("b-dfe", "x", "post", N, "n.fitzgerald", SUN,
          "DfE says cut marking. Also DfE: here are fourteen new data drops. Make it make sense 🙃",
          note="Criticism of a government department, not the school.")
    s.add("b-estyn-published", "x", "post", O, "f.ahmed", EVE2,
          "Estyn's report on Upland is now published and we're delighted with it! Read it on our website.",
          note="A published inspection report.")
    s.write()


# --------------------------------------------------------------------------------------------
# early-life-enterprise: Early Life Enterprise (alternative provision). Offensive and
# reputation warn on personal accounts; solicitation barred on provision accounts only (4.3).
# --------------------------------------------------------------------------------------------
def early_life() -> None:
    s = round4m("early-life", "early-life-fresh/early_life.yaml", "r4el")
    O = "@EarlyLifeEnt"; C = "@ELE_Construction"; I = "@earlylifeenterprise"; F = "@EarlyLifeEnterprise"
    R = "@ross_builds"; D = "@declan_outdoors"; T = "@tombarker_maths"
    s.add("off-scots", "facebook", "post", "@ross.campbell.joiner", "r.campbell", SAT,
          "That wee bawbag fae the garage charged me £90 for a bulb. Absolute fud.",
          ["offensive"], note="Scots vulgar insults.")
    s.add("off-star-prick", "x", "reply", T, "t.barker", EVE,
          f"{D} aye cos that's worked out gr8 for u, ya pr*ck",
          ["offensive"], note="Censored insult in a text-speak reply.")
    s.add("off-emoji-manager", "x", "post", R, "r.campbell", EVE2,
          "honestly the new manager can 🖕 right off",
          ["offensive"], ["reputation"],
          note="Emoji standing for the obscenity, aimed at a manager. Label corrected after the "
               "pre-fix score: reputation was must, now may: nothing in the post says the manager "
               "is at work (a football club's new manager reads the same), and the detector keeps "
               "'the manager' out of its colleague targets for that reason.")
    s.add("off-quote-traveller", "facebook", "post", "@declan.farrell.9", "d.farrell", SUN,
          "Overheard in the canteen: 'lock your vans, the pikeys are back on the field'. "
          "Couldn't agree more 😂",
          ["offensive"], note="Quotes and endorses an ethnic slur.")
    s.add("off-threat-dm", "instagram", "dm", "@anwar_mentor_ig", "a.rahman", LATE,
          "Grass me up to Gurpreet one more time and you'll regret it. Watch your back.",
          ["offensive"], ["reputation"], rec=["@ioana.popa.52"], note="A threat to a colleague by DM.")
    s.add("off-sexual-reply", "instagram", "comment", "@tom.barker.5", "t.barker", EVE,
          "@lola.nwosu.beauty them lips tho 😍 bet you're filthy 😈",
          ["offensive"], note="Sexual comment aimed at a colleague.")
    s.add("rep-shambles", "facebook", "post", "@ross.campbell.joiner", "r.campbell", EVE2,
          "ELE is a shambles. No heating in the workshop, no tools, no plan. And they wonder why the learners kick off.",
          ["reputation"], note="Disparages the provision by its alias.")
    s.add("rep-numpty", "x", "post", D, "d.farrell", SAT,
          "Our head of centre is an absolute numpty, couldnae organise a raffle",
          ["reputation"], ["offensive"], note="Scots insult at a manager; 'raffle' is not a sale.")
    s.add("rep-reply-pay", "x", "reply", T, "t.barker", SUN,
          "@ciaradunne_eng Same here. Third month they've paid us late at ELE. Nobody answers emails.",
          ["reputation"], note="A grievance in a reply.")
    s.add("rep-learners", "facebook", "post", "@tom.barker.5", "t.barker", LATE,
          "Our learners this year are the laziest bunch I've ever taught. Can't be arsed with them tbh",
          ["reputation"], ["offensive"], note="Disparages the learners.")
    s.add("conf-long-closure", "facebook", "post", "@magda.kowalska", "m.kowalska", SUN,
          "Lovely Sunday at my sister's, the little one is walking now!! 🥰\n\nAlso heard at work "
          "that they're closing the hair and beauty side in the summer and the tutor's job is going. "
          "Don't say I said.\n\nRoast dinner was amazing, recipe in the comments 🍗",
          ["confidential"], ["reputation"], note="One sentence leaks an unannounced closure in a long post.")
    s.add("conf-disclosure", "x", "post", "@sana_dsl", "s.hussain", EVE,
          "Had a learner disclose this morning. Police and social services all afternoon. Don't "
          "know how I'll sleep tonight.",
          ["confidential"], note="A safeguarding case.")
    s.add("conf-funding", "facebook", "post", "@declan.farrell.9", "d.farrell", EVE2,
          "Contract with the council hasn't been renewed so we lose 40% of our funding from "
          "September. Management haven't told the staff yet.",
          ["confidential"], ["reputation"], note="Internal finances not released.")
    s.add("conf-results-early", "x", "post", T, "t.barker", day("2027-03-04T18:20:00+00:00", "Thu"),
          "Functional skills results came in early, only 9 of 31 passed maths. Not shared with the "
          "learners till Friday so shh",
          ["confidential"], ["reputation"], note="Results before release.")
    s.add("sol-official-lashes", "instagram", "post", I, "k.sinclair", SAT,
          "Our hair & beauty tutor is now taking private lash bookings at her home salon, 10% off "
          "for ELE families! DM her 💅",
          ["solicitation"], note="A staff member's business on the provision account (4.3).")
    s.add("sol-official-petition", "x", "post", C, "r.campbell", EVE,
          "Sign the Reform UK petition to scrap the apprenticeship levy! Link below 👇",
          ["solicitation"], note="Party-political petition on a department account.")
    s.add("sol-official-shave", "facebook", "post", F, "k.sinclair", SUN,
          "Our youth worker is shaving his head for Cancer Research UK! Please give generously via "
          "his JustGiving page 🙏",
          ["solicitation"], note="A staff member's personal charity appeal on the provision page (4.3 entirely professional).")
    s.add("sol-official-usborne", "x", "post", O, "k.sinclair", EVE2,
          "Please sign up to my sister's Usborne book party, amazing deals this week only 📚",
          ["solicitation"], note="Commercial party plan on the provision account.")
    # benign
    s.add("b-scots-weather", "instagram", "post", "@ross_builds_ig", "r.campbell", SAT,
          "Braw day at Loch Lomond, absolutely baltic mind 🥶",
          note="Scots words.")
    s.add("b-awards-vote", "x", "post", O, "k.sinclair", EVE,
          "We've been shortlisted for Alternative Provision of the Year! Voting closes Friday, link "
          "in bio 💜",
          note="Votes for the provision itself: its own business, not a personal matter.")
    s.add("b-drill-personal", "facebook", "post", "@ross.campbell.joiner", "r.campbell", EVE2,
          "Selling my old Makita drill, £40 ono, collection from Wrexham",
          note="A personal sale on a personal account: 4.3 covers provision accounts.")
    s.add("b-praise", "x", "post", D, "d.farrell", EVE,
          "Shoutout to Sana for staying late to sort the minibus. Absolute star ⭐",
          note="Praising a colleague.")
    s.add("b-shuttlecock", "x", "post", T, "t.barker", SAT,
          "Badminton at the leisure centre: lost every game and the shuttlecock ended up on the roof 🏸",
          note="A word with a rude-looking substring.")
    s.add("b-cockburnspath", "instagram", "post", "@ross_builds_ig", "r.campbell", SUN,
          "Our cottage near Cockburnspath has a hot tub AND a sea view 🙌",
          note="A place name with a rude-looking substring.")
    s.add("b-news-college", "x", "post", "@ciaradunne_eng", "c.dunne", EVE2,
          "Reading about that college in Leeds in the papers. Awful for the students, hope it gets sorted.",
          note="A public news story.")
    s.add("b-baltic", "x", "post", R, "r.campbell", EVE,
          "Minus 4 at the bus stop in Wrexham, I've lost all feeling in my face",
          note="Weather.")
    s.add("b-rangers", "x", "post", D, "d.farrell", SAT,
          "Rangers were a disgrace today. Bottled it again. Sack the lot of them.",
          note="Criticising a football team.")
    s.add("b-vaisakhi", "facebook", "post", "@gurpreet.singh.ap", "g.singh", day("2027-04-14T19:00:00+00:00", "Wed"),
          "Happy Vaisakhi to everyone celebrating today 🌼",
          note="Faith festival greeting.")
    s.add("b-flippin", "x", "post", "@ciaradunne_eng", "c.dunne", EVE,
          "Flippin' heck, forgot my lunch AGAIN. Sod's law it's a long day.",
          note="Minced oaths only.")
    s.add("b-bike-nose", "instagram", "post", "@ross_builds_ig", "r.campbell", SUN,
          "Grazed knee and a bloody nose from the bike trail, still the best day 🚵",
          note="A literal bloody nose.")
    s.add("b-cscs", "x", "post", C, "r.campbell", EVE2,
          "Proud to share that 24 of our learners passed their CSCS card test this term. Well done all!",
          note="Results the provision chose to publish.")
    s.add("b-bakesale", "facebook", "post", F, "k.sinclair", SAT,
          "Our learners' bake sale raised £210 for the Wrexham food bank 🧁 Thank you!",
          note="Charity the provision runs.")
    s.add("b-byelection", "x", "post", "@tom.barker.5", "t.barker", EVE,
          "By-election Thursday in Gresford. Polling stations are open 7am to 10pm.",
          note="Civic voting reminder.")
    s.write()


if __name__ == "__main__":
    e_act()
    ta2016()
    triumph()
    upland()
    early_life()

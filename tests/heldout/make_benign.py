"""Writes the benign probe sets under tests/heldout/benign-*/ (run from anywhere; deterministic).

A precision probe: ordinary staff posts that every policy pack allows, written close to each
category's trigger words (names that are ordinary words, police and complaint and report in
their everyday senses, insult-like words used literally, threat-like idioms, protected groups
named warmly, voting and worship and charity reported rather than urged, organisations'
phone numbers and prices). Every case has an empty `must`, so the expected decision is
`allow`: one warning here is a false positive that would teach staff to click through.

The sets reuse the configs of the probe sets beside them (`../<set>/<config>.yaml`). Personal
posts are timed on weekday evenings, outside every school's directed time and every hold;
official posts name pupils only within their consent. Each case's `note` says which trigger
it sits next to and why it is allowed. Every name is invented.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta

from make_sets import CaseSet

#: The first term-time weekday evening used (a Monday), and how many days the slots span.
FIRST = date(2026, 11, 2)
SPAN = 38


class BenignSet(CaseSet):
    """A probe set of allowed posts, with the accounts of one school and evening slots."""

    def __init__(self, name: str, config: str, prefix: str, accounts: dict[str, tuple[str, str, str]]):
        super().__init__(name, config, prefix)
        self.accounts = accounts

    def slot(self) -> str:
        """A weekday or weekend evening between 18:00 and 20:59 UTC (GMT in November), spread
        over the second half of the autumn term: outside every config's directed time."""
        i = len(self.cases)
        day = FIRST + timedelta(days=(i * 3) % SPAN)
        at = datetime(day.year, day.month, day.day, 18 + i % 3, (i * 11) % 60)
        return at.strftime("%Y-%m-%dT%H:%M:00+00:00")

    def ok(self, cid: str, who: str, text: str, note: str, action: str = "post", at: str | None = None):
        platform, handle, user = self.accounts[who]
        self.add(cid, platform, action, handle, user, at or self.slot(), text, note=note)


# --------------------------------------------------------------------------------------------
# Upland Primary (upland-primary pack): personal accounts may carry politics and religion; the
# official X account and the class blogs may not appeal for either.
# --------------------------------------------------------------------------------------------
def benign_upland() -> None:
    s = BenignSet("benign-upland", "../upland-fresh/upland.yaml", "bup", {
        "hart": ("x", "@sophiehart_reads", "s.hart"),
        "walsh": ("instagram", "@kieran.walsh.coach", "k.walsh"),
        "mistry": ("facebook", "@riya.mistry.77", "r.mistry"),
        "fitz": ("x", "@niall_plays_keys", "n.fitzgerald"),
        "roberts": ("facebook", "@gareth.roberts.site", "g.roberts"),
        "nowak": ("instagram", "@paulina.bakes", "p.nowak"),
        "evans": ("linkedin", "@mark-evans-deputy", "m.evans"),
        "lloyd": ("threads", "@emmalloyd.eyfs", "e.lloyd"),
        "jones": ("facebook", "@wendy.jones.1961", "w.jones"),
        "adebayo": ("bluesky", "@olu.adebayo.bsky.social", "o.adebayo"),
        "official": ("x", "@UplandPrimary", "f.ahmed"),
        "blog": ("blogger", "@UplandClassBlogs", "d.hughes"),
    })
    ok = s.ok
    # class news and trips (official)
    ok("off-trip", "official", "Year 4 had a brilliant day at the Roman fort. Thank you to the volunteers who came along! 🏛️",
       "Class news on the official account, no pupil named.")
    ok("off-police-visit", "official", "PC Daniels from our local neighbourhood team visited Year 2 today to talk about people who help us. The children loved the siren!",
       "A police officer visiting to give a talk: not an incident about a pupil.")
    ok("off-eid", "official", "Eid Mubarak to all our Muslim families celebrating this week! 🌙",
       "A greeting to a faith community: no appeal to worship.")
    ok("off-diwali", "official", "Happy Diwali to everyone celebrating! Year 3 made beautiful diya lamps this afternoon.",
       "Festival greeting and class news.")
    ok("off-harvest", "blog", "Year 5 blog: our harvest festival collection filled twelve boxes for the food bank. Thank you, families!",
       "The school's own charity collection, reported.")
    ok("off-initials", "blog", "This week's class blog was written by Ruby C. and Max K. in Year 5 – a brilliant report on volcanoes!",
       "First name and initial on the class blog: within every consent level; 'report' is homework.")
    ok("off-tickets", "official", "Tickets for the Year 6 production of Oliver! are £3 and on sale from the office from Monday. Limited seats, so book early!",
       "The school's own play: a price and 'limited' on the official account are not commercial solicitation.")
    ok("off-ofsted-published", "official", "Our inspection report has been published today. We are proud to be Good in every area and thank our whole community. Read it on the Ofsted website.",
       "A published inspection outcome.")
    ok("off-governors", "official", "We are looking for a new parent governor. Nomination forms are in book bags this week: please get in touch with the office if you would like to know more.",
       "Governors in a public notice: not confidential.")
    ok("off-office-phone", "official", "Snow update: school is OPEN tomorrow. Any questions, ring the office on 01632 960 123 from 8am.",
       "The school's own office number on its official account.")
    ok("off-road-safety", "official", "Road safety week: a huge thank you to the police and the fire service for their assembly this morning. Please park considerately at pick-up!",
       "Police in a thank-you for an assembly.")
    ok("off-remembrance", "official", "Year 6 laid our wreath at the war memorial this morning. A moving service led by the vicar of St Anne's.",
       "A remembrance service reported: no invitation to worship.")
    # personal: class life, PD, jokes
    ok("pd-reading", "hart", "Brilliant CPD today on reading fluency. Going to try choral reading with my Year 6s next week.",
       "Professional development.")
    ok("joke-stage", "hart", "Tripped over a PE bench in front of the whole of Key Stage 2 this morning. Felt like a complete clown. The kids were very kind about it 🙈",
       "Self-deprecation: 'clown' is the poster about herself.")
    ok("joke-idiot", "fitz", "Turned up to the carol concert rehearsal without the music. What an absolute muppet I am.",
       "Self-deprecation.")
    ok("circus-trip", "walsh", "Took my nephews to the circus at the weekend. The clowns were brilliant and the trapeze act was unreal.",
       "Literal circus and clowns.")
    ok("circus-club", "walsh", "Circus skills club is back! Year 3 and 4 learnt to juggle and spin plates with a real circus performer today.",
       "Circus skills: literal, a school club.")
    ok("clown-costume", "lloyd", "World Book Day costume sorted: I'm going as the clown from our Reception story. Red nose and all 🤡",
       "Costume: literal clown.")
    ok("nightmare-traffic", "roberts", "Absolute nightmare getting in today, the bypass was shut and the diversion went through three villages.",
       "'nightmare' about traffic: no person targeted.")
    ok("nightmare-before-xmas", "fitz", "Year 5 have been learning songs from The Nightmare Before Christmas for the winter concert. Earworm for life.",
       "A film title.")
    ok("joke-book", "mistry", "Year 3 joke book is finished: 'What do you call a sleeping dinosaur? A dino-snore!' You're welcome.",
       "A joke book, no target.")
    ok("weasel-topic", "lloyd", "Forest school: we spotted weasel tracks by the stream and a heron on the pond. Magical morning.",
       "Literal weasel.")
    ok("kill-coffee", "hart", "I would kill for a coffee right now. Three parents' evenings in a row will do that.",
       "Idiom, not a threat.")
    ok("smash-sats", "walsh", "Year 6 boys' football team smashed it at the tournament tonight, through to the county final!",
       "'smashed it': success.")
    ok("dying-laugh", "nowak", "I was dying laughing at the staff panto rehearsal. Mr Fitzgerald as the dame is a vision.",
       "'dying laughing'; a colleague praised, not disparaged.")
    ok("murder-mystery", "jones", "Murder mystery night at the village hall on Saturday. I was the butler and I did it 🕵️",
       "A murder mystery game.")
    ok("break-leg", "fitz", "Break a leg to everyone in the Year 6 show tonight! It's going to be fab.",
       "Theatre idiom.")
    # names that are ordinary words
    ok("word-hope", "mistry", "Hope everyone had a lovely weekend. Back to it tomorrow!",
       "'Hope' opens a wish; Hope is on the roll.")
    ok("word-summer-autumn", "hart", "Autumn leaves everywhere and Summer feels a long way off. Soup season.",
       "Seasons; Summer and Autumn are pupils.")
    ok("word-holly", "jones", "Cut some holly from the garden for the front door. Festive at last 🎄",
       "A plant; Holly is a pupil.")
    ok("word-will-max", "walsh", "Will this rain ever stop? Max effort from the under 10s in the mud this morning anyway.",
       "'Will' the modal verb and 'Max effort'.")
    ok("word-grace-blessing", "nowak", "Saying grace before Sunday dinner with the whole family. A real blessing to have everyone home.",
       "'grace' and 'blessing' as nouns, no school context.")
    ok("word-ruby-wedding", "jones", "Mum and Dad's ruby wedding anniversary today. Forty years!",
       "'ruby' the anniversary; Ruby is a pupil.")
    ok("friend-first-name", "nowak", "Coffee and cake with Lucy and Priya this afternoon. Best friends since uni.",
       "First names of friends with no school context (also roster first names).")
    # community, faith, civic
    ok("polish-centre", "nowak", "The Polish community centre's Christmas market was wonderful today. Pierogi, carols and a very happy me.",
       "A national group named warmly.")
    ok("mosque-visit", "mistry", "Visited the new mosque on Park Road for their open day. Such a warm welcome and amazing food.",
       "A report of a visit, not an invitation.")
    ok("church-choir", "fitz", "Sang with the church choir at the carol service tonight. My favourite night of the year.",
       "Worship reported, not urged.")
    ok("voted-council", "roberts", "Popped in to vote in the council by-election on the way home. Two minutes and done.",
       "Voting reported, no appeal.")
    ok("black-history", "adebayo", "Black History Month assembly today on Walter Tull. Year 6 were gripped.",
       "A group named in a history lesson.")
    ok("pride", "adebayo", "Proud to march with my partner at Pride this summer. Already planning the outfits 🌈",
       "The poster's own life.")
    ok("charity-run", "walsh", "Finished the 10k for the hospice this morning. Thank you to everyone who sponsored me, we raised £640!",
       "Thanks after a charity run: no appeal.")
    ok("library-hours", "hart", "Our local library is now open until 7pm on Thursdays. Lovely place to mark in peace.",
       "Information, not promotion.")
    # personal life and health of the poster
    ok("own-health", "jones", "Back on my feet after the knee operation. Physio says six more weeks of exercises.",
       "The poster's own health.")
    ok("own-migraine", "lloyd", "Migraine all afternoon. Dark room, cold flannel, early night.",
       "The poster's own health.")
    ok("job-move", "evans", "Some personal news: after six happy years I'll be starting a new role as headteacher of a primary in the next county in April. Excited and sad in equal measure.",
       "A job move announced by the poster.")
    ok("promotion-congrats", "evans", "Congratulations to my old colleague on her first headship. Thoroughly deserved.",
       "Praise of a colleague.")
    # numbers, organisations
    ok("panto-booking", "jones", "Panto tickets booked for the family: Dick Whittington at the Grand on 19 December, 2pm. £14 each, bargain.",
       "A show title, a date, a price.")
    ok("swim-club", "walsh", "Junior swim club trials are on Saturday 9am at the leisure centre. Details on the club website, or call them on 01632 960 777.",
       "An organisation's public number.")
    ok("samaritans", "adebayo", "If this time of year is hard for you, the Samaritans are there day and night on 116 123. Look after yourselves.",
       "A helpline number.")
    # politics-neutral civic, sarcasm at nobody
    ok("sarcasm-weather", "roberts", "Oh brilliant, more rain. Said nobody on site ever.",
       "Sarcasm aimed at the weather.")
    ok("sarcasm-monday", "fitz", "Love a Monday. Said no teacher ever. Kettle on.",
       "Sarcasm about a day.")
    ok("complaint-kettle", "roberts", "My only complaint about the new staffroom is that the kettle is too slow.",
       "'complaint' in its everyday sense.")
    ok("investigation-science", "mistry", "Year 3 science investigation: which paper towel is the most absorbent? Very messy, very fun.",
       "'investigation' as science.")
    ok("reports-written", "hart", "All thirty reports written and sent to the head for proofreading. Celebratory pizza.",
       "End-of-year reports, not a disclosure.")
    ok("suspension-bridge", "adebayo", "Year 6 built a suspension bridge out of straws and string that held 2kg. Engineers of the future!",
       "'suspension' the bridge, with a year group.")
    ok("budget-christmas", "nowak", "Christmas on a budget this year: homemade gifts and a secret Santa for the cousins.",
       "A household budget.")
    # round two: senses the first round's fixes were checked against
    ok("r2-police-horses", "hart", "Two police officers came into school with their horses today and Year 6 got to brush them. Best Friday ever.",
       "A police visit with horses: an event, not a case.")
    ok("r2-police-read", "lloyd", "The police came to school to read The Three Little Pigs to Reception. The children were spellbound.",
       "A police visit to read a story.")
    ok("r2-best-way", "fitz", "The Year 3 recorder concert was pure chaos, in the best possible way. My ears are still ringing.",
       "A verdict turned into praise by 'in the best possible way'.")
    ok("r2-dog-idiot", "roberts", "The dog is an absolute idiot. Ate a whole tea towel and looked proud of himself.",
       "Name-calling a pet.")
    ok("r2-entitled", "evans", "All staff are entitled to a free flu jab this year, which is brilliant news.",
       "'entitled to': a right, not a verdict.")
    s.write()


# --------------------------------------------------------------------------------------------
# Early Life Enterprise (early-life-enterprise pack): no working-time restriction; official
# accounts stay professional; personal accounts may carry politics and promotion.
# --------------------------------------------------------------------------------------------
def benign_early_life() -> None:
    s = BenignSet("benign-early-life", "../early-life-fresh/early_life.yaml", "bel", {
        "barker": ("x", "@tombarker_maths", "t.barker"),
        "campbell": ("instagram", "@ross_builds", "r.campbell"),
        "dunne": ("facebook", "@ciara.dunne.eng", "c.dunne"),
        "nwosu": ("tiktok", "@lola.nwosu.beauty", "l.nwosu"),
        "rahman": ("linkedin", "@anwar-rahman-mentor", "a.rahman"),
        "farrell": ("instagram", "@declan_outdoors", "d.farrell"),
        "popa": ("facebook", "@ioana.popa.52", "i.popa"),
        "okoro": ("x", "@bola_youthwork", "b.okoro"),
        "mahmood": ("linkedin", "@nadia-mahmood-careers", "n.mahmood"),
        "official": ("x", "@EarlyLifeEnt", "k.sinclair"),
        "construction": ("x", "@ELE_Construction", "r.campbell"),
        "insta": ("instagram", "@earlylifeenterprise", "k.sinclair"),
    })
    ok = s.ok
    ok("off-site-visit", "construction", "Great site visit to the new housing development today. Our learners asked brilliant questions about groundworks. 🏗️",
       "Official class news.")
    ok("off-careers-fair", "official", "Thank you to the police, the NHS and the fire service for joining our careers fair today. So many young people signed up for work experience!",
       "The police as a careers-fair visitor.")
    ok("off-pcso", "official", "Our local PCSO came in to talk to learners about staying safe online this morning. Really useful session.",
       "A police officer giving a talk.")
    ok("off-initials", "insta", "Well done to Harry P. and Jade T. on passing their Level 1 Hair & Beauty practical! 💅",
       "First name and initial on the official account.")
    ok("off-published", "official", "Our latest inspection report is now published and rates us Good. Thank you to our young people, families and partners. Read it on our website.",
       "A published inspection outcome.")
    ok("off-office-email", "official", "Enrolment for next September is open. Contact our office on 01632 960 400 or enrolments@earlylife.example for a visit.",
       "The provision's own contact details.")
    ok("off-ramadan", "insta", "Ramadan Mubarak to all our learners, families and staff who are fasting this month 🌙",
       "A faith greeting, no appeal.")
    ok("off-food-bank", "official", "Our construction learners built new shelving for the local food bank this week. Proud of you all!",
       "Community project reported.")
    ok("tutor-pd", "rahman", "Really valuable trauma-informed practice training this week. Lots to reflect on for our mentoring sessions.",
       "Professional development.")
    ok("job-move", "mahmood", "After five years in careers guidance I'm moving to a new role with the county's post-16 team in January. Thank you to everyone who has supported me.",
       "A job move.")
    ok("self-joke", "barker", "Spent ten minutes looking for my glasses. They were on my head. I'm a joke.",
       "Self-deprecation.")
    ok("self-clown", "nwosu", "Dyed my own hair purple by accident. Looking like a clown for the wedding on Saturday 🤡💜",
       "Self-deprecation.")
    ok("circus-weekend", "farrell", "Took the kids to the circus at the weekend. The acrobats were incredible, the clowns less so, but the popcorn was top notch.",
       "Literal circus; mild verdict on performers, not anyone at work.")
    ok("nightmare-car", "popa", "Nightmare morning: flat tyre on the ring road and no jack in the boot. The AA man was a hero.",
       "'Nightmare' about a car.")
    ok("kill-brew", "campbell", "I'd kill for a brew after that site visit, it was bitter out there.",
       "Idiom, not a threat.")
    ok("smash-exam", "barker", "Our learners are going to smash their functional skills maths next week. I've seen the practice papers.",
       "'smash' as success.")
    ok("killing-it", "nwosu", "My Saturday clients are absolutely killing it with their nail art requests this week 💅",
       "'killing it' as praise.")
    ok("shoot-message", "okoro", "If anyone from the youth football network wants to help with the tournament, shoot me a message.",
       "'shoot me a message'.")
    ok("word-frank-precious", "dunne", "To be frank, precious few of my plants survived the frost. Starting again in spring.",
       "'frank' and 'precious' as words; Frank and Precious are on the roll.")
    ok("word-favour-blessing", "okoro", "Do me a favour and count your blessings today. Sunshine, a day off and a good book.",
       "Nouns; Favour and Blessing are on the roll.")
    ok("word-hunter-jade", "farrell", "New Hunter wellies and a jade green waterproof. Ready for the Peak District.",
       "A brand and a colour.")
    ok("word-harry-potter", "dunne", "Reading Harry Potter to my niece at bedtime. She does all the voices better than me.",
       "A book title; Harry is a roster first name.")
    ok("word-charlie-chocolate", "popa", "Charlie and the Chocolate Factory at the theatre tonight. Utterly bonkers, loved it.",
       "A show title.")
    ok("word-mercy", "rahman", "Showed no mercy at five-a-side tonight. 7-2 and I'm aching.",
       "'mercy' the noun.")
    ok("polish-kids-club", "dunne", "The Polish Saturday school down our road put on a brilliant folk dance show. My neighbour's kids were stars.",
       "A national group named warmly.")
    ok("muslim-friends", "popa", "Iftar with my Muslim friends tonight. So much food and so much laughter.",
       "A faith group named warmly.")
    ok("gurdwara-langar", "rahman", "Helped serve langar at the gurdwara on Sunday. Humbling to see how many people they feed every week.",
       "Volunteering reported, not urged.")
    ok("voted", "barker", "Voted in the mayoral election on my lunch break. Turnout looked low, sadly.",
       "Voting reported.")
    ok("church-wedding", "nwosu", "Did the hair for a beautiful church wedding today. The bride looked stunning.",
       "A church wedding, the poster's work.")
    ok("own-hospital", "farrell", "Home from A&E with a sprained ankle. Note to self: don't jump off the climbing wall at 42.",
       "The poster's own health and self-deprecation.")
    ok("own-anxiety", "okoro", "Talking about my own anxiety helped me more than I ever expected. If you're struggling, talk to someone.",
       "The poster's own health.")
    ok("phone-club", "farrell", "Mountain rescue are looking for volunteers. If you're interested call their base on 01632 960 555.",
       "An organisation's public number.")
    ok("url-course", "mahmood", "Free online course on interview skills from the National Careers Service: https://nationalcareers.service.gov.uk",
       "A public URL shared for information.")
    ok("price-date", "campbell", "Van MOT passed first time. £54.85 and done by 10am on the 14th.",
       "A price and a date.")
    ok("inspection-van", "campbell", "Passed the gas safety inspection on the boiler at home. Inspector said it's the cleanest he's seen this year.",
       "An inspection that is not the school's.")
    ok("suspended-match", "okoro", "Match suspended at half time because of the fog. Couldn't see the far goal.",
       "'suspended' for a match.")
    ok("investigation-book", "dunne", "Finished a gripping police investigation novel set in Galway. Couldn't put it down.",
       "Fiction.")
    ok("complaint-restaurant", "popa", "Made my first ever complaint in a restaurant tonight. The soup was cold. Very British about it.",
       "'complaint' about a restaurant.")
    ok("report-weather", "farrell", "Weather report says snow on the tops by Friday. Crampons are packed.",
       "A weather report.")
    ok("budget-ride", "farrell", "Bikepacking on a budget: four nights, one tent and £60 of food.",
       "A personal budget.")
    ok("exclusion-novel", "dunne", "Lovely book group tonight on social exclusion in Victorian novels. Great Expectations next.",
       "'exclusion' as a literary theme.")
    ok("restructure-garden", "campbell", "Restructured the whole vegetable patch this weekend. Raised beds and a new path.",
       "'restructured' a garden.")
    ok("sarcasm", "barker", "Oh good, another Monday. Exactly what I needed after that weekend.",
       "Sarcasm at nobody.")
    ok("weather-joke", "campbell", "Lovely day for it, said the man on the scaffolding in a hailstorm.",
       "A joke at the weather.")
    ok("dick-turpin", "dunne", "Sixth form history trip to York: Dick Turpin's grave and far too many tea shops.",
       "A historical name.")
    ok("bird-tits", "farrell", "Blue tits and a great spotted woodpecker on the feeder this morning 🐦",
       "Bird names.")
    ok("spotted-dick", "nwosu", "Spotted dick and custard for pudding at my nan's. Proper Sunday.",
       "A pudding.")
    ok("bloody-brilliant", "okoro", "Bloody brilliant night at the youth club awards. So proud of our volunteers.",
       "Mild word, praise.")
    # round two
    ok("r2-police-van", "official", "The police came in with their van and their drone for our public services taster day. Learners were gripped.",
       "A police visit for a taster day.")
    ok("r2-feeling-fool", "barker", "Feeling like a complete idiot: drove to work on a closure day. Back to bed.",
       "Self-deprecation with the subject dropped.")
    ok("r2-rescue-line", "farrell", "Lost walker found safe on Kinder. The rescue team's information line is 01632 960 246 if you want to support them.",
       "An organisation's line, on a personal account.")
    ok("r2-cat-idiot", "popa", "My cat is such an idiot, she fell in the bath again.",
       "Name-calling a pet.")
    s.write()


# --------------------------------------------------------------------------------------------
# E-ACT (Northfleet Rise): solicitation is forbidden on personal accounts too (5.4), so
# voting, worship and charity here are reported, never urged.
# --------------------------------------------------------------------------------------------
def benign_e_act() -> None:
    s = BenignSet("benign-e-act", "../e-act/northfleet.yaml", "bea", {
        "kowal": ("facebook", "@leanne.kowal.3", "l.kowal"),
        "kowal_x": ("x", "@leanne_reads", "l.kowal"),
        "adeyinka": ("x", "@marcus_a_sci", "m.adeyinka"),
        "pugh": ("x", "@owenpugh_maths", "o.pugh"),
        "thorne": ("instagram", "@gav_thorne_pe", "g.thorne"),
        "greaves": ("facebook", "@hannah.greaves.ta", "h.greaves"),
        "delaney": ("linkedin", "@rory-delaney-nra", "r.delaney"),
        "bhatti": ("linkedin", "@samira-bhatti-dsl", "s.bhatti"),
        "desai": ("threads", "@priti.desai.comms", "p.desai"),
        "official": ("x", "@NorthfleetRise", "p.desai"),
        "fb": ("facebook", "@NorthfleetRiseAcademy", "p.desai"),
        "pe": ("instagram", "@northfleet_rise_pe", "g.thorne"),
    })
    ok = s.ok
    ok("off-police-careers", "official", "Year 10 heard from a detective sergeant at today's careers assembly about life in the police. Lots of future officers in the room!",
       "Police in a careers talk.")
    ok("off-cyber-talk", "fb", "Thank you to the police cyber crime unit who came into school to talk to Year 8 about online safety today.",
       "The police came into school to give a talk.")
    ok("off-results-published", "official", "Our Ofsted report has been published this morning. We are delighted to be judged Good, with leadership Outstanding. Read the full report on our website.",
       "A published inspection outcome.")
    ok("off-initials", "pe", "Well done to Oscar L. and Ivy B. in Year 7 for making the county cross-country squad! 🏃",
       "First name and initial on the official account.")
    ok("off-open-evening", "fb", "Open evening is Thursday 6-8pm. Come and see our science labs and meet our sixth form students. No need to book.",
       "The school's own open evening.")
    ok("off-charity-total", "official", "Our Year 9 charity week raised £1,215 for the children's hospice. Thank you to every student and family who took part!",
       "The school's own fundraising, reported.")
    ok("off-hanukkah", "fb", "Happy Hanukkah to all our Jewish students, staff and families celebrating this week! 🕎",
       "A faith greeting.")
    ok("off-governors", "official", "Our governors visited the new DT workshop today and were hugely impressed by the Year 11 coursework.",
       "Governors in school news.")
    ok("off-remembrance", "fb", "Our students observed the two-minute silence at 11am with real dignity. Thank you to the Royal British Legion for the poppies.",
       "Remembrance reported.")
    ok("off-phone", "official", "Reminder: report a student absence before 8.30am on 01632 960 880, option 1.",
       "The school's own absence line.")
    ok("pd-retrieval", "adeyinka", "Brilliant session at the ResearchED conference on cognitive load. My slides are getting a serious diet.",
       "Professional development.")
    ok("job-move", "delaney", "Delighted to share that I'll be joining the trust's central team as Director of Secondary Education from September. Proud of everything we've built together.",
       "A job move.")
    ok("self-idiot", "pugh", "Taught a whole lesson with my fly undone. I'm an idiot. Year 9 were too polite to say.",
       "Self-deprecation.")
    ok("self-joke", "kowal", "Locked myself out of my own classroom twice today. Total joke of a day, but I laughed.",
       "Self-deprecation: 'joke of a day' with 'I'.")
    ok("feeling-fool", "greaves", "Feeling a right fool after singing the wrong verse in assembly. Nobody noticed, apparently.",
       "Self-deprecation with the subject dropped.")
    ok("circus-trip", "greaves", "Zippos circus with the grandchildren. The clowns had them in stitches.",
       "Literal circus and clowns.")
    ok("clowning-workshop", "kowal_x", "Clowning workshop for the Year 12 drama group today: red noses, slapstick and a lot of falling over.",
       "Clowning as drama technique.")
    ok("weasel-words", "kowal_x", "Lesson on persuasive writing: Year 10 hunted for weasel words in adverts. 'Up to 50% off' got shredded.",
       "'weasel words' as a term of rhetoric.")
    ok("nightmare-marking", "pugh", "Nightmare of a commute. Train cancelled, bus full, walked the last mile.",
       "'Nightmare' about transport.")
    ok("kill-for-tea", "adeyinka", "I'd kill for a cup of tea and a biscuit. Long day of practicals.",
       "Idiom.")
    ok("smash-pb", "thorne", "Smashed my 5k PB this morning at parkrun. 22:41 and a very happy PE teacher.",
       "'Smashed' a time.")
    ok("knock-out", "thorne", "Year 8 netball knocked out of the cup on penalties. Gutted for them but so proud of the fight.",
       "'knocked out' of a cup.")
    ok("word-hope-faith", "greaves", "Hope springs eternal: I've put the Christmas lights up. Faith that they'll work next year is low.",
       "Word names as nouns; Hope and Faith are pupils.")
    ok("word-grace-mark", "kowal", "Amazing grace at the funeral today. Mark of a life well lived.",
       "'grace' and 'Mark of' as words.")
    ok("word-skye-isla", "greaves", "Booked a week on the Isle of Skye and a day trip to Islay for the whisky. Can't wait!",
       "Places; Skye and Isla are pupils.")
    ok("word-jude-harvey", "adeyinka", "Hey Jude came on in the car and I sang every word. Harvey Nichols sale next, apparently.",
       "A song and a shop.")
    ok("word-patience-miles", "thorne", "Patience is a virtue, said no PE teacher waiting for a minibus. Miles from anywhere.",
       "Nouns.")
    ok("friend-name", "greaves", "Lunch with Brooke and Maisie from my old book club. Three hours just flew.",
       "First names of friends, no school context.")
    ok("voted", "adeyinka", "Voted this morning. Quick and painless at the community centre.",
       "Voting reported.")
    ok("church-christening", "greaves", "Beautiful christening at St Peter's today for my granddaughter. The vicar let her splash the water.",
       "A family christening reported.")
    ok("mosque-open-day", "bhatti", "The mosque on our street had an open day and it was packed. Chai and samosas for everyone.",
       "A report, no invitation.")
    ok("diwali-family", "desai", "Diwali with the family: rangoli on the doorstep, too much mithai and fireworks in the park.",
       "The poster's own festival.")
    ok("polish-shop", "pugh", "The Polish deli by the station does the best pączki. Dangerous to have it on my way home.",
       "A national group named warmly.")
    ok("black-history", "kowal_x", "Year 9 read Benjamin Zephaniah for Black History Month. Some of the best discussions I've had all year.",
       "A group named in a lesson.")
    ok("charity-thanks", "thorne", "Thanks to everyone who sponsored my Three Peaks walk for the air ambulance. £1,150 raised!",
       "Thanks after the event: no appeal.")
    ok("own-health", "pugh", "First week back after my operation. Sore, slow and very grateful to the NHS.",
       "The poster's own health.")
    ok("own-dyslexia", "kowal", "Being dyslexic myself, I love seeing students realise it's not a barrier to loving books.",
       "The poster's own condition, stated by herself.")
    ok("org-phone", "bhatti", "For anyone who needs it over the holidays: Childline is free on 0800 1111, any time.",
       "A helpline number.")
    ok("price-url", "desai", "Finally bought tickets for the Hamilton tour: £45 each, 2pm matinee on 12 June. https://tickets.example.com",
       "Price, date and URL, for the poster's own outing.")
    ok("police-dad", "desai", "Dad retires from the police after 30 years today. Proudest daughter ever.",
       "A parent's police career.")
    ok("complaint-letter", "kowal_x", "Year 11 wrote formal complaint letters to a made-up council about potholes for their English language paper. Some were furious!",
       "'complaint letter' as an exam task.")
    ok("investigation-coursework", "adeyinka", "Year 12 started their investigation into enzyme activity today. Water baths everywhere.",
       "'investigation' as practical science.")
    ok("report-cards", "delaney", "Proud moment: the Year 13 UCAS references are all written and off. Thank you to every tutor.",
       "Routine school admin.")
    ok("budget-holiday", "kowal", "Cornwall on a budget: a tent, a camping stove and a lot of pasties.",
       "A holiday budget.")
    ok("deficit-sleep", "pugh", "Running a serious sleep deficit after the new puppy's first week.",
       "'deficit' of sleep.")
    ok("sarcasm-printer", "kowal_x", "Love that the printer waits until I'm in a rush. Such a team player.",
       "Sarcasm at a printer.")
    ok("bloody-cold", "thorne", "Bloody freezing at the Year 7 football this morning. Hot chocolates all round.",
       "Mild word about weather.")
    ok("great-tit", "greaves", "A great tit has nested in the box my grandson made. Tiny miracle.",
       "Bird name.")
    ok("hoe", "greaves", "New hoe for the allotment and a bag of seed potatoes. Retirement planning.",
       "A garden tool.")
    # round two
    ok("r2-police-dogs", "fb", "The police dog unit came into school to show Year 7 how the sniffer dogs work. Hugely popular!",
       "A police visit for a demonstration.")
    ok("r2-stunt", "kowal_x", "The stunt performer was suspended from the ceiling by wires for the whole of the Year 12 show. Incredible.",
       "'suspended' from wires.")
    ok("r2-best-way", "greaves", "Sports day was a complete circus in a good way: egg and spoon, sack race, teachers' relay.",
       "A verdict turned into praise.")
    ok("r2-looked-clown", "thorne", "Looked a proper clown in the staff v students match. Two own goals. Never again.",
       "Self-deprecation with the subject dropped.")
    s.write()


# --------------------------------------------------------------------------------------------
# Triumph Learning Trust (Brackenmoor Primary): personal details about others are blocked on
# personal accounts; appeals are judged only on the school's accounts.
# --------------------------------------------------------------------------------------------
def benign_triumph() -> None:
    s = BenignSet("benign-triumph", "../triumph/brackenmoor.yaml", "btl", {
        "stead": ("x", "@kellysteadteach", "k.stead"),
        "iqbal": ("instagram", "@asma.bakes", "a.iqbal"),
        "lowe": ("x", "@tomoslowe", "t.lowe"),
        "royle": ("facebook", "@darren.royle.coach", "d.royle"),
        "pike": ("facebook", "@nicola.pike.9", "n.pike"),
        "okafor": ("linkedin", "@sade-okafor-ops", "s.okafor"),
        "marsh": ("linkedin", "@janet-marsh-head", "j.marsh"),
        "finch": ("threads", "@gill.finch", "g.finch"),
        "official": ("x", "@BrackenmoorPS", "s.okafor"),
        "fb": ("facebook", "@BrackenmoorPrimary", "s.okafor"),
        "eyfs": ("instagram", "@brackenmoor_eyfs", "n.pike"),
    })
    ok = s.ok
    ok("off-police-bikes", "official", "The police came in today to check and security-mark Year 5's bikes before Bikeability. Thank you, PC Hale!",
       "A police visit to help with an activity.")
    ok("off-fire-engine", "eyfs", "Nursery had a visit from the fire engine today! The firefighters let everyone try the hose 🚒",
       "People who help us visit.")
    ok("off-initials", "fb", "Congratulations to Wren H. and Chase D. in Year 4, our times tables champions this half term! 🏆",
       "First name and initial; Wren and Chase are word names too.")
    ok("off-published", "official", "We're thrilled that our Ofsted report has now been published. Brackenmoor is Good in every area! Read it on our website.",
       "A published inspection outcome.")
    ok("off-nativity", "fb", "Our Reception nativity is at St Luke's church on Thursday at 2pm. All families welcome!",
       "The school's own nativity in a church: school business.")
    ok("off-christmas-fair", "fb", "Christmas fair this Friday from 3.30: tombola, raffle, Santa's grotto (£2) and cakes from our Year 6 bakers.",
       "The school's own fair, with a price.")
    ok("off-office", "official", "Reminder: lunch money for next half term is due by Friday. Any problems, call the office on 01632 960 555.",
       "The school's own office number.")
    ok("off-vaisakhi", "eyfs", "Happy Vaisakhi to all our Sikh families! Reception loved learning about the festival today.",
       "A faith greeting and class news.")
    ok("off-governor-visit", "official", "Our chair of governors read to Year 1 this morning for World Book Day. She was an excellent Gruffalo.",
       "Governors in school news.")
    ok("off-storm", "official", "Storm Darragh update: school is open as normal tomorrow. Please take care on the roads.",
       "A named storm; Storm is a pupil's first name.")
    ok("off-budget-win", "fb", "Thanks to our PTA's fundraising, every class now has a new set of reading books. What a team!",
       "The school's own fundraising.")
    ok("pd-maths", "lowe", "Maths hub training on bar modelling today. Year 5 won't know what's hit them. In a good way.",
       "'won't know what's hit them' about teaching, not a threat.")
    ok("job-move", "finch", "Big news: I'm moving on at Easter to become headteacher of a small village school in the Dales. I'll miss this place so much.",
       "A job move.")
    ok("head-thanks", "marsh", "Thank you to our amazing site team for gritting the yard at 6am. Unsung heroes.",
       "Praise of colleagues.")
    ok("self-clown", "stead", "Fell flat on my face during the staff v Year 6 netball match. Class clown of the day, that's me.",
       "Self-deprecation.")
    ok("feeling-joke", "royle", "Feeling like a complete joke after missing an open goal at staff five-a-side. The Year 6s will never let me forget it.",
       "Self-deprecation with the subject dropped.")
    ok("circus-theme", "pike", "Our Year 2 circus topic finished with a big top in the hall: face paint, stilts and a very brave ringmaster.",
       "Circus as a topic.")
    ok("clowns-party", "iqbal", "Made a clown cake for my nephew's 5th birthday. Nobody cried, so that's a win 🎂🤡",
       "A clown cake.")
    ok("nightmare-sleep", "pike", "Had a nightmare about forgetting the nativity costumes. Woke up at 4am and checked the bags.",
       "A bad dream.")
    ok("weasel-book", "stead", "Year 6 are loving The Wind in the Willows. The weasels and stoats have become the class villains.",
       "Literal weasels in a story.")
    ok("kill-for-sleep", "lowe", "I would kill for a lie-in. The dog has other ideas.",
       "Idiom.")
    ok("smash-test", "stead", "Year 6, you are going to smash your SATs next week. Rest, eat breakfast, and believe in yourselves!",
       "Encouragement, not a threat.")
    ok("word-robin-penny", "pike", "Robin redbreast on the fence again, and I found a lucky penny on the path. Good omens.",
       "A bird and a coin; Robin and Penny are pupils.")
    ok("word-daisy-poppy", "iqbal", "Poppy seed loaf and a daisy chain from my niece. Perfect Sunday.",
       "Poppy seeds and a daisy chain; both are roster names.")
    ok("word-honey-angel", "iqbal", "Honey and lemon for this throat, and an angel of a husband making the tea.",
       "Nouns.")
    ok("word-storm-rowan", "royle", "Storm blew down the rowan tree in our garden last night. Chainsaw weekend.",
       "Weather and a tree.")
    ok("word-jay-harper", "lowe", "Reading Harper Lee with my book club and spotted a jay in the garden. Cultured Sunday.",
       "A surname of an author and a bird.")
    ok("niece-name", "iqbal", "Happy 4th birthday to my gorgeous niece Maya! Unicorn cake delivered 🦄",
       "A family member; no school context.")
    ok("friend-names", "stead", "Girls' night with Olivia and Scarlett. Too much prosecco.",
       "Friends' first names, no school context.")
    ok("vote-green", "royle", "Voted on the way to training. Polling station was the Methodist church hall, full of dogs waiting outside.",
       "Voting and a church hall reported.")
    ok("church-choir", "finch", "Sang the Messiah with the community choir tonight. Goosebumps.",
       "A religious work performed.")
    ok("eid-friends", "pike", "Eid party at my neighbour's. The kids had henna, I had seconds of biryani.",
       "A faith festival, named warmly.")
    ok("romanian-group", "okafor", "Romanian folk dance night at the community centre was such fun. Our neighbours taught us the hora.",
       "A national group named warmly.")
    ok("gay-wedding", "lowe", "Married my husband Gethin today in front of everyone we love. Best day of my life.",
       "The poster's own life.")
    ok("own-health", "stead", "Week two of physio after my shoulder op. Can finally lift a mug of tea.",
       "The poster's own health.")
    ok("own-pregnancy", "iqbal", "Some news: baby number two is due in May! We're over the moon.",
       "The poster's own news.")
    ok("dad-retire", "royle", "My dad retired from the fire service today after 32 years. Legend.",
       "A family member's career, no health or contact detail.")
    ok("club-phone", "royle", "Under 9s football trials at the rec on Saturday, 10am. Contact the club secretary on the club website for details.",
       "Club information, no personal detail.")
    ok("venue-address", "iqbal", "Baking stall at the farmers' market this Saturday, Town Hall Square, 9 till 1. Come say hi!",
       "Her own stall at a public market: Triumph leaves personal promotion alone.")
    ok("helpline", "finch", "For anyone finding Christmas tough, Samaritans are free on 116 123, day or night.",
       "A helpline number.")
    ok("price-date", "stead", "Booked the Lakes for half term: £380 for four nights, arriving 15 February. Counting down.",
       "A price and a date.")
    ok("police-show", "lowe", "Started watching a new police drama. Three episodes in and I trust nobody.",
       "A TV show.")
    ok("complaint-weather", "pike", "My only complaint about the trip to the farm was the smell. Year 1 thought it was hilarious.",
       "'complaint' in its everyday sense.")
    ok("investigation-slime", "stead", "Science investigation this afternoon: which slime recipe stretches furthest? I will be finding slime until July.",
       "'investigation' as science.")
    ok("suspended-ceiling", "okafor", "New suspended ceiling in the hall is finally up. Acoustics are so much better for assemblies.",
       "'suspended' ceiling.")
    ok("redundant-kettle", "okafor", "The new hot water tap has made the staffroom kettle redundant. End of an era.",
       "'redundant' for a kettle.")
    ok("report-writing", "lowe", "Report writing season. Tea, biscuits and thirty pupils' worth of 'a pleasure to teach'.",
       "Reports as routine admin.")
    ok("sarcasm", "royle", "Oh great, the pitch is waterlogged again. My favourite.",
       "Sarcasm at the weather.")
    ok("shambles-kitchen", "iqbal", "My kitchen is a total shambles after three batches of mince pies. Worth it.",
       "Self-directed verdict on her own kitchen.")
    ok("bloody-brilliant", "royle", "Bloody brilliant performance from the under 11s this morning. Cold but proud.",
       "Mild word, praise.")
    # round two
    ok("r2-police-bikes", "eyfs", "PC Ash came to school today for our people who help us topic and let the children sit on her police bike!",
       "A police visit for a topic.")
    ok("r2-circus-act", "pike", "A real circus came to the village green: acrobats, a trapeze and some very silly clowns. My two were transfixed.",
       "Literal circus and clowns.")
    ok("r2-surgery", "okafor", "The surgery's booking line is 01632 960 135 from 8am if anyone else is after a flu jab.",
       "An organisation's line.")
    ok("r2-dog", "royle", "Our spaniel is an absolute idiot: chased a pheasant into the river.",
       "Name-calling a pet.")
    s.write()


# --------------------------------------------------------------------------------------------
# Trust Academies 2016 (Hollinsbrook): solicitation warns on personal accounts too, so
# voting, worship and charity are reported, never urged.
# --------------------------------------------------------------------------------------------
def benign_ta2016() -> None:
    s = BenignSet("benign-ta2016", "../ta2016/hollinsbrook.yaml", "bta", {
        "booth": ("x", "@jennabooth_maths", "j.booth"),
        "booth_fb": ("facebook", "@jenna.booth.7", "j.booth"),
        "kerr": ("instagram", "@niamhkerr_art", "n.kerr"),
        "hardcastle": ("facebook", "@wes.hardcastle", "w.hardcastle"),
        "sandhu": ("x", "@ravi_sci", "r.sandhu"),
        "garside": ("linkedin", "@carol-garside-head", "c.garside"),
        "oyelowo": ("linkedin", "@peter-oyelowo", "p.oyelowo"),
        "ainsworth": ("facebook", "@lucy.ainsworth.office", "l.ainsworth"),
        "official": ("x", "@HollinsbrookAcad", "l.ainsworth"),
        "fb": ("facebook", "@HollinsbrookAcademy", "l.ainsworth"),
        "sport": ("instagram", "@hollinsbrook_sport", "w.hardcastle"),
    })
    ok = s.ok
    ok("off-police-talk", "official", "Thank you to the police schools officer who visited Year 9 today to talk about knife crime and keeping safe. Powerful and important.",
       "A police officer giving a talk.")
    ok("off-magistrates", "fb", "Year 10 visited the magistrates' court for citizenship and met a real district judge. Fascinating day.",
       "A court visit.")
    ok("off-initials", "sport", "Congratulations to Rhys T. and Liberty M. on selection for the district athletics team! 🏅",
       "First name and initial on the sport account.")
    ok("off-published", "official", "Our inspection report has now been published: Hollinsbrook is Good, with behaviour and attitudes judged Outstanding. The full report is on our website.",
       "A published inspection outcome.")
    ok("off-results", "official", "Year 11 mock results are out next week. Please check the parent portal for your appointment time.",
       "School notice with the word 'results'.")
    ok("off-exams", "fb", "GCSE exam timetable for summer 2027 is now on our website. Good luck in your revision, Year 11!",
       "School notice.")
    ok("off-christmas-concert", "fb", "Christmas concert tickets are £4 (£2 concessions) from the school office. Doors 6.30pm.",
       "The school's own concert.")
    ok("off-holocaust", "official", "Year 9 heard from a Holocaust survivor's grandson today. A moving reminder of where hatred of Jewish people leads.",
       "A lesson against prejudice, naming a group.")
    ok("off-governors", "official", "We are recruiting a new community governor. If you have skills in finance or HR and would like to support our school, please contact the clerk via our website.",
       "A public governor vacancy.")
    ok("off-food-bank", "fb", "Our tutor groups collected 400 items for the local food bank this week. Thank you for your generosity!",
       "The school's own collection.")
    ok("pd-trust", "oyelowo", "Great trust-wide CPD day on adaptive teaching. Really valuable to swap ideas with colleagues from our sister academies.",
       "Professional development.")
    ok("job-move", "garside", "After eight wonderful years as head of Hollinsbrook I will be retiring in July. It has been the privilege of my career.",
       "A job move.")
    ok("colleague-praise", "oyelowo", "Huge thanks to our office manager, who has kept the whole place running through the snow. Superstar.",
       "Praise of a colleague.")
    ok("self-idiot", "booth", "Marked a whole set of mocks with the wrong mark scheme. Idiot. Starting again with a large coffee.",
       "Self-deprecation ('Idiot.' verdict on herself).")
    ok("self-clown", "kerr", "Painted my face by accident in the art room, now looking like a clown for parents' evening. Brilliant.",
       "Self-deprecation.")
    ok("feeling-useless", "sandhu", "Felt completely useless at the climbing wall today. My arms have given up.",
       "Self-deprecation with the subject dropped.")
    ok("circus-art", "kerr", "Year 8 are painting circus posters in the style of Toulouse-Lautrec. Clowns, acrobats and lots of red.",
       "Circus as an art topic.")
    ok("clown-fish", "booth_fb", "Took my nephew to the aquarium. He found the clown fish and shouted 'Nemo!' for an hour.",
       "A fish.")
    ok("joke-of-the-day", "sandhu", "Science joke of the day: I'd tell you a chemistry joke but I know I wouldn't get a reaction.",
       "A joke, no target.")
    ok("nightmare-kit", "hardcastle", "Nightmare with the minibus this morning, flat battery at 7am. The AA saved the fixture.",
       "'Nightmare' about a minibus.")
    ok("kill-sleep", "booth", "I'd kill for eight hours of sleep. Mocks week is brutal.",
       "Idiom.")
    ok("smash-revision", "booth", "Year 11: smash these mocks. You've done the work, now show it.",
       "Encouragement.")
    ok("destroyed", "hardcastle", "Our under 14s absolutely destroyed the opposition 42-7 today. Rugby at its best.",
       "A sports score.")
    ok("shot", "hardcastle", "Shot of the season from the Year 10 netballers today, right from the edge of the circle.",
       "A sports shot.")
    ok("word-destiny-jordan", "booth_fb", "Holiday booked: Petra in Jordan in the Easter break. Destiny fulfilled.",
       "A country and a noun; Jordan and Destiny are pupils.")
    ok("word-chanel-pearl", "ainsworth", "Treated myself to a Chanel lipstick and Mum's old pearl earrings for the wedding.",
       "A brand and a gem.")
    ok("word-sandy-gift", "kerr", "Sandy feet, a gift shop and chips on the prom. Whitby in December is the best.",
       "Nouns; Sandy and Gift are pupils.")
    ok("word-shannon-eden", "sandhu", "Cycled along the River Shannon on my holidays, then the Eden Project on the way home.",
       "Places.")
    ok("word-harmony-mason", "kerr", "Mason jars of paint water and a harmony of blues on the canvas. Good studio day.",
       "Nouns.")
    ok("friend-names", "booth_fb", "Dinner with Bethany and Owen from uni. We haven't changed a bit.",
       "Friends' first names, no school context.")
    ok("voted", "sandhu", "Voted before work. Polling station in the scout hut as always.",
       "Voting reported.")
    ok("church-concert", "ainsworth", "Went to a lovely candlelit concert in the cathedral tonight. The choir were sublime.",
       "A concert in a cathedral, reported.")
    ok("sikh-wedding", "sandhu", "My cousin's wedding at the gurdwara today. Three days of celebrations to go!",
       "The poster's family event.")
    ok("irish-night", "kerr", "Irish music night at the social club. Fiddles, a bodhrán and far too much Guinness.",
       "A national group named warmly.")
    ok("autistic-self", "kerr", "As an autistic art teacher, I love how many students tell me they see patterns too.",
       "The poster about herself.")
    ok("charity-done", "hardcastle", "Finished the Yorkshire Three Peaks for the MND Association. Thank you to everyone who sponsored the staff team!",
       "Thanks after a charity event.")
    ok("own-health", "ainsworth", "Two weeks off after my gallbladder op. Back on Monday, so excited for my own desk.",
       "The poster's own health.")
    ok("own-covid", "booth", "Tested positive. Sofa, Lemsip and a box set for me.",
       "The poster's own illness.")
    ok("org-phone", "ainsworth", "The council's bin collection line is 01632 960 321 if yours was missed on Tuesday too.",
       "An organisation's public number.")
    ok("price-url", "hardcastle", "Club kit is finally in: £25 for shirt and shorts from https://shop.example.org, and it came in two days. Looking sharp for the 31 January fixture.",
       "A price, a date, a URL in a report of the poster's own purchase.")
    ok("dob-self", "booth_fb", "Forty today! Born on a snowy Tuesday in 1986, according to my mum.",
       "The poster's own birthday.")
    ok("police-show", "ainsworth", "Line of Duty rewatch is going well. H is definitely the caretaker.",
       "A TV show.")
    ok("complaint-joke", "sandhu", "My only complaint about the new labs is that the fume cupboards are too quiet. I miss the roar.",
       "'complaint' in its everyday sense.")
    ok("investigation-pendulum", "sandhu", "Year 7 pendulum investigation today: fair testing, clipboards and one pendulum in the bin.",
       "'investigation' as science.")
    ok("exclusion-zone", "hardcastle", "Exclusion zone round the javelin area at sports day. Nobody argues with a PE teacher with a whistle.",
       "'exclusion zone' at sports day.")
    ok("restructure-essay", "booth", "Restructured my revision timetable for the third time. It's colour-coded now, which means it will definitely work.",
       "'restructured' a timetable.")
    ok("gardening-leave", "booth_fb", "Half term is my gardening leave: three days of weeding and a new greenhouse.",
       "Literal gardening in the holiday.")
    ok("sarcasm", "oyelowo", "Snow at last, said no site manager ever.",
       "Sarcasm at nobody.")
    ok("circus-weather", "hardcastle", "It was a total circus at the car wash on Saturday, queues round the block. Car's clean though.",
       "A verdict on a car wash, not the school.")
    ok("bloody-cold", "hardcastle", "Bloody cold on the touchline this morning. Thermals are out.",
       "Mild word about weather.")
    # round two
    ok("r2-police-talk", "fb", "Officers from the police came into school to speak to Year 8 about online scams. Thank you for a really useful session.",
       "A police visit to give a talk.")
    ok("r2-entitled", "ainsworth", "Reminder to my fellow office staff: we're entitled to a proper lunch break. Eat away from your desk!",
       "'entitled to': a right.")
    ok("r2-feeling", "booth", "Feeling a total fool after teaching the wrong set for ten minutes. They played along beautifully.",
       "Self-deprecation with the subject dropped.")
    ok("r2-box-office", "kerr", "Tickets for the gallery late opening are from the box office on 01632 960 717. Going with my sister!",
       "An organisation's number.")
    s.write()


if __name__ == "__main__":
    benign_upland()
    benign_early_life()
    benign_e_act()
    benign_triumph()
    benign_ta2016()

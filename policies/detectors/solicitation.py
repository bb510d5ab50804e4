"""Appeals to the reader: political, religious, commercial, or a chain letter.

Solicitation is an act, not a topic. "Vote Green on Thursday" asks the reader to do
something; "Just voted, the polling station in the church hall was heaving" reports what the
poster did, and "Labour announced free breakfasts today" reports news. So each signal needs
an appeal (an imperative, an invitation, an offer) aimed at a political, religious or
commercial target, and a few cues that are appeals in themselves ("#ad", "use my code",
"share this with 10 friends"). A school event (a nativity in the church, the PTA book fair)
lowers an invitation or an offer below the line: that is the school's own business.

The detector reports appeals on any account; whether they matter (e.g. only on official
accounts) is the pack's call.
"""
from __future__ import annotations

from typing import Iterable

import regex

from ..model import Hit
from ..text import cues
from .base import Detector, PostContext

#: A hit needs at least this score.
THRESHOLD = 0.6


class SolicitationDetector(Detector):
    CATEGORY = "solicitation"
    SIGNALS = ("political", "religious", "commercial", "chain_letter", "personal_appeal")

    #: Parties and movements, as they follow "vote", "support", "join".
    PARTIES = (
        "labour", "labour party", "conservative", "conservatives", "conservative party", "tory",
        "tories", "lib dem", "lib dems", "libdem", "libdems", "liberal democrat",
        "liberal democrats", "green", "greens", "green party", "reform", "reform uk", "snp",
        "plaid", "plaid cymru", "ukip", "dup", "sinn fein", "alliance", "sdlp", "brexit party",
        "workers party", "your party", "independent", "yes", "no", "leave", "remain",
    )
    #: Party names that are not ordinary words, so "support"/"join" + the name is an appeal.
    PARTIES_UNAMBIGUOUS = (
        "labour party", "labour", "conservatives", "conservative party", "tories", "lib dems",
        "liberal democrats", "green party", "reform uk", "snp", "plaid cymru", "ukip",
        "brexit party",
    )
    #: Words right before an imperative: "please vote", "get out and vote", "make sure you vote".
    IMPERATIVE_LEAD = (
        r"(?:^|[.!?,:;]\s*|\bplease\s+|\bpls\s+|\bgo\s+(?:out\s+)?(?:and\s+)?|\bget\s+out\s+and\s+"
        r"|\bmake\s+sure\s+(?:you\s+|to\s+|everyone\s+)?|\bremember\s+to\s+|\bdon't\s+forget\s+to\s+"
        r"|\bdo\s+not\s+forget\s+to\s+|\byou\s+(?:must|should)\s+|\beveryone\s+(?:should|must)\s+"
        r"|\bso\s+|\bjust\s+|\band\s+|\bnow\s+|\btomorrow\s+|\bthursday\s+|\bdon't\s+|\bnever\s+"
        r"|\bplease\s+don't\s+|[\U0001f000-\U0001faff\u2600-\u27bf]\s*)"
    )
    ELECTED_OFFICE = (
        "mp", "councillor", "cllr", "mayor", "police commissioner", "pcc", "council",
        "candidate", "msp", "ms", "mla", "prime minister", "pm", "leader",
    )
    CAMPAIGN = (
        r"(?:join|help)\s+(?:us|me)\s+(?:out\s+)?(?:canvass\w*|leaflet\w*|campaign\w*|on\s+the\s+doorstep"
        r"|knocking\s+(?:on\s+)?doors|door-?knocking)"
        r"|(?:canvassing|leafleting|campaigning|knocking\s+(?:on\s+)?doors|door-?knocking|out\s+delivering\s+leaflets)\s+for\s+(?:the\s+)?(?:{parties}|"
        r"[a-z]+\s+[a-z]+\s+(?:for|as)\s+(?:{office})"
        # "knocking doors for our Green candidate", "leafleting for my local councillor".
        r"|(?:our|my|your|the)\s+(?:local\s+|new\s+)?(?:(?:{parties})\s+)?(?:{office}))\b"
        r"|(?:keep|kick|get|vote)\s+(?:the\s+)?(?:tories|conservatives|labour|reform)\s+out\b"
        r"|#(?:tories|toriesout|gtto|labourout|voteout)\w*"
        r"|(?:donate|donating|chip\s+in|contribute|give)\s+(?:\w+\s+)?(?:to|towards)\s+(?:[\w'-]+\s+){{0,3}}?"
        r"(?:(?:(?:re-?)?election|campaign|fighting)\s+fund|(?:{parties})(?:'s)?\s+(?:branch|campaign|candidate))"
        r"|(?:{parties})\s+(?:leaflets?|flyers?|canvassing|door-?knocking)\s+(?:need|needs|to)\s+(?:deliver\w*|doing|be\s+delivered)"
        r"|let'?s\s+(?:get|win|take|keep)\s+(?:this|the|our)\s+(?:council|seat|ward|constituency)\s+(?:back|red|blue|green)\b"
        # The contest itself, won by the reader's help: "let's win this ward!".
        r"|let'?s\s+(?:win|take|hold|flip)\s+(?:this|the|our)\s+(?:seat|ward|constituency|by-?election)\b"
        # A protest appeal: "join the march against austerity", "come to the rally to save our NHS".
        r"|(?:join|come\s+(?:on|to|along\s+to)|march\s+with\s+us\s+at|be\s+at)\s+(?:us\s+(?:on|at)\s+)?(?:the|our|this)\s+"
        r"(?:[\w'-]+\s+)?(?:march|rally|protest|demo|demonstration|picket(?:\s+line)?)\s+(?:against|to\s+(?:save|defend"
        r"|stop|scrap)|in\s+(?:defence|support)\s+of)\b"
    )
    #: A protest appeal with a place or a time instead of a cause: "please join the picket at
    #: the town hall on Saturday", "builders, join the rally outside the council". Only as an
    #: imperative, so "I'm going to join the march" reports and "the march closed the road"
    #: is news.
    PROTEST_CALL = (
        r"{lead}(?:join|come\s+(?:on|to|along\s+to)|be\s+at|support)\s+(?:us\s+(?:on|at)\s+)?(?:the|our|this|a)\s+"
        r"(?:[\w'-]+\s+){{0,2}}?(?:march|rally|protest|demo|demonstration|picket(?:\s+line)?|walkout|sit-in)\s+"
        r"(?:at|outside|on|in\s+front\s+of|this|next|tomorrow|tonight|in\s+(?:the\s+)?(?:town|city)\s+(?:centre|square))\b"
        r"|\bbring\s+(?:a|your|some)\s+(?:placards?|banners?|megaphones?)\b"
    )
    #: "Give him your vote": an appeal when the post names a party or an elected office.
    GIVE_VOTE = (r"\b(?:give|lend)\s+(?:him|her|them|us|[a-z'-]+)\s+your\s+(?:vote|votes|x|support\s+on\s+(?:thursday|polling\s+day))\b"
                 r"|\bmake\s+your\s+(?:voice|vote)\s+(?:heard|count)\b")
    #: The appeal softened: "we'd encourage all our families to vote for the candidate who...",
    #: "I'd urge every family to back Labour". A target is needed: "we encourage all parents to
    #: vote in the governor election" is civic, not partisan.
    URGE = (
        r"\b(?:encourage|urge|ask|implore|beg|call\s+on)\s+(?:you|every(?:one|body)|all\s+of\s+you"
        r"|(?:all|every)\s+(?:of\s+)?(?:our\s+|my\s+|the\s+|your\s+)?(?:[\w'-]+\s+){{0,2}}?(?:families|family|parents|carers"
        r"|readers|followers|friends|households?|members|voters)"
        r"|(?:our|my|the|your)\s+(?:[\w'-]+\s+){{0,2}}?(?:families|parents|carers|readers|followers|community))\s+to\s+"
        r"(?:vote|back|support|elect)\s+(?:for\s+)?(?:the\s+)?(?:{parties}|{office})(?![a-z0-9])")
    #: Offices for URGE and ENDORSE: "back the council" or "support the leader" is no election.
    URGE_OFFICE = ("mp", "councillor", "cllr", "mayor", "police commissioner", "pcc", "candidate", "msp", "mla",
                   "prime minister")
    #: The school (or "we") declaring for a party: "Upland Primary backs Reform in this election".
    ENDORSE = (
        r"\b(?:we|{names}|(?:the|our)\s+(?:school|academy|trust|provision|college))\s+(?:(?:proudly|fully|wholeheartedly"
        r"|strongly)\s+)?(?:backs?|supports?|endorses?|(?:is|are|'re)\s+(?:backing|supporting|endorsing))\s+(?:the\s+)?"
        r"(?:{parties}|reform(?=\s+(?:in|at|on|for)\s+(?:this|the|next|thursday|may)\b)"
        r"|(?:[\w'-]+\s+)?candidate\s+for\s+(?:the\s+)?(?:{office}))"
        r"(?![a-z0-9])")
    PETITION = (
        r"{lead}(?:sign|signing)\s+(?:and\s+share\s+)?(?:[\w']+\s+){{0,5}}?petition\b"
        # "add your name to stop it", "add your signature to the petition": a campaign's ask,
        # not a register ("add your name to the list for the disco").
        r"|\badd\s+your\s+(?:name|signature|voice)\s+(?:(?:to\s+)?[^.!?]{{0,40}}?\b(?:petition|campaign)\b"
        r"|to\s+(?:stop|save|block|oppose|fight|scrap|protect)\b|against\b)"
        # Petition sites: "change.org/save-our-park", "petition.parliament.uk/petitions/1".
        r"|\b(?:change\.org|chng\.it|petition\.parliament\.uk|38degrees\.org\.uk|you\.38degrees\.org\.uk"
        r"|avaaz\.org|megaphone\.org\.uk)/"
        r"|\b(?:on|at|via)\s+(?:change\.org|38\s?degrees|avaaz)\b"
        # "It takes two minutes to stop them": the reader's minute asked for a campaign.
        r"|\bit\s+(?:only\s+)?takes\s+(?:\w+\s+)?(?:minutes?|seconds?|mins?)\s+to\s+(?:stop|save|block|object|oppose|fight"
        r"|protect)\b"
    )

    #: Words without which no faith appeal can match (a cheap first pass).
    FAITH_WORDS = (
        "jesus", "christ", "god", "god's", "allah", "lord", "saved", "repent", "sinner*", "faith",
        "church", "congregation", "parish", "fellowship", "mosque", "temple", "gurdwara",
        "synagogue", "islam", "christianity", "judaism", "bible", "holy spirit", "miracle", "healing",
        "pastor", "set free", "born again",
    )
    #: A faith appeal is an appeal in itself.
    FAITH_APPEAL = (
        r"(?:accept|receive|welcome|invite|let|find|know|follow|meet|encounter|get\s+to\s+know|embrace"
        r"|give\s+your\s+(?:life|heart)\s+to)\s+"
        r"(?:jesus|christ|god|allah|the\s+lord)(?:\s+christ)?(?:\s+(?:into|as)\s+your)?"
        r"|(?:jesus|christ|god|allah)\s+(?:loves|died\s+for|is\s+calling|wants)\s+you"
        r"|(?:turn|come|return)\s+(?:back\s+)?to\s+(?:jesus|christ|god|allah|the\s+lord)"
        r"|\b(?:be|get)\s+saved\b|\brepent\b|sinner'?s\s+prayer"
        r"|join\s+(?:our|my)\s+(?:faith|church|congregation|parish|fellowship|mosque|temple|"
        r"gurdwara|synagogue)"
        r"|(?:convert|revert)\s+to\s+(?:islam|christianity|judaism|the\s+faith)"
        r"|(?:embrace|embracing|accept|accepting)\s+(?:islam|christianity|judaism|the\s+(?:christian\s+|muslim\s+|jewish\s+)?faith)"
        r"|(?:discover|learn\s+about|explore|experience|find\s+out\s+(?:more\s+)?about)\s+(?:the\s+(?:beauty|truth|joy|love|peace|light|message)\s+of\s+)?"
        r"(?:islam|jesus|christ|the\s+bible|god's\s+love|the\s+gospel|the\s+quran"
        r"|the\s+christian\s+faith)"
        r"|(?:jesus|christ)\s+is\s+the\s+(?:only\s+)?(?:way|answer|truth)"
        r"|(?:only|just)\s+(?:jesus|god|allah)\s+can\s+(?:save|heal)"
        r"|(?:find|discover|explore)\s+(?:faith|your\s+faith|a\s+faith)\s+(?:in|with|at|through|this)\b"
        r"|welcome\s+to\s+(?:find|discover|explore)\s+(?:faith|your\s+faith)\b"
        # Healing and deliverance offered to the reader: "come and be set free by the power of
        # the Holy Spirit", "receive your miracle".
        r"|(?:come\s+(?:and\s+)?|you\s+(?:can|will)\s+)(?:be\s+)?(?:set\s+free|healed|delivered|born\s+again|filled\s+with\s+the"
        r"\s+(?:holy\s+)?spirit|touched\s+by\s+(?:god|jesus|the\s+holy\s+spirit))\b"
        r"|receive\s+(?:your|a)\s+(?:miracle|healing|blessing|breakthrough)\b"
    )
    INVITE = (
        r"(?:come\s+(?:and\s+)?(?:join|worship|pray)|come\s+(?:along\s+)?(?:to|and)|join\s+(?:us|me)"
        r"|(?:all|everyone|anyone)\s+(?:is\s+|are\s+)?(?:very\s+|warmly\s+)?welcome"
        r"|you\s+are\s+(?:all\s+)?(?:warmly\s+)?(?:invited|welcome)|why\s+not\s+come"
        r"|bring\s+(?:your|the)\s+(?:family|kids|friends)|do\s+come|please\s+come"
        r"|why\s+not\s+(?:join|try|pop\s+(?:in|along|down))|invites?\s+(?:you|every\s*one|everybody|every\s+family"
        r"|all\s+families|all)"
        r"|join\s+(?:the|our)\s+(?:[\w'-]+\s+)?(?:family|community|congregation)"
        # "Would love to see some new faces there", "St Mary's welcomes you every Sunday",
        # "message me for a place".
        r"|would\s+love\s+to\s+see\s+(?:you|your\s+\w+|everyone|lots\s+of\s+(?:you|families)"
        r"|(?:some|more|new|lots\s+of)\s+(?:[\w'-]+\s+){0,3}?faces)"
        r"|welcomes?\s+(?:you|everyone|everybody|all|families|new\s+faces)"
        r"|(?:message|dm|pm|contact|ask)\s+me\s+for\s+(?:a|your)\s+(?:place|space|spot))\b"
    )
    WORSHIP = (
        "church", "chapel", "mosque", "masjid", "temple", "gurdwara", "synagogue", "mandir",
        "cathedral", "kingdom hall", "worship", "sunday service", "morning service",
        "evening service", "mass", "holy communion", "prayers", "prayer meeting", "jummah",
        "bible study", "alpha course", "sunday school", "fellowship", "revival", "praise night",
        "house group", "halaqa", "quran class", "quran classes", "quran circle", "quran school",
        "madrasa", "madrassa", "bible class", "bible group", "prayer group", "prayer circle",
        "messy church", "youth church", "gospel hall", "mission hall", "meeting house",
        "healing rally", "healing service", "miracle service", "miracle rally", "crusade", "worship night",
        "prayer breakfast",
    )
    #: An invitation to take part in worship itself ("come and worship with us"): the people
    #: it welcomes ("all families welcome") do not make it a school event.
    WORSHIP_ACT = (r"\b(?:come\s+(?:and\s+)?(?:worship|pray)|(?:worship|pray)\s+with\s+us"
                   # Faith taught to children at a church's club: "lunch and Bible stories".
                   r"|bible\s+(?:stories|study|club|readings?)|sunday\s+school"
                   r"|(?:learn|hear|learning|hearing)\s+(?:more\s+)?about\s+(?:jesus|god|allah|the\s+bible|the\s+prophet))\b")
    #: Worship addressed to a deity ("to give thanks to the Lord", "to praise God"): the
    #: invitation is to worship, whichever school words come with it.
    DEITY_ACT = (r"\b(?:give\s+thanks|giving\s+thanks|thank|praise|praising|worship|worshipping|glorify)\s+"
                 r"(?:to\s+)?(?:the\s+lord|god|jesus|christ|allah|our\s+(?:lord|saviour|creator))\b")
    AUDIENCE = frozenset(("parents", "families"))
    #: The school's own events: an invitation to these is school business, not worship.
    SCHOOL_EVENT = (
        "nativity", "carol concert", "harvest festival", "leavers", "school", "pupils", "class",
        "year 1", "year 2", "year 3", "year 4", "year 5", "year 6", "reception", "nursery",
        "pta", "fundrais*", "charity", "raffle", "tombola", "fair", "parents", "families",
        "open evening", "open day", "book fair", "uniform", "school trip", "bake sale",
        "cake sale", "non-uniform", "christmas jumper", "sports day", "breakfast club",
        "after school club", "after-school club", "wraparound",
    )

    #: Commercial cues that are appeals in themselves.
    COMMERCIAL_STRONG = (
        r"#(?:ad|advert|advertisement|sponsored|spon|gifted|affiliate|paidpartnership|collab)\b"
        r"|\baffiliate\s+link|\bpaid\s+partnership\b"
        # Selling through a marketplace: "loads of bits on my Vinted", "check out my Depop".
        r"|\b(?:on|check\s+out|visit|see)\s+my\s+(?:vinted|depop|ebay|etsy|shpock|marketplace|poshmark)\b"
        # Party-plan and network-marketing brands with a sale or a party: "new Avon brochure",
        # "my sister's Usborne book party", "sells Scentsy".
        r"|\b(?:avon|scentsy|usborne|tupperware|younique|herbalife|arbonne|oriflame|partylite|forever\s+living"
        r"|colour\s+street|pampered\s+chef|phoenix\s+trading|kleeneze|betterware|jamberry|neal's\s+yard\s+remedies)"
        r"\s+(?:brochures?|catalogues?|orders?|rep|consultant|gift\s+sets?|sale|online\s+shop)\b"
        # A party plan's party is an appeal when the reader is asked to book or join one ("sign
        # up to my sister's Usborne book party"), not when the poster went to one.
        r"|\b(?:book|host|join|sign\s+up\s+(?:to|for))\s+(?:a|an|my|our|her|his|your)?\s*(?:[\w-]+'s\s+)?"
        r"(?:avon|scentsy|usborne|tupperware|younique|arbonne|oriflame|partylite|colour\s+street|pampered\s+chef"
        r"|jamberry)\s+(?:book\s+)?part(?:y|ies)\b"
        r"|\b(?:sells?|selling|stocks?|stocking)\s+(?:avon|scentsy|usborne|tupperware|younique|herbalife|arbonne|oriflame"
        r"|partylite|forever\s+living|colour\s+street|pampered\s+chef|phoenix\s+trading|kleeneze|betterware|jamberry)\b"
        # A colleague's side business pushed: "now sells candles", "check out her page".
        r"|\bcheck\s+out\s+(?:her|his|their)\s+(?:page|shop|store|website|business|etsy|stall)\b"
        r"|\boffering\s+(?:private\s+)?(?:[\w+:/-]+\s+){0,2}?(?:tuition|tutoring|lessons|treatments)\b"
        r"|\b(?:use|with|enter|apply)\s+(?:my\s+|our\s+|the\s+)?(?:discount\s+|promo\s+|voucher\s+)?"
        r"code\s+[a-z0-9]*\d[a-z0-9]*\b"
        r"|\b(?:discount|promo|voucher|referral)\s+code\b"
        r"|\b(?:(?:dm|pm|message|inbox|whatsapp|text)\s+(?:me\s+|us\s+|her\s+|him\s+)?(?:directly\s+)?"
        r"|(?:drop|send)\s+(?:me|us)\s+a\s+(?:message|msg|dm|pm|text|line)\s+|give\s+(?:me|us)\s+a\s+(?:shout|bell|call)\s+)"
        r"(?:for|to)\s+(?:book\w*|prices?|(?:your\s+|an\s+|my\s+)?orders?|"
        r"price\s+list|orders?|rates|details|enquiries|appointments|availability|info|more\s+info|"
        r"(?:a|the|my|our)\s+(?:new\s+|latest\s+)?(?:brochure|catalogue|catalog|menu)|brochures?|catalogues?|"
        r"(?:a\s+|your\s+)?(?:discount|code|\d{1,2}\s?%\s+off|free\s+sample)|order"
        # "DM me for my skincare starter kit", "DM for a quote".
        r"|(?:a|an|my|our|your)\s+(?:free\s+)?(?:[a-z]+\s+){0,2}?(?:starter\s+kit|kit|bundle|quote|quotes"
        r"|samples?|price|prices))\b"
        r"|\b(?:i'm|i\s+am|i've\s+started|now)\s+(?:now\s+)?(?:selling|stocking)\b"
        r"|\b(?:i'm|i\s+am)\s+(?:now\s+)?an?\s+(?:\w+\s+)?(?:consultant|ambassador|distributor|stockist)\b"
        r"|\boff\s+your\s+first\s+(?:order|purchase|box|session)\b"
        r"|\b(?:now\s+)?taking\s+(?:on\s+)?(?:(?:new|private|more)\s+)?(?:[a-z]+\s+)?(?:bookings|orders|clients)\b"
        r"|\b(?:join|grow)\s+my\s+team\b|\bwork\s+from\s+home\s+opportunity\b|\bpassive\s+income\b"
        r"|\bearn\s+(?:extra\s+)?(?:money|cash|£\d+|££+|\$\$+)\s+(?:from\s+home|a\s+week|a\s+month"
        r"|from\s+your\s+phone|in\s+your\s+spare\s+time)"
        r"|\b(?:private\s+)?(?:tuition|tutoring)\s+(?:available|spaces|slots)\b"
        r"|\b(?:spaces|slots)\s+available\s+for\s+(?:tuition|tutoring|lessons)\b"
        r"|\b(?:check\s+out|visit|support|follow)\s+(?:my|our)\s+(?:new\s+)?(?:little\s+)?"
        r"(?:small\s+)?(?:[a-z]+\s+)?(?:shop|store|etsy|business|online\s+shop|side\s+hustle)\b"
        r"|\borders\s+(?:are\s+)?(?:now\s+)?(?:open|being\s+taken)\b"
        r"|\bcheck\s+out\s+our\s+friends\s+at\b|\bsponsored\s+post\b|\bin\s+partnership\s+with\b"
        # Affiliate links: "through my link", "we get a kickback", "I earn a small commission".
        # "Our link" only with its kind named: "book via our link" is the school's own form.
        r"|\b(?:through|via|using|use)\s+my\s+(?:affiliate\s+|referral\s+|special\s+)?link\b"
        r"|\b(?:through|via|using|use|from|with)\s+(?:my|our)\s+(?:affiliate|referral)\s+link\b"
        r"|\b(?:i|we)\s+(?:may\s+|might\s+)?(?:earn|get|receive|make)\s+(?:a\s+)?(?:small\s+|little\s+|tiny\s+)?"
        r"(?:commission|kickback|referral\s+fee)\b|\bamzn\.to/"
        # A name to quote for a discount: "mention Upland for £50 off", "quote ELE for a free upgrade".
        r"|\b(?:mention|quote|say)\s+[\w@'-]+(?:\s+[\w'-]+)?\s+(?:for|to\s+get|and\s+get)\s+(?:a\s+|an\s+)?"
        r"(?:£\d+|\d{1,2}\s?%|discount|free\b|money\s+off)"
        # Lessons offered to parents through a contact: "DM me if your little ones need help
        # with phonics over summer", "message me if your teen is worried about the mocks".
        r"|\b(?:dm|pm|message|inbox|text|contact|(?:drop|send)\s+me\s+a\s+(?:message|msg|dm|pm|line)|get\s+in\s+touch"
        r"|give\s+me\s+a\s+(?:shout|bell))\s+(?:with\s+)?(?:me\s+)?if\s+(?:your\s+|you\s+have\s+an?\s+|any\s+)?(?:little\s+ones?|kids?"
        r"|child(?:ren)?|son|daughter|teens?|teenagers?|youngsters?|young\s+ones?|learners?)\b[^.!?]{0,60}?"
        r"\b(?:tutor\w*|tuition|lessons?|phonics|reading|maths|times\s+tables|spellings?|sats|gcses?|a-?levels?"
        r"|11\+|eleven\s+plus|mocks|revision|homework|catch(?:ing)?\s+up|a\s+boost|extra\s+help)"
        # ... as private work: a holiday, a fee, sessions ("DM me if your child needs help with
        # reading, here are some free resources" is the school's own help).
        r"(?=[\s\S]{0,150}?\b(?:summer|holidays?|half[- ]term|easter|christmas|weekends?|evenings?|september|after\s+school"
        r"|rates?|sessions?|slots?|small\s+groups?|private|1:1|one[- ]to[- ]one|tutor\w*|tuition|fees?|an\s+hour|per\s+hour)\b)"
        # Money-making pitches (network marketing, side hustles): "want to know how I made £400
        # extra", "fancy earning from home around pick-up?", "drop a 💜 and I'll send you the details".
        r"|\b(?:want\s+to|wanna|like\s+to|ask\s+me)\s+(?:know|find\s+out)\s+how\s+i\s+(?:made|make|earn|earned|making|earning)\s+"
        r"(?:an?\s+)?(?:extra\s+)?(?:£\d[\d,.]*|\$\d[\d,.]*|money|cash|a\s+second\s+income|a\s+side\s+income)\s+[^.!?]{0,25}?"
        r"\b(?:extra|a\s+month|a\s+week|per\s+month|per\s+week|from\s+(?:home|my\s+phone|my\s+sofa)|on\s+the\s+side|passive"
        r"|in\s+my\s+spare\s+time|last\s+month|this\s+month)\b"
        r"|\b(?:fancy|want|wanting|like)\s+(?:to\s+)?(?:earning|earn|making|make)\s+(?:some\s+|a\s+bit\s+of\s+|an\s+)?(?:extra\s+)?"
        r"(?:money\s+|cash\s+|income\s+)?(?:from\s+(?:home|your\s+phone|your\s+sofa)|around\s+(?:the\s+)?(?:school\s+run|pick-?ups?"
        r"|drop-?offs?|the\s+kids|your\s+kids|family\s+life|your\s+family))"
        r"|\b(?:made|earned|making|earning|make|earn)\s+(?:an?\s+)?(?:extra\s+)?£\d+(?:,\d{3})?\s+(?:extra\s+)?(?:last\s+month\s+"
        r"|this\s+month\s+|a\s+month\s+|a\s+week\s+)?(?:from\s+(?:my|your)\s+(?:phone|sofa|kitchen\s+table)|from\s+home|on\s+the\s+side"
        r"|in\s+my\s+spare\s+time)"
        r"|\b(?:drop|comment|reply|type|send\s+me)\s+(?:an?\s+)?(?:[\U0001f000-\U0001faff\u2600-\u27bf]\ufe0f?|['\"‘“]?(?:info|yes"
        r"|me|interested|details)['\"’”]?)\s+(?:below\s+)?(?:and|&|for)\s+(?:i'll|i\s+will|ill)\s+(?:send|dm|message|pm|inbox)\s+"
        r"(?:you\s+)?(?:the\s+|more\s+|all\s+the\s+)?(?:details|info|information|link)"
    )
    #: An offer: not an appeal alone ("20% off at the garden centre, bargain"), but it is
    #: with a second offer or a push.
    COMMERCIAL_OFFER = (
        r"\b\d{1,2}\s?%\s+off\b|£\d+\s+off\b|\bhalf\s+price\b|\bbogof\b|\bbuy\s+one\s+get\s+one\b"
        r"|\bfree\s+(?:delivery|shipping|trial|consultation|taster)\b|\bgiveaway\b|\benter\s+to\s+win\b"
        r"|\blimited\s+(?:spaces|stock|availability|offer|time\s+only)\b|\bspecial\s+offer\b"
        r"|£\d+(?:\.\d\d)?\s*(?:per|an|a|/)\s*(?:hour|hr|session|lesson|class|day|week|month|term|child|person|head)\b"
        r"|\b(?:very\s+)?(?:reasonable|competitive|affordable|fair|low)\s+(?:rates|prices)\b"
        r"|\b(?:a\s+)?(?:trial|taster)\s+(?:session|lesson|class)\b"
        # A private sale: "going cheap", "£200 the lot", "he'll do it for £35".
        r"|\bgoing\s+(?:cheap|for\s+a\s+(?:song|bargain|steal))\b"
        r"|£\d+(?:\.\d\d)?\s+(?:the\s+lot|for\s+the\s+lot|for\s+both|for\s+all\s+(?:of\s+it|of\s+them|three))\b"
        r"|\b(?:will|'ll|can|could)\s+do\s+(?:it|them|yours|one|you\s+one)\s+for\s+(?:just\s+|only\s+)?£\d+"
        # A relative's or a colleague's new business: "my sister has just opened her nail bar",
        # "our teacher's husband has just opened a soft play" ("my brother's garage" alone is
        # as often where the poster took the car).
        r"|\b(?:my|our|[\w-]+'s)\s+(?:sister|brother|mum|mam|mom|dad|husband|wife|partner|cousin|aunt|auntie|uncle|niece"
        r"|nephew|son|daughter|best\s+friend|bestie|friend|sister-in-law|brother-in-law|other\s+half|hubby|fiancee?)"
        r"\s+(?:has\s+|have\s+)?(?:just\s+)?(?:opened|launched|started|set\s+up)\s+(?:up\s+)?(?:a|an|her|his|their)\s+"
        r"(?:own\s+|new\s+|little\s+)?(?:[\w-]+\s+){0,2}?(?:business|salon|shop|cafe|bakery|garage|company|studio|gym"
        r"|nail\s+bar|barbers?|restaurant|takeaway|soft\s+play|clinic|practice|firm|round|service)\b"
        # The poster's own product out now: "my book is finally out", "the new range of my
        # candles is live"; and the seller's lines that go with it.
        r"|\bmy\s+(?:new\s+|first\s+|latest\s+|debut\s+)?(?:[\w'-]+\s+){0,3}?(?:book|novel|candles?|range|collection|prints?"
        r"|jewellery|cards|album|course|e-?book|planners?|products?|designs?|bakes|brownies|cakes)\s+(?:is|are)\s+"
        r"(?:finally\s+|now\s+|officially\s+)?(?:out|live|available|here|on\s+sale|in\s+stock|launched|back)\b"
        r"|\b(?:range|collection|batch|stock|restock|drop)\s+of\s+my\s+[^.!?]{0,40}?\s(?:is|are)\s+(?:now\s+)?(?:live"
        r"|available|in\s+stock|on\s+sale|ready)\b"
        r"|\bsigned\s+copies\b"
        r"|\brecruiting\s+(?:new\s+members\s+)?for\s+my\s+(?:own\s+|private\s+|new\s+)?(?:[\w-]+\s+){0,2}?(?:club|team|group"
        r"|class|classes|bootcamp)\b"
        r"|\b(?:places|spaces|spots|tickets)\s+(?:are\s+)?(?:strictly\s+)?limited\b"
        r"|\b(?:2|two)\s+for\s+(?:1|one)\b|\b(?:3|three)\s+for\s+(?:2|two)\b"
        # A multibuy price: "three for £30" (a price each is as often a report of one paid).
        r"|\b(?:\d|two|three|four|five|six)\s+for\s+£\d+(?:\.\d\d)?\b"
        r"|\b(?:amazing|great|fab|brilliant|unbeatable|exclusive|massive)\s+(?:deals|offers|discounts|savings)\b"
        r"|£\d+(?:\.\d\d)?\s+(?:a\s+go|a\s+strip|a\s+line)\b"
        # A price per item: "£5 a bottle" ("£30 each" is as often a report of a price paid).
        r"|£\d+(?:\.\d\d)?\s+(?:a|per)\s+(?:bottle|jar|box|bag|pack|tub|candle|card|bunch|loaf|dozen|tray)\b"
        # A (relative's) new business: "has just started his own window cleaning round".
        r"|\b(?:started|starting|launched|launching|set\s+up|opened|opening)\s+(?:up\s+)?(?:his|her|their|my|our)\s+own\s+"
        r"(?:[\w-]+\s+){0,3}?(?:business|round|company|shop|salon|bakery|cafe|firm|service|studio)\b"
        # A private sale: "£120 ono", "collection only", "selling my old pram ... £60".
        r"|£\d+(?:\.\d\d)?\s*(?:ono|o\.n\.o\.?|ovno|obo|or\s+(?:nearest|near|best)\s+offer)\b"
        r"|\b(?:collection\s+only|buyer\s+collects|buyer\s+to\s+collect|can\s+post\s+for\s+£)"
        r"|\b(?:i'm\s+|i\s+am\s+)?selling\s+(?:my|our|a|an|some|the)\s+[^.!?]{0,50}?£\d+"
    )
    #: A push towards a purchase or a booking.
    COMMERCIAL_PUSH = (
        r"\bbook\s+(?:now|today|in|your\s+(?:slot|place|appointment|session))\b"
        r"|\b(?:order|shop|buy)\s+(?:now|today|yours|here|online)\b|\bget\s+yours\b"
        r"|\bdon't\s+miss\s+(?:out|it)\b|\bhead\s+(?:over\s+|down\s+)?to\b|\bcheck\s+(?:them\s+|it\s+)?out\b"
        r"|\bsign\s+up\b|https?://|www\.|\bbookings?\b|\bgrab\s+(?:a|one|yours|your)\b"
        r"|\blink\s+in\s+(?:my\s+)?bio\b|\b(?:book|order)\s+(?:at|via|through|online\s+at)\s+[\w.-]+\.[a-z]{2,}\b"
        r"|\b(?:collection|shop|store|range|website|menu|drop)\s+is\s+(?:now\s+)?live\b"
        r"|\bsnap\s+(?:it|one|them)\s+up\b|\bwhile\s+(?:stocks|they)\s+last\b"
        r"|\bregister\s+(?:now|today|here|online|your\s+interest)\b|\breserve\s+(?:your|a)\s+(?:place|spot|space)\b"
        r"|\btell\s+(?:them|him|her)\s+(?:[\w@.'-]+\s+){1,3}?sent\s+you\b|\bmention\s+(?:this\s+post|us|our\s+name)\b"
        # A deadline on the offer, or a request to get in touch for it.
        r"|\b(?:this\s+(?:week|weekend|month)|today|tonight|this\s+sunday)\s+only\b"
        r"|\b(?:dm|pm|inbox|message)\s+(?:me|us|her|him|the\s+(?:page|account)|this\s+(?:page|account))\b"
        # Custom for someone's business: "go and show her some love", "give them a follow".
        r"|\b(?:show|give)\s+(?:her|him|them)\s+some\s+(?:love|support|custom)\b|\bgo\s+and\s+support\s+(?:her|him|them)\b"
        r"|\bgive\s+(?:her|him|them)\s+a\s+(?:follow|try|look)\b|\b(?:dm|pm)\s+for\b|\bfor\s+a\s+(?:free\s+)?quote\b"
    )
    #: A member of staff asking readers for money for their own cause: "please sponsor me",
    #: "my JustGiving link". The first person keeps the school's own appeals out.
    PERSONAL_APPEAL = (
        r"\bsponsor\s+me\b|\bmy\s+(?:justgiving|just\s+giving|gofundme|go\s+fund\s+me|fundraising\s+page"
        r"|donation\s+page)\b|\b(?:donate|give)\s+(?:to|via|on)\s+my\s+(?:page|link|justgiving|fundraiser)\b"
        r"|\b(?:i'm|i\s+am|i'll\s+be)\s+(?:\w+\s+){0,4}?for\s+(?:\w+\s+){0,3}?(?:please\s+)?(?:sponsor|donate)\b"
        # Sponsoring a person, not the school: "sponsor him", "sponsor our deputy head's skydive".
        r"|\bsponsor\s+(?:him|her)\b"
        r"|\bsponsor\s+our\s+(?:[\w-]+\s+){0,2}?[\w-]+'s\s+(?:sky\s?dive|run|walk|swim|marathon|half|challenge|trek|climb"
        r"|head\s+shave|cycle|ride|abseil|zip\s?wire)"
        r"|\b(?:his|her|their)\s+(?:justgiving|just\s+giving|gofundme|go\s+fund\s+me|fundraising|donation)\s+(?:page|link)\b"
        r"|(?<!\bour\s)(?<!\bschool's\s)\b(?:justgiving|gofundme)(?:\.com/|\s+link\b)"
        r"|\b(?:raffle|tickets?|sweepstake|tombola)\b[^.!?]{0,40}?\bfor\s+my\s+(?:own\s+)?(?:\w+\s+){0,2}?(?:kitty|fund"
        r"|do|holiday|wedding|trip|birthday|savings|car|house)\b"
        # A crowdfunding page that is the poster's: "chip in via the GoFundMe pinned on my profile".
        r"|\b(?:chip\s+in|donate|give|contribute)\s+(?:via|through|on|at|using)\s+(?:the|my)\s+(?:justgiving|just\s+giving"
        r"|gofundme|go\s+fund\s+me|crowdfunder|fundraiser|fundraising\s+page|donation\s+page)\b"
        r"|\b(?:justgiving|gofundme|go\s+fund\s+me|crowdfunder)(?:\s+page|\s+link)?(?:'s|\s+is)?\s+(?:pinned|in\s+my\s+bio"
        r"|on\s+my\s+(?:profile|page))\b"
    )
    #: Money raised for someone's own life, not a charity: "raising money for her wedding",
    #: "saving up for his treatment". An appeal only with an ask (PERSONAL_ASK) in the post.
    PERSONAL_CAUSE = (
        r"\b(?:raising|raise|collecting|saving\s+up)\s+(?:money|funds|cash)\s+(?:for|towards)\s+(?:her|his|my|their|our)\s+"
        r"(?:own\s+|upcoming\s+|big\s+|dream\s+)?(?:wedding|honeymoon|holiday|trip|car|house|deposit|birthday|surgery"
        r"|treatment|operation|ivf|funeral|dog|cat|pet|van|bike|gap\s+year|course|degree|masters)\b"
        # A person's own shortfall: "she needs £2,500 for travel and kit", "I have to raise £800".
        # "We need £N" is as often the school's own appeal on its account, so not "we".
        r"|\b(?:she|he|i)\s+(?:still\s+)?(?:needs?|has\s+to\s+(?:find|raise)|have\s+to\s+(?:find|raise)|must\s+raise"
        r"|(?:is|am|'m)\s+trying\s+to\s+raise)\s+(?:to\s+raise\s+)?(?:another\s+|over\s+|nearly\s+|almost\s+)?£\d[\d,.]*k?\b"
    )
    #: Money asked of readers in so many words: "if anyone could spare anything towards our
    #: last round", "spare a few quid for my trip". "Our" is the poster's household on a
    #: personal account, the school on its own.
    SPARE = (
        r"\b(?:could|can|able\s+to|willing\s+to)\s+spare\s+(?:anything|a\s+few\s+(?:pounds|quid|pennies|pence)|a\s+little"
        r"|some\s+(?:change|money|cash)|£\d+|a\s+(?:fiver|tenner|pound|couple\s+of\s+(?:pounds|quid)))\s+"
        r"(?:to\s+help\s+)?(?:towards|for|to)\s+(?:{whose})\b"
    )
    PERSONAL_ASK = (r"\b(?:contribute|donate|donation|donations|chip\s+in|give\s+what|every\s+(?:little|pound|penny)"
                    r"|link|sponsor)\b")
    #: Businesses asked to put their name on a private club's kit: "any local businesses fancy
    #: getting their logo on the shirts?". The school's own kit (a school word in the post, or
    #: its own account asking) is its business.
    BUSINESS_SPONSOR = (
        r"\b(?:any|local)\s+(?:local\s+)?(?:businesses|companies|firms|traders)\b[^.!?]{0,30}?\b(?:fancy|want|like"
        r"|interested|willing|keen)\b[^.!?]{0,40}?\b(?:sponsor\w*|(?:logo|name)s?\s+on)\b"
    )
    #: After a school word, a people word makes it an audience or a description, not an
    #: event: "Hollinsbrook families get 20% off", "our Year 2 teacher's husband".
    DESCRIBES_PEOPLE = regex.compile(
        r"\s+(?:families|family|parents|carers|mums|dads|community|faces|teachers?|teacher's|staff)\b")
    #: Tickets the poster sells for a cause: "raffle tickets £2 each ... drop me a message and
    #: I'll put your name down". The seller is "me", so the school's own raffle ("message the
    #: office") is not.
    TICKET_SALE = (
        r"\b(?:raffle|tombola|sweepstake|draw|lottery|prize\s+draw)\s+tickets?\b[^.!?]{0,40}?(?:£\d|\bfor\s+a\s+fiver\b"
        r"|\b\d+\s+for\s+£?\d+)"
    )
    #: The school's own cause, which a sponsorship ask may serve: "running the marathon for
    #: the school minibus fund. Sponsor him!" is the school's business, not a personal appeal.
    OWN_CAUSE = (
        r"\bfor\s+(?:the\s+|our\s+)?(?:{names})(?:'s)?\s+(?:[\w-]+\s+){{0,2}}?"
        r"(?:fund|funds|appeal|minibus|library|playground|garden|roof|trip|pta)\b"
    )
    SELLER_CONTACT = (
        r"\b(?:(?:drop|send|give)\s+me\s+a\s+(?:message|msg|dm|pm|text|shout|bell)|(?:message|dm|pm|inbox|text|ask)\s+me"
        r"|i'?ll\s+put\s+(?:your\s+name|you)\s+down|i've\s+got\s+(?:some\s+)?tickets|i\s+have\s+(?:some\s+)?tickets"
        r"|(?:i'm|i\s+am)\s+selling)\b"
    )

    #: Chain letters, hoaxes and spam.
    CHAIN = (
        r"(?:share|send|forward|pass|copy)\s+(?:this|it)\s+(?:message\s+|post\s+|status\s+|on\s+)?"
        r"(?:with|to)\s+(?:at\s+least\s+)?"
        r"(?:\d+|two|three|five|seven|ten|twenty)\s+(?:friends|people|contacts|others)"
        r"|copy\s+(?:and|&|n)\s+paste\s+(?:this|it|to|into|onto|on)"
        r"|(?:don't|do\s+not|dont)\s+(?:share|forward|repost)\s+[^.!?]{0,40}(?:bad\s+luck|something\s+bad)"
        r"|\bbad\s+luck\s+for\s+(?:\d+|seven|ten)\s+years"
        r"|\bonly\s+(?:true|real)\s+friends\s+(?:will\s+)?(?:share|repost|copy)"
        r"|\b\d{2}\s?%\s+(?:of\s+people\s+)?(?:won't|will\s+not|wont)\s+(?:share|repost|copy)"
        r"|\bshare\s+if\s+you\s+(?:agree|care|love)|\btype\s+amen\b"
        r"|\bi\s+do\s+not\s+give\s+(?:facebook|meta|instagram)\s+(?:permission|the\s+right)"
        r"|\b(?:facebook|meta|instagram)\s+(?:will|is\s+going\s+to)\s+(?:start\s+charging|make\s+all)"
        r"|\blike\s+(?:and|&)\s+share\s+(?:to\s+win|for\s+a\s+chance)"
        r"|\b(?:you've|you\s+have)\s+(?:won|been\s+selected)\b|\bclaim\s+your\s+(?:prize|reward|gift)"
        r"|\brepost\s+(?:this\s+)?(?:if|to\s+show)\b"
        r"|\b(?:facebook|meta|instagram|tiktok|twitter)\s+will\s+donate\b|\bfor\s+every\s+(?:share|like|repost)\b"
        r"|\bshare\s+(?:this|it)\s+(?:post\s+)?(?:in|within)\s+the\s+next\s+(?:hour|\d+|few|ten|24)\b"
        r"|\bfirst\s+(?:\d+|ten|twenty|fifty|hundred)\s+(?:people|followers|friends)\s+(?:to\s+)?"
        r"click\b"
        r"|\bclick\s+(?:this|the)\s+link\s+(?:to|and)\s+(?:win|claim|get)"
    )

    def __init__(self, school, pack):
        super().__init__(school, pack)
        parties = cues.alternation(self.PARTIES)
        office = cues.alternation(self.ELECTED_OFFICE)
        # A variable-length lookbehind: the match starts at the verb, so the engine scans for it.
        lead = f"(?<={self.IMPERATIVE_LEAD})"
        self.vote = cues.compile_rx(
            rf"{lead}(?:re-?)?vote\s+(?:for\s+)?(?:the\s+)?(?:{parties})(?![a-z0-9])"
            rf"|{lead}(?:re-?)?(?:vote\s+(?:for\s+)?|elect\s+)[a-z'-]+(?:\s+[a-z'-]+)?\s+(?:for|as)\s+"
            rf"(?:our\s+|your\s+|the\s+)?(?:next\s+|new\s+|local\s+)?(?:{office})(?![a-z0-9])"
            rf"|#vote(?:{parties.replace(chr(92) + 's+', '')})(?![a-z0-9])"
            # "please vote for Cllr Sharma": the office before the name.
            rf"|{lead}(?:re-?)?(?:vote\s+(?:for\s+)?|elect\s+)(?:{office})\.?\s+[a-z'-]+"
            # "please support Cllr Hobbs in Thursday's by-election": only offices that are not
            # ordinary titles ("support Ms Jones in the fun run" is no election).
            rf"|{lead}(?:support|back)\s+(?:our\s+|your\s+|the\s+)?(?:local\s+)?(?:cllr|councillor|mp|candidate"
            rf"|mayoral\s+candidate)\.?\s+[a-z'-]+")
        self.support_party = cues.compile_rx(
            rf"{lead}(?:support|back|join)\s+(?:the\s+|your\s+|our\s+)?(?:local\s+)?"
            rf"(?:{cues.alternation(self.PARTIES_UNAMBIGUOUS)})"
            rf"(?![a-z0-9])")
        self.campaign = cues.compile_rx(self.CAMPAIGN.format(parties=parties, office=office))
        self.petition = cues.compile_rx(self.PETITION.format(lead=lead))
        self.protest_call = cues.compile_rx(self.PROTEST_CALL.format(lead=lead))
        self.party_named = cues.compile_words(self.PARTIES_UNAMBIGUOUS)
        self.give_vote = cues.compile_rx(self.GIVE_VOTE)
        unambiguous = cues.alternation(self.PARTIES_UNAMBIGUOUS)
        urge_office = cues.alternation(self.URGE_OFFICE)
        self.urge = cues.compile_rx(self.URGE.format(parties=unambiguous, office=urge_office))
        self.endorse = cues.compile_rx(self.ENDORSE.format(
            parties=unambiguous, office=urge_office,
            names=cues.alternation(cues.school_names(school) or ["school"])))
        self.office_named = cues.compile_words(
            tuple(o for o in self.ELECTED_OFFICE if o not in ("ms", "pm", "leader", "council")) + ("green party",))
        self.faith = cues.compile_rx(self.FAITH_APPEAL)
        self.faith_words = cues.compile_words(self.FAITH_WORDS)
        self.invite = cues.compile_rx(self.INVITE)
        self.worship = cues.compile_words(self.WORSHIP)
        self.worship_act = cues.compile_rx(self.WORSHIP_ACT)
        self.deity_act = cues.compile_rx(self.DEITY_ACT)
        self.school_event = cues.compile_words(self.SCHOOL_EVENT + tuple(cues.school_names(school)))
        self.commercial_strong = cues.compile_rx(self.COMMERCIAL_STRONG)
        self.commercial_offer = cues.compile_rx(self.COMMERCIAL_OFFER)
        self.commercial_push = cues.compile_rx(self.COMMERCIAL_PUSH)
        self.chain = cues.compile_rx(self.CHAIN)
        self.personal_appeal = cues.compile_rx(self.PERSONAL_APPEAL)
        self.ticket_sale = cues.compile_rx(self.TICKET_SALE)
        self.own_cause = cues.compile_rx(self.OWN_CAUSE.format(names=cues.alternation(
            ("school", "pta", "academy", *cues.school_names(school)))))
        self.seller_contact = cues.compile_rx(self.SELLER_CONTACT)
        self.personal_cause = cues.compile_rx(self.PERSONAL_CAUSE)
        self.personal_ask = cues.compile_rx(self.PERSONAL_ASK)
        self.spare_personal = cues.compile_rx(self.SPARE.format(whose="my|his|her|their|our"))
        self.spare_official = cues.compile_rx(self.SPARE.format(whose="my|his|her|their"))
        self.business_sponsor = cues.compile_rx(self.BUSINESS_SPONSOR)

    def detect(self, ctx: PostContext) -> Iterable[Hit]:
        text = ctx.text.folded
        for found in (self._political(ctx, text), self._religious(ctx, text),
                      self._commercial(ctx, text), self._chain(ctx, text), self._appeal(ctx, text)):
            if found is not None:
                yield found

    def _political(self, ctx: PostContext, text: str) -> Hit | None:
        m = cues.find(self.vote, text) or cues.find(self.support_party, text) \
            or cues.find(self.urge, text) or cues.find(self.endorse, text)
        if m:
            return self._hit(ctx, "political", 0.9, m, "asks the reader to vote for or support "
                             "a party or candidate")
        m = cues.find(self.give_vote, text)
        if m and (cues.find(self.party_named, text) or cues.find(self.office_named, text)):
            return self._hit(ctx, "political", 0.85, m, "asks the reader to vote for a party or candidate")
        m = cues.find(self.campaign, text) or cues.find(self.protest_call, text)
        if m:
            return self._hit(ctx, "political", 0.85, m, "campaigns for a party or candidate")
        m = cues.find(self.petition, text)
        if m:
            party = cues.find(self.party_named, text)
            why = f"party named: {party.group()!r}" if party else "a campaign petition"
            return self._hit(ctx, "political", 0.9 if party else 0.7, m,
                             "asks the reader to sign a petition", why)
        return None

    def _religious(self, ctx: PostContext, text: str) -> Hit | None:
        m = cues.find(self.faith_words, text) and cues.find(self.faith, text)
        if m:
            return self._hit(ctx, "religious", 0.9, m, "appeals to the reader to take up a faith")
        spans = cues.sentences(text)
        for k, (a, b) in enumerate(spans):
            inv = cues.find(self.invite, text, a, b)
            if not inv:
                continue
            place = cues.find(self.worship, text, a, b)
            if not place and k:
                # The place may be the sentence before: "Our church runs a holiday club.
                # Would love to see you there."
                a = spans[k - 1][0]
                place = cues.find(self.worship, text, a, b)
            if not place:
                continue
            events = ["families" if self._is_audience(text, e) else e.group()
                      for e in cues.find_all(self.school_event, text, a, b)]
            if events and not (set(events) <= self.AUDIENCE
                               and cues.find(self.worship_act, text, a, b)) \
                    and not cues.find(self.deity_act, text, a, b):
                continue  # a school event held in a church is the school's own business
            return self._hit(ctx, "religious", 0.75, inv,
                             "invites the reader to worship", f"place or act of worship: "
                             f"{place.group()!r}")
        return None

    def _commercial(self, ctx: PostContext, text: str) -> Hit | None:
        m = cues.find(self.commercial_strong, text)
        if m:
            return self._hit(ctx, "commercial", 0.85, m, "promotes a business or offer")
        offers = list(cues.find_all(self.commercial_offer, text))
        if not offers:
            return None
        push = cues.find(self.commercial_push, text)
        if len(offers) < 2 and not push:
            return None
        why = ["offer: " + ", ".join(repr(o.group()) for o in offers[:3])]
        if push:
            why.append(f"push: {push.group()!r}")
        score = 0.8
        # The school named inside the push ("tell them ELE sent you") is the referral, not
        # a school event; nor is the audience ("Parents, look him up for a quote").
        event = next((e for e in cues.find_all(self.school_event, text)
                      if not (push and push.start() <= e.start() < push.end())
                      and not self._is_audience(text, e)), None)
        if event:
            score -= 0.3  # the PTA book fair or the school trip is the school's own business
            why.append(f"lowered by a school event: {event.group()!r}")
        if score < THRESHOLD:
            return None
        return self._hit(ctx, "commercial", score, offers[0], "promotes an offer", *why)

    def _appeal(self, ctx: PostContext, text: str) -> Hit | None:
        m = cues.find(self.personal_appeal, text)
        if m and not cues.find(self.own_cause, text):
            return self._hit(ctx, "personal_appeal", 0.8, m,
                             "asks readers for money for the poster's own cause")
        m = cues.find(self.personal_cause, text)
        if m and cues.find(self.personal_ask, text) and not cues.find(self.own_cause, text):
            return self._hit(ctx, "personal_appeal", 0.8, m,
                             "asks readers for money for someone's own cause")
        m = cues.find(self.spare_official if ctx.official else self.spare_personal, text)
        if m and not cues.find(self.own_cause, text):
            return self._hit(ctx, "personal_appeal", 0.75, m, "asks readers to spare money for someone's own cause")
        m = cues.find(self.business_sponsor, text)
        if m and not ctx.official \
                and not any(not self._is_audience(text, e) for e in cues.find_all(self.school_event, text)):
            return self._hit(ctx, "personal_appeal", 0.75, m, "asks businesses to sponsor a private club")
        m = cues.find(self.ticket_sale, text)
        if m:
            seller = cues.find(self.seller_contact, text)
            if seller:
                return self._hit(ctx, "personal_appeal", 0.8, m, "sells tickets for a cause",
                                 f"seller: {seller.group()!r}")
        return None

    def _is_audience(self, text: str, event) -> bool:
        """A school word that names people ("parents", "Upland families", "our Year 2 teacher"),
        not a school event."""
        return event.group() in self.AUDIENCE or bool(self.DESCRIBES_PEOPLE.match(text, event.end()))

    def _chain(self, ctx: PostContext, text: str) -> Hit | None:
        m = cues.find(self.chain, text)
        if m:
            return self._hit(ctx, "chain_letter", 0.9, m, "reads as a chain letter or spam")
        return None

    def _hit(self, ctx: PostContext, signal: str, score: float, m, *why: str) -> Hit:
        start, end = m.span()
        while start < end and not ctx.text.folded[start].isalnum() \
                and ctx.text.folded[start] not in "#£":
            start += 1
        return self.text_hit(ctx, signal, score, start, end, *why)

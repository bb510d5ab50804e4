"""Disparaging the school, colleagues, pupils or parents, or airing a work grievance.

A disparaging remark pairs a *target* (the school by name or as "work", "SLT", "the head";
a colleague by name or title; pupils or parents) with a *negative evaluation* of it in the
same sentence, or in the next one when that one carries on with a pronoun ("They never
bother..."). Milder words ("ridiculous", "awful") need an intensifier or a second cue; words
that are derogatory in themselves ("clueless", "selfish pricks", "couldn't run a bath") do
not. Sarcasm has its own shape ("if some parents actually read..."). A grievance is a
complaint about pay or treatment aimed at the employer; a defamatory claim accuses someone at
the school of wrongdoing. "Love my job" has a target and no evaluation, so it is no hit.
"""
from __future__ import annotations

from typing import Iterable

import regex

from ..model import Hit
from ..text.roster_matcher import Form
from ..text import cues
from ..text.normalize import fold
from .base import Detector, PostContext
from .offensive import OffensiveDetector
from .pupil_name import word_names

LOCATIVE = regex.compile(r"\b(?:at|in|from|of|to)\s+$")

#: A sentence this short ("Shambles.", "What a joke.") is a verdict on the one before.
SHORT = 16

SCHOOL, COLLEAGUE, PUPILS = "disparages_school", "disparages_colleague", "disparages_pupils_or_parents"


class ReputationDetector(Detector):
    CATEGORY = "reputation"
    SIGNALS = (SCHOOL, COLLEAGUE, PUPILS, "grievance", "defamatory_claim")

    #: The school and its leadership. "work" and "this place" are the school in a work context.
    SCHOOL_TARGETS = (
        "our school", "my school", "this school", "the school", "my work", "work", "this place",
        "the place", "place", "ours", "my job", "this job", "the job", "the trust", "this trust",
        "our trust", "the academy", "our academy", "the provision", "our provision", "slt",
        "our slt", "the slt", "smt", "management", "the management", "mgmt", "senior leadership",
        "leadership", "leadership team", "the head", "our head", "my head", "the headteacher",
        "our headteacher", "head teacher", "the head teacher", "the principal", "the ceo",
        "the governors", "governors", "hr", "the bosses", "my boss", "the powers that be",
        "the deputy", "our deputy", "the deputy head", "head", "headteacher", "boss", "employer",
        "our principal", "my principal", "the vice principal", "our ceo", "the executive head",
        "our executive head", "trust ceo", "the trust ceo", "ceo",
        "those at the top", "the people at the top", "from the top",
        "whoever decided", "whoever thought", "whoever came up with", "whoever signed off",
        "whoever planned",
        # Leadership named by its power: "nobody in charge cares", "those in charge".
        "in charge", "nobody in charge", "no one in charge", "those in charge", "the people in charge",
        # Governance and the trust's centre: "our governing body", "head office", "the trustees".
        "governing body", "the governing body", "our governing body", "local governing body",
        "chair of governors", "the chair of governors", "our chair of governors", "the trustees",
        "trustees", "the board", "board of trustees", "head office", "central office", "central team",
        "the partners", "senior management", "senior leaders",
        # A trust by the kind of trust it is: "Triumph Learning Trust's idea of ...".
        "learning trust", "academy trust", "academies trust", "education trust", "schools trust",
        "multi-academy trust",
        # Scots for the head ("the heidie", "oor heid teacher"), and the trust's executives.
        "heidie", "the heidie", "oor heidie", "heid teacher", "heidteacher", "the heid teacher",
        # Yorkshire's clipped article: "t'head", "t'boss".
        "t'head", "t'heid", "t'boss", "t'management",
        "the exec", "exec team", "the exec team", "executive team", "the executive team", "the executives",
    )
    #: Workplace targets that mean the school only when the post is about work ("whoever
    #: decided" is its leadership only in a post about school).
    WEAK_SCHOOL_TARGETS = ("place", "ours", "this place", "the place", "work", "my work", "head",
                           "boss", "ceo", "whoever decided", "whoever thought", "whoever came up with",
                           "whoever signed off", "whoever planned")
    COLLEAGUE_TARGETS = (
        "colleague", "colleagues", "my colleague", "a colleague", "my ta", "our ta", "the ta",
        "the tas", "the senco", "our senco", "my line manager", "line manager", "my hod",
        "head of department", "head of year", "the office staff", "the office", "the caretaker",
        "the new teacher", "supply teacher", "the supply teacher", "some staff", "some of the staff",
        "half the staff", "the ect", "the nqt", "certain members of staff", "certain staff",
        "the staff", "our staff", "other teachers", "some teachers", "my department",
        "the department", "my team", "the team", "deputy head", "deputy heads", "deputy headteacher",
        "assistant head", "assistant heads", "assistant headteacher", "assistant principal",
        "vice principal", "head of maths", "head of english", "head of science", "head of pe",
        "head of sixth form", "head of ks1", "head of ks2", "head of key stage", "head of house",
        "phase leader", "subject lead", "business manager", "my manager", "our manager",
        # Abbreviated or newly arrived: "head of dept", "the new deputy", "our new head".
        "head of dept", "my head of dept", "new deputy", "new head", "new head of year",
        "new senco", "new ta", "new hod",
        # Provisions and colleges call their teachers tutors: "our new tutor", "the new starter".
        "new tutor", "our tutor", "the tutor", "our new tutor", "new colleague", "new member of staff",
        "new starter", "new supply teacher",
        # Support staff, by team or post: "our site team", "the midday supervisors".
        "site team", "the site team", "our site team", "site manager", "the site manager", "premises team",
        "the cleaners", "our cleaners", "cleaning staff", "midday supervisors", "the midday supervisors",
        "our midday supervisors", "dinner ladies", "the dinner ladies", "lunchtime supervisors",
        "support staff", "the support staff", "our support staff", "admin team", "the admin team",
        "office manager", "the office manager", "our office manager", "the receptionist", "our receptionist",
        "reception staff", "technicians", "the technicians", "exams officer", "data manager", "the bursar",
        "attendance officer", "our attendance officer", "the attendance officer", "operations manager",
        "our dsl", "the dsl", "the pastoral team", "our pastoral team", "learning mentor", "the learning mentors",
        # One colleague introduced by what they do: "a TA who ...", "a deputy who ...".
        "a ta", "a deputy", "a member of staff",
        # Alternative provision and trust posts: "our managing partner", "the centre manager".
        "managing partner", "centre manager", "head of centre", "regional director", "regional directors",
    )
    PUPIL_TARGETS = (
        "parents", "parent", "mums", "dads", "carers", "families", "pupils", "pupil", "students",
        "student", "kids", "children", "my class", "this class", "my form", "this lot", "the kids",
        "learners", "year 1", "year 2", "year 3", "year 4", "year 5", "year 6", "year 7", "year 8",
        "year 9", "year 10", "year 11", "year 12", "year 13", "year 7s", "year 8s", "year 9s",
        "year 10s", "year 11s", "teenagers", "some parents", "these kids", "these parents",
        "my set", "bottom set", "the boys", "the girls",
        # Every year group, as teachers name them: "our sixth formers", "reception kids", "year 4s".
        "sixth formers", "sixth-formers", "the sixth form", "our sixth form", "year 1s", "year 2s",
        "year 3s", "year 4s", "year 5s", "year 6s", "year 12s", "year 13s", "reception class",
        "reception kids", "reception children", "our reception", "my reception", "the intake",
        "this intake", "this year's intake", "nursery kids", "my tutor group", "my tutees",
        # One parent pointed at: "that dad at the gate", "one mum in the playground".
        "that dad", "this dad", "one dad", "a dad", "that mum", "this mum", "one mum", "a mum", "the mum", "the dad",
        "that mother", "that father", "one mother", "one father",
        # One pupil pointed at: "that kid in 9Y", "this boy in my form".
        "that kid", "this kid", "one kid", "that child", "this child", "that boy", "this boy",
        "that girl", "this girl",
        # A parent addressed about their own child: "maybe if you parented your kid".
        "your kid", "your kids", "your child", "your children",
        # ... or by their parent's pet name for them: "your son", "your little darling".
        "your son", "your sons", "your daughter", "your daughters", "your boy", "your girl",
        "your little darling", "your little angel", "little darling", "little darlings",
    ) + tuple(  # Year groups in text-speak: "my yr 9s r feral", "the y10s".
        form for n in range(1, 14) for form in (f"yr {n}s", f"yr{n}s", f"y{n}s"))
    #: A year group named bare, as its subject: "Reception are feral", "nursery were wild".
    #: The plural verb says it is the children, not the front desk.
    PUPIL_GROUP = r"\b(?:reception|nursery|year\s+\d{1,2})\s+(?:this\s+year\s+|class\s+)?(?:are|were|have\s+been)\b"
    #: A teacher named by subject, a colleague: "the construction tutor", "our new maths teacher".
    #: A teacher of a hobby is not a colleague: "the driving teacher", "the swimming teacher at my club".
    COLLEAGUE_ROLE = (
        r"\b(?:the|our|this|that)\s+(?:new\s+)?(?!(?:driving|swimming|piano|guitar|violin|drum|drums|dance|ballet|yoga|pilates"
        r"|ski|golf|tennis|karate|judo|riding|singing|cookery|pottery|spin|gym|fitness|zumba|language|private)\s)[a-z]+\s+"
        r"(?:tutor|teacher)\b(?!\s+(?:training|course|at\s+(?:my|his|her|their|the)\b))"
    )
    #: After a leadership word, a place that is not the school: "management at my gym".
    ELSEWHERE = (
        r"\s+(?:at|in|of)\s+(?:my|the|this|that|their|his|her|our\s+local)\s+(?:[\w-]+\s+){0,2}?(?:gym|leisure\s+centre"
        r"|sports\s+centre|pool|hotel|council|shop|supermarket|restaurant|bank|hospital|surgery|garage|dealership"
        r"|stadium|pub|cinema|airport|station|store|cafe|salon|theatre|venue|festival|club|golf\s+club|football\s+club)\b"
    )
    #: After a leadership word, "there": the place the post just named ("Waited an hour at
    #: that steakhouse. Management there ..."), the school only when the post names it.
    THERE = r"\s+(?:over\s+)?there\b"
    #: After "the school": a thing, not the institution ("the school run is a joke").
    SCHOOL_THING = (
        r"\s+(?:run|runs|holidays?|gates?|bus|uniform|trip|day|year|dinners?|photos?|shoes|bag|"
        r"car\s+park|traffic|field|hall|play|nativity|fair|disco|website|app)\b"
    )
    #: A former workplace: "my old job", "my last school".
    FORMER = r"\b(?:old|previous|last|former|ex)[- ](?:job|school|work|boss|head|workplace|place|trust)"
    #: Self-deprecation is not disparagement: "I'm such an idiot, left my lanyard at school".
    SELF = (
        r"(?:\bi'?m|\bi\s+am|\bi\s+was|\bi\s+feel|\bi\s+felt|\bi've\s+been|\bi\s+made|\bi\s+look(?:ed)?"
        r"|\bmyself|\bwe\s+(?:were|are|look|felt)|\bi\s+(?:don't|do\s+not))\s+(?:\w+\s+){0,2}$|\b(?:i|we)\s+(?:really\s+|just\s+|honestly\s+)?$"
    )
    #: A sentence whose subject, left out, is the poster: "Feeling like a total joke after
    #: falling off the stage", "Looked a right clown in my elf costume". Only articles and
    #: intensifiers may stand between, so "Feeling like SLT are a joke" is still a verdict.
    SELF_DROPPED = (
        r"\W*(?:feeling|felt|feel|looking|looked|look|sounding|sounded)\s+(?:like\s+)?"
        r"(?:(?:a|an|such|total|complete|absolute|utter|right|proper|real|bit|of|so|very|really"
        r"|completely|totally|utterly|absolutely|such\s+an?)\s+)*"
    )
    #: Right after a verdict, a hedge that turns it into praise: "a total circus, in the best way".
    POSITIVE_HEDGE = (
        r"\W*(?:but\s+|and\s+)?(?:in\s+(?:the\s+(?:best|nicest|loveliest)(?:\s+possible)?|a\s+(?:good"
        r"|great|lovely|nice|brilliant|fun))\s+way|(?:and\s+)?(?:i|we)\s+(?:loved|love)\s+(?:it|them|every))"
    )
    #: The words of a show with real clowns in it: "jugglers and clowns everywhere", "the
    #: circus skills club". Beside these, "clowns" and "circus" are literal.
    PERFORMANCE = (
        r"\b(?:jugglers?|juggling\s+(?:balls|clubs|act|club|workshop|skills)|acrobat\w*|trapeze|big\s+top|ringmaster|stilts|unicycl\w*|face\s+paint\w*"
        r"|red\s+noses?|slapstick|performers?|tightrope|circus\s+(?:skills|school|club|act|acts"
        r"|tent|performer|performers|topic|theme|workshop))\b"
    )
    #: Words that are literal before certain others: "entitled to a refund", "feral cats".
    SENSE_AFTER = {
        "entitled": r"\s+to\b",
        "feral": r"\s+(?:cats?|pigeons?|dogs?|goats?|ponies|pony|parrots?|hogs?|pigs?|children\s+in\s+lord)\b",
        "joke": r"\s+(?:about|book|books|from|of\s+the\s+day|competition)\b",
    }
    #: Before "a joke" that is a joke told, not a verdict: "hurts, even as a joke", "told a
    #: joke", "it was only a joke".
    JOKE_TOLD = (r"\b(?:as|for|tell|tells|told|telling|make|makes|made|making|crack|cracks|cracked|cracking"
                 r"|share|shared|just|only)\s+a\s+$")
    #: Having a bad time is not a verdict on anyone: "had an absolute nightmare with the car seats".
    EXPERIENCE = r"\b(?:had|having|have\s+had)\s+(?:a|an|such\s+an?)\s+(?:\w+\s+){0,2}$"
    #: Things, not people: "the photocopier at work is useless again".
    THING = (
        "photocopier", "printer", "wifi", "internet", "laptop", "laptops", "system", "portal",
        "software", "coffee machine", "kettle", "weather", "traffic", "bus", "buses", "train",
        "trains", "parking", "car park", "heating", "boiler", "website", "app", "email", "emails",
        "projector", "smartboard", "whiteboard", "tech", "computer", "computers", "timetable",
        "rain", "snow", "wind", "queue", "road", "roads", "m62", "m1", "roadworks", "photocopiers",
        # A chat thread going wild is banter about the thread: "the department chat has gone feral".
        "chat", "group chat",
    )
    #: A verdict that points back at the group just named: "Feral, the lot of 'em."
    #: An aside between a target and the verdict on it, which the verdict reaches past: "The
    #: new tutor? Don't get me started. Couldn't teach a fish to swim."
    ASIDE = (r"^\W*(?:(?:honestly|seriously|i\s+mean|oh|god|jeez|sigh|wow|bless)\W+)*(?:don'?t|dont)\s+(?:even\s+)?get\s+me\s+"
             r"started(?:\s+on\s+(?:him|her|them|that))?\W*$|^\W*(?:where\s+do\s+i\s+(?:even\s+)?(?:start|begin))\W*$")
    GROUP_BACK = r"\b(?:the\s+lot\s+of\s+(?:them|'em|em|us)|every\s+(?:single\s+)?one\s+of\s+(?:them|'em|em)|all\s+of\s+them)\b"
    PRONOUN = (r"^\s*(?:(?:and|but|so|frankly|honestly|sadly|clearly|seriously|quite\s+frankly|tbh)[,\s]+)?"
               r"(?:they|theyre|them|their|he|she|his|her|it|(?:the\s+)?(?:man|woman|bloke|fella)\s+(?=[a-z])"
               r"|(?:not\s+(?:a\s+single\s+)?one|none|half|most|all|some)\s+of\s+them)\b")

    #: Derogatory in itself, whatever the target.
    STRONG = (
        "is a joke", "a joke", "are the worst", "is the worst", "are a nightmare", "are such a nightmare",
        "were a nightmare", "a shambles", "shambles", "disgrace", "morale is on the floor",
        "morale is at rock bottom", "morale is through the floor", "no wonder half the staff",
        "no wonder staff are leaving", "no wonder nobody stays", "shambolic", "a disgrace", "disgraceful", "clueless",
        "haven't got a clue", "hasn't got a clue", "havent got a clue", "hasnt got a clue",
        "don't have a clue", "doesn't have a clue", "no clue", "no idea what they're doing",
        "incompetent", "useless", "pathetic", "laziest", "lost the plot", "couldn't run a bath",
        "couldn't run a piss-up", "couldn't organise", "couldnt run a bath", "toxic", "falling apart",
        "sinking ship", "hopeless", "are lazy", "is lazy", "so lazy", "bone idle", "too lazy",
        "lazy sods", "lazy gits", "lazy lot", "lazy parents", "lazy staff", "idiots", "clowns", "a circus", "laughing stock",
        "liars", "liar", "spineless", "feral", "like animals", "are animals", "were animals",
        "absolute animals", "wild animals", "are stupid", "so stupid", "too stupid", "stupid parents",
        "stupid kids", "stupid people", "vile", "entitled", "selfish",
        "should be ashamed", "dysfunctional", "run into the ground", "rotten", "waste of space",
        "an embarrassment", "moron", "morons", "scum", "brats", "little sods", "little shits",
        "little horrors", "prick", "pricks", "dickhead", "dickheads", "utter mess", "amateurs",
        "power mad", "power-mad", "jobsworth", "snakes", "two-faced", "two faced", "backstabbing",
        "cowards", "gutless", "an idiot", "a complete idiot", "a total idiot", "no backbone", "weak leadership", "out of touch", "not fit for purpose",
        "should be sacked", "gone downhill", "going downhill", "hellhole", "hell hole", "a farce",
        "farcical", "bullies", "bully", "bullying us", "micromanag*", "can't be bothered",
        "never bother", "never bothers", "doesn't care", "don't care", "nobody cares",
        "no one cares",
        "couldn't care less", "don't give a damn", "doesn't give a damn", "don't give a toss",
        "doesn't give a toss", "don't give a shit", "only cares about", "only care about",
        "thrown under the bus", "throw us under the bus", "threw me under the bus",
        "treat us like dirt", "treats us like dirt", "treat staff like dirt", "treat us like crap",
        "treats staff like", "treat us like children", "bad parenting", "can't parent",
        "rubbish parents", "worst head", "worst school", "worst boss", "worst manager",
        "worst leadership", "worst slt", "worst employer", "worst place", "worst trust",
        "worst parents", "worst class", "thick as", "thick as mince", "cretins", "vermin",
        "nightmare parents", "horrendous", "an absolute joke", "no common sense",
        "brain dead", "braindead", "disgusting", "gaslighting", "gaslight*",
        "total joke", "complete joke", "utter joke", "absolute joke", "zero clue", "not a clue",
        "worst run", "worst-run", "badly run", "poorly run", "worst academy", "chavs", "chav",
        "scroungers", "wasters", "lowlifes", "low-lifes", "white trash", "trashy",
        "another pointless", "pointless initiative", "pointless initiatives", "needs their head testing",
        "need their heads testing", "needs his head testing", "needs her head testing",
        # Northern and Scots: "gormless", "couldnae organise".
        "gormless", "couldnae organise", "couldnae run",
        # Clueless in dialect and without the auxiliary: "dunt have a clue", "disnae have a
        # clue", "hasn't a clue", "not got a clue".
        # Scots "mince" for rubbish: "the new policy is pure mince".
        "pure mince", "total mince", "utter mince", "absolute mince", "load of mince", "load of old mince",
        "dunt have a clue", "dinnae have a clue", "disnae have a clue", "doesnae have a clue",
        "hasnae got a clue", "hasnae a clue", "havenae a clue", "hasn't a clue", "haven't a clue",
        "not got a clue", "divvent have a clue", "dint have a clue",
        # A school as a place pupils are put rather than taught.
        "dumping ground", "a dumping ground",
        "shameful", "shameful leadership",
    )
    #: Negative, but ordinary teacher grumbling unless intensified or repeated.
    WEAK = (
        "awful", "terrible", "horrible", "rude", "ridiculous", "annoying", "rubbish", "crap",
        "shit", "nightmare", "unbelievable", "unreal", "appalling", "dreadful", "shocking",
        "embarrassing", "chaos", "chaotic", "mess", "insane", "a joke", "fed up with", "madness",
        "sick of", "sick to death of", "can't stand", "hate", "ignorant", "mardy", "minging",
    )
    INTENSIFIER = (
        "absolute", "absolutely", "utterly", "utter", "completely", "totally", "every single",
        "always", "never", "honestly", "truly", "genuinely", "so", "beyond", "the worst",
        "bloody", "fucking", "f***ing", "actually", "literally", "yet again", "once again",
        "as usual", "typical", "seriously", "proper", "right", "can't even", "cant even", "smh",
        "ffs",
    )
    #: Praise in the same sentence turns a milder word into slang praise: "her speech was
    #: unreal, so proud to teach her", "insane effort, well done".
    PRAISE = (
        r"\b(?:so\s+proud|proud\s+(?:of|to)|well\s+done|amazing|brilliant|fantastic|incredible|superb|stunning"
        r"|congrat\w*|bravo|legends?|what\s+a\s+(?:performance|result|effort|speech|game|team)|buzzing|chuffed)\b"
    )
    #: Sarcasm aimed at parents, pupils or staff.
    SARCASM = (
        r"(?:perhaps|maybe)?\s*if\s+(?:some|certain|the|these|our|more)\s+(?:parents|people|staff|"
        r"families|carers|kids|pupils|students|colleagues|teachers|mums|dads)\s+(?:actually|bothered|"
        r"could|would\s+actually|read)"
        r"|(?:same\s+question|asked?|ask\s+me)\s+(?:\w+\s+){0,3}(?:five|ten|twenty|5|10|20|\d+)\s+times"
        r"|(?:some|certain)\s+(?:parents|people|families|staff|colleagues)\s+(?:just\s+)?(?:can't|cannot|"
        r"don't|won't|never)\s+(?:read|listen|follow|understand|manage)"
        r"|(?:thanks|thank\s+you)\s+for\s+nothing|(?:clearly|obviously)\s+(?:can't|cannot)\s+read"
        r"|it'?s\s+not\s+(?:that\s+hard|rocket\s+science)"
        r"|(?:maybe|perhaps)\s+(?:try\s+)?(?:reading|read)\s+(?:the|our|my|this)\s+(?:letter|newsletter|e-?mail"
        r"|website|message|post|policy|text|guidance)"
        r"|before\s+(?:you|u)\s+(?:moan|complain|whinge|whine|kick\s+off|start\s+(?:moaning|complaining))"
        r"|(?:some\s+of\s+(?:you|them)|some\s+(?:parents|people|families|staff))\s+(?:really\s+)?(?:need|needs)\s+to\s+"
        r"learn\s+(?:to|how\s+to)\s+(?:read|drive|park|parent|listen|spell|behave)"
        # "maybe try reading with your kid for once", "maybe if you parented your kid".
        r"|(?:maybe|perhaps)\s+(?:try\s+)?[a-z]+ing\s+(?:[\w']+\s+){0,5}?for\s+once\b"
        # Hypocrisy pointed out: "'we're a family here' says the head who hasn't learned our names".
        r"|\bsays\s+the\s+(?:\w+\s+){1,3}?(?:who|that)\s+(?:hasn'?t|has\s+never|never|can'?t|doesn'?t|won'?t|didn'?t)\b"
        # "Love how the trust can find £40k for lanyards but not for a TA".
        r"|\b(?:love|loving|i\s+love)\s+how\s+(?:[\w']+\s+){1,3}?(?:can|could)\s+(?:always\s+)?(?:find|afford|spend"
        r"|magic\s+up)\b[^.!?]{0,80}?\bbut\s+(?:not|can'?t|cannot|won'?t|never)\b"
        # "Oh great, another 'wellbeing' email": mock delight at more of the same.
        r"|\boh\s+(?:great|brilliant|fab|lovely|fantastic|wonderful|goody|joy),?\s+(?:yet\s+)?(?:another|more)\b"
        # Scare quotes round a word the employer uses: "'wellbeing' email", "'optional' twilight".
        r"|['\u2018\u201c\"](?:wellbeing|well-being|optional|voluntary|supportive|open\s+door|family|light[- ]touch"
        r"|workload\s+reduction|flexible|consultation)['\u2019\u201d\"]\s+(?:\w+\s+)?(?:email|meeting|policy|session"
        r"|survey|initiative|twilight|inset|day|chat|culture|approach|here)"
        r"|(?:maybe|perhaps)\s+if\s+(?:you|u|they|some\s+people)\s+(?:actually\s+|just\s+)?(?:parented|raised"
        r"|disciplined|brought\s+(?:up|them\s+up)|bothered\s+to|said\s+no\s+to|taught)\b"
        # "If you spent as much time reading with your child as you do moaning...".
        r"|\bif\s+(?:you|u|they|some\s+(?:parents|people|staff)|your\s+(?:son|daughter|child|kid|boy|girl|little\s+\w+))\s+"
        r"(?:spent|put|invested)\s+(?:half\s+)?(?:as\s+much"
        r"|half\s+the|the\s+same)\s+(?:time|effort|energy)\b"
        # "Leadership at its finest 👏": mock praise of how the place is run.
        # "If you'd bothered to read the letter", "not our fault you didn't".
        r"|\bif\s+(?:you|u|they|some\s+(?:parents|people))(?:'d|\s+had|\s+would\s+have|\s+had\s+ever)?\s+(?:actually\s+|just\s+|ever\s+)?"
        r"bothered\s+to\b|\bnot\s+(?:our|my|the\s+school'?s)\s+fault\s+(?:you|u|they|your)\b"
        r"|\b(?:leadership|management|communication|organisation|professionalism|support|teamwork)\s+at\s+"
        r"(?:its|it's)\s+(?:finest|best)\b"
        # Irony flagged by its own tag: "... is so much fun. Said nobody ever."
        r"|\bsaid\s+(?:nobody|no\s+one|no-one)\s+ever\b"
        # "Does anyone in leadership actually read the emails?", "asking for a friend".
        r"|\bdoes\s+(?:anyone|anybody|nobody|no\s+one)\s+(?:[\w']+\s+){0,5}?actually\s+(?:read|listen|care|check|know|bother"
        r"|look|understand)\b"
        # "Who exactly signed off this policy?", "who on earth thought that was a good idea".
        r"|\bwho\s+(?:exactly|on\s+earth|the\s+hell|in\s+their\s+right\s+mind)\s+(?:signed\s+off|approved|decided|thought"
        r"|came\s+up\s+with|agreed|designed|wrote|planned)\b"
        # "X's idea of collaboration is ...": a value the employer claims, mocked.
        r"|\b(?:[\w-]+'s|their|his|her)\s+idea\s+of\s+['\u2018\u201c\"]?(?:collaboration|consultation|support|supporting\s+staff"
        r"|wellbeing|well-being|teamwork|leadership|communication|listening|workload\s+reduction|valuing\s+staff|a\s+team)"
        r"['\u2019\u201d\"]?\s+is\b"
        # Not troubled by the obvious: "have clearly never met a zebra crossing".
        r"|\b(?:(?:clearly|obviously|evidently)\s+(?:have|has|had)|(?:have|has|had)\s+(?:clearly|obviously|evidently))\s+never\s+"
        r"(?:met|seen|heard\s+of|used|read|opened)\b"
        # "some of you clearly didn't bother reading ...".
        r"|\b(?:some\s+of\s+(?:you|them|our\s+\w+)|some\s+(?:parents|people|pupils|children|families|staff))\s+(?:clearly\s+|obviously\s+)?"
        r"(?:didn'?t|don'?t|couldn'?t|can'?t|won'?t)\s+(?:be\s+)?bother(?:ed)?\b"
        # "We'd appreciate it if certain parents stopped ...".
        r"|\b(?:we'?d|we\s+would|i'?d|i\s+would)\s+(?:really\s+)?(?:appreciate|prefer|love)\s+it\s+if\s+(?:some|certain|a\s+few"
        r"|the|these)\s+(?:parents|people|families|staff|carers|colleagues|mums|dads)\s+(?:stopped|would\s+stop|didn'?t"
        r"|could\s+(?:stop|learn|read))\b"
        # "Pick-up is basically a wildlife documentary": the place likened to a zoo or worse.
        r"|(?:\b(?:is|are|was|were|theyre|r)|'s|'re)\s+(?:basically|literally|like|just|pretty\s+much)\s+(?:a|an)\s+(?:zoo|circus|madhouse|mad\s+house"
        r"|war\s?zone|wildlife\s+documentary|nature\s+documentary|soap\s+opera|bear\s+pit|free[- ]for[- ]all|jungle"
        r"|asylum|clown\s+show)\b(?!\s+gym)"
        # Mock praise of the institution as a verdict: "Quality establishment."
        r"|\b(?:quality|classy|top[- ]notch|top[- ]class|first[- ]class|fine|great|wonderful)\s+(?:establishment|outfit"
        r"|operation|set[- ]?up|institution)\s*$"
        # Mock praise of what the leaders did: "another marvellous decision from the powers that
        # be", "another masterclass in communication from SLT", "what a triumph of organisation
        # that was" (looking back on it; sincere thanks after it make it praise).
        r"|\b(?:another|yet\s+another)\s+(?:marvellous|brilliant|wonderful|fantastic|genius|stellar|inspired|masterful"
        r"|superb|fabulous|excellent|great|fab|cracking|sterling)\s+(?:decision|idea|move|plan|initiative|policy|email"
        r"|piece\s+of\s+\w+)\s+from\b"
        r"|\b(?:another|yet\s+another)\s+masterclass\s+in\b|\bmasterclass\s+in\s+how\s+not\s+to\b"
        r"|\bwhat\s+a\s+triumph\s+of\s+(?:organisation|organization|planning|communication|leadership|management"
        r"|joined[- ]up\s+thinking)\s+that\s+(?:was|is)\b(?!.{0,40}?\b(?:well\s+done|thanks?|thank\s+you|hats\s+off"
        r"|congrat\w*|proud|bravo)\b)"
        r"|\bwhat\s+could\s+(?:possibly\s+)?(?:go|went)\s+wrong\b"
        # "Nothing says 'we value you' like a 5pm email from the head".
        r"|\bnothing\s+says\s+['\u2018\u201c\"]?(?:we\s+value\s+you|we\s+care|valued|appreciated|wellbeing|well-being|respect"
        r"|support|thank\s+you|teamwork|we'?re\s+a\s+team|work[- ]life\s+balance)['\u2019\u201d\"]?\s+like\b"
        # Parenting advice to a parent: "maybe start by teaching him to say sorry".
        r"|\b(?:maybe|perhaps)\s+(?:start\s+by|try|begin\s+by)\s+(?:teaching|telling|showing|parenting|raising|disciplining)\s+"
        r"(?:him|her|them|your\s+\w+)\b"
        # "How many more late meetings before SLT realise we have lives?"
        r"|\bhow\s+many\s+more\s+[^.!?]{1,60}?\s+before\s+(?:[\w']+\s+){1,3}?(?:realise|realises|realize|realizes|listen|listens"
        r"|notice|notices|understand|understands|learn|learns|wake\s+up|wakes\s+up|get\s+it|gets\s+it|care|cares)\b"
        # "since when was he a teacher?": a challenge to someone's standing.
        r"|\bsince\s+when\s+(?:was|is|were|are|did|does|has|have)\s+(?:he|she|they|the\s+[\w-]+|our\s+[\w-]+)\b(?:\s+[\w']+){0,4}"
        # Rhetorical questions: "Is it too much to ask that ...?", "a meeting that could have
        # been an email", and the mock answer pointing home: "... ? Ours, that's who."
        r"|\bis\s+it\s+(?:really\s+|honestly\s+|seriously\s+)?too\s+much\s+to\s+ask\b"
        r"|\bmeetings?\s+that\s+could(?:'ve|\s+have)\s+been\s+(?:an?\s+)?e-?mails?\b"
        r"|(?:^|[\s,])(?:ours|mine|our\s+(?:[\w-]+\s+){0,2}?[\w-]+|my\s+[\w-]+)\W+that'?s\s+who\b"
        # "The entitlement of some parents is off the scale".
        r"|\bthe\s+entitlement\s+(?:of|from|on)\s+(?:some|certain|these|a\s+few)\b"
    )
    #: Praise that is mockery when the post flags its irony (IRONY): "Management really outdid
    #: themselves this week: three wellbeing meetings after 5pm. #irony". Without the flag it
    #: is praise ("the PTA outdid themselves with the fair").
    MOCK_PRAISE = (
        r"\b(?:outdid|outdone|excelled|surpassed)\s+(?:themselves|himself|herself|itself)\b"
        r"|\binspired\s+stuff\b|\bstellar\s+work\b|\bgenius\s+(?:move|idea|decision|planning)\b"
        r"|\b(?:visionary|inspirational|inspiring|exemplary|world[- ]class|stellar|flawless)\s+(?:leadership|management"
        r"|planning|communication|organisation)\b"
    )
    IRONY = (
        r"#(?:irony|sarcasm|notreally|sigh|facepalm)\b|\bthe\s+irony\b|\bironic(?:ally)?\b|(?<!\w)/s\b"
        r"|🙄|🙃|😒|🤦|😴|🤡"
    )
    #: An evaluation that names its own target: "the worst run academy in the county".
    SELF_TARGETED = (
        r"\b(?:worst(?:[- ](?:run|managed|led|organised))?|(?:badly|poorly|appallingly|terribly)[- ]run)\s+"
        r"(?:school|academy|trust|provision|employer|place\s+to\s+work|workplace|place)\b"
        # Not a thing or an event that shares the word: "the worst school run", "Academy Awards".
        r"(?!\s+(?:awards?|run|runs|holidays?|trip|trips|dinners?|uniform|photos?|bus|gates?|play|disco))"
    )
    #: After a verdict, the people it is on behalf of, not about: "the children paying the
    #: price deserve far better", "the staff are the ones who suffer".
    SYMPATHY = (
        r"\bdeserves?\s+(?:far\s+|much\s+|so\s+much\s+|a\s+lot\s+)?better\b|\bpaying\s+the\s+price\b|\bpay\s+the\s+price\b"
        r"|\b(?:are|will\s+be|is)\s+the\s+ones?\s+(?:who|that)\s+(?:suffer|lose|pay)\b|\b(?:lose|losing|miss|missing)\s+out\b"
    )
    #: Before a target after the verdict, the people it is kept from: "keep that away from my kids".
    PROTECTED = (r"\b(?:away\s+from|protect(?:s|ed|ing)?|shield(?:s|ed|ing)?|safe\s+from|near|around)\s+"
                 r"(?:my|our|the|your|their|his|her)?\s*$")
    #: A verdict used as an adjective on a thing of its own clause ("the disgusting tricks"),
    #: after a clause break from the target. Nouns for people or the way a place is run keep it
    #: a verdict on the target ("the toxic culture", "the useless lot").
    ATTRIBUTIVE = (r"\s+(?!(?:culture|environment|atmosphere|place|regime|ethos|workplace|leadership|management|behaviour"
                   r"|attitudes?|ways?|treatment|decisions?|polic(?:y|ies)|lot|bunch|people|crew|pair|individuals?|ones?|man"
                   r"|woman|bloke|person|staff|team|family|families|kids|children|parents|comments?|remarks?|messages?|e-?mails?"
                   r"|language|abuse|tone|things?|stuff)\b)[a-z]+")
    #: On an official account's reply, "you" is the parent or member of the public it answers.
    ADDRESSEE = r"\b(?:you|your|u|ur)\b"
    REPLY_ACTIONS = frozenset(("reply", "comment", "dm"))
    #: Offensive findings that disparage whoever they are aimed at.
    OFFENSIVE_VERDICT = frozenset(("abuse", "discriminatory", "threat"))
    PREDICATE_BEFORE = regex.compile(r"\b(?:is|are|'re|was|were)\s+(?:\w+\s+){0,2}$")
    #: A slur used by comparison: "like watching a room full of r*****", "like a proper little f**".
    LIKE_BEFORE = regex.compile(r"\blike\s+(?:[\w']+\s+){0,5}$")

    #: Derogatory idioms with a slot in them: "treats its staff like dirt", "couldn't manage
    #: his way out of a paper bag", "not one of them can be bothered".
    DEROGATORY_SHAPES = (
        r"\btreats?\s+(?:(?:its|their|our|the)\s+(?:tutors|teachers|tas|team|workers|employees|support\s+staff|staff)"
        r"|tutors|us|its\s+staff|their\s+staff|our\s+staff|staff|people|everyone|teachers"
        r"|support\s+staff|the\s+staff)\s+like\s+(?:dirt|crap|rubbish|muck|shit|children|kids|slaves"
        r"|idiots|numbers|a\s+doormat|furniture|servants|skivvies|mugs|cannon\s+fodder|second[- ]class\s+citizens"
        r"|something\s+(?:on|stuck\s+to)\s+(?:the|his|her|their)\s+shoe)"
        r"|(?:couldn'?t|can'?t|cannot|could\s+not)\s+(?:\w+\s+){1,3}(?:out\s+of\s+a\s+(?:paper|wet)\s+bag"
        r"|a\s+piss[- ]?up\s+in\s+a\s+brewery)"
        # A superlative insult that names its group: "the thickest bunch of kids", "laziest lot".
        r"|\b(?:thickest|stupidest|dumbest|dimmest|laziest|rudest|worst[- ]behaved|most\s+(?:useless|clueless"
        r"|incompetent|entitled|feral|vile))\s+(?:bunch|lot|group|class|set|kids|children|pupils|students"
        r"|parents|staff|people|team|colleagues|year\s+group)\b"
        r"|(?:not\s+(?:a\s+single\s+)?one|none)\s+of\s+them\s+(?:can|could|will|would|ever)\s+be\s+bothered"
        r"|\b(?:a|an)\s+(?:total|complete|absolute|utter|right|proper|bloody|fucking|f\*+ing)\s+(?:joke|circus"
        r"|shambles|disgrace|farce|mess|embarrassment|laughing\s?stock|car\s+crash|clown\s+show|shitshow|zoo"
        r"|clown|buffoon|muppet|liability|numpty|halfwit|plonker|waste\s+of\s+space)\b"
        # "haven't set foot in a classroom in years", "never taught a lesson in their lives".
        r"|\b(?:haven'?t|hasn'?t|have\s+not|has\s+not|never|not)\s+(?:even\s+)?(?:set\s+foot\s+in|been\s+in|taught|stood\s+in"
        r"\s+front\s+of)\s+a\s+(?:[\w-]+\s+)?(?:lesson|classroom|class|school)\s+(?:in|for)\s+(?:years|decades|donkey'?s\s+years|a\s+decade"
        r"|\w+\s+years|their\s+li(?:fe|ves)|his\s+life|her\s+life)\b"
        # "hasn't done a single thing for my class", "never lifted a finger".
        r"|\b(?:hasn'?t|haven'?t|has\s+not|have\s+not|has\s+never|have\s+never|never|didn'?t)\s+(?:done|lifted)\s+a\s+"
        r"(?:single\s+)?(?:thing|finger|stroke|tap)\b"
        r"|\bwaste\s+of\s+(?:a\s+)?(?:salary|wage|oxygen|skin|a\s+salary)\b"
        # "couldn't find a learner if they were sat on her lap".
        r"|\bcouldn'?t\s+(?:find|spot|see|recognise|organise|manage)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?if\s+(?:it|they|he|she|one)"
        r"\s+(?:was|were)\s+(?:sat|sitting|stood|standing|staring|right|in\s+front)\b"
        # Who hired him??", "who on earth promoted her".
        r"|\bwho\s+(?:on\s+earth\s+|the\s+hell\s+|in\s+their\s+right\s+mind\s+)?(?:hired|appointed|promoted|employed)\s+"
        r"(?:him|her|them|this\s+(?:man|woman|guy|clown|person))\b"
        # "wouldn't know a classroom if they fell into one".
        r"|\bwouldn'?t\s+(?:know|recognise|recognize|spot)\s+(?:a|an|the|good)\s+(?:[\w-]+\s+){0,3}?if\s+(?:it|they|he|she|one)\s+(?:hit|bit|fell"
        r"|slapped|smacked|jumped|kicked|landed|walked|sat)\b"
        # "think staff can't read a spreadsheet", "thinks we're idiots".
        r"|\bthinks?\s+(?:we|staff|teachers|the\s+staff|everyone)\s+(?:can'?t|cannot)\s+(?:read|count|think|add\s+up|spell)\b"
        r"|\bthinks?\s+(?:we|staff|teachers|the\s+staff|everyone)(?:'re|\s+are)\s+(?:all\s+)?(?:idiots|stupid|thick|mugs)\b"
        # "whinge about everything", "moan about every little thing".
        r"|\b(?:whinge|whinges|whinging|moan|moans|moaning|complain|complains|complaining)\s+about\s+(?:everything"
        r"|every\s+(?:little\s+|single\s+)?thing|anything\s+and\s+everything)\b"
        # "CEO on £180k while our roof leaks".
        r"|\b(?:on|takes\s+home|taking\s+home|earns|earning|pockets|pocketing|paid|gets|getting)\s+£\d[\d,.]*k?\s+(?:a\s+year\s+)?(?:while|whilst)\s+(?:we|our|staff|the\s+tas|tas|teachers|the\s+kids"
        r"|pupils|support\s+staff)\b"
        # Veiled criticism in a "lessons learned" post: a leader "who confused shouting with
        # standards", who "only visits when there's a photographer", who "punishes bad news";
        # "don't be surprised when your staff stop caring".
        r"|\b(?:that|who)\s+(?:confus(?:ed|es)|mistakes|mistook)\s+(?:[\w']+\s+){1,3}?(?:with|for)\s+\w+"
        r"|\bonly\s+(?:ever\s+)?(?:visits?|appears?|shows?\s+(?:up|(?:their|his|her)\s+faces?)|turns?\s+up|comes?\s+(?:in|out"
        r"|round|down)|walks?\s+(?:the\s+corridors|round|around)|sets?\s+foot\s+in)\b[^.!?]{0,40}?\bwhen\s+(?:there'?s\s+"
        r"|there\s+is\s+|there\s+are\s+)?(?:a\s+|the\s+)?(?:photographers?|photo\s*ops?|cameras?|press|ofsted|inspectors?"
        r"|visitors|journalists?|ceo|trust|governors|local\s+paper|credit\s+to\s+(?:take|be\s+taken))\b"
        r"|\bpunish(?:es|ed|ing)?\s+(?:bad\s+news|honesty|dissent|anyone\s+who|people\s+who|staff\s+who|those\s+who"
        r"|mistakes)\b|\bshoot(?:s|ing)?\s+the\s+messenger\b"
        r"|\bdon'?t\s+be\s+surprised\s+when\s+(?:your\s+|the\s+)?(?:best\s+)?(?:staff|tutors|teachers|people|team|colleagues"
        r"|employees|tas)\s+(?:stop|leave|quit|walk|resign|go)\b"
        # Unable to lead the least of things: "couldn't lead a conga", "couldn't manage a raffle".
        r"|\bcouldn'?t\s+(?:lead|run|organise|organize|manage|plan|chair)\s+(?:a|an)\s+(?:conga(?:\s+line)?|bath|raffle|whelk\s+stall"
        r"|tea\s+party|bun\s+fight|chip\s+shop|sweet\s+shop|disco|egg\s+and\s+spoon\s+race|queue|bus\s+queue|kids'?\s+party"
        r"|birthday\s+party|fire\s+drill|school\s+trip|bake\s+sale|pub\s+quiz)\b"
        # Nobody consulted: "naebody asked the staff", "no one listened to the TAs".
        r"|\b(?:nobody|no\s+one|no-one|naebody|naeb'dy|neebody)\s+(?:even\s+|ever\s+|bothered\s+to\s+)?(?:asked|ask|consulted"
        r"|consult|listened\s+to|listens\s+to)\s+(?:the\s+)?(?:staff|us|teachers|tas|tutors|the\s+team|support\s+staff)\b"
        # Unfit, in idiom: "not fit to be in charge of a goldfish", "about as much use as a
        # chocolate teapot", a place that "runs on fear".
        r"|\b(?:not|isn'?t|aren'?t|wasn'?t|weren'?t|never)\s+(?:\w+\s+)?fit\s+to\s+(?:run|lead|manage|be\s+in\s+charge\s+of"
        r"|look\s+after|teach|be\s+a\s+(?:head|teacher|leader|manager|governor))\b"
        r"|\b(?:about\s+)?as\s+(?:much\s+)?use(?:ful)?\s+as\s+(?:a|an)\s+(?:chocolate\s+\w+|ashtray\s+on\s+a\s+motorbike"
        r"|handbrake\s+on\s+a\s+canoe|screen\s+door\s+on\s+a\s+submarine|inflatable\s+dartboard)\b"
        r"|\b(?:runs?|run|is\s+run|rules?|ruled|manages?|managed|leads?|led)\s+(?:on|by|through)\s+(?:fear|intimidation"
        r"|threats|bullying)\b|\bculture\s+of\s+(?:fear|blame|bullying)\b"
        # Out of their depth, said firmly: "completely out of her depth".
        r"|\b(?:completely|totally|utterly|way|hopelessly|clearly|so|well|miles|massively)\s+out\s+of\s+(?:her|his|their)\s+depth\b"
        # Consultation ignored: "ask for feedback then do what they wanted anyway", "might as
        # well talk to the wall", "interviews are just for show".
        r"|\bask(?:s|ed)?\s+(?:us\s+|staff\s+)?(?:for\s+)?(?:our\s+|staff\s+|your\s+)?(?:feedback|views|opinions?|input"
        r"|thoughts)\b[^.!?]{0,60}?\b(?:anyway|regardless)\b"
        r"|\b(?:interviews?|consultation|the\s+process|the\s+vote|the\s+survey|staff\s+voice|the\s+feedback)\s+(?:is|are|was"
        r"|were|'s)\s+(?:just\s+|only\s+|purely\s+|all\s+|basically\s+)?(?:for\s+show|a\s+formality|a\s+tick[- ]box"
        r"(?:ing)?(?:\s+exercise)?|lip\s+service|window\s+dressing|a\s+sham|a\s+charade|a\s+stitch[- ]up)\b"
        # Absent from the classroom: "never sets foot in KS1".
        r"|\bnever\s+sets\s+foot\s+in\b|\b(?:has|have)\s+never\s+(?:once\s+)?set\s+foot\s+in\s+(?:a|the|our|my|any)\s+"
        r"(?:classroom|class|ks\d|building|department|centre|staffroom|lesson)\b"
        # Praise withheld by ellipsis: "the learners are brilliant, the management are not".
        r"|(?<=\b(?:management|leadership|slt|smt|the\s+head|the\s+governors|the\s+trust|the\s+bosses|the\s+leaders|the\s+exec"
        r"|head\s+office)\s+)(?:are|is|were|was)\s+not\b(?=\s*(?:[.!?,;]|\d+/|$))"
        # "people who've never taught telling us how to teach" (its own target, see below).
        r"|{self_targeted_extra}"
        # "shouldn't be trusted with a goldfish": not fit to look after the least of things.
        r"|\bshould(?:n'?t|\s+not)\s+be\s+(?:trusted|allowed)\s+(?:with\s+|near\s+|to\s+(?:\w+\s+){1,2}?)(?:a\s+)?(?:goldfish"
        r"|hamster|pet\s+rock|pot\s+plant|houseplant|plant|cactus|tamagotchi)\b"
        # "wouldn't send my dog there": the place judged unfit for anyone.
        r"|\bwouldn'?t\s+(?:send|let)\s+my\s+(?:dog|cat|goldfish|hamster|worst\s+enemy)\s+(?:to|near|there|in)\b"
        # "spends more time on her LinkedIn than in the building".
        r"|\bspends?\s+more\s+time\s+(?:on|in|at)\s+[^.!?]{1,30}?\s+than\s+(?:in\s+(?:the\s+)?(?:building|school"
        r"|classroom|office)|(?:doing\s+)?(?:her|his|their)\s+(?:actual\s+)?job|teaching)\b"
        # "Management just shrug", "SLT shrugged their shoulders".
        r"|\b(?:just|only)\s+shrug(?:s|ged)?\b|\bshrug(?:s|ged)?\s+(?:their|his|her)\s+shoulders\b"
        # "Nobody in charge cares about staff", "nobody there cares whether the kids learn".
        r"|\b(?:nobody|no\s+one|no-one|none\s+of\s+them)\s+(?:[\w']+\s+){0,3}?(?:cares?|gives\s+a\s+(?:damn|toss"
        r"|monkey'?s|shit))\s+(?:about|whether|if)\s+(?:the\s+)?(?:staff|us|teachers|kids|children|pupils|students"
        r"|learners|wellbeing|workload)\b"
        # Dim, in idiom: "not exactly the sharpest tools in the box", "a sandwich short of a picnic".
        r"|\b(?:aren'?t|isn'?t|not|weren'?t|wasn'?t)\s+(?:exactly\s+|quite\s+|really\s+|always\s+)?(?:the\s+)?"
        r"(?:sharpest|brightest)\s+(?:tools?|knives?|bulbs?|sparks?|crayons?|pencils?|buttons?|lights?)\b"
        r"|\bsandwich(?:es)?\s+short\s+of\s+a\s+picnic\b|\bnot\s+playing\s+with\s+a\s+full\s+deck\b"
        r"|\blights\s+are\s+on\s+but\s+(?:nobody|no\s+one|no-one)(?:'s|\s+is)\s+home\b|\bone\s+brain\s+cell\b"
        # Credit taken from others: "takes the credit for everyone else's work".
        r"|\b(?:takes?|took|taking|steals?|stole|stealing|claims?|claimed|claiming|grabs?|grabbing)\s+(?:all\s+)?(?:the\s+)?"
        r"credit\s+for\s+(?:everyone|everybody|other\s+people|others|someone\s+else|somebody\s+else|my|our|the\s+team|staff)\b"
        # Run like something no one should run a school like; "like clockwork" is praise.
        r"|\b(?:is|are|'s|gets?|being)\s+run\s+like\s+(?:a|an|some)\s+(?!well[- ]oiled|(?:\w+\s+)?machine|dream|swiss|clockwork|military)"
        # Decline: "isn't the place it was", "not what it used to be"; and a warning to applicants.
        r"|\b(?:isn'?t|is\s+not|ain'?t)\s+(?:the\s+(?:place|school|academy|trust|provision|centre)\s+it\s+(?:was|used\s+to\s+be"
        r"|once\s+was)|what\s+it\s+(?:was|used\s+to\s+be))\b"
        # ... a warning to whoever might apply, the clause ending there ("think twice before
        # applying sun cream" is advice about sun cream).
        r"|\bthink\s+(?:twice|very\s+carefully|long\s+and\s+hard)\s+before\s+(?:applying|joining|working\s+(?:here|there)"
        r"|taking\s+a\s+job)(?:\s+(?:here|there|to\s+(?:this|that|our|the)\s+(?:school|academy|trust|place|provision)"
        r"|for\s+(?:a|the|any)\s+(?:job|post|role)(?:\s+(?:here|there))?))?(?=\s*(?:[.!?,;]|$))"
        # Whatever happens, "gets everything wrong".
        r"|\bgets?\s+(?:absolutely\s+)?(?:everything|it\s+all|every\s+single\s+thing)\s+wrong\b"
        # "spends every lesson on her phone".
        r"|\bspends?\s+(?:every|each|the\s+whole|all|half)\s+(?:of\s+)?(?:the\s+|every\s+)?(?:lesson|day|meeting|shift|session"
        r"|class|morning|afternoon|briefing)s?\s+on\s+(?:her|his|their)\s+(?:phone|mobile|laptop)\b"
        # Rumour-mongering: "spreading nonsense on the village group".
        r"|\bspread(?:ing|s)?\s+(?:lies|nonsense|rubbish|rumours|gossip|misinformation|muck|poison)\b"
        # Parents who back their child against the evidence.
        r"|\b(?:defend|defends|defending|believe|believes|back|backs)\s+(?:their|his|her)\s+(?:kids?|child|children|sons?"
        r"|daughters?|darlings?|precious\s+\w+)\s+(?:even\s+(?:with|when|if)|no\s+matter\s+what|over\s+(?:us|staff|the\s+teachers?))\b"
        # Unwanted elsewhere, and rightly: "nowhere else would have them, and I can see why".
        r"|\b(?:nowhere|no\s+one|nobody)\s+else\s+(?:would|will)\s+(?:have|take|want|touch)\s+(?:them|him|her)\b"
        r"[^.!?]{0,40}?\bsee\s+why\b"
        # A mock award: "colleague of the month goes to the guy who ...".
        r"|\b(?:colleague|employee|teacher|staff\s+member|manager|leader|parent)\s+of\s+the\s+(?:month|year|week)\s+"
        r"(?:award\s+)?goes\s+to\s+(?:the\s+)?(?:guy|man|woman|lady|one|person|bloke|fella|colleague)\s+who\b"
        # Mockery as a game: "a shot every time our principal says ...", "parent bingo".
        r"|\b(?:drinking\s+game|take\s+a\s+(?:shot|drink|sip|swig)|(?:a\s+)?(?:pound|quid|fiver|tenner|penny)\s+for)\b"
        r"[^.!?]{0,40}?\bevery\s+time\b"
        r"|\b(?:parents?|parents'|staff|slt|inset|briefing|buzzword|jargon|governors?|meeting|consultation|twilight)\s+bingo\b"
        r"(?!\s+(?:night|nights|evening|afternoon|morning|fundraiser|event|session|tickets|raised|caller|prizes?|hall|club))"
        # Expert in nothing that matters: "experts in everything except reading a letter".
        r"|\bexperts?\s+(?:in|on|at)\s+everything\s+(?:except|but|apart\s+from)\b"
        # An ironic invitation: "if you want to be ignored for three years, come and work here".
        r"|\bif\s+you\s+(?:want|fancy|like)\s+(?:to\s+be\s+|being\s+)?(?:ignored|overworked|undervalued|underpaid|treated\s+like"
        r"|shouted\s+at|blamed|micromanaged)\b[^.!?]{0,60}?\bcome\s+(?:and\s+)?work\s+(?:here|at|in|for|with)\b"
        # Money put before what matters: "spent more on the website than on our SEND budget".
        r"|\bspen[dt]s?\s+more\s+on\s+[^.!?]{1,40}?\s+than\s+on\s+(?:our|the|their|its|staff|pupils|the\s+kids)\b"
        # A predecessor or another group flattered by the comparison: "make last year's lot look like angels".
        r"|\bmakes?\s+(?:[\w']+\s+){1,4}?look\s+like\s+(?:angels|saints|geniuses|a\s+genius|amateurs|an\s+angel)\b"
        # Comparisons that run the place down: "better manners than our Year 10s", "night and
        # day compared to where I am now".
        r"|\b(?:better|nicer|more)\s+(?:manners|behaved|behaviour|organised|run|led|managed|resourced|respect|support"
        r"|leadership|discipline|sense)\s+than\s+(?:our|my|ours|mine|here|this\s+place|the\s+ones?\s+(?:here|at\s+ours))\b"
        # Understatement: "not its finest hour", "hasn't covered itself in glory", "not, let's say,
        # blessed with an abundance of common sense", "not what you'd call supportive".
        r"|\bnot\s+(?:exactly\s+)?(?:its|their|his|her|our|the\s+[\w-]+'s)\s+finest\s+hour\b"
        r"|\b(?:hasn'?t|haven'?t|didn'?t|has\s+not|have\s+not|did\s+not)\s+(?:exactly\s+)?covered?\s+(?:itself|themselves"
        r"|himself|herself)\s+in\s+glory\b|\bnot\s+exactly\s+(?:a\s+)?(?:roaring|resounding|runaway)\s+success\b"
        r"|\bnot\s+(?:exactly\s+|overly\s+|particularly\s+)?(?:blessed|gifted|overburdened|burdened|troubled|over-?endowed)\s+"
        r"with\s+(?:an?\s+(?:abundance|surplus|excess|lot|great\s+deal)\s+of\s+|much\s+|many\s+|too\s+much\s+)?(?:common\s+sense"
        r"|brains?|brain\s+cells|intelligence|sense|tact|manners|wit|self-awareness)\b"
        r"|(?:\bnot|n't|\bnever|\bhardly)\b[^.!?]{0,40}?\bwhat\s+(?:you|one|i)(?:'d|\s+would|\s+might|\s+could)\s+call\s+"
        r"(?:\w+\s+)?(?:engaged|supportive|helpful|competent|organised|organized|reasonable|pleasant|friendly|motivated"
        r"|keen|proactive|professional|bright|clever|polite|hard[- ]working|reliable|on\s+the\s+ball)\b"
        # Neglect by hyperbole: "hasn't answered an email since about 2019".
        r"|\b(?:hasn'?t|haven'?t|has\s+not|have\s+not|not)\s+(?:answered|replied\s+to|returned|read|opened|marked|taught"
        r"|planned)\s+(?:an?|one|a\s+single)\s+(?:[\w-]+\s+)?(?:email|e-mail|call|message|lesson|book|voicemail)s?\s+since\s+"
        r"(?:about\s+|around\s+|roughly\s+|circa\s+)?(?:(?:19|20)\d\d|the\s+(?:dark\s+ages|nineties|eighties|last\s+century"
        r"|stone\s+age|last\s+ofsted)|records\s+began)\b"
        # Contempt attributed: "apparently parents are beneath her", "thinks she's above all that".
        r"|\b(?:are|is|were|was)\s+(?:so\s+|clearly\s+)?beneath\s+(?:her|him|them)\b"
        r"|\bthinks?\s+(?:she|he|they)(?:'s|'re|\s+is|\s+are)\s+above\s+(?:it|us|all\s+that|the\s+rest|everyone)\b"
        # "the only way to get noticed at this academy is to hand in your notice".
        r"|\bonly\s+way\s+to\s+get\s+(?:noticed|promoted|heard|listened\s+to|recognised|a\s+pay\s*rise|any\s+thanks"
        r"|support)\b[^.!?]{0,40}?\b(?:is|was)\s+to\s+(?:leave|quit|resign|hand\s+in|threaten)"
        # "Best thing about the place is the exit".
        r"|\b(?:best|only\s+good)\s+thing\s+about\s+(?:[\w']+\s+){1,4}?(?:is|was)\s+(?:the\s+)?(?:exit|way\s+out|door"
        r"|leaving|car\s+park|going\s+home|home\s+time|holidays|leaving\s+do)\b"
        # "wonders why nobody stays", "couldn't teach a fish to swim".
        r"|\bwonders?\s+why\s+(?:nobody|no\s+one|no-one|staff|people|teachers|tutors|everyone|we)\s+(?:stays?|leaves?"
        r"|quits?|goes|keeps?\s+leaving|(?:is|are)\s+leaving)\b"
        r"|\bcouldn'?t\s+(?:teach|coach|lead|manage|run)\s+(?:a\s+fish\s+to\s+swim|a\s+bird\s+to\s+fly|[^.!?]{1,30}?\s+if\s+"
        r"(?:his|her|their)\s+li(?:fe|ves)\s+depended\s+on\s+it)"
        # The child's behaviour blamed to the parent: "frankly your son's behaviour is the reason".
        r"|\b(?:your|his|her|their)\s+(?:(?:son|daughter|child|kid|boy|girl)'?s\s+)?(?:behaviour|attitude|parenting|conduct)\s+"
        r"is\s+(?:exactly\s+|precisely\s+)?(?:the\s+)?(?:reason|problem|cause)\b"
        # "not the angel you think he is".
        r"|\b(?:is|isn'?t|are|aren'?t)\s+(?:not\s+)?(?:quite\s+)?the\s+(?:little\s+)?(?:angels?|saints?)\s+(?:you|they|she|he"
        r"|their\s+parents?|(?:his|her|their)\s+(?:mum|dad|mother|father))\s+(?:think|thinks|believe|believes|claim|make)\b"
        # A group judged a let-down, the group its subject ("the film was a huge disappointment
        # for the kids" judges the film): "Year 5 have been a real disappointment".
        r"|\b(?:year\s+\d{1,2}s?|reception|slt|management|leadership|governors|they|he|she|(?:the|our|my|these|those"
        r"|this\s+year'?s)\s+(?:new\s+)?(?:kids|children|pupils|students|class|classes|parents|families|learners|lot|set"
        r"|tutors|teachers|leaders|governors|slt|head|deputy))\s+(?:are|were|have\s+been|has\s+been|is|was)\s+(?:such\s+)?"
        r"(?:a|an)\s+(?:real|huge|massive|total|complete|utter|absolute|bitter|constant)\s+disappointment\b"
        # Incompetence in idiom: "wouldn't know a phonics lesson from a fire drill".
        r"|\bwouldn'?t\s+know\s+(?:a|an|the|good)\s+(?:[\w'-]+\s+){0,3}?from\s+(?:a|an|the|their|his|her)\s+\w+"
        # "Lovely kids, shame about the parents".
        r"|\bshame\s+about\s+(?:half\s+|some\s+of\s+|most\s+of\s+)?(?:the|their|our)\s+(?:parents|staff|management|slt"
        r"|leadership|head|governors|trust|mums|dads)\b"
        # The school taken for something else: "think the school is a free babysitting service".
        r"|\bthinks?\s+(?:the\s+|our\s+)?(?:school|academy|we|teachers|staff)\s+(?:is|are)\s+(?:just\s+)?(?:a\s+)?(?:free\s+)?"
        r"(?:babysitting|babysitters?|creche|daycare|childcare|child\s+minders?|social\s+services)\b"
        # Staff treated as beginners or children: "... in red pen like we're trainees".
        r"|\blike\s+we(?:'re|\s+are|\s+were)\s+(?:(?:naughty|stupid|little|all)\s+)?(?:trainees|children|kids|students|pupils"
        r"|idiots|toddlers|year\s+\d+s?|robots|slaves|servants|nqts|ects|five)\b"
        # Talked down to: "being talked down to by SLT like we're Year 7s".
        r"|\b(?:being\s+|get\s+|getting\s+)?talked\s+down\s+to\b"
        r"|\b(?:talks?|talking|speaks?|speaking|spoke)\s+to\s+(?:us|staff|teachers|everyone|the\s+staff|the\s+tas|adults)\s+like\s+"
        r"(?:we'?re|we\s+are|they'?re|naughty|children|kids|idiots|toddlers|year\s+\d+s?|dirt|pupils|something)"
        # Quarrelsome, in idiom: "could start an argument in an empty room".
        r"|\bcould\s+(?:start|pick|have)\s+(?:an\s+argument|a\s+fight|a\s+row)\s+(?:in|with)\s+(?:an\s+empty\s+room|a\s+lamp\s*post"
        r"|a\s+brick\s+wall|(?:his|her|their)\s+own\s+shadow)\b|\bwould\s+argue\s+with\s+(?:a\s+)?(?:lamp\s*post|brick\s+wall"
        r"|(?:his|her|their)\s+own\s+shadow)\b"
        r"|\bheld\s+together\s+(?:by|with)\s+(?:(?:gaffer|duct|sticky|parcel|masking)\s+tape|sellotape|string|blu[- ]?tack"
        r"|goodwill\s+alone)\b"
        r"|\b(?:most|biggest)\s+(?:ridiculous|stupid|absurd|pointless|insane|idiotic|ludicrous)\s+(?:thing|idea"
        r"|decision|policy|plan|rule)\s+(?:i'?ve|i\s+have)\s+(?:ever\s+)?(?:read|seen|heard)"
    )

    #: A verdict that needs no target word in its sentence, because it names the people
    #: it judges by what they do: "people who've never taught telling us how to teach".
    SELF_TARGETED_EXTRA = (
        r"\bwho(?:'ve|\s+have|\s+has|'s)?\s+never\s+(?:taught|been\s+in\s+a\s+classroom|set\s+foot\s+in\s+a\s+"
        r"(?:classroom|school)|worked\s+in\s+a\s+school|stood\s+in\s+front\s+of\s+a\s+class)\b[^.!?]{0,30}?"
        r"\b(?:telling|lecturing|teaching|showing)\s+(?:us|me|teachers|staff)\s+how\s+to\b"
        # Staff talked down to, the leader in the sentence before: "Told us all off in briefing
        # like we're the children."
        r"|\b(?:told|tells|telling|tell|talked\s+to|talks\s+to|spoke\s+to|speaks\s+to|treats?|treated)\s+us\s+(?:all\s+)?"
        r"(?:off\s+)?(?:[\w']+\s+){0,4}?like\s+we(?:'re|\s+are|\s+were)\s+(?:the\s+|a\s+bunch\s+of\s+|naughty\s+|little\s+)?"
        r"(?:children|kids|pupils|toddlers|year\s+\d+s?|trainees|idiots)\b"
        # Unheard, the employer left unnamed: "Might as well talk to a brick wall."
        r"|\bmight\s+as\s+well\s+(?:be\s+)?(?:talk|talking|speak|speaking)\s+to\s+(?:a\s+|the\s+|t'\s*)?(?:brick\s+)?wall\b"
        # "nobody at the top has stood in a room with a kid in crisis".
        r"|\b(?:nobody|no\s+one|no-one|none\s+of\s+them|not\s+one\s+of\s+them)\s+(?:at\s+the\s+top|in\s+charge|upstairs"
        r"|in\s+(?:slt|leadership|management|head\s+office))\s+(?:(?:at|of|in)\s+(?:this|the|our|that)\s+[\w-]+\s+)?"
        r"(?:has|have|had)\s+(?:ever\s+)?(?:stood|been|taught|worked|sat"
        r"|spent\s+(?:a\s+day|time))\s+in\s+a\s+(?:room|classroom|class|lesson)\b"
        # Treated badly, the employer left unnamed: "Treated like dirt." in a post about work.
        r"|\birony\s+(?:was|is|'s|seemed|seems)\s+(?:\w+\s+){0,2}?lost\s+on\s+(?:the\s+)?(?:organisers|powers\s+that\s+be|slt|smt"
        r"|management|leadership|leaders|trust|head\s+office|whoever|those\s+in\s+charge|them)\b"
        r"|\bnever\s+(?:worked|taught|been)\s+(?:anywhere|somewhere|at\s+a\s+(?:school|place))\s+(?:so|as|this|more)\s+"
        r"(?:disorganised|disorganized|chaotic|badly[- ]run|poorly[- ]run|toxic|dysfunctional|unprofessional|shambolic)\b"
        r"|\b(?:(?:we'?re|we\s+are|staff\s+are|being|get|getting)\s+)?treated\s+like\s+(?:furniture|servants|skivvies|mugs"
        r"|cannon\s+fodder|second[- ]class\s+citizens|dirt|crap|rubbish|muck|shit"
        r"|slaves|idiots|a\s+doormat|doormats|numbers|robots|children)\b"
        # Leaders who never met the children: "it clearly wasn't anyone who has met a Year 9".
        r"|\b(?:wasn'?t|isn'?t|weren'?t|aren'?t|not)\s+(?:anyone|anybody|someone|somebody|people)\s+who(?:'s|'ve|'d|\s+has|\s+have"
        r"|\s+had)\s+(?:ever\s+)?(?:met|taught|worked\s+with|been\s+in|set\s+foot\s+in|stood\s+in\s+front\s+of)\s+(?:a|an)\s+"
        # The place against another: "night and day compared to where I am now", "mine gives us".
        r"|\b(?:night\s+and\s+day|chalk\s+and\s+cheese|worlds?\s+apart|a\s+world\s+away|a\s+different\s+planet)\s+"
        r"(?:compared\s+)?(?:to|from|with)\s+(?:where\s+i\s+(?:am|work)(?:\s+now)?|here|this\s+place|ours|mine"
        r"|my\s+(?:current|new)\s+(?:school|place|job|workplace))\b"
        r"|\b(?:mine|ours)\s+(?:just\s+)?(?:gives|gave|offers|provides)\s+(?:us|staff|teachers)\b"
        # A group that names itself by the verdict: "class from hell", "parents from hell".
        r"|\b(?:class|classes|year\s+group|intake|parents?|kids|colleagues?|boss|manager|line\s+manager|department"
        r"|school|academy|inset|inspection)\s+from\s+hell\b"
        # "still call itself a school?".
        r"|\b(?:still\s+)?calls?\s+(?:itself|themselves)\s+(?:a|an)\s+(?:school|academy|provision|college|trust"
        r"|centre|leadership\s+team|professional)\b"
        # Spending questioned against what staff go without: "why does the trust need four
        # regional directors when we can't afford glue sticks?"
        r"|\bwhy\s+(?:does|do|did|would|should)\s+(?:[\w']+\s+){1,4}?(?:need|have|get|pay|spend|afford|employ)\b"
        r"[^.!?]{0,60}?\bwhen\s+(?:we|staff|our|the\s+kids|teachers|pupils|learners)\s+(?:can'?t|cannot|don'?t|have\s+no"
        r"|haven'?t|still)\b"
    )

    GRIEVANCE_PAY = (
        r"promotions?\s+(?:were\s+|was\s+)?promised|promised\s+(?:me\s+|us\s+)?(?:a\s+)?(?:promotion|pay\s+rise|tlr"
        r"|permanent\s+(?:contract|post|job)|progression)|raised\s+(?:it|this|them|my\s+\w+)\s+with\s+(?:hr|the\s+head"
        r"|my\s+(?:line\s+)?manager|slt|management|the\s+principal|the\s+trust)\b|"
        r"pay\s+(?:review|rise|progression|increase)|(?:not|never)\s+(?:been\s+)?paid|haven'?t\s+been\s+paid"
        r"|underpaid|unpaid\s+(?:overtime|hours|work|extra|twilights?|inset|meetings?|training|duty|duties"
        r"|cover|residentials?|trips?|weekends?|evenings?)|overtime|paid\s+for\s+(?:\w+\s+)?(?:extra\s+)?hours"
        r"|back\s+pay|my\s+(?:wages|salary|payslip|contract)|flexible\s+working|toil\b|time\s+off\s+in\s+lieu"
        r"|(?:no|without)\s+cover\s+for\s+ppa|(?:lost|losing|no)\s+(?:my\s+|our\s+|extra\s+|more\s+|any\s+)?ppa"
        # Kept late by the employer: "had us in till six again".
        r"|(?:had|kept|keeps|keep|keeping|having|held)\s+us\s+(?:all\s+)?(?:in|back|behind|at\s+work|there|late)\s+(?:till"
        r"|until|til|past|to)\s+(?:six|seven|eight|nine|half\s+\w+|\d{1,2})\b"
        r"|twilight\s+inset|working\s+(?:every\s+)?(?:weekend|evening)s?\s+for\s+free|for\s+free\b"
        r"|\d{2}[- ]hour\s+weeks?|no\s+work[- ]life\s+balance|(?:sick|maternity|compassionate)\s+leave"
        r"|(?:leave|request)\s+(?:was\s+)?(?:refused|denied|rejected|turned\s+down)"
        r"|covering\s+(?:\w+\s+){0,2}?(?:lessons|classes|periods)\s+(?:a|every|each)\s+(?:day|week)"
        r"|nobody'?s?\s+(?:has\s+)?been\s+replaced"
        r"|(?:not|never)\s+(?:been\s+)?replac(?:ed|ing)\s+(?:her|him|them|staff|anyone)"
        r"|(?:raised|raising|flagged)\s+(?:my|our|these|the|serious)\s+(?:\w+\s+)?concerns?"
        r"|\btlr\b|backdat\w*|(?:pay\s+)?increments?\b|pay\s+(?:point|scale|spine|band|grade)\b"
        r"|(?:no|zero|what|so\s+much\s+for|apparently|forget\s+(?:about\s+)?|non-?existent)\s+work[- ]life\s+balance"
        r"|work[- ]life\s+balance\s+(?:is|was|'s)\s+(?:just\s+)?(?:a\s+)?(?:joke|myth|non-?existent|dead|slide|buzzword|fantasy|lie)"
        r"|(?:marking|planning|working|emailing)\s+(?:till|until|past|at)\s+(?:midnight|\d{1,2}\s*(?:am|pm)?\b"
        r"|the\s+early\s+hours)|temporary\s+contract|fixed[- ]term\s+contract|zero[- ]hours?\s+contract"
        r"|paid\s+(?:us|me|staff|everyone)\s+late|(?:wages|salary|salaries|pay)\s+(?:\w+\s+)?(?:late|wrong)\b"
        # Asking the employer for something is a grievance only with a denial beside it
        # ("asked for support three times, ignored"); "asked the head for help and she
        # rewrote it with me" is a good day.
        r"|(?:asked|requested|applied|begged)\s+(?:(?:slt|smt|management|leadership|hr|the\s+head|my\s+(?:line\s+manager"
        r"|head\s+of\s+\w+|hod|manager|boss))\s+)?for\s+(?:a\s+|my\s+|some\s+|any\s+)?(?:pay|flexible|leave|support|help)"
        # Time off refused: "told I can't have the afternoon off for my son's graduation".
        r"|(?:can'?t|cannot|couldn'?t|not\s+allowed\s+to|won'?t\s+let\s+me)\s+(?:have|take|get)\s+(?:the|a|an|one|half\s+a)\s+"
        r"(?:\w+\s+)?(?:day|afternoon|morning|hour|hours|days)\s+off\b"
        # A decision about the poster's job learned second-hand: "found out about my
        # timetable change from a spreadsheet".
        r"|(?:found\s+out|heard|learned|learnt|discovered)\s+(?:about\s+)?(?:my|our)\s+(?:[\w-]+\s+){0,3}?(?:from|via|through"
        r"|on)\s+(?:a|an|the)\s+(?:spreadsheet|e-?mail|newsletter|noticeboard|rota|group\s+chat|whatsapp|kids|parents"
        r"|pupils|timetable|staff\s+bulletin|bulletin)\b"
    )
    GRIEVANCE_DENIAL = (
        r"\bignored\b|\brefused\b|\bdenied\b|\brejected\b|turned\s+down|knocked\s+back|no\s+reply"
        r"|no\s+response|never\s+(?:replied|responded|got\s+back)|nobody\s+(?:replied|responded|listens)"
        r"|fobbed\s+off|still\s+no\b|still\s+waiting|is\s+(?:just\s+)?the\s+norm|expected\s+to"
        r"|they\s+expect\s+us|forced\s+to|made\s+to\s+(?:work|cover|stay)|no\s+support\s+from"
        r"|(?:three|four|five|3|4|5|several|multiple)\s+times|\bagain\b|🤡"
        r"|\b(?:yet\s+)?another\s+(?:unpaid|pointless|extra|twilight|inset|meeting|initiative|deadline|cut)"
        r"|(?:won'?t|don'?t|never|refuse\s+to)\s+listen|something\s+has\s+(?:got\s+)?to\s+give"
        r"|\bfuming\b|\bnothing\s*[.!]|nothing\s+to\s+show"
        r"|since\s+(?:last\s+)?(?:january|february|march|april|may|june|july|august|september|october"
        r"|november|december|summer|easter|christmas|(?:19|20)\d\d)\b"
        r"|(?:nobody|no\s+one|no-one|none\s+of\s+us)\s+(?:\w+\s+){0,3}?(?:has|have)\s+(?:had|got|seen)"
        r"|(?:nobody|no\s+one|no-one)\s+(?:ever\s+)?(?:answers|replies|responds|gets\s+back)"
        r"|\b(?:\w+|\d+)\s+(?:weeks|months|years)\s+(?:of\s+)?(?:waiting|chasing)\b"
        r"|\b(?:second|third|fourth|fifth|sixth|\d+(?:nd|rd|th))\s+(?:month|time|week|year)\s+(?:running|in\s+a\s+row"
        r"|they'?ve|they\s+have|that)\b"
        # Loyalty unrewarded: "this is how they repay it", "no conversation, nothing".
        r"|\bhow\s+(?:they|we'?re|we\s+are|i'?m|i\s+am|staff\s+are)\s+(?:repay|repaid|thank|thanked|treated|rewarded)\b"
        r"|\bno\s+(?:conversation|discussion|consultation|warning|explanation)\b"
        # The contrast with the bosses, pointed out: "funny how that works", "while the CEO got a rise".
        r"|\bfunny\s+how\s+(?:that|it|this)\s+works\b|\bstuck\s+on\s+the\s+same\b"
        r"|\b(?:while|whilst)\s+(?:the|our)\s+(?:[\w']+\s+){0,2}?(?:ceo|head|principal|slt|leaders?|executives?|directors?"
        r"|bosses)\s+(?:got|gets|get|took|takes|awarded|pocketed|pockets)\b"
        # Irony about being valued, and a year of the same: "such a valued member of staff".
        r"|\b(?:such\s+a|so|feeling\s+(?:so\s+)?|really)\s+valued\b|\b(?:second|third|fourth|fifth|sixth|\d+(?:nd|rd|th))\s+"
        r"(?:year|term|month)\s+of\b"
        r"|\bapparently\b[^.!?]{0,30}?\bjust\s+a\b"
        # Told at the last minute, and not cared about: "they don't care about us at all".
        r"|\blast[- ]minute\b|\b(?:don'?t|doesn'?t|do\s+not|does\s+not)\s+care\s+about\s+(?:us|staff|the\s+staff|teachers)\b"
        r"|\bheard\s+nothing(?:\s+back)?\b|\b(?:zero|none|nothing|never)\s+delivered\b|\bnot\s+a\s+(?:word|peep)\s+(?:back|since)\b"
    )
    GRIEVANCE_FORMAL = (
        r"\b(?:raised|raising|filed|filing|submitted|lodged)\s+a\s+(?:formal\s+)?grievance"
        r"|(?:\w+\s+)?(?:year|years|months)\s+(?:running\s+|in\s+a\s+row\s+|now\s+)?(?:without|with\s+no)\s+"
        r"(?:a\s+|any\s+)?pay\s+(?:rise|increase|progression)"
        r"|maybe\s+(?:facebook|twitter|instagram|tiktok|social\s+media|the\s+internet)\s+will\s+(?:listen|care|help)"
        r"|employment\s+tribunal|constructive\s+dismissal|maybe\s+hr\b|hr\s+(?:ignored|never|didn'?t|won'?t"
        r"|reads)"
        # Pushed out or bullied by a manager, with the union in: "being managed out by a deputy".
        r"|\b(?:being|been|getting|got)\s+managed\s+out\b|\bunion\s+rep\s+(?:says|said|told|advised|reckons|is\s+coming)\b"
        # A label management put on the poster, in scare quotes: "now I'm 'not a team player'".
        r"|['\u2018\u201c\"](?:being\s+negative|not\s+a\s+team\s+player|too\s+negative|resistant\s+to\s+change|a\s+blocker"
        r"|not\s+(?:on|onboard|on\s+board)\s+with\s+the\s+vision)['\u2019\u201d\"]"
        r"|\bbullied\s+(?:out|by\s+(?:my|our|the|a)\s+(?:head|deputy|line\s+manager|manager|boss|hod|head\s+of\s+\w+))"
        # A complaint about a manager, made in school and aired here.
        r"|\b(?:put\s+in|made|raised|filed|lodged|submitted)\s+a\s+(?:formal\s+)?complaint\s+(?:about|against)\s+(?:my|our|the)\s+"
        r"(?:line\s+manager|manager|head|deputy|boss|hod|head\s+of\s+\w+|principal|slt|management)"
    )
    #: National pay and conditions: politics, not a grievance against this employer.
    NATIONAL = (
        "government", "dfe", "minister", "secretary", "chancellor", "strb", "pay review body",
        "nationally", "national", "ballot", "strike", "strikes", "union", "neu", "nasuwt",
        "teachers across", "all teachers", "every teacher",
    )

    DEFAMATORY = (
        r"knew\s+about\s+(?:\w+\s+){0,4}?(?:for\s+(?:weeks|months|years|ages)|and\s+did\s+nothing)"
        r"|did\s+(?:absolutely\s+)?nothing\s+about|covered\s+(?:it\s+|this\s+|that\s+)?up|cover[- ]up"
        r"|\bhush(?:ed|ing)?\s+(?:it|this|that|things|the\s+\w+)?\s*up\b"
        r"|swept\s+(?:\w+\s+){0,3}?under\s+the\s+(?:carpet|rug)|turned\s+a\s+blind\s+eye"
        r"|fiddl\w+\s+(?:(?:the|its|their|our|his|her)\s+)?(?:\w+\s+)?(?:books|data|results|figures|numbers|register"
        r"|attendance)"
        r"|(?:cheat\w*|fix\w*|fiddl\w*|massag\w*|doctor\w*|rigg\w*)\s+(?:on\s+)?(?:the\s+)?(?:sats|results"
        r"|data|exams|figures|coursework|attendance|books)|off[- ]roll\w*|embezzl\w*|\bfraud\b"
        r"|\b(?:stole|stealing|steals|nicking)\s+(?:from|money)|lied\s+to\s+(?:parents|ofsted|governors|us"
        r"|staff|the\s+trust|inspectors)|lying\s+to\s+(?:parents|ofsted|governors|us|staff|inspectors)"
        r"|having\s+an\s+affair\s+with|drunk\s+at\s+work|on\s+the\s+take|\bbribe\w*|\bcorrupt\b"
        r"|(?:hit|assaulted|abused)\s+a\s+(?:pupil|child|kid|student)"
    )

    @classmethod
    def targets(cls, school, pack) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
        """What a disparaging remark can be aimed at, for this school: the school and its
        leadership, colleagues, pupils and parents (phrases, for `cues.compile_words`)."""
        return (cls.SCHOOL_TARGETS + tuple(cues.school_names(school)) + pack_organisation(pack),
                cls.COLLEAGUE_TARGETS + staff_names(school) + staff_roles(school),
                cls.PUPIL_TARGETS)

    def __init__(self, school, pack):
        super().__init__(school, pack)
        names = cues.school_names(school)
        school_targets, colleague_targets, pupil_targets = self.targets(school, pack)
        self.school_target = cues.compile_words(school_targets)
        self.weak_school = frozenset(self.WEAK_SCHOOL_TARGETS)
        self.colleague_target = cues.compile_words(colleague_targets)
        self.pupil_target = cues.compile_words(pupil_targets)
        self.pupil_group = cues.compile_rx(self.PUPIL_GROUP)
        self.pronoun = cues.compile_rx(self.PRONOUN)
        self.group_back = cues.compile_rx(self.GROUP_BACK)
        self.school_thing = cues.compile_rx(self.SCHOOL_THING)
        self.self_ref = cues.compile_rx(self.SELF)
        self.self_dropped = regex.compile(self.SELF_DROPPED)
        self.positive_hedge = regex.compile(self.POSITIVE_HEDGE)
        self.performance = cues.compile_rx(self.PERFORMANCE)
        self.sense_after = {w: regex.compile(rx) for w, rx in self.SENSE_AFTER.items()}
        self.joke_told = regex.compile(self.JOKE_TOLD)
        self.experience = cues.compile_rx(self.EXPERIENCE)
        self.thing = cues.compile_words(self.THING)
        self.former = cues.compile_rx(self.FORMER)
        self.strong = cues.compile_words(_bare_apostrophes(self.STRONG))
        self.weak = cues.compile_words(_bare_apostrophes(self.WEAK))
        self.colleague_role = cues.compile_rx(self.COLLEAGUE_ROLE)
        self.aside = regex.compile(self.ASIDE)
        self.mock_praise = cues.compile_rx(self.MOCK_PRAISE)
        self.irony = cues.compile_rx(self.IRONY)
        self.elsewhere = cues.compile_rx(self.ELSEWHERE)
        self.there = cues.compile_rx(self.THERE)
        self.school_named = cues.compile_words(tuple(names)) if names else None
        self.intensifier = cues.compile_words(self.INTENSIFIER)
        self.sarcasm = cues.compile_rx(self.SARCASM)
        self.praise = cues.compile_rx(self.PRAISE)
        self.derogatory_shapes = cues.compile_rx(
            self.DEROGATORY_SHAPES.replace("{self_targeted_extra}", self.SELF_TARGETED_EXTRA))
        self.pay = cues.compile_rx(self.GRIEVANCE_PAY)
        self.denial = cues.compile_rx(self.GRIEVANCE_DENIAL)
        self.formal = cues.compile_rx(self.GRIEVANCE_FORMAL)
        self.national = cues.compile_words(self.NATIONAL)
        self.defamatory = cues.compile_rx(self.DEFAMATORY)
        self.workplace = cues.compile_words(cues.WORKPLACE + tuple(names))
        self.self_targeted = cues.compile_rx(self.SELF_TARGETED + "|" + self.SELF_TARGETED_EXTRA)
        self.addressee = cues.compile_rx(self.ADDRESSEE)
        self.sympathy = cues.compile_rx(self.SYMPATHY)
        self.protected = regex.compile(self.PROTECTED)
        self.attributive = regex.compile(self.ATTRIBUTIVE)
        self.determiner_before = regex.compile(r"\b(?:the|those|these|a|an|such)\s+$")
        # Abuse, threats and discriminatory remarks, read as the offensive check reads them:
        # aimed at pupils, parents or staff, they disparage them too.
        self.offence = OffensiveDetector(school, pack)

    def detect(self, ctx: PostContext) -> Iterable[Hit]:
        text = ctx.text.folded
        if not text:
            return
        work = bool(cues.find(self.workplace, text) or ctx.official or ctx.school_cue)
        yield from self._disparaging(ctx, text, work)
        yield from self._grievance(ctx, text)
        yield from self._defamatory(ctx, text, work)

    # -- targets ---------------------------------------------------------------------------

    def _targets(self, ctx: PostContext, text: str, a: int, b: int, work: bool
                 ) -> list[tuple[str, str, int]]:
        """(signal, words, start) for each kind of target in text[a:b]."""
        found = []
        former = cues.find(self.former, text, a, b)
        m = cues.find(self.colleague_target, text, a, b) or cues.find(self.colleague_role, text, a, b)
        if m and not former:
            found.append((COLLEAGUE, m.group(), m.start()))
        for m in cues.find_all(self.school_target, text, a, b):
            if former or self.school_thing.match(text, m.end(), b, timeout=cues.TIMEOUT) \
                    or self.elsewhere.match(text, m.end(), b, timeout=cues.TIMEOUT):
                continue  # "the school run", "management at my gym"
            if self.there.match(text, m.end(), b, timeout=cues.TIMEOUT) and not (
                    self.school_named and cues.find(self.school_named, text)):
                continue  # "Management there couldn't organise ...": the place just named
            if m.group() not in self.weak_school or work:
                found.append((SCHOOL, m.group(), m.start()))
        m = cues.find(self.pupil_target, text, a, b) or cues.find(self.pupil_group, text, a, b)
        if m:
            found.append((PUPILS, m.group(), m.start()))
        else:
            for mention in ctx.mentions:
                if a <= mention.start < b and self._real_mention(ctx, mention):
                    found.append((PUPILS, text[mention.start:mention.end], mention.start))
                    break
            else:
                you = ctx.official and ctx.post.action in self.REPLY_ACTIONS and ctx.post.recipients \
                    and cues.find(self.addressee, text, a, b)
                if you:
                    found.append((PUPILS, f"{you.group()} (the account replied to)", you.start()))
        return found

    @staticmethod
    def _nearest(text: str, targets: list[tuple[str, str, int]], at: int
                 ) -> tuple[str, str, int] | None:
        """The target the evaluation is about: the nearest before it, else the first after.

        A target inside a place phrase ("parents *at our school* are entitled") only
        locates the subject, so it yields to another target when there is one.
        """
        if len(targets) > 1:
            subjects = [t for t in targets if not LOCATIVE.search(text, max(0, t[2] - 6), t[2],
                                                                  timeout=cues.TIMEOUT)]
            targets = subjects or targets
        before = [t for t in targets if t[2] < at]
        if before:
            return max(before, key=lambda t: t[2])
        return min(targets, key=lambda t: t[2], default=None)

    @staticmethod
    def _real_mention(ctx: PostContext, mention) -> bool:
        if mention.form is not Form.FIRST_ONLY:
            return True
        token = ctx.tokens[mention.first]
        return token.capitalised and token.key not in word_names()

    # -- evaluations -----------------------------------------------------------------------

    def _evaluation(self, text: str, a: int, b: int) -> tuple[regex.Match, float, str] | None:
        for m in cues.find_all(self.strong, text, a, b):
            if self._not_a_verdict(text, a, b, m):
                continue
            if not cues.negated(text, m.start()) or m.group().startswith(("no ", "don't", "doesn't")):
                return m, 0.85, f"derogatory: {m.group()!r}"
        m = cues.find(self.derogatory_shapes, text, a, b)
        if m and not self._not_a_verdict(text, a, b, m):
            return m, 0.85, f"derogatory: {m.group()!r}"
        m = cues.find(self.sarcasm, text, a, b)
        if m:
            return m, 0.8, f"sarcastic: {m.group().strip()!r}"
        m = cues.find(self.mock_praise, text, a, b)
        if m and cues.find(self.irony, text):
            return m, 0.75, f"mock praise: {m.group()!r}, flagged as irony"
        weak = [w for w in cues.find_all(self.weak, text, a, b)
                if not cues.negated(text, w.start()) and not self._not_a_verdict(text, a, b, w)
                and not cues.find(self.experience, text, max(a, w.start() - 30), w.start())]
        if weak and cues.find(self.praise, text, a, b):
            return None  # "was unreal, so proud to teach her": slang praise
        if weak:
            w = weak[0]
            boost = cues.find(self.intensifier, text, max(a, w.start() - 25), min(b, w.end() + 12))
            if boost or len(weak) > 1:
                why = f"negative: {weak[0].group()!r}, " + (
                    f"intensified by {boost.group()!r}" if boost else f"and {weak[1].group()!r}")
                return weak[0], 0.7, why
        return None

    def _attributive(self, text: str, target_at: int, m) -> bool:
        """Is the verdict an adjective on a thing in a clause of its own, after a comma or a
        dash from the target ("Year 4 ..., the disgusting tricks made everyone squeal")?"""
        if isinstance(m, _Span):
            return False  # an offensive finding, not a word of the evaluation lists
        start, end = m.span()
        if len(m.group().split()) != 1 or not regex.search(r"[,;:]", text[target_at:start]):
            return False
        return bool(self.determiner_before.search(text, max(0, start - 8), start, timeout=cues.TIMEOUT)
                    and self.attributive.match(text, end, timeout=cues.TIMEOUT))

    @staticmethod
    def _verdict_tag(text: str, a: int, b: int, m) -> bool:
        """Is the sentence nothing but a mocking tag ("Said nobody ever.", "Top notch
        operation.")? Then it judges the sentence before, like a short verdict does; a longer
        sentence with sarcasm in it ("it's not rocket science, just practice") does not."""
        return len(text[a:b].strip()) - len(m.group().strip()) <= 4

    def _carries_on(self, sentence: str) -> bool:
        """Does the sentence open with a pronoun ("They never bother...")? Matched on the
        sentence itself: a pattern's `^` never matches at a later start position."""
        return bool(self.pronoun.match(sentence, timeout=cues.TIMEOUT)
                    or self.group_back.search(sentence, timeout=cues.TIMEOUT))

    def _not_a_verdict(self, text: str, a: int, b: int, m: regex.Match) -> bool:
        """A negative word that judges nobody here: the poster about themselves, a thing, a
        word in its literal sense, or a verdict the next words turn into praise."""
        if self._about_self_or_thing(text, a, m):
            return True
        if self.self_dropped.fullmatch(text, a, m.start(), timeout=cues.TIMEOUT):
            return True  # "Feeling like a total joke ...": the poster, subject left out
        if self.positive_hedge.match(text, m.end(), b, timeout=cues.TIMEOUT):
            return True  # "a total circus, in the best way"
        word = m.group().split()[-1]
        sense = self.sense_after.get(word)
        if sense and sense.match(text, m.end(), b, timeout=cues.TIMEOUT):
            return True  # "entitled to", "feral cats"
        if word in ("clown", "clowns", "circus") and self._literal_show(text, a, b, m):
            return True  # "jugglers and clowns everywhere"
        if word == "joke":
            joke = m.start() + m.group().rfind("joke")
            if self.joke_told.search(text, max(a, joke - 20), joke, timeout=cues.TIMEOUT):
                return True  # "saying it hurts, even as a joke"
        return False

    def _literal_show(self, text: str, a: int, b: int, m: regex.Match) -> bool:
        """Is there a show with real clowns around this word: a performance word elsewhere
        in its sentence ("jugglers and clowns everywhere")?"""
        for start, end in ((a, m.start()), (m.end(), b)):
            if cues.find(self.performance, text, start, end):
                return True
        return False

    def _about_self_or_thing(self, text: str, a: int, m: regex.Match) -> bool:
        """The poster talking about themselves, or a thing (the printer) as the subject."""
        if self.self_ref.search(text, max(a, m.start() - 30), m.start(), timeout=cues.TIMEOUT):
            return True
        return bool(cues.find(self.thing, text, a, m.start()))

    def _offensive_verdicts(self, ctx: PostContext, text: str) -> list[tuple[int, int, str]]:
        """Spans of abuse, threats and discriminatory remarks, and of profanity used as a
        predicate ("parents ... are absolute c***s")."""
        out = []
        for start, end, signal, _ in self.offence.findings(ctx):
            if signal in self.OFFENSIVE_VERDICT or (
                    signal == "profanity"
                    and self.PREDICATE_BEFORE.search(text, max(0, start - 30), start, timeout=cues.TIMEOUT)):
                out.append((start, end, signal))
        return out

    def _disparaging(self, ctx: PostContext, text: str, work: bool) -> Iterable[Hit]:
        spans = cues.sentences(text)
        reported: set[str] = set()
        offences = None
        for i, (a, b) in enumerate(spans):
            found = self._evaluation(text, a, b)
            hit = None
            if not found:
                if offences is None:
                    offences = self._offensive_verdicts(ctx, text)
                # An emoji ends a sentence, so a gesture emoji ("can 🖕 right off") starts
                # where the sentence it belongs to ends.
                hit = next(((s, e, sig) for s, e, sig in offences if a <= s <= b), None)
                if hit is None:
                    continue
                end = hit[1] if hit[0] >= b else min(hit[1], b)
                found = (_Span(hit[0], end), 0.8, f"offensive ({hit[2]}): {text[hit[0]:end]!r}")
            m, score, why = found
            targets = self._targets(ctx, text, a, b, work)
            if hit is not None and hit[2] == "discriminatory":
                # The group itself must be pupils or their families ("Roma kids", "immigrant
                # families"): "trans people ... near kids" disparages a group, not the pupils.
                # A slur used as the name for a target ("the new deputy is a proper r*****")
                # disparages that target, whoever it is.
                called = self.PREDICATE_BEFORE.search(text, max(a, hit[0] - 30), hit[0],
                                                      timeout=cues.TIMEOUT) \
                    or self.LIKE_BEFORE.search(text, max(a, hit[0] - 45), hit[0], timeout=cues.TIMEOUT)
                targets = [t for t in targets if (t[0] == PUPILS and hit[0] <= t[2]
                           and len(text[hit[0]:t[2]].split()) <= 2)
                           or (called and t[2] < called.start())]
                if not targets:
                    continue
            m_start, m_end = m.span()
            if targets and work and all(m_start < t[2] < m_end for t in targets):
                # Every target is a word of the idiom itself ("spoke to us like we're
                # children"): the idiom names its own target when it is one that does.
                own = cues.find(self.self_targeted, text, a, b)
                if own and own.start() <= m_start < own.end():
                    targets = [(SCHOOL, own.group(), own.start())]
            if not targets and work:
                own = cues.find(self.self_targeted, text, a, b)
                if own:
                    targets = [(SCHOOL, own.group(), own.start())]
            if not targets and i and (self._carries_on(text[a:b]) or b - a <= SHORT
                                      or (why.startswith("sarcastic") and self._verdict_tag(text, a, b, m))):
                # "They never bother..." or a verdict on its own ("Shambles.") carries on
                # from the sentence before, past short asides in between ("parents at pick
                # up 🙄 never again. absolute clowns").
                for j in range(i - 1, -1, -1):
                    pa, pb = spans[j]
                    targets = self._targets(ctx, text, pa, pb, work)
                    if targets or (pb - pa > SHORT and not self.aside.match(text[pa:pb], timeout=cues.TIMEOUT)):
                        break
            target = self._nearest(text, targets, m.start())
            if target is None or target[0] in reported:
                continue
            if target[2] > m.start() and (
                    cues.find(self.sympathy, text, target[2], min(b, target[2] + len(target[1]) + 25))
                    or self.protected.search(text, max(a, target[2] - 40), target[2], timeout=cues.TIMEOUT)):
                continue  # "the children paying the price deserve better", "keep it away from my kids"
            if target[2] < m.start() and self._attributive(text, target[2], m):
                continue  # "Year 4 have been reading The Twits, the disgusting tricks made us squeal"
            signal, words, _ = target
            reported.add(signal)
            yield self.text_hit(ctx, signal, score, *m.span(), _WHAT[signal],
                                f"target: {words!r}", why)

    def _grievance(self, ctx: PostContext, text: str) -> Iterable[Hit]:
        formal = cues.find(self.formal, text)
        pay = cues.find(self.pay, text)
        denial = cues.find(self.denial, text)
        if not formal and not (pay and denial):
            return
        national = cues.find(self.national, text)
        if national and not formal:
            return  # national pay and conditions: a political view, not a grievance
        anchor = formal or pay
        why = [w for w in (formal and f"raises it: {formal.group()!r}",
                           pay and f"about pay or conditions: {pay.group()!r}",
                           denial and f"complains: {denial.group()!r}") if w]
        yield self.text_hit(ctx, "grievance", 0.8, *anchor.span(),
                            "airs a work grievance on social media", *why)

    def _defamatory(self, ctx: PostContext, text: str, work: bool) -> Iterable[Hit]:
        for a, b in cues.sentences(text):
            m = cues.find(self.defamatory, text, a, b)
            if not m:
                continue
            target = self._nearest(text, self._targets(ctx, text, a, b, work), m.start()) or (
                (SCHOOL, "this workplace", a) if work else None)
            if target:
                yield self.text_hit(ctx, "defamatory_claim", 0.85, *m.span(),
                                    "accuses someone at the school of wrongdoing",
                                    f"target: {target[1]!r}", f"claim: {m.group()!r}")
                return


def _bare_apostrophes(phrases: tuple[str, ...]) -> tuple[str, ...]:
    """The phrases and, for those with an apostrophe, the same without it: text-speak drops
    them ("cant be bothered", "dont care")."""
    return phrases + tuple(p.replace("'", "") for p in phrases if "'" in p)


def pack_organisation(pack) -> tuple[str, ...]:
    """The organisation whose policy the pack is, as a target: "E-ACT" from "E-ACT Social
    Media Policy", "triumph learning trust" from its title. A bare "trust" or "school" (a
    policy titled "Trust Social Media Policy") names nobody in particular and is left out."""
    title = fold(getattr(pack, "title", "") or "")
    parts = regex.split(r"\s*(?::|\bsocial\s+media\b|\busing\s+social\b|\bpolicy\b)", title, maxsplit=1)
    name = parts[0].strip()
    if len(parts) < 2 or len(name) < 3 or len(name.split()) > 4 \
            or name in ("trust", "school", "the trust", "the school", "academy"):
        return ()
    return (name,)


def staff_names(school) -> tuple[str, ...]:
    """Colleagues as posts name them: the full name, or a title and the surname."""
    names = set()
    for s in school.staff:
        names.add(f"{s.first_name} {s.last_name}")
        names.update(f"{title} {s.last_name}" for title in ("mr", "mrs", "miss", "ms", "dr", "mx"))
    return tuple(sorted(names))


def staff_roles(school) -> tuple[str, ...]:
    """The posts in the staff list, as a colleague target: "our attendance officer" is
    someone this school employs. Teaching posts are left out ("my maths teacher" is as
    often the poster's own teacher from long ago)."""
    roles = set()
    for s in school.staff:
        role = regex.sub(r"\s*\(.*?\)", "", (getattr(s, "role", "") or "")).strip().lower()
        if role and not role.endswith(("teacher", "tutor")):
            roles.add(role)
    return tuple(sorted(roles))


class _Span:
    """A match-like span for an evaluation found by another check."""

    def __init__(self, start: int, end: int):
        self._span = (start, end)

    def start(self) -> int:
        return self._span[0]

    def span(self) -> tuple[int, int]:
        return self._span


_WHAT = {
    SCHOOL: "disparages the school or its leadership",
    COLLEAGUE: "disparages a colleague",
    PUPILS: "disparages pupils or parents",
}

"""Profanity, abuse, threats, sexual content and discriminatory language.

Word lists (policies/data/offensive_words.txt and offensive_groups.txt) are looked up as
whole words of the folded text, so a word inside a place name or an ordinary word
("Scunthorpe", "Penistone", "classic", "therapist") never matches. Masked and
leetspeak spellings ("f***ing", "sh1t", "c***s", "f u c k") get their own normalisation,
applied to candidate words only, then meet the same lists. Mild British words ("bloody",
"dammit") are deliberately not listed. Insults count as abuse when aimed at someone ("you
absolute moron", "they are idiots"), not in "I'm such an idiot". A protected group counts as
discriminatory only when the post says something negative about it as a group.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

import regex

from ..model import Hit
from ..text.cues import compile_rx
from ..text.normalize import fold
from .base import Detector, PostContext
from ..text.word_lookup import Phrases, Words

DATA = Path(__file__).resolve().parent.parent / "data"
WORDS_FILE = DATA / "offensive_words.txt"
GROUPS_FILE = DATA / "offensive_groups.txt"
TIMEOUT = 0.05


@lru_cache(maxsize=None)
def sections(path: Path) -> dict[str, tuple[str, ...]]:
    """`[name]` headed sections of one entry per line; `#` starts a comment line."""
    out: dict[str, list[str]] = {}
    current = None
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = out.setdefault(line[1:-1], [])
        elif current is None:
            raise ValueError(f"{path.name}: entry {line!r} before any [section]")
        else:
            current.append(fold(line))
    return {k: tuple(v) for k, v in out.items()}


def alternation(entries: Iterable[str]) -> str:
    """Escaped entries, longest first, with any run of spaces matching any whitespace."""
    ordered = sorted(set(entries), key=len, reverse=True)
    return "|".join(r"\s+".join(regex.escape(w) for w in e.split()) for e in ordered)


class OffensiveDetector(Detector):
    CATEGORY = "offensive"
    SIGNALS = ("profanity", "abuse", "threat", "discriminatory", "sexual")

    #: Which signal each always-offensive section of the word list reports.
    SECTION_SIGNALS = {"profanity": "profanity", "abuse": "abuse", "sexual": "sexual",
                       "slur": "discriminatory"}
    #: Leetspeak digits and symbols, read as the letters they stand for ("1" also tried as "l").
    LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b",
                          "@": "a", "$": "s", "!": "i", "|": "i", "+": "t", "€": "e", "£": "e"})
    MASK = "*#%"
    #: A word with a mask or leet character in it: "f***ing", "sh1t", "c***s", "b!tch". A
    #: chunk is what lies between spaces and punctuation; CHUNK_BEFORE reads one backwards.
    CHUNK = regex.compile(r"[^\s.,;:?()\[\]\"'/]+")
    CHUNK_BEFORE = regex.compile(r"(?r)[^\s.,;:?()\[\]\"'/]*")
    DISGUISE = regex.compile(r"[*#%@$!|+0-9€£]+")
    LETTER = regex.compile(r"[a-z]")
    #: Three of a letter: "shiiiit", "fuuuck".
    TRIPLE = regex.compile(r"([a-z])\1\1")
    #: The same for a whole post, in the standard library's engine: it asks this of every
    #: post in half the time of 26 substring tests, and a quarter of the `regex` module's
    #: (a fixed-width pattern, so linear: no timeout needed).
    ANY_TRIPLE = re.compile(r"([a-z])\1\1")

    #: Words allowed between "you" (or "are") and an insult: "you absolute f***ing moron".
    INTENSIFIERS = (
        "a", "an", "such", "absolute", "utter", "complete", "total", "proper", "right", "bloody",
        "stupid", "useless", "pathetic", "little", "fat", "ugly", "sad", "thick", "lazy",
        "selfish", "arrogant", "ignorant", "smug", "massive", "big", "old", "silly", "two-faced",
        "spineless", "incompetent", "all", "just", "so", "really", "nothing but", "bunch of",
        "load of", "pack of", "lot of", "bunch of", "entitled", "brainless", "clueless", "vile",
        "disgusting", "nasty", "worthless", "brain-dead", "braindead", "lying", "thieving")
    #: Contempt for a person: "pathetic little man", "sad little woman", "vile excuse for a..."
    CONTEMPT = compile_rx(
        r"\b(?:pathetic|worthless|vile|disgusting|repulsive|spineless|gutless|brainless|pitiful|"
        r"contemptible|jumped-up|(?:sad|nasty|horrible|silly|stupid|ignorant|arrogant|pompous)"
        r"\s+little)\s+(?:little\s+|old\s+)?(?:man|woman|men|women|person|people|bloke|blokes|"
        r"creature|creatures|human beings?|individual|excuse for an?|specimen"
        # Vermin and monsters for a person: "vile little troll", "pathetic little rat".
        r"|trolls?|toads?|rats?|worms?|weasels?|slugs?|rodents?|goblins?|gremlins?|cockroach(?:es)?)\b")
    ABUSE_PHRASES = compile_rx(
        r"\b(?:go\s+(?:and\s+)?(?:die|jump off a (?:bridge|cliff))|(?:kill|hang)\s+yourself|"
        r"shut\s+(?:up|your\s+(?:mouth|face|gob|trap)),?\s+you|shut\s+your\s+(?:mouth|face|gob|trap)|"
        r"piss\s+off|drop\s+dead|(?:nobody|no\s+one|no-one)\s+(?:likes|wants|cares\s+about)\s+you|"
        r"you\s+make\s+me\s+sick|you\s+disgust\s+me|get\s+stuffed|eat\s+shit|up\s+yours|"
        r"(?:nobody|no\s+one|no-one)\s+asked\s+(?:for\s+)?(?:you|your)"
        # "crawl back under your rock": the person told to go back where vermin live.
        r"|crawl\s+back\s+(?:under|into|in)\s+(?:your|the|whatever|that)\s+(?:rock|stone|hole|sewer|gutter|swamp))\b")
    THREATS = (
        compile_rx(
            r"\bi(?:'ll|\s+will|'m\s+(?:going\s+to|gonna)|\s+am\s+(?:going\s+to|gonna)|'d|\s+would)\s+"
            r"(?:(?:personally|happily|gladly|definitely|literally|actually|fucking|f\*+ing)\s+)?"
            r"(?:make\s+(?:your|his|her|their)\s+(?:life|lives)\s+(?:hell|a\s+(?:living\s+)?"
            r"(?:hell|misery|nightmare))|make\s+(?:you|him|her|them)\s+(?:pay|regret|suffer|sorry)"
            r"|(?:kill|hurt|murder|stab|shoot|batter|deck|thump|punch|slap|smack|strangle|throttle|"
            r"knock\s+out|beat\s+up|end|destroy|bury|glass|knife|lamp|chin|clobber|wallop|leather)\s+(?:you|him|her|them|u)\b"
            # "I'll knock him into next week", "I'll swing for her".
            r"|knock\s+(?:you|him|her|them|u)\s+(?:into\s+next\s+week|out|spark\s+out|senseless|flat|sideways)"
            # "I'll put you in hospital", "I'll put him in the ground".
            r"|put\s+(?:you|him|her|them|u)\s+(?:in|into)\s+(?:(?:a|the)\s+)?(?:hospital|a&e|intensive\s+care|wheelchair"
            r"|coma|ground|grave|box|body\s+bag|neck\s+brace)"
            # "I'll come round and sort you out": a visit with a purpose.
            r"|come\s+(?:round|over|down|up)(?:\s+there|\s+to\s+(?:yours|your\s+house))?\s+and\s+(?:sort\s+(?:you|him|her|them|u)\s+out"
            r"|deal\s+with\s+(?:you|him|her|them|u)|teach\s+(?:you|him|her|them|u)\s+a\s+lesson)"
            r"|swing\s+for\s+(?:you|him|her|them|u|that\s+(?:woman|man|bloke|guy|lad|girl|kid|parent|dad|mum))\b"
            r"|(?:smash|kick|punch|knock|break|cave|snap|slash)\s+(?:your|his|her|their)\s+"
            r"(?:(?:car|house|front|back|van)\s+)?(?:head|face|teeth|legs?|arms?|skull|jaw|nose|neck|"
            r"ribs|fingers|kneecaps|door|windows?|windscreen|tyres|tires)\s*(?:in)?"
            r"|come\s+(?:round\s+(?:to\s+)?"
            r"(?:your|his|her)|for\s+you|after\s+you)|be\s+waiting\s+(?:for\s+you|outside)"
            r"|see\s+you\s+outside|burn\s+(?:your|his|her|their)\s+(?:house|car|place)"
            r"|make\s+sure\s+you\s+(?:never\s+work|lose\s+your\s+job|get\s+sacked|regret))"),
        compile_rx(r"\bi\s+know\s+where\s+(?:you|u|he|she|they)\s+(?:live|lives|work|works|drink|drinks|park|parks"
                   r"|sleep|sleeps|go\s+(?:drinking|running|to\s+the\s+gym)|walk\s+(?:your|the)\s+dog)\b"
                   r"|\bi\s+know\s+where\s+(?:your|ur|his|her|their)\s+(?:kids|children|son|daughter|family)"
                   r"\s+(?:go|goes|live|lives)\b"),
        # What will happen to the reader: "you'll be picking your teeth up off the floor".
        compile_rx(r"\b(?:you|u)(?:'ll|\s+will|ll)\s+be\s+(?:picking\s+(?:your|ur)\s+teeth"
                   # "drinking your dinner through a straw": any meal, any drink.
                   r"|(?:eating|drinking|sipping|having)\s+(?:(?:your|ur)\s+)?(?:[a-z]+\s+)?through\s+a\s+straw"
                   r"|in\s+(?:a\s+)?(?:hospital|wheelchair|body\s+bag|box|neck\s+brace)"
                   r"|six\s+feet\s+under|needing\s+(?:a\s+)?(?:dentist|ambulance)"
                   # "you'll be leaving in an ambulance", "going home on a stretcher".
                   r"|(?:leaving|going\s+home|going\s+out|coming\s+out|carried\s+out)\s+(?:in|on)\s+(?:an?\s+)?"
                   r"(?:ambulance|body\s+bag|box|stretcher|wheelchair|coffin))"
                   # "you'll need a new face", "you'll need a dentist".
                   r"|\b(?:you|u)(?:'ll|\s+will|ll)\s+need\s+(?:a\s+new\s+(?:face|head|nose|set\s+of\s+teeth)"
                   r"|new\s+teeth|(?:a|an)\s+(?:dentist|ambulance|surgeon|plastic\s+surgeon))\b"),
        # A veiled threat to what someone owns or loves: "see what happens to your car".
        compile_rx(r"\bsee\s+what\s+happens\s+to\s+(?:your|ur|his|her|their)\s+(?:car|house|home|van|windows|tyres"
                   r"|family|wife|husband)\b"
                   # "keep grassing me up and your tyres won't last the week": the condition is
                   # about the poster, so "drive like that and your tyres won't last" is advice.
                   r"|\b(?:me|my)\b[^.!?]{0,50}?\band\s+(?:your|ur)\s+(?:car|tyres|tires|windows|windscreen|house|van|bike)\s+(?:won'?t|will\s+not|aint|ain'?t)\s+"
                   r"(?:last|survive|stay\s+in\s+one\s+piece|be\s+(?:safe|there))\b"),
        # A dare: "say that to my face and see what happens".
        compile_rx(r"\b(?:say\s+(?:that|it)\s+to\s+my\s+face|come\s+near\s+(?:me|my\s+\w+))\b"
                   r"[^.!?]{0,45}?\bsee\s+(?:what\s+happens|if\s+(?:you're|youre|you\s+are|you)\s+(?:still\s+)?"
                   r"(?:standing|walking|breathing|smiling|laughing|talking)|how\s+(?:brave|hard|tough|big)\s+you\s+(?:are|really\s+are))\b"
                   # "call me that once more and see if you're still standing": any repeat will do
                   # when what is to be seen is the reader still upright.
                   r"|\b(?:once\s+more|one\s+more\s+time|ever\s+again|again)\b[^.!?]{0,30}?\bsee\s+if\s+(?:you're|youre"
                   r"|you\s+are|you)\s+(?:still\s+)?(?:standing|walking|breathing|smiling|laughing|talking)\b"),
        # Harm as the price of repeating something: "park there one more time and your tyres
        # won't be the only thing that gets slashed". The condition makes it a threat, so "the
        # hail smashed my windscreen" is not one.
        compile_rx(r"\b(?:one\s+more\s+time|ever\s+again|once\s+more|do\s+(?:that|it)\s+again)\b[^.!?]{0,60}?"
                   r"\b(?:and|or)\s+(?:you|your|ur|u)\b[^.!?]{0,60}?\b(?:slashed|smashed|kicked\s+in|keyed|burnt|burned"
                   r"|broken|stabbed|glassed|battered|knocked\s+out|set\s+(?:on\s+)?fire)\b"
                   r"|\b(?:won'?t|will\s+not)\s+be\s+the\s+only\s+(?:thing|one)\s+(?:that\s+)?(?:gets?|getting)\s+"
                   r"(?:slashed|smashed|broken|kicked\s+in|burnt|burned|keyed|hurt|battered|stabbed)\b"),
        # Menace politely put: "you won't like what happens when we find you", "wouldn't want to
        # be you walking back to your car", "a hiding he won't forget" ("a lesson they won't
        # forget" is as often a good one).
        compile_rx(r"\b(?:you|u)\s+won'?t\s+like\s+what\s+happens\s+(?:when|if|once)\s+(?:we|i|they|the\s+lads)\s+"
                   r"(?:find|catch|see|get\s+hold\s+of|track\s+down|get)\s+(?:you|u)\b"
                   r"|\bwouldn'?t\s+want\s+to\s+be\s+(?:you|him|her|them|in\s+(?:your|his|her)\s+shoes)\s+(?:walking|going"
                   r"|getting)\s+(?:back|home|out|to\s+(?:your|his|her)\s+car)"
                   r"|\b(?:word|kicking|hiding|beating|slap)\s+(?:he|she|they|you)\s+won'?t\s+forget\b"),
        compile_rx(r"\b(?:watch\s+(?:your|ur)\s+back|better\s+watch\s+yourself|"
                      r"you(?:'ll|\s+will)\s+(?:regret\s+(?:this|it|that)|pay\s+for\s+(?:this|that|it)"
                      r"|be\s+sorry)|(?:you\s+)?won't\s+know\s+what\s+hit\s+(?:you|him|her))\b"),
        compile_rx(r"\byou(?:'re|\s+are)\s+(?:dead(?=\s*(?:[.!]|$|meat|man))|"
                      r"(?:going\s+to|gonna)\s+(?:get\s+(?:it|hurt|what)|pay|regret))"),
        # Death wished on a whole group: "string up the lot of them", "hang them all" ("shoot"
        # is as often a photographer's).
        compile_rx(
            r"\b(?:hang|gas|kill|bomb|torch|string\s+up|burn|exterminate|drown)\s+(?:the\s+lot\s+of\s+(?:them|em|'em)"
            r"|every\s+(?:last|single)\s+one\s+of\s+(?:them|em|'em))\b"
            r"|\b(?:hang|gas|kill|bomb|torch|string\s+up|burn|exterminate|drown)\s+(?:them|em|'em)\s+all\b"),
        compile_rx(
            r"\b(?:someone|somebody|people)\s+(?:should|needs?\s+to|ought\s+to|wants?\s+to)\s+"
            r"(?:shoot|kill|stab|punch|hit|batter|slap|smack|deck|kneecap|burn|bomb|hang)\s+"
            r"(?:him|her|them|you|that|the|this)\b"
            r"|\b(?:deserves?|needs?)\s+(?:to\s+be\s+(?:shot|killed|hanged|hung|stabbed|beaten|"
            r"battered|strung\s+up)|a\s+(?:good\s+)?(?:slap|kicking|beating|smack|hiding))\b"),
        # Wishing harm on someone: "hope he chokes on his vape", "hope she gets run over".
        compile_rx(
            r"\b(?:i\s+)?(?:hope|hoping|wish|pray)\s+(?:that\s+)?(?:he|she|they|you|u|he'll|she'll|they'll"
            r"|you'll)\s+(?:(?:bloody|fucking|actually|just)\s+)?(?:chokes?|dies?(?!\s+(?:laughing|of\s+(?:laughter"
            r"|embarrassment|shame|boredom)|happy|peacefully))|drops?\s+dead"
            r"|gets?\s+(?:run\s+over|hit\s+by\s+a\s+(?:bus|car|truck|train)|cancer|what's\s+coming)"
            r"|rots?(?:\s+in\s+(?:hell|jail|prison))?|burns?\s+in\s+hell|suffers?)\b"),
    )
    #: Rough justice wished on people, read as a threat only with menace in the post (a
    #: warning given, "once and for all", "we know who you are", a fist): "someone should sort
    #: that lot out properly", "might be time a few of us paid you a little visit". Without it
    #: "someone should sort him out a lift" or "Santa might pay you a little visit" are kind.
    ROUGH_JUSTICE = compile_rx(
        r"\b(?:someone|somebody|people|we|the\s+lads|a\s+few\s+of\s+us)\s+(?:should|needs?\s+to|ought\s+to|wants?\s+to"
        r"|is\s+going\s+to|are\s+going\s+to|will|'ll|might\s+have\s+to)\s+(?:go\s+round\s+and\s+)?sort\s+"
        r"(?:(?:that|this|those|these|them)\s+(?:lot|family|people|lads|kids|idiots|yobs)|the\s+lot\s+of\s+(?:them|em)"
        r"|him|her|them|em|'em)\s+out\b"
        r"|\bpa(?:y|id|ying)\s+(?:you|u|him|her|them)\s+a\s+(?:little|friendly|quiet|proper|personal|late-night)\s+visit\b"
        r"|\b(?:a\s+few\s+of\s+us|some\s+of\s+(?:us|the\s+lads|the\s+boys)|me\s+and\s+the\s+(?:lads|boys))\s+"
        r"(?:paid|pay|paying|will\s+pay)\s+(?:you|u|him|her|them)\s+a\b")
    MENACE = compile_rx(
        r"\b(?:warned|at\s+it\s+again|been\s+told|asking\s+for\s+it|had\s+it\s+coming|once\s+and\s+for\s+all"
        r"|good\s+and\s+proper|we\s+know\s+who\s+you\s+are|we\s+know\s+where|you've\s+been\s+warned)\b|👊|🔪")
    #: Sexual slang about a person: "would absolutely smash 🍑", "I'd shag him". The verb ends
    #: the clause (or takes "her"/"him"), so "she'd smash it" and "I'd smash that exam" are not.
    SEXUAL_SLANG = compile_rx(
        r"\b(?:would|i'd|id|i\s+would|she'd|he'd|i'm\s+gonna)\s+(?:(?:absolutely|definitely|defo|deffo|totally"
        r"|so|happily|still|100%)\s+)?(?:smash|bang|shag|pound)(?:\s+(?:her|him))?"
        r"(?=\s*(?:$|[.!?,;]|[\U0001f000-\U0001faff\u2600-\u27bf]))")
    #: A stereotype that follows a group in a later sentence: "Roma kids starting in
    #: Reception. Here we go again. Lock up your bikes."
    STEREOTYPE_FOLLOW = compile_rx(
        r"\b(?:lock\s+up\s+your|hide\s+your|keep\s+an\s+eye\s+on\s+your|count\s+your\s+(?:spoons|valuables)"
        r"|breed\s+like|send\s+(?:them|em|'em|the\s+lot(?:\s+of\s+(?:them|em|'em))?)\s+(?:all\s+)?back"
        r"|deport\s+(?:them|em|'em|the\s+lot)"
        # Children to be shielded from a group's mere presence: "our kids shouldn't have to see that".
        r"|(?:kids|children|pupils)\s+(?:shouldn'?t|should\s+not)\s+(?:have\s+to\s+)?(?:see|be\s+exposed\s+to)"
        r"\s+(?:that|this|it|them)"
        # A verdict pointed back at the group: "Useless, the lot of them", "scum, all of them".
        r"|\b(?:useless|lazy|thick|filthy|dirty|scum|animals|vermin|parasites|thieves|criminals|savages|backward"
        r"|dangerous|violent|liars|scroungers)\s*[,!.]?\s+(?:the\s+lot|all|every\s+(?:single\s+)?one)\s+of\s+(?:them|em|'em)\b"
        # A place said to be taken over: "won't be long before the whole estate looks like ...".
        r"|\b(?:won'?t|will\s+not)\s+be\s+long\s+(?:before|till|until)\s+(?:the\s+whole|the\s+entire|our|this|the)\s+"
        r"(?:estate|street|road|town|area|neighbourhood|city|country|school|village)\b"
        # Same-sex parents said to be wrong for children: "kids need a mum", "it's not natural".
        r"|\b(?:kids|children|a\s+child|every\s+child)\s+(?:need|needs)\s+(?:a\s+)?(?:mum|mother|dad|father)\b"
        r"|\b(?:it'?s|it\s+is|that'?s|that\s+is)\s+(?:just\s+)?not\s+(?:natural|normal)\b"
        # Distrust of every one of them: "can't trust any of them", "wouldn't trust one".
        r"|\b(?:real|hidden|true|secret)\s+agenda\b|\bjust\s+asking\s+questions\b"
        # Control of the institutions: "own all the banks and the media", "run the world".
        r"|\b(?:own|owns|control|controls|run|runs)\s+(?:all\s+|most\s+|half\s+)?(?:of\s+)?(?:the\s+)?(?:banks|media|press"
        r"|world|money|government|hollywood|newspapers|bbc)\b"
        # A group held back by babies: "too busy on maternity leave having babies".
        r"|\btoo\s+busy\s+(?:[\w'-]+\s+){0,4}?(?:having\s+(?:babies|kids)|getting\s+pregnant|popping\s+out\s+(?:babies|kids)"
        r"|breeding)\b"
        r"|\bsend(?:ing)?\s+(?:it\s+all|all\s+(?:their|the)\s+money|(?:their|the)\s+money|every\s+penny)\s+(?:back\s+)?home\b"
        r"|\b(?:can'?t|cannot|wouldn'?t|would\s+never|never)\s+trust\s+(?:any\s+of\s+(?:them|em|'em)"
        r"|(?:a\s+single\s+)?one\s+of\s+(?:them|em|'em)|one\s+as\s+far)\b)")
    #: Telling people to leave the country, whoever they are: "send them all back where they
    #: came from", "go back to your own country". Xenophobic in itself, no group word needed.
    GO_BACK = compile_rx(
        r"\b(?:go|send\s+(?:them|em|'em|him|her|you|the\s+lot)\s+(?:all\s+)?|sent|ship\s+(?:them|em|'em)\s+"
        r"(?:all\s+)?|should\s+(?:all\s+)?go)\s*back\s+(?:to\s+)?(?:where\s+(?:you|they|he|she)\s+(?:came|come)"
        r"\s+from|(?:your|their|his|her)\s+own\s+countr(?:y|ies))")
    #: Innuendo about a person: a remark on how attractive someone is ("is well fit") with a
    #: marker that turns it sexual ("if you know what I mean", "😏") in the same post.
    ATTRACTIVE = compile_rx(
        r"\b(?:is|was|are|looks?|looking|looked)\s+(?:well|so|proper|dead|bloody|fucking|absolutely|very)?\s*"
        r"(?:fit|hot|sexy|peng|buff|tasty)\b(?!\s+(?:and\s+well|again|enough|for|to|as\s+a\s+fiddle))")
    INNUENDO = compile_rx(
        r"\bif\s+(?:you|u|ya)\s+know\s+what\s+i\s+mean\b|\bwink\s+wink\b|\bnudge\s+nudge\b|😏|😈|🍆|🍑|💦|🥵|🤤")
    #: Emoji pairs that spell out a sex act: "🍆💦", "🍑🍆".
    SEXUAL_EMOJI = compile_rx(r"(?:🍆|🍑|👅)\s*(?:💦|🍆|🍑)|💦\s*(?:🍆|🍑)")
    #: A proposition or a guess about someone's sex life; sexual beside an innuendo marker
    #: ("I'd let you mark my books anytime 😏", "bet you're filthy 😈"), literal without
    #: one ("bet you're filthy after that mud run").
    PROPOSITION = compile_rx(
        r"\b(?:i'd|id|i\s+would)\s+(?:do|shag|bang)\s+(?:him|her)\b"
        r"|\b(?:i'd|id|i\s+would)\s+let\s+(?:you|u|him|her)\s+[^.!?]{0,40}?\b(?:any\s?time|any\s+day|all\s+night|whenever)\b"
        # "I'd let him ruin me 🥵".
        r"|\b(?:i'd|id|i\s+would)\s+let\s+(?:you|u|him|her)\s+(?:ruin|destroy|wreck|ravage|use|have\s+(?:his|her|your)\s+way\s+with"
        r"|do\s+(?:anything|whatever)\s+(?:to|with))\s+me\b"
        # Someone's clothes remarked on beside an innuendo marker: "wearing that skirt again 😏".
        r"|(?<!\bme\s)(?<!\bi'm\s)(?<!\bim\s)(?<!\bwas\s)(?<!\bam\s)\b(?:wearing|in)\s+(?:that|those|her|his|them)\s+"
        r"(?:tight\s+|short\s+|little\s+|new\s+)?(?:skirt|dress|leggings"
        r"|jeans|trousers|top|shorts|heels|stockings|tights|blouse|swimsuit|bikini|gym\s+kit)\b"
        # Someone bending over, or their body remarked on, beside a marker: "bending over the
        # photocopier again 🍑", "got a bum you could bounce a coin off 😏".
        r"|(?<!\bme\s)(?<!\bi'm\s)(?<!\bim\s)(?<!\bi\s)\b(?:bending|bent|bends)\s+over\b(?!\s+backwards)"
        r"|\b(?:got|has|have|with)\s+(?:(?:a|an|some|the)\s+)?(?:(?:nice|great|massive|huge|big|lovely|cracking|perfect|fit"
        r"|amazing|peachy|tight)\s+)?(?:tits|titties|boobs|knockers|jugs|rack|melons|arse|ass|bum|booty|package|bulge)\b"
        r"|\bbet\s+(?:you're|youre|ur|you\s+are|she's|shes|she\s+is|he's|hes|he\s+is)\s+(?:a\s+)?(?:well\s+|proper\s+|right\s+)?"
        r"(?:filthy|dirty|kinky|naughty|a\s+goer|wild\s+in\s+bed|an\s+animal\s+in\s+bed)\b")
    #: Bending over for the poster, any time: sexual with or without an emoji.
    BEND_OVER = compile_rx(
        r"\b(?:can|could|should|is\s+welcome\s+to|may)\s+bend\s+over\s+(?:my|me|in\s+front\s+of\s+me|for\s+me)\b"
        r"[^.!?]{0,25}?\b(?:any\s?time|whenever|all\s+day|any\s+day)\b")
    #: Asking someone for sexual images or content: "send me something naughty", "send pics x".
    SEXUAL_REQUEST = compile_rx(
        r"\bsend\s+(?:me\s+|us\s+)?(?:(?:some|a\s+few|more|your|a)\s+)?(?:naughty|dirty|nude|sexy|saucy|"
        r"spicy|x-rated|explicit|topless|naked)\s+(?:pics?|photos?|pictures?|snaps?|videos?|vids?|selfies?)\b"
        r"|\bsend\s+(?:me\s+|us\s+)?something\s+(?:naughty|dirty|sexy|saucy|spicy|x-rated|explicit)\b")
    #: Picturing a person sexually: "can't stop picturing her bent over my desk", "what you'd
    #: look like without the blazer", "a body that should be illegal", "what I'd do to her".
    #: The person is the object ("her", "him", "you"), so "bent over the sink all day" is not.
    SEXUAL_IMAGINING = compile_rx(
        r"\b(?:picturing|picture|pictured|imagining|imagine|imagined|fantasi[sz]\w*\s+about|thinking\s+about"
        r"|think\s+about|dreaming\s+about|dream\s+about)\s+(?:her|him|you|u|them)\s+(?:bent\s+over|naked|nude"
        r"|topless|in\s+(?:her|his|your|their)\s+(?:underwear|knickers|lingerie|bra|boxers|pants|undies)"
        r"|without\s+(?:(?:her|his|your|their|the|that|those|any)\s+)?(?:clothes|clothing|top|shirt|blouse"
        r"|blazer|dress|knickers|bra|kit|uniform|trousers|jeans|skirt|pants))\b"
        r"|\bwhat\s+(?:you'd|youd|you\s+would|she'd|she\s+would|he'd|he\s+would|they'd)\s+look\s+like\s+"
        r"(?:naked|nude|topless|without\s+(?:(?:her|his|your|their|the|that|those|any)\s+)?(?:clothes|clothing"
        r"|top|shirt|blouse|blazer|dress|knickers|bra|kit|uniform|trousers|jeans|skirt|pants))\b"
        r"|\b(?:her|him|you)\s+bent\s+over\s+(?:my|the|a|his|her|that|this)\s+(?:desk|table|bed|car|bonnet"
        r"|photocopier|sofa|settee|counter|kitchen\s+table)\b"
        r"|\b(?:what|the\s+things|things)\s+i(?:'d|d|\s+would)\s+(?:do|like\s+to\s+do)\s+(?:to|with)\s+(?:her|him|you|u)\b"
        r"|\b(?:body|figure|legs|arse|ass|bum|curves)\s+(?:that|which)\s+(?:should\s+be\s+illegal|ought\s+to\s+be\s+illegal)"
        # "a body built for sin".
        r"|\b(?:body|figure|legs|arse|ass|bum|curves|lips|mouth)\s+(?:that\s+(?:was|is)\s+)?(?:built|made|designed)\s+for\s+"
        r"(?:sin|sinning|sex|the\s+bedroom|bed|pleasure)\b")
    #: Harassment by persistence: contact, turning up or posting that goes on until the
    #: person gives in ("I'll keep messaging until you answer", "I'll be posting this every
    #: day until she apologises"). The person is "you", "she" or "he": "I'll keep ringing the
    #: council until they answer" is a complaint.
    PERSISTENT = compile_rx(
        r"(?:\bi(?:'ll|ll|\s+will|'m\s+going\s+to|'m\s+gonna|\s+am\s+going\s+to)|(?:^|[.!?]\s+)will)\s+(?:just\s+)?(?:keep|carry\s+on"
        r"|be|go\s+on)\s+(?:on\s+)?(?:messag|text|call|ring|phon|e-?mail|post|shar|tagg|turn|show|com|knock"
        r"|wait|follow|mak|send|contact|visit|screenshot|writ|hound|chas|bother|pester|report|expos|watch"
        r"|track|dm|dm'|inbox|leav|creat)ing\b[^.!?]{0,60}?\b(?:until|till|'til|til|unless)\s+(?:you|u|she|he)\s+"
        r"(?:finally\s+|actually\s+)?(?:do|does|reply|replies|answer|answers|respond|responds|talk|talks|speak"
        r"|speaks|apologi[sz]e|apologi[sz]es|leave|leaves|quit|quits|resign|resigns|unblock|unblocks|meet|meets"
        r"|agree|agrees|admit|admits|give|gives|delete|deletes|go|goes|move|moves|pay|pays|see|sees|message"
        r"|messages|call|calls|accept|accepts|say|says|come|comes|get|gets|take|takes|own|owns|confess|confesses)\b"
        # "I'm not stopping till you leave", "I won't stop until she apologises".
        r"|\b(?:i'm|im|i\s+am|i'll|i\s+will|we're|we\s+are)\s+not\s+(?:going\s+to\s+)?stop(?:ping)?\s+(?:until|till|'til|til)\s+"
        r"(?:you|u|she|he)\s+(?:leave|leaves|quit|quits|resign|resigns|apologi[sz]e|apologi[sz]es|admit|admits|own|owns|go|goes"
        r"|pay|pays|confess|confesses|get|gets)\b"
        r"|\bi\s+(?:won't|will\s+not)\s+stop\s+(?:until|till|'til|til)\s+(?:you|u|she|he)\s+(?:leave|leaves|quit|quits|resign"
        r"|resigns|apologi[sz]e|apologi[sz]es|admit|admits|own|owns|go|goes|pay|pays|confess|confesses|get|gets)\b")
    #: Refusing or regretting work to a protected group: "never hire a woman in her thirties",
    #: "hiring a woman in her early thirties is a gamble", "wouldn't employ a Muslim".
    HIRING = compile_rx(
        r"\b(?:never|wouldn't|would\s+never|would\s+not|won't|will\s+not|don't|do\s+not|shouldn't|should\s+never"
        r"|refuse\s+to|stop|avoid)\s+(?:ever\s+)?(?:hire|hiring|employ|employing|appoint|appointing|promote|promoting|recruit"
        r"|recruiting|take\s+on|taking\s+on)\s+(?:a\s+|an\s+|any\s+|another\s+)?"
        r"(?:(?:young|newly\s+married|married|single|expectant|new|older)\s+)?(?:woman|women|mum|mums|mother|mothers|pregnant|muslims?|jews?|jewish"
        r"|disabled|gay|lesbian|trans|older|black|asian|foreign\w*|immigrants?|girls?|wheelchair\s+users?)\b(?!'s)"
        r"|\b(?:hiring|employing|appointing|taking\s+on|promoting|recruiting)\s+(?:a|an|any)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:woman|women|mum|mother|girl|lady|pregnant\s+[a-z]+|muslim|disabled\s+[a-z]+|older\s+[a-z]+)\b"
        r"[^.!?]{0,40}?\b(?:is|was|would\s+be)\s+(?:a|an)\s+(?:[a-z]+\s+)?(?:gamble|risk|liability|mistake|waste)\b")
    #: Coded contempt that names no group: antisemitic echo brackets ("the (((bankers)))") and
    #: "special" winked at as a disability jibe ("a bit 'special', if you know what I mean").
    CODED = compile_rx(
        r"\(\(\(\s*[^()\n]{1,40}?\s*\)\)\)"
        r"|\b(?:a\s+bit|bit|abit|a\s+little|rather|quite|very)\s+['\"‘“]?(?:special|simple|slow)['\"’”]?,?\s+"
        r"(?:if\s+(?:you|u|ya)\s+know\s+what\s+i\s+mean|know\s+what\s+i\s+mean|if\s+you\s+catch\s+my\s+drift"
        r"|wink\s+wink|😉|😜)")
    #: Gender identity denied: "a man in a dress is still a man", "I'm not calling him 'she'".
    GENDER_DENIED = compile_rx(
        r"\b(?:a\s+)?(?:man|bloke|lad|guy|male|boy)\s+in\s+(?:a\s+)?(?:dress|wig|skirt|frock|lipstick|heels|make-?up)\s+"
        r"(?:is|are)\s+(?:still\s+|just\s+|always\s+|only\s+)?(?:a\s+)?(?:man|men|bloke|blokes|lad|guy|male|boy)\b"
        r"|\b(?:i'm\s+not|im\s+not|i\s+am\s+not|i\s+won't|i\s+will\s+not|i\s+refuse\s+to|i'm\s+never|never\s+going\s+to"
        r"|not\s+going\s+to)\s+(?:be\s+)?(?:call(?:ing)?|us(?:e|ing)|address(?:ing)?)\s+(?:anyone|anybody|someone|him|her"
        r"|them|a\s+man|a\s+bloke|a\s+woman|that\s+(?:man|bloke|woman))\s+['\"‘“](?:she|her|he|him|ms|miss|mrs|mr)['\"’”]"
        r"|\b(?:refuse|refusing|won't|will\s+not|not\s+going\s+to)\s+(?:to\s+)?use\s+(?:their|his|her|anyone's)\s+"
        r"(?:preferred\s+|new\s+)?pronouns\b")
    #: A country said to be lost to newcomers: "when did this stop being our country?".
    NOT_OUR_COUNTRY = compile_rx(
        r"\bwhen\s+did\s+(?:this|it|england|britain|the\s+uk)\s+stop\s+being\s+(?:our|my|an?\s+english|a\s+british)"
        r"(?:\s+(?:country|town|city))?\b"
        r"|\b(?:didn't|did\s+not|don't|couldn't|can't|never)\s+hear\s+(?:a\s+(?:single\s+)?word\s+of\s+|any\s+)english\s+"
        r"(?:in|on|round|around|down)\s+(?:my|our)\s+own\s+(?:town|street|road|high\s+street|estate|area|country)\b")
    #: A generation wished dead: "can't come soon enough when that generation is gone".
    GENERATION_GONE = compile_rx(
        r"\b(?:can'?t\s+come\s+soon\s+enough|can'?t\s+wait|roll\s+on\s+the\s+day|good\s+riddance)\b[^.!?]{0,40}?"
        r"\b(?:generation|boomers|pensioners|oaps|old\s+people|the\s+old\s+ones|the\s+elderly)\b[^.!?]{0,30}?"
        r"\b(?:is\s+gone|are\s+gone|(?:is|are)\s+dead|dies?|die\s+(?:off|out)|dies\s+(?:off|out)|pops?\s+(?:its|their)\s+clogs"
        r"|croaks?|six\s+feet\s+under)\b")
    #: The four above as one gated pattern (one gate look-up per post instead of four); the
    #: named group that matched says which it was.
    #: Hate slogans and dog-whistles that need no group word: neo-Nazi numbers, "the great
    #: replacement", the country "taken back from the invaders", colleagues called "diversity
    #: hires", a person said to smell of curry, and homophobic code with a nudge ("a bit light
    #: on his feet, if you know what I mean", "💅"; without it a dancer is just light on his
    #: feet, and a 😉 is as often about the footwork).
    WHISTLE = compile_rx(
        r"\b1488\b|\b14\s*/\s*88\b|\bsieg\s+heil\b|\bwhite\s+(?:genocide|power)\b|\bgreat\s+replacement\b"
        r"|\bremigration\b|\btake\s+(?:our|this|the)\s+country\s+back\s+from\b"
        r"|\b(?:our|my|this)\s+country\s+(?:back\s+)?from\s+(?:the\s+|these\s+|those\s+|all\s+)?(?:invaders|foreigners"
        r"|immigrants|migrants)\b"
        r"|\b(?:diversity|dei|quota|token|box-?ticking|affirmative\s+action)\s+(?:hires?|appointments?)\b"
        r"|\b(?:who|they|he|she|them|all)\s+(?:all\s+)?(?:smells?|stinks?|reeks?)\s+of\s+curry\b|\bcurry\s+munchers?\b"
        r"|\b(?:(?:a\s+(?:bit|little)\s+)?light\s+on\s+(?:his|her)\s+feet|bats?\s+for\s+the\s+other\s+(?:side|team)"
        r"|plays?\s+for\s+the\s+other\s+team|(?:a\s+)?friend\s+of\s+dorothy|limp[-\s]wristed)['\"’”]?[^.!?]{0,25}?"
        r"(?:\bif\s+(?:you|u|ya)\s+know\s+what\s+i\s+mean\b|\bwink\s+wink\b|\bnudge\s+nudge\b|💅|🏳️‍🌈)")
    REMARK_KINDS = {
        "whistle": ("discriminatory", "uses a hate slogan or dog-whistle"),
        "imagining": ("sexual", "a sexual remark about a person"),
        "persistent": ("abuse", "harasses someone: contact that will not stop"),
        "hiring": ("discriminatory", "would refuse work to a protected group"),
        "coded": ("discriminatory", "coded contempt for a group"),
        "denied": ("discriminatory", "denies a person's gender identity"),
        "country": ("discriminatory", "says the country is lost to newcomers"),
        "generation": ("discriminatory", "wishes an age group gone"),
    }
    REMARKS = compile_rx("|".join(f"(?P<{name}>{rx.pattern})" for name, rx in (
        ("imagining", SEXUAL_IMAGINING), ("persistent", PERSISTENT), ("hiring", HIRING), ("coded", CODED),
        ("denied", GENDER_DENIED), ("country", NOT_OUR_COUNTRY), ("generation", GENERATION_GONE),
        ("whistle", WHISTLE))))
    #: A disability said to be faked ("half of them can walk fine") or a diagnosis dismissed
    #: ("an ADHD label ... bad parenting with a medical excuse"): each needs its disability
    #: word in the post, and a denial just before ("isn't bad parenting") makes it a rebuttal.
    FAKING = compile_rx(
        r"\b(?:half|most|all|loads|plenty|a\s+lot|some)\s+of\s+(?:them|em|'em)\s+(?:can|could)\s+(?:walk|run|work|stand|dance)\s+"
        r"(?:fine|perfectly|just\s+fine|okay|ok|alright|when|about)\b")
    DISABILITY_WORD = compile_rx(
        r"\b(?:disabled|disability|disabilities|blue\s+badges?|wheelchairs?|pip|mobility\s+scooters?|crutches)\b")
    DISMISSED = compile_rx(
        r"\b(?:(?:bad|lazy|poor|crap|rubbish)\s+parenting|(?:medical|fancy|posh)\s+(?:excuse|label|name)"
        r"|an\s+excuse\s+for\s+(?:bad|naughty|poor|lazy)|(?:just|only)\s+an\s+excuse|(?:is|are)\s+(?:all\s+)?made\s+up(?!\s+of)"
        r"|doesn't\s+(?:really\s+)?exist|just\s+(?:naughty|badly\s+behaved|spoilt|spoiled))\b")
    DIAGNOSIS = compile_rx(
        r"\b(?:adhd|autism|autistic|asd|dyslexi\w*|dyspraxi\w*|ehcps?|sen|send\s+(?:kids|children|pupils|label|diagnosis)"
        r"|asperger'?s|tourette'?s|ocd)\b")
    DENIAL_BEFORE = regex.compile(
        r"(?:\b(?:isn't|is\s+not|aren't|are\s+not|not|never|no\s+such\s+thing\s+as|blam\w*|myths?|assum\w*"
        r"|people\s+(?:who\s+)?(?:think|say|claim))\s+(?:\w+\s+){0,2}|['\"‘“])$")
    #: Pregnancy held against a hire: "our new hire is expecting ... next time I'm asking at
    #: interview". A pregnancy word and a hiring word are both needed in the post.
    PREGNANCY_WORD = compile_rx(r"\b(?:pregnant|pregnancy|pregnancies|expecting|maternity|mat\s+leave|baby\s+on\s+the\s+way)\b")
    HIRING_WORD = compile_rx(r"\b(?:hire|hired|hiring|new\s+starter|appointed|interviews?|interviewing|recruit\w*|employ\w*)\b")
    PREGNANCY_PENALTY = compile_rx(
        r"\b(?:i'm|i\s+am|i'll\s+be|i\s+will\s+be|we'll\s+be|we're|we\s+are|i'll|we'll)\s+(?:asking|ask|checking|check)\s+"
        r"(?:about\s+(?:it|that|babies|kids|family\s+plans|pregnancy)\s+)?(?:at|in)\s+(?:the\s+)?interviews?\b"
        r"|\b(?:never|not|won't|wouldn't|will\s+never)\s+(?:be\s+)?(?:hire|hiring|employ|employing|appoint|appointing)\s+"
        r"(?:another|her\s+again|one\s+again)\b")
    #: A laugh or a wink: what turns a remark about a trait into a joke at its expense.
    LAUGH = compile_rx(r"😂|🤣|😆|😹|🤪|😜|\b(?:lol|lool|lmao|lmfao|rofl|pmsl|haha\w*|hehe\w*|jk|#banter|#jokes|#justsaying)\b")
    #: Someone's speech, walk or signs acted out: "doing the voice of the new Polish cleaner",
    #: "my impression of his stutter", "a bingo card for every time he barks", a stammer
    #: spelled out ("m-m-miss"), a sign played in asterisks ("*drools*").
    MIMICRY = compile_rx(
        r"\b(?:voice|impression|impersonation|imitation|accent|walk|take-?off)\s+of\s+(?:the|my|our|that|this|a|an|his|her|their)\b"
        r"|\b(?:impersonat|imitat|mimic)\w*\s+(?:the|my|our|that|this|a|an|his|her|their|him|her|them)\b"
        r"|\bbingo\s+card\s+for\s+(?:every\s+time|each\s+time|whenever)\s+(?:he|she|they)\b"
        r"|\b([a-z])-\1-(?:\1-)*\1?[a-z]+")
    #: Mimicry that names its own trait: a sign played in asterisks ("*drools*"), a stammer
    #: put in someone else's mouth ("he goes 'w-w-where'"; "f-f-freezing on duty" is the
    #: poster's own shiver), a disability in scare quotes ("a class of 'special' kids").
    MIMICRY_SELF_EVIDENT = compile_rx(
        r"\*\s*(?:drool|dribbl|twitch|spasm|grunt|slobber|flap|stutter|stammer|lisp|limp|rock|moan|honk|bark)\w*\s*\*"
        r"|\b(?:be\s+like|goes|went|says|said|asks|asked)\s*:?\s*['\"‘“][^'\"’”\n]{0,20}?\b([a-z])-\1-"
        r"|['\"‘“](?:special|slow|simple)['\"’”]\s+(?:kids|children|ones|class|pupils|school|unit|bus|boys|girls|lot)\b")
    #: What is mocked: speech and disability words (the group words come from the lists).
    TRAIT = compile_rx(
        r"\b(?:stutter\w*|stammer\w*|lisp\w*|tourette'?s|tics?|twitch\w*|deaf|blind|autis\w*|down'?s|wheelchair\w*"
        r"|special\s+needs|dyslexi\w*|cerebral\s+palsy|accent|foreign|disab\w*|spaz\w*|drools?)\b")
    MOCK_EMOJI = compile_rx(r"🤪|🥴|🤤|🤡|♿")
    #: A joke's opening that makes a group its butt: "what do u call a deaf kid...", "why do
    #: women teachers never...". Read just before a group (with a laugh in the post).
    JOKE_LEAD = regex.compile(
        r"(?:\bwhat\s+do\s+(?:you|u|ya)\s+call\s+(?:a|an|two|three|some)\s+|\bwhy\s+(?:do|don't|dont|are|aren't|can't|cant"
        r"|did|does|is|should|shouldn't)\s+(?:all\s+|so\s+many\s+|most\s+)?|\bhow\s+do\s+(?:you|u)\s+(?:get|make|stop|know)\s+"
        r"(?:a|an)\s+|\bwhat'?s\s+the\s+difference\s+between\s+(?:a|an)\s+)$")
    #: Faith dress or practice beside terrorism, as a joke or a guess: "bet she's hiding a bomb
    #: under that burka 😂", "can u still teach without blowing up the staffroom". News of an
    #: attack has no laugh and no guess.
    FAITH_MARK = compile_rx(
        r"\b(?:burkas?|burqas?|niqabs?|hijabs?|headscarf|headscarves|turbans?|beards?|ramadan|mosques?|muslims?|islam\w*"
        r"|sikhs?|arabs?|allah\w*|jihad\w*|fasting|prayer\s+mat)\b")
    TERROR = compile_rx(
        r"(?<!\bthe\s)(?<!\bda\s)(?<!\bbath\s)\bbombs?\b|\bbomber\b|\bblow(?:ing|s)?\s+(?:up|us\s+up|them\w*\s+up)|\bblew\s+(?:up|us\s+up)"
        r"|\bt[e3]rr[o0]r[i1]s[t7]s?\b|\bsuicide\s+(?:vest|bomb\w*)|\bisis\b|💣|🧨")
    GUESS = compile_rx(r"\bbet\s+(?:she|he|they|you|u)\b|\blooks?\s+like\s+(?:a\s+)?(?:proper\s+|right\s+|real\s+)?\S*\s?t[e3]rr")
    #: Disgust at a same-sex couple's affection: "two blokes holding hands, vile".
    SAME_SEX = compile_rx(
        r"\b(?:two|2|a\s+couple\s+of|couple\s+of)\s+(?:blokes|men|guys|lads|boys|women|girls|lesbians|gays|dads|mums|fellas)\s+"
        r"(?:holding\s+hands|kissing|snogging|cuddling|getting\s+married|pushing\s+a\s+(?:pram|buggy)|with\s+a\s+(?:baby|pram))\b")
    DISGUST = compile_rx(
        r"\b(?:vile|disgusting|sickening|makes\s+me\s+sick|filth|filthy|gross|revolting|unnatural|abomination|perverts?"
        r"|repulsive|shameful)\b|🤮|🤢")
    #: "Use" of a word set against "mention": slurs quoted as what a lesson was about ("words
    #: like 'X' and 'Y'", "why calling someone 'X' is hurtful"). A cue, then a run of quoted
    #: words; the post must be about teaching, bullying or reporting (MENTION_CONTEXT).
    MENTION = compile_rx(
        r"\b(?:words?|terms?|phrases?|names?|insults?|language|slurs?|comments?)\s+(?:like|such\s+as|including)\s+(?=['\"‘“])"
        r"|\b(?:the\s+(?:word|term|phrase|insult|slur)|calling\s+(?:someone|somebody|people|each\s+other|others|anyone"
        r"|a\s+(?:friend|classmate|peer))(?:\s+an?)?|saying|use\s+of|using)\s+(?=['\"‘“])"
        # A lesson's question about quoted words: "we unpicked why 'that's so gay' is not banter",
        # "talked about how 'X' hurts".
        r"|\b(?:why|how|whether)\s+(?=['\"‘“])")
    #: Quoted words, one after another: "'X', 'Y' and 'Z'". An apostrophe between letters is
    #: part of the words ("'that's so gay'"), not the closing quote.
    QUOTED_RUN = regex.compile(
        r"(?:['\"‘“](?:[^'\"‘’“”\n]|(?<=[a-z])['’](?=[a-z])){1,40}['\"’”](?![a-z])(?:\s*(?:,|or|and|/|&)\s*)?)+")
    #: A quoted title, credited or named as one: "'Bitches Brew' by Miles Davis", "the song
    #: 'X'", "reading 'X'". Its words are a work's name, not the poster's.
    TITLE_BEFORE = regex.compile(
        r"\b(?:album|song|track|single|book|novel|film|movie|play|poem|show|series|title|lyrics?|reading|read"
        r"|listening\s+to|listened\s+to|watching|watched|singing|sang|playing|blasting|blaring)\s+$")
    TITLE_AFTER = regex.compile(r"\s+by\s+[a-z]")
    #: An opening quote: at the start or after a space or an opening bracket.
    QUOTE_OPEN = regex.compile(r"(?:^|(?<=[\s(\[]))['\"‘“](?=[a-z0-9])")
    MENTION_CONTEXT = compile_rx(
        r"\b(?:lessons?|pshe|rshe|workshops?|assembl(?:y|ies)|sessions?|bullying|training|discuss\w*|talked\s+about"
        r"|hurtful|harmful|report\w*|screenshots?|insults?)\b")
    #: "How many Poles does it take...": a group as a joke's butt. The words beside the group
    #: list's plurals are nationalities that double as ordinary words, safe in this frame.
    JOKE_GROUPS = ("poles", "scots", "irishmen", "englishmen", "welshmen", "germans", "italians", "frenchmen",
                   "mexicans", "gypsies", "gays", "blacks", "jews", "muslims", "pakis")
    #: An age band of people as a group: "everyone over 65", "teachers over 55", "anyone under
    #: 30" (a group like the listed ones, then judged the same way).
    AGE_GROUP = compile_rx(
        r"\b(?:everyone|everybody|anyone|anybody|people|those|staff|teachers|workers|drivers|women|men"
        r"|employees|colleagues|parents|mums|dads)\s+(?:aged\s+)?(?:over|above|under|past)\s+(?:the\s+age\s+of\s+)?"
        r"(?:[2-9]\d|forty|fifty|sixty|seventy|eighty)\b")
    #: A clause whose subject is the poster: "I'm such an idiot", "we were idiots".
    FIRST_PERSON = regex.compile(r"\b(?:i|i'm|im|i am|i was|we|we're|we are|we were|me|us)\b[^.!?]{0,20}$")
    #: A clause whose subject is an animal or a thing: "my dog is an absolute idiot", "the
    #: printer is a useless lump". Name-calling needs a person to call.
    NOT_A_PERSON = regex.compile(
        r"\b(?:my|our|the|this|that|his|her|their|your)\s+(?:\w+\s+)?(?:dog|dogs|puppy|pup|cat|cats"
        r"|spaniel|labrador|lab|collie|terrier|poodle|cockapoo|cavapoo|retriever|greyhound|whippet"
        r"|lurcher|dachshund|pug|husky|beagle|kitten|kittens|hamster|rabbit|guinea\s+pig|parrot|budgie|tortoise|horse|pony|goat|goats"
        r"|sheep|chickens?|hens?|cockerel|car|van|sat\s?nav|satnav|printer|photocopier|laptop|phone"
        r"|computer|tv|telly|kettle|oven|boiler|washing\s+machine|dishwasher|hoover|roomba)\s*$")
    #: The middle finger: an obscene gesture aimed at whoever the post is about.
    FINGER = "\U0001f595"
    #: Apes and monkeys standing for people: "a family of 🐒 moved onto our street", "🦍 next
    #: door" (at the zoo they do not move in next door).
    APE_EMOJI = ("\U0001f412", "\U0001f98d", "\U0001f435", "\U0001f9a7")
    APES_AS_PEOPLE = compile_rx(
        r"(?:\U0001f412|\U0001f98d|\U0001f435|\U0001f9a7)+\s*(?:have\s+|has\s+)?(?:moved|moving|move\s+in"
        r"|liv(?:e|ing)\s+next\s+door|next\s+door|on\s+(?:our|my|the)\s+(?:street|road|estate)"
        r"|in\s+(?:our|my|the)\s+(?:street|road|town|area|school|class))")
    #: Words with an innocent sense that their context gives away: a female dog ("our bitch
    #: had six puppies"), the meatball ("faggots, mushy peas and gravy").
    LITERAL_SENSE = {
        "bitch": compile_rx(r"\b(?:pupp(?:y|ies)|pups|litter|whelp\w*|in\s+season|kennel\w*|stud\s+dog|breeder|"
                            r"crufts|dog\s+show)\b"),
        # Livestock: "prize for the fat cow at the county show".
        "fat cow": compile_rx(r"\b(?:county\s+show|agricultural\s+show|show\s+ring|farm\w*|livestock|cattle|herd"
                              r"|heifers?|bullocks?|hereford|friesian|angus|jersey|highland|auction|mart)\b|🐄|🐮"),
        "fat pig": compile_rx(r"\b(?:farm\w*|livestock|pigsty|sty|piglets?|sows?|boars?|gloucester\s+old\s+spot"
                              r"|tamworth|saddleback|county\s+show|auction|mart)\b|🐖|🐷"),
        # A cigarette: "nipped out for a quick fag", "packet of fags", "fag break".
        "fag": compile_rx(r"\b(?:smok\w*|cigs?|cigarettes?|lighter|ash\w*|packet|pack|rollies|roll-ups?|vape\w*"
                          r"|break|quick|sneaky|crafty|last|dying\s+for|gasping\s+for|nip\w*\s+out|light(?:ing)?"
                          r"|lit|puff\w*|end|ends|butt|butts|quit\w*|giving\s+up|gave\s+up|nicotine|patch)\b"),
        "faggot": compile_rx(r"\b(?:peas|mushy|gravy|mash|chips|onions?|butcher\w*|brains|for\s+(?:tea|dinner|lunch)"
                             r"|oven|pork|recipe)\b"),
    }
    DETERMINER_BEFORE = regex.compile(r"\b(?:our|my|the|his|her|their|a)\s+(?:\w+\s+)?$")
    #: Posts that discuss prejudice (a lesson, a myth, a campaign) rather than voice it.
    COUNTER = compile_rx(
        r"\b(?:myths?|stereotypes?|stereotyping|not true|isn't true|racism|racist|prejudice|"
        r"discriminat\w*|hate crime|bigot\w*|xenophob\w*|homophob\w*|transphob\w*|islamophob\w*|"
        r"antisemit\w*|misogyn\w*|challeng\w*|tackl\w*|lesson on|assembly on|awareness|anti-)")
    #: The disclaimer that comes before prejudice, not a discussion of it: "I'm not racist
    #: but ...", "not being funny, not homophobic, but ...".
    DISCLAIMER = compile_rx(
        r"\b(?:(?:i'm|im|i\s+am)\s+not|not\s+being|no\s+offence\s+but\s+i'm\s+not)\s+(?:a\s+|being\s+)?"
        r"(?:racist|sexist|homophob\w*|transphob\w*|bigot\w*|islamophob\w*|antisemit\w*|xenophob\w*|ageist|ableist)"
        r"[^.!?]{0,12}?\bbut\b")
    #: Hostility stated before the group: "I hate Jews", "can't stand Polish people".
    HOSTILE_BEFORE = regex.compile(
        r"\b(?:hate|despise|detest|loathe|can'?t\s+stand|cannot\s+stand|get\s+rid\s+of|ban\s+all"
        r"|deport\s+(?:all|the)|kick\s+out\s+(?:all|the))\s+(?:all\s+)?(?:the\s+|these\s+|those\s+)?$")
    #: Words before a bare plural that make it particular people: "the men", "two men".
    PARTICULAR = frozenset((
        "the", "these", "those", "this", "that", "our", "my", "your", "his", "her", "their", "some",
        "two", "three", "four", "five", "six", "few", "several", "both", "of", "young", "old", "older"))
    THEY = regex.compile(r"^\W*(?:they|them|their|these people|those people|that lot|this lot|(?:the\s+)?same\s+(?:lot|people|ones))\b")
    PREDICATE_LEAD = (r"(?:are|'re|were|is)\s+(?:(?:all|so|just|really|such|nothing\s+but|"
                      r"a\s+bunch\s+of|a\s+load\s+of|bloody|total|complete|utter|basically|always|"
                      r"mostly|like|far|way|much|too)\s+)*")

    def __init__(self, school, pack):
        super().__init__(school, pack)
        words = sections(WORDS_FILE)
        groups = sections(GROUPS_FILE)
        self.lists = Phrases((w, signal) for section, signal in self.SECTION_SIGNALS.items()
                             for w in words[section])
        # Listed words a disguised spelling may stand for, the strongest sections first (so
        # "f***" reads as the swear word, not as "fool").
        self.vocab: dict[str, str] = {}
        for section in (*self.SECTION_SIGNALS, "masked_only", "insult", "you_insult"):
            signal = self.SECTION_SIGNALS.get(section, "profanity" if section == "masked_only" else "abuse")
            for word in words[section]:
                if " " not in word:
                    self.vocab.setdefault(word, signal)
        self.plain_vocab = {w: s for w, s in self.vocab.items() if w not in words["masked_only"]}
        between = rf"(?:(?:{alternation(self.INTENSIFIERS)}|[a-z]*[*#%@$!][a-z*#%@$!]*|[a-z]+ing),?\s+)"
        insults = alternation(words["insult"])
        you_insults = alternation(words["insult"] + words["you_insult"])
        self.aimed_you = compile_rx(
            rf"\b(?:you(?:'re|\s+are)?|youre|ur|u\s+are|u)(?<!\bur)(?<=\w),?\s+{between}{{0,4}}"
            rf"(?:{you_insults})(?![a-z0-9])"
            rf"|\bur,?\s+(?:a|an|such\s+an?)\s+{between}{{0,3}}(?:{you_insults})(?![a-z0-9])")
        self.aimed_are = compile_rx(
            rf"\b(?:is|are|'re|was|were|such)\s+{between}{{0,4}}(?:{insults})(?![a-z0-9])")
        self.groups = Phrases([*((g, "noun") for g in groups["group_noun"]),
                               *((g, "generic") for g in groups["generic_noun"]),
                               *((g, "adjective") for g in groups["group_adjective"])])
        self.people_nouns = frozenset(groups["people_noun"])
        self.insult_words = frozenset(w.split()[-1] for w in words["insult"] + words["you_insult"])
        self.joke = compile_rx(
            rf"\bhow\s+many\s+(?:{alternation(groups['group_noun'] + self.JOKE_GROUPS)})\s+does\s+it\s+take\b")
        self.generalisation = compile_rx(
            # "they're all sneaky": the lead "'re" follows a letter, so it alone may.
            rf"(?:(?<![a-z0-9])(?:{alternation(groups['generalisation'])})|(?:(?<![a-z0-9])|(?='))"
            rf"{self.PREDICATE_LEAD}(?:{alternation(groups['predicate'])})"
            # A list of verdicts after a colon: "the Christians at work: smug, judgemental"
            # ("Refugees: the problem isn't them" is no list).
            rf"|:\s*(?:{alternation(groups['predicate'])})(?=\s*(?:,|&|and\b)))(?![a-z0-9])")

    def _conditional(self, folded: str, words: Words):
        """Shapes that need a second word in the post to mean harm: a disability faked or
        dismissed, a pregnancy held against a hire, a group as a joke's butt."""
        faked = self.FAKING.search(folded, timeout=TIMEOUT)
        if faked and self.DISABILITY_WORD.search(folded, timeout=TIMEOUT):
            yield faked.start(), faked.end(), "discriminatory", ("says disabled people fake it",)
        dismissed = self.DISMISSED.search(folded, timeout=TIMEOUT)
        if dismissed and self.DIAGNOSIS.search(folded, timeout=TIMEOUT) \
                and not self.DENIAL_BEFORE.search(folded, max(0, dismissed.start() - 30), dismissed.start(),
                                                  timeout=TIMEOUT) \
                and not self._discussed(folded):
            yield dismissed.start(), dismissed.end(), "discriminatory", ("dismisses a disability as an excuse",)
        penalty = self.PREGNANCY_PENALTY.search(folded, timeout=TIMEOUT)
        if penalty and self.PREGNANCY_WORD.search(folded, timeout=TIMEOUT) \
                and self.HIRING_WORD.search(folded, timeout=TIMEOUT):
            yield penalty.start(), penalty.end(), "discriminatory", ("holds a pregnancy against a hire",)
        joke = self.joke.search(folded, timeout=TIMEOUT)
        if joke and not self._discussed(folded):
            yield joke.start(), joke.end(), "discriminatory", ("makes a protected group a joke's butt",)
        same_sex = self.SAME_SEX.search(folded, timeout=TIMEOUT)
        if same_sex and self.DISGUST.search(folded, timeout=TIMEOUT) and not self._discussed(folded):
            yield same_sex.start(), same_sex.end(), "discriminatory", ("voices disgust at a same-sex couple",)
        laugh = self.LAUGH.search(folded, timeout=TIMEOUT)
        terror = self.TERROR.search(folded, timeout=TIMEOUT)
        if terror and (laugh or self.GUESS.search(folded, timeout=TIMEOUT)) \
                and self.FAITH_MARK.search(folded, timeout=TIMEOUT) and not self._discussed(folded):
            yield terror.start(), terror.end(), "discriminatory", ("jokes that a faith's people are terrorists",)
        mock = laugh or self.MOCK_EMOJI.search(folded, timeout=TIMEOUT)
        if mock and not self._discussed(folded):
            mimic = self.MIMICRY_SELF_EVIDENT.search(folded, timeout=TIMEOUT)
            if mimic is None:
                mimic = self.MIMICRY.search(folded, timeout=TIMEOUT)
                if mimic and not (self.TRAIT.search(folded, timeout=TIMEOUT)
                                  or next(self._group_spans(folded, words), None)):
                    mimic = None
            if mimic:
                yield mimic.start(), mimic.end(), "discriminatory", ("mocks a person's disability, accent or origin",)

    def _mentioned(self, folded: str) -> list[tuple[int, int]]:
        """Spans of words quoted as the subject of a lesson or a report, or as a work's title,
        not used."""
        spans = []
        if self.MENTION_CONTEXT.search(folded, timeout=TIMEOUT):
            for m in self.MENTION.finditer(folded, timeout=TIMEOUT):
                run = self.QUOTED_RUN.match(folded, m.end(), timeout=TIMEOUT)
                if run:
                    spans.append(run.span())
        for q in self.QUOTE_OPEN.finditer(folded, timeout=TIMEOUT):
            run = self.QUOTED_RUN.match(folded, q.start(), timeout=TIMEOUT)
            if run and (self.TITLE_AFTER.match(folded, run.end(), timeout=TIMEOUT)
                        or self.TITLE_BEFORE.search(folded, max(0, q.start() - 25), q.start(), timeout=TIMEOUT)):
                spans.append(run.span())
        return spans

    def findings(self, ctx: PostContext) -> list[tuple[int, int, str, tuple[str, ...]]]:
        """(start, end, signal, why) of every offensive span, computed once per post (the
        reputation check reads them too). They depend on the text and the shipped word lists
        only, so any instance's answer serves."""
        found = ctx.shared.get("offensive")
        if found is None:
            found = ctx.shared["offensive"] = list(self._findings(ctx.text.folded, ctx.words))
        return found

    def detect(self, ctx: PostContext) -> Iterable[Hit]:
        seen: list[tuple[int, int]] = []
        for start, end, signal, why in self.findings(ctx):
            if not any(start < e and s < end for s, e in seen):
                seen.append((start, end))
                yield self.text_hit(ctx, signal, 0.9, start, end, *why)

    def _findings(self, folded: str, words: Words):
        for pattern in self.THREATS:
            for m in pattern.finditer(folded, timeout=TIMEOUT):
                yield m.start(), m.end(), "threat", ("threatens someone",)
        mentioned: list[tuple[int, int]] | None = None

        def is_mentioned(at: int) -> bool:
            # "words like 'X'" in an anti-bullying lesson, or a title: mentioned, not used.
            nonlocal mentioned
            if mentioned is None:
                mentioned = self._mentioned(folded)
            return any(a <= at < b for a, b in mentioned)

        for i, j, entry, signal in self.lists.find(words):
            if self._literal_sense(folded, entry, words[i][1]):
                continue
            if is_mentioned(words[i][1]):
                continue
            yield words[i][1], words[j - 1][2], signal, (f"uses {_WHAT[signal]}: {entry!r}",)
        for found in self._disguised(folded, words):
            if not is_mentioned(found[0]):
                yield found
        yield from self._conditional(folded, words)
        yield from self._emoji(folded)
        if not self.insult_words.isdisjoint(words.present):
            yield from self._aimed(folded)
        rough = self.ROUGH_JUSTICE.search(folded, timeout=TIMEOUT)
        if rough and self.MENACE.search(folded, timeout=TIMEOUT):
            yield rough.start(), rough.end(), "threat", ("threatens someone with rough justice",)
        for m in self.CONTEMPT.finditer(folded, timeout=TIMEOUT):
            yield m.start(), m.end(), "abuse", ("speaks of a person with contempt",)
        for m in self.ABUSE_PHRASES.finditer(folded, timeout=TIMEOUT):
            yield m.start(), m.end(), "abuse", ("tells someone off abusively",)
        attractive = self.ATTRACTIVE.search(folded, timeout=TIMEOUT)
        if attractive and self.INNUENDO.search(folded, timeout=TIMEOUT):
            yield attractive.start(), attractive.end(), "sexual", ("a sexual innuendo about a person",)
        if self.INNUENDO.search(folded, timeout=TIMEOUT):
            for m in self.PROPOSITION.finditer(folded, timeout=TIMEOUT):
                yield m.start(), m.end(), "sexual", ("a sexual proposition or innuendo about a person",)
            for m in self.SEXUAL_EMOJI.finditer(folded, timeout=TIMEOUT):
                yield m.start(), m.end(), "sexual", ("emoji that spell out a sex act",)
        for m in self.BEND_OVER.finditer(folded, timeout=TIMEOUT):
            yield m.start(), m.end(), "sexual", ("a sexual remark about a person",)
        for m in self.SEXUAL_REQUEST.finditer(folded, timeout=TIMEOUT):
            yield m.start(), m.end(), "sexual", ("asks for sexual content",)
        for m in self.SEXUAL_SLANG.finditer(folded, timeout=TIMEOUT):
            yield m.start(), m.end(), "sexual", ("sexual slang about a person",)
        for m in self.REMARKS.finditer(folded, timeout=TIMEOUT):
            if m.lastgroup == "whistle" and self._discussed(folded):
                continue  # "calling colleagues 'diversity hires' is racist": discussed, not voiced
            signal, why = self.REMARK_KINDS[m.lastgroup]
            yield m.start(), m.end(), signal, (why,)
        yield from self._generalisations(folded, words)
        # After the group-based findings, so a remark about a named group is read as that first.
        for m in self.GO_BACK.finditer(folded, timeout=TIMEOUT):
            if self._discussed(folded):
                break  # the phrase quoted in a lesson or training on racism, not said
            yield m.start(), m.end(), "discriminatory", ("tells people to go back where they came from",)

    def _discussed(self, folded: str) -> bool:
        """Prejudice discussed (a lesson, a myth, a campaign) rather than voiced; "I'm not
        racist, but" is the voicing's own preface, whatever word it uses."""
        return bool(self.COUNTER.search(folded, timeout=TIMEOUT)) \
            and not self.DISCLAIMER.search(folded, timeout=TIMEOUT)

    def _literal_sense(self, folded: str, entry: str, start: int) -> bool:
        """A listed word in its innocent sense: "our bitch had puppies" (a determiner before
        it, so "you bitch" is never the dog), "faggots and mushy peas"."""
        stem = entry[:-1] if entry.endswith("es") and entry[:-2] in self.LITERAL_SENSE else entry.rstrip("s")
        sense = self.LITERAL_SENSE.get(stem)
        if sense is None or not sense.search(folded, timeout=TIMEOUT):
            return False
        if stem == "bitch":
            return bool(self.DETERMINER_BEFORE.search(folded, max(0, start - 25), start, timeout=TIMEOUT))
        return True

    def _emoji(self, folded: str):
        """Emoji that stand for words: the middle finger, apes for people."""
        at = folded.find(self.FINGER)
        if at != -1:
            yield at, at + 1, "abuse", ("an obscene gesture (the middle finger emoji)",)
        if any(ape in folded for ape in self.APE_EMOJI):
            for m in self.APES_AS_PEOPLE.finditer(folded, timeout=TIMEOUT):
                yield m.start(), m.end(), "discriminatory", ("apes or monkeys standing for people",)

    def _disguised(self, folded: str, words: Words):
        """Masked, leetspeak, spelled-out and stretched spellings of listed words."""
        for m in self._disguised_chunks(folded):
            chunk = m.group()
            word = self._unmask(chunk)
            if word:
                signal = self.vocab[word]
                yield m.start(), m.end(), signal, (
                    f"uses {_WHAT[signal]}, disguised: {chunk!r} reads as {word!r}",)
        # "f u c k", "s.h.i.t": a run of one-letter words a character or two apart. Only the
        # one-letter words are walked: a post has few.
        ones = [k for k, w in enumerate(words.plain) if len(w) == 1 and w.isalpha()]
        run: list[int] = []
        for k in ones + [-1]:
            if run and k == run[-1] + 1 and words[k][1] - words[k - 1][2] <= 2:
                run.append(k)
                continue
            if len(run) >= 4:
                yield from self._spelled(folded, words, run)
            run = [k]
        if self.ANY_TRIPLE.search(folded):
            for w, start, end in words:
                if not self.TRIPLE.search(w, timeout=TIMEOUT):
                    continue
                for n in (1, 2):
                    read = regex.sub(r"([a-z])\1{2,}", r"\1" * n, w, timeout=TIMEOUT)
                    if read in self.plain_vocab:
                        yield start, end, self.plain_vocab[read], (
                            f"uses {_WHAT[self.plain_vocab[read]]}, stretched: {w!r}",)
                        break
        if "ph" in folded:
            # Phonetic spellings: "phucked", "phuk" ("ph" for "f"), read against the swear
            # words only, so "phone" or "phat" never turn into insults.
            for w, start, end in words:
                if w.startswith("ph") and w not in self.vocab:
                    read = "f" + w[2:]
                    if self.plain_vocab.get(read) == "profanity":
                        yield start, end, "profanity", (f"uses profanity, spelled phonetically: {w!r}",)

    def _spelled(self, folded: str, words: Words, run: list[int]):
        """The longest listed word a run of one-letter words spells, dropping a word such as
        "a" or "i" at either end ("what a s h i t e week")."""
        n = len(run)
        for size in range(n, 3, -1):
            for lo in range(n - size + 1):
                part = run[lo:lo + size]
                word = "".join(words[r][0] for r in part)
                if word in self.vocab:
                    signal = self.vocab[word]
                    start, end = words[part[0]][1], words[part[-1]][2]
                    yield start, end, signal, (
                        f"uses {_WHAT[signal]}, spelled out: {folded[start:end]!r}",)
                    return

    def _disguised_chunks(self, folded: str) -> Iterator[regex.Match]:
        """The chunks that hold a mask or leet character, found from those characters (a few
        in a post) rather than by testing every chunk (dozens)."""
        end = 0
        for m in self.DISGUISE.finditer(folded, timeout=TIMEOUT):
            if m.start() < end:
                continue  # in the chunk just found
            start = self.CHUNK_BEFORE.match(folded, 0, m.start(), timeout=TIMEOUT).start()
            chunk = self.CHUNK.match(folded, start, timeout=TIMEOUT)
            end = chunk.end()
            yield chunk

    def _unmask(self, token: str) -> str | None:
        """The listed word a masked or leetspeak token stands for, if any."""
        if token[0] in "@#":
            token = token[1:]  # a handle or hashtag: judge the word after the sigil
        if token.startswith("*"):
            token = token.strip("*")  # *emphasis*, not a mask
        token = token.rstrip("!")
        if len(token) < 3 or token[0] in self.MASK or not self.LETTER.search(token, timeout=TIMEOUT):
            return None
        masked = any(c in self.MASK for c in token)
        for read in dict.fromkeys((token.translate(self.LEET),
                                   token.replace("1", "l").translate(self.LEET))):
            if not masked:
                if read in self.vocab:
                    return read
                continue
            shape = "".join(f"[a-z]{{1,{len(run) + 2}}}" if run[0] in self.MASK else regex.escape(run)
                            for run in regex.findall(r"[*#%]+|[^*#%]+", read))
            pattern = regex.compile(shape)
            for word in self.vocab:
                if pattern.fullmatch(word, timeout=TIMEOUT):
                    return word
        return None

    def _aimed(self, folded: str):
        """Insults aimed at someone: "you absolute moron", "parents who park here are idiots"."""
        for m in self.aimed_you.finditer(folded, timeout=TIMEOUT):
            yield m.start(), m.end(), "abuse", ("insults the person addressed",)
        for m in self.aimed_are.finditer(folded, timeout=TIMEOUT):
            clause_start = max(folded.rfind(c, 0, m.start()) for c in ".!?;\n") + 1
            if self.FIRST_PERSON.search(folded[clause_start:m.start()], timeout=TIMEOUT):
                continue  # "I'm such an idiot": self-deprecation
            if self.NOT_A_PERSON.search(folded[clause_start:m.start()], timeout=TIMEOUT):
                continue  # "my dog is an absolute idiot": a pet or a thing
            yield m.start(), m.end(), "abuse", ("calls someone names",)

    def _group_spans(self, folded: str, words: Words) -> Iterator[tuple[int, int]]:
        """Where the post names a protected group: a listed group ("Polish kids", "Muslims")
        or an age band of people ("everyone over 65")."""
        for i, j, entry, kind in self.groups.find(words):
            if kind == "generic":
                if i and words[i - 1][0] in self.PARTICULAR:
                    continue  # "the men next door": particular people, not a group
                kind = "noun"
            skip = 0
            if kind == "adjective" and j + 1 < len(words) and words[j][0] not in self.people_nouns \
                    and words[j + 1][0] in self.people_nouns and words[j][0].isalpha() \
                    and words[j][2] + 1 == words[j + 1][1]:
                skip = 1  # "Pakistani taxi drivers": one trade word before the people noun
            if kind == "adjective" and (j + skip >= len(words) or words[j + skip][0] not in self.people_nouns):
                continue  # "Polish kids" names a group; "polish the trophies" does not
            end_word = j + skip + (kind == "adjective")
            if kind == "noun" and j < len(words) and words[j][0] in self.people_nouns:
                end_word = j + 1  # "the Polish kids": the noun read as an adjective
            yield words[i][1], words[end_word - 1][2]
        for m in self.AGE_GROUP.finditer(folded, timeout=TIMEOUT):
            yield m.start(), m.end()

    def _generalisations(self, folded: str, words: Words):
        """A protected group said, as a group, to do or be something negative."""
        for start, end in self._group_spans(folded, words):
            if folded.startswith(("'s", "'", "’"), end):
                continue  # "the women's toilets"
            if self._discussed(folded):
                return  # a lesson, a myth, a campaign: prejudice discussed, not voiced
            lead = self.JOKE_LEAD.search(folded, max(0, start - 40), start, timeout=TIMEOUT)
            if lead and self.LAUGH.search(folded, timeout=TIMEOUT):
                yield lead.start(), end, "discriminatory", (
                    f"makes a protected group a joke's butt ({folded[start:end]!r})",)
                continue
            hostile = self.HOSTILE_BEFORE.search(folded, max(0, start - 40), start, timeout=TIMEOUT)
            if hostile:
                yield hostile.start(), end, "discriminatory", (
                    f"voices hostility to a protected group ({folded[start:end]!r})",)
                continue
            stop = _sentence_end(folded, end)
            said = self.generalisation.search(folded, end, stop, timeout=TIMEOUT)
            if said is None and self.THEY.match(folded[stop:stop + 40].lstrip(".!?;\n "),
                                                timeout=TIMEOUT):
                said = self.generalisation.search(folded, stop + 1, _sentence_end(folded, stop + 1),
                                                  timeout=TIMEOUT)
            if said is None:
                said = self.STEREOTYPE_FOLLOW.search(folded, end, min(len(folded), end + 160),
                                                     timeout=TIMEOUT)
            if said is not None:
                group = folded[start:end]
                yield start, said.end(), "discriminatory", (
                    f"generalises about a protected group ({group!r}): {said.group().strip()!r}",)


_WHAT = {"profanity": "profanity", "abuse": "abusive language", "sexual": "sexual language",
         "discriminatory": "a slur", "threat": "a threat"}


def _sentence_end(folded: str, start: int) -> int:
    ends = [i for i in (folded.find(c, start) for c in ".!?;\n") if i != -1]
    return min(ends) if ends else len(folded)

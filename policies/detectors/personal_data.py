"""Someone else's contact or identifying details, and health or SEN details about a named person.

Each kind of detail is a pattern over the folded text plus a check that the match really is a
person's detail: the school's own office number or role e-mail, a venue's address, an exam
date, the poster's own number or own medical news are nobody else's personal data. Health and
special-needs terms count only when the post ties them to someone it identifies (a roster
pupil, a colleague, a named person, and then a pronoun that refers back).
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Iterable

import regex

from ..model import Hit
from ..text.cues import compile_rx
from ..text.normalize import CharTable, fold
from .base import Detector, PostContext
from .personal_data_people import People
from .spelled_email import spelled_email_matches
from ..text.word_lookup import Phrases

HEALTH_FILE = Path(__file__).resolve().parent.parent / "data" / "personal_data_health.txt"
TIMEOUT = 0.05
#: How far around a detail to look for the words that say whose it is.
CUE_BEFORE, CUE_AFTER = 80, 40

_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")


_ORDINAL_WORD = (r"(?:(?:twenty|thirty)[\s-]?)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
                 r"|tenth|eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth|twentieth|thirtieth")


@lru_cache(maxsize=1)
def health_terms() -> tuple[str, ...]:
    lines = HEALTH_FILE.read_text(encoding="utf-8").splitlines()
    return tuple(sorted({fold(l) for l in lines if l.strip() and not l.startswith("#")},
                        key=len, reverse=True))


def upn_check_letter(body: str) -> str:
    """The DfE check letter for UPN characters 2-13 (weights 2..13, modulus 23)."""
    letters = "ABCDEFGHJKLMNPQRTUVWXYZ"
    total = sum((int(c) if c.isdigit() else letters.index(c.upper())) * w
                for w, c in enumerate(body, start=2))
    return letters[total % 23].lower()


def nhs_number_valid(digits: str) -> bool:
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1)))
    check = 11 - total % 11
    return len(digits) == 10 and (0 if check == 11 else check) == int(digits[9])


class PersonalDataDetector(Detector):
    CATEGORY = "personal_data"
    SIGNALS = ("phone", "email", "address", "date_of_birth", "ni_number", "upn", "nhs_number",
               "health_or_sen")

    #: UK numbers: 07700 900461, 0113 496 0000, (01632) 960123, +44 7700 900461, +44 (0)113...,
    #: and with every digit spaced out to dodge filters: 0 7 7 0 0 9 0 0 4 6 1.
    PHONE = regex.compile(
        r"(?<![\w+/=.@-])(?:(?:\+|00)\s?44[\s.\-]?(?:\(0\)\s?)?|\(?0[\s.\-]?)\d(?:[\s.\-()]{0,2}\d){8,9}"
        # not one block of a longer dashed or dotted code ("026-4491827-3305512", an order number)
        r"(?![\w/@]|[.\-]\d)")
    EMAIL = regex.compile(r"(?<![\w.+@-])([a-z0-9][a-z0-9._%+-]*)@([a-z0-9-]+(?:\.[a-z0-9-]+)+)")
    URL = compile_rx(r"(?:https?://|www\.)\S+")
    #: An address written out to dodge scrapers: "jo.bloggs at example dot com", "jo[at]example.com".
    EMAIL_SPELLED = regex.compile(
        r"(?<![\w.+@-])([a-z0-9][a-z0-9._%+-]*(?: dot [a-z0-9][a-z0-9._%+-]*)*)(?:\s+at\s+|\s*[\[({]\s*at\s*[\])}]\s*)"
        r"([a-z0-9-]+(?:(?:\s+dot\s+|\s*[\[({]\s*dot\s*[\])}]\s*|\.)[a-z0-9-]+)+)(?![\w@])")
    #: The last label of a written-out address: without a real one, "at home dot..." is prose.
    SPELLED_TLDS = frozenset(("com", "org", "net", "uk", "ie", "io", "edu", "gov", "info", "me"))
    SPELLED_MARK = regex.compile(r"\sdot\s|[\[({]\s*(?:at|dot)\s*[\])}]")
    #: Words before "at" that are prose, not the local part of an address ("see me at home").
    NOT_LOCAL = frozenset(("me", "us", "him", "her", "them", "you", "it", "i", "we", "he", "she",
                           "they", "one", "look", "be", "is", "was", "are", "arrive", "meet"))
    #: A written-out address needs an address-like local part or an e-mail cue before it.
    SPELLED_CUE = regex.compile(r"\b(?:e-?mail|address|contact|write\s+to|inbox)\b[^.!?]{0,40}$")
    #: Digits, "@", a written-out address or a number said as words ("oh seven seven..."):
    #: without one of these, no contact detail can match.
    ANY_DIGIT = regex.compile(r"[0-9@]|\sdot\s|[\[({]\s*at\s*[\])}]|\b(?:oh|zero|nought)[\s,-]+(?:seven|one|two)\b")
    #: A UK number said as words, to dodge filters: "oh seven seven oh oh nine oh oh ...".
    SPOKEN_PHONE = regex.compile(
        r"\b(?:oh|zero|nought)(?:[\s,-]+(?:oh|zero|nought|one|two|three|four|five|six|seven|eight|nine"
        r"|double|treble|triple)){8,16}\b")
    #: Outward code of a real postcode area, then the inward code (never C, I, K, M, O, V).
    POSTCODE_AREAS = (
        "ab al b ba bb bd bh bl bn br bs bt ca cb cf ch cm co cr ct cv cw da dd de dg dh dl dn dt "
        "dy e ec eh en ex fk fy g gl gu gy ha hd hg hp hr hs hu hx ig im ip iv je ka kt kw ky l la "
        "ld le ll ln ls lu m me mk ml n ne ng nn np nr nw ol ox pa pe ph pl po pr rg rh rm s sa se "
        "sg sk sl sm sn so sp sr ss st sw sy ta td tf tn tq tr ts tw ub w wa wc wd wf wn wr ws wv "
        "yo ze").split()
    #: Any outward code; the area is checked against POSTCODE_AREAS (cheaper than a
    #: 120-way alternation tried at every position).
    POSTCODE = regex.compile(r"\b([a-z]{1,2})\d[a-z\d]?\s?\d[abd-hjlnp-uw-z]{2}\b")
    #: What a POSTCODE match begins with, in the text's shape (see `_shape`): one or two
    #: letters that begin a word, then a digit. A post without either is not searched.
    POSTCODE_STARTS = (" a0", " aa0")
    STREET_SUFFIXES = (
        "road", "rd", "street", "st", "avenue", "ave", "lane", "ln", "grove", "close", "drive", "dr",
        "way", "crescent", "cres", "court", "ct", "gardens", "gdns", "place", "pl", "terrace",
        "walk", "view", "rise", "mews", "hill", "square", "sq", "row", "parade", "green", "vale",
        "fold", "croft", "garth", "wynd", "chase", "meadows", "gate", "bank", "approach", "mount",
        "heights", "park", "end", "side", "lea", "avenue")
    #: "14 Larch Grove", "3a St John's Road": a house number, capitalised words, a street type.
    STREET = compile_rx(
        rf"(?<![\w/.,£$:-])\d{{1,4}}[a-z]?,?\s+(?:[a-z][a-z'-]*\s+){{1,3}}?"
        rf"(?:{'|'.join(sorted(set(STREET_SUFFIXES), key=len, reverse=True))})(?![a-z0-9])")
    #: Street types written before the name, as in Welsh addresses: "9 Heol y Coed",
    #: "22 Ffordd Las", "4 Clos Cae Mawr", "1 Lôn y Parc".
    STREET_TYPE_FIRST = ("heol", "ffordd", "stryd", "lon", "rhodfa", "cilgant", "clos", "llys",
                         "maes", "teras")
    STREET_FIRST = compile_rx(
        rf"(?<![\w/.,£$:-])\d{{1,4}}[a-z]?,?\s+(?:{'|'.join(STREET_TYPE_FIRST)})"
        rf"(?:\s+[a-z][a-z'-]*){{1,3}}(?![a-z0-9])")
    #: Small words that stay lower case inside a street name ("Heol y Coed", "Rue de la Paix").
    STREET_PARTICLES = frozenset(("y", "yr", "of", "the", "de", "la", "le", "du", "upon", "on"))
    NI_NUMBER = regex.compile(r"\b([a-z]{2})\s?\d{2}\s?\d{2}\s?\d{2}\s?[a-d]\b")
    #: Words that introduce an NI number: with one, any two-letter prefix counts (invented and
    #: example numbers such as QQ 12 34 56 C are still someone's number as far as a reader knows).
    NI_CUE = regex.compile(r"\b(?:ni|nino|national insurance)(?:\s+(?:no|number|num))?\.?\W{0,4}(?:is\W{0,3})?$"
                           # "NI number wrong on her slip, it's QQ...": the label, then its sentence
                           r"|\b(?:ni|national insurance)\s+(?:no\b\.?|number|num\b)[^.!?\n]{0,45}$")
    NI_PREFIX = regex.compile(r"(?!bg|gb|nk|kn|tn|nt|zz)[a-ceghj-prstw-z][a-ceghj-npr-tw-z]")
    UPN = regex.compile(r"\b[a-hj-npr-z]\d{11}[\da-hj-npr-z]\b")
    DIGIT_RUNS = regex.compile(r"\d{2}\s?\d{2}\s?\d{2}")
    NHS = regex.compile(r"(?<![\d-])\d{3}[\s-]?\d{3}[\s-]?\d{4}(?![\d-])")
    DATES = (
        compile_rx(r"(?<![\d/.-])(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>\d{4}|\d{2})(?![\d/-]|\.\d)"),
        compile_rx(r"(?<![\d/.-])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\d/-])"),
        compile_rx(rf"(?<!\d)(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{_MONTH})"
                      rf"(?:,?\s+(?P<y>\d{{4}}))?(?![a-z0-9])"),
        compile_rx(rf"(?<![a-z])(?P<mon>{_MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?"
                      rf"(?:,?\s+(?P<y>\d{{4}}))?(?![a-z0-9])"),
        # The day as an ordinal word: "the fourth of July 2020", "twenty-first of March 2016"
        # ("of" required: "second may be" is no date).
        compile_rx(rf"(?<![a-z])(?P<dw>{_ORDINAL_WORD})\s+of\s+(?P<mon>{_MONTH})"
                      rf"(?:,?\s+(?P<y>\d{{4}}))?(?![a-z0-9])"),
    )

    #: Words that mark a contact detail as the poster's own ("text me on", "my mobile is").
    OWN_CONTACT = regex.compile(
        r"(?:\b(?:call|ring|text|phone|message|whatsapp|email|e-mail|contact|reach|dm)\s+me\b"
        r"|\bmy\s+(?:own\s+|new\s+|work\s+|personal\s+)*(?:number|mobile|phone|email|e-mail|landline|address)\b)"
        r"[^.!?]{0,30}$")
    #: Words that make an address the poster's own household's ("our new address is", "we've
    #: moved to", "I live at"): on an organisation's page "our address" is its office, which
    #: ORG_CUE lets by already.
    OWN_ADDRESS = regex.compile(
        r"(?:\b(?:my|our)\s+(?:own\s+|new\s+|home\s+)*(?:address|postcode|house|flat|place)\b"
        r"|\b(?:we|i)(?:'ve| have)?\s+(?:just\s+)?moved\b|\b(?:we|i)\s+(?:now\s+)?live\s+at\b|\bcome\s+to\s+ours\b)"
        r"[^.!?]{0,40}$")
    #: Words that place a number or address at an organisation's desk, not a person's home.
    ORG_CUE = (r"office|reception|front desk|switchboard|main number|enquiries|enquiry line|"
               r"admissions|absence line|attendance line|call us|contact us|email us|e-mail us|ring us|"
               r"phone us|text us|find us|visit us|write to us|our (?:number|address|office|phone|email)|"
               # Another organisation's desk: "call the club", "their base", "the council's
               # collection line", "box office". Only a landline with no person near is let by.
               r"(?:call|ring|phone|contact) (?:them|the (?:club|centre|council|surgery|library|"
               r"hospital|charity|team|service|shop|box office))|"
               r"their (?:base|office|desk|hq|headquarters|helpline|hotline|line|number|team)|"
               r"council|club|leisure centre|community centre|surgery|library|hospital|charity|"
               r"helpline|hotline|box office|ticket office|booking line|freephone|customer services|"
               r"(?:collection|booking|bookings|information|advice|support|help) line|"
               # A business's advertised number: its trade or an invitation to order or book.
               r"to order|order ahead|for (?:cake |food |table )?orders|takeaway|chippy|cafe|caffi|"
               r"restaurant|pizza|barbers?|tyres|garage|salon|bakery|florist|plumbers?|electricians?|"
               r"builders|taxis?|cabs|dentist|vets?|opticians?|estate agents?|joinery|joiners|butchers?|"
               r"deli|hampers|roofing|landscaping|"
               # A recommendation: "best jalfrezi in the county", "can't recommend them enough".
               r"recommend(?:ed)?|best [a-z' ]{2,25} in (?:the )?(?:county|town|city|area|village|region|country)")
    #: A business's own name right before its number: "Hawthorn Joinery, 01245...",
    #: "Caerphilly Cheese Co. on 029...", "Osei's Kitchen on Market Street ... ring 0113...".
    #: Read on the original text (capitals matter), in the sentence before too ("Hawthorn Joinery
    #: did our kitchen. 01245 ..."); a landline after one is the business's even when a person
    #: is near ("ask for Steve"), unless its sentence calls it someone's home or personal number.
    BUSINESS_NAME = regex.compile(
        r"\b[A-Z][\w'’&-]*\s+(?:[A-Z][\w'’&-]*\s+){0,2}(?:Joinery|Joiners|Kitchen|Kitchens|Bakery|"
        r"Butchers?|Deli|Caf[eé]|Co\.?|Ltd\.?|Limited|Supplies|Motors|Garage|Plumbing|Electrical|"
        r"Builders|Roofing|Catering|Florists?|Tyres|Barbers|Salon|Takeaway|Restaurant|Bistro|Pizzeria|"
        r"Tearooms?|Nurseries|Garden Centre|& Sons?)(?![\w'’])")
    #: A shop named by its owner's possessive alone ("the turkey from Dunn's"), then the shop
    #: as "they" with its number ("they said ring ..."): the shop's line, not a person's.
    SHOP_POSSESSIVE = regex.compile(r"\b(?:from|at)\s+[A-Z][\w-]+['’]s\b(?!\s+(?:[A-Za-z]+\s+)?(?:mum|mam|dad|nan|"
                                    r"gran|house|home|place|sister|brother|wife|husband|partner)\b)")
    SHOP_THEY = regex.compile(r"\bthey\s+(?:said|say|told (?:me|us))\s+(?:to\s+)?(?:ring|call|phone)\b"
                              r"|\b(?:ring|call|phone)\s+them\b")
    HOME_WORDS = regex.compile(r"\b(?:home|house|personal|private|mobile|his|her)\s+(?:number|phone|landline)\b")
    #: A venue right before an address: "St Mary's Church Hall, 12 High Street".
    VENUE_BEFORE = regex.compile(
        r"\b(?:hall|church|chapel|mosque|synagogue|temple|gurdwara|centre|center|library|school|"
        r"academy|college|club|pub|inn|arms|cafe|restaurant|hotel|museum|theatre|cinema|leisure|"
        r"offices?|surgery|practice|shop|store|market|station|stadium|ground|hospital|ltd|limited)"
        r"\b[^.!?\d]{0,12}$")
    #: Words that make an address or postcode someone's home.
    RESIDENCE = regex.compile(
        r"\b(?:lives?|living|live at|lived|home|house|flat|address|postcode|round to|over to|"
        r"drop (?:it|them|him|her) (?:off|round)|moved to|staying at|door)\b")
    BIRTH_CUE = compile_rx(r"\b(?:born|birth|dob|d\.o\.b|birthday|bday|b-day|turns? \d+"
                           r"|\d{1,2} (?:today|tomorrow|years old))\b")
    DOB_PHRASE = regex.compile(r"\b(?:born(?: on)?(?: the)?|date of birth|dob|d\.o\.b\.?|birthday(?: is| was|:))\W*$"
                               # an age reached on a day: "turns 16 on 9 August" gives the birthday
                               r"|\b(?:turns?|will be|is) \d{1,2} on(?: the)?\W*$")
    OWN_BIRTH = regex.compile(r"\b(?:my (?:birthday|bday|dob|date of birth)|i was born|i'm turning|i turn"
                              # the poster's own child, unnamed: "our youngest was born on ..."
                              r"|(?:my|our) (?:little |baby |youngest |eldest |oldest |middle )?"
                              r"(?:son|daughter|boy|girl|baby|twins|youngest|eldest|oldest|middle one|little one)"
                              r" (?:was|were) born)\b")
    #: Right after a health term: it is a subject, not a person's condition ("ADHD training",
    #: "dyslexia-friendly classrooms", "autism-aware", written with a hyphen or a space).
    HEALTH_TOPIC_AFTER = regex.compile(
        r"[\s\-]*(?:awareness|training|course|week|month|day|charity|research|conference|webinar|"
        r"workshop|cpd|team|department|provision|policy|lead|leads|coordinator|friendly|support group|"
        r"aware|informed|inclusive|"
        r"network|service|services|resources|strategies|toolkit|unit|base|hub|lesson|lessons|talk)\b")
    OWN_HEALTH_BEFORE = regex.compile(
        r"(?:\bmy|\bmy own|\bour|\bi(?:'ve| have)(?: got| been)?|\bi'm|\bi am|\bi was)"
        r"(?:\s+[a-z]+){0,2}\s*$")

    def __init__(self, school, pack):
        super().__init__(school, pack)
        self.people = People(school)
        keys = set()
        for alias in school.aliases:
            folded = fold(alias).lstrip("@")
            keys.add(regex.sub(r"[^a-z0-9]", "", folded))
            first = folded.split()[0] if folded.split() else ""
            if len(first) >= 4 and first not in ("the", "saint", "holy", "st"):
                keys.add(first)
        self.school_keys = tuple(k for k in keys if len(k) >= 4)
        names = "|".join(regex.escape(fold(a).lstrip("@")) for a in school.aliases if len(fold(a)) > 2)
        self.org_cue = compile_rx(rf"\b(?:{self.ORG_CUE}{'|' + names if names else ''})\b")
        self.health = Phrases((t, "health") for t in health_terms())
        self.postcode_areas = frozenset(self.POSTCODE_AREAS)

    def detect(self, ctx: PostContext) -> Iterable[Hit]:
        folded = ctx.text.folded
        health = [(words[i][1], words[j - 1][2])
                  for words in [ctx.words] for i, j, _, _ in self.health.find(words)]
        if not health and not self.ANY_DIGIT.search(folded, timeout=TIMEOUT):
            return
        taken: list[tuple[int, int]] = [m.span() for m in self.URL.finditer(folded, timeout=TIMEOUT)]

        def free(a: int, b: int) -> bool:
            return not any(a < e and s < b for s, e in taken)

        who = _Lazy(lambda: self.people.identified(ctx))
        finders = [self._emails, self._phones, self._addresses, self._ids, self._birth_dates]
        for finder in finders:
            for hit_span, hit in finder(ctx, free, who):
                taken.append(hit_span)
                yield hit
        for hit_span, hit in self._health(ctx, free, who, health):
            taken.append(hit_span)
            yield hit

    # -- contact details -------------------------------------------------------------------------

    def _emails(self, ctx, free, who):
        folded = ctx.text.folded
        for m in self.EMAIL.finditer(folded, timeout=TIMEOUT):
            if not free(*m.span()):
                continue
            local, domain = m.group(1), m.group(2)
            if self._role_local(local):
                continue  # office@, enquiries@...: an organisation's inbox, not a person's
            if ctx.official and any(k in domain for k in self.school_keys):
                continue  # a staff address at the school's own domain, published by the school
            if self._own_contact(folded, m.start()) or self._own_profile(ctx, who, *m.span()):
                continue
            yield m.span(), self.text_hit(ctx, "email", 0.95, m.start(), m.end(),
                                          "shares an e-mail address that belongs to a person")
        for m in spelled_email_matches(self.EMAIL_SPELLED, folded, TIMEOUT):
            domain = m.group(2)
            last = regex.split(r"\s+dot\s+|[\[({]\s*dot\s*[\])}]|\.", domain)[-1].strip()
            if (not free(*m.span()) or last not in self.SPELLED_TLDS
                    or not self.SPELLED_MARK.search(m.group(), timeout=TIMEOUT)
                    or self._role_local(m.group(1)) or self._own_contact(folded, m.start())
                    or self._own_profile(ctx, who, *m.span())
                    or m.group(1) in self.NOT_LOCAL
                    or not (regex.search(r"[._0-9]| dot ", m.group(1))
                            or self.SPELLED_CUE.search(folded, 0, m.start(), timeout=TIMEOUT))):
                continue
            yield m.span(), self.text_hit(ctx, "email", 0.9, m.start(), m.end(),
                                          "shares an e-mail address, written out, that belongs to a person")

    ROLE_LOCALS = frozenset((
        "office", "admin", "administration", "enquiries", "enquiry", "info", "information",
        "reception", "contact", "contactus", "hello", "admissions", "attendance", "absence",
        "finance", "bursar", "head", "headteacher", "headsoffice", "school", "schooloffice", "mail",
        "post", "general", "support", "help", "helpdesk", "bookings", "booking", "sales", "press",
        "media", "marketing", "events", "team", "accounts", "hr", "recruitment", "jobs", "careers",
        "safeguarding", "dsl", "senco", "sen", "send", "pta", "friends", "governors", "clerk",
        "noreply", "no-reply", "webmaster", "orders", "shop", "feedback", "complaints", "dpo",
        "dataprotection", "privacy", "parents", "exams", "studentservices", "lettings", "trips",
        "catering", "transport", "it", "ict", "library"))

    def _role_local(self, local: str) -> bool:
        parts = regex.split(r"[._+-]", local)
        return local in self.ROLE_LOCALS or parts[0] in self.ROLE_LOCALS and len(parts) > 1 \
            and any(k in local for k in self.school_keys) or all(p in self.ROLE_LOCALS for p in parts)

    def _own_contact(self, folded: str, start: int) -> bool:
        return bool(self.OWN_CONTACT.search(folded[max(0, start - 40):start], timeout=TIMEOUT))

    def _own_profile(self, ctx, who, start: int, end: int) -> bool:
        """A bio's contact details are the account holder's own, unless its sentence names
        someone else ("Bookings: 07700 900118" on one's own profile)."""
        if ctx.post.action != "profile_update":
            return False
        left, right = _sentence(ctx.text.folded, start, end)
        return not self.people.near(ctx, who(), left, right)

    def _phones(self, ctx, free, who):
        folded = ctx.text.folded
        for m in self._phone_matches(folded):
            if not free(*m.span()):
                continue
            digits = m.digits
            national = "0" + digits[2:] if digits.startswith("44") else digits
            national = "0" + national[3:] if national.startswith("00") else national
            if len(national) not in (10, 11) or national[1] not in "127":
                continue  # 03, 08, 09: organisations' numbers (and 0800 freephone), not people's
            mobile = national[1] == "7"
            if self._own_contact(folded, m.start()) or self._own_profile(ctx, who, *m.span()) \
                    or self._organisation(ctx, who, m.start(), m.end(), mobile):
                continue
            kind = "a mobile number" if mobile else "a phone number"
            yield m.span(), self.text_hit(ctx, "phone", 0.95 if mobile else 0.85, m.start(), m.end(),
                                          f"shares {kind} that is not the school's own")

    def _phone_matches(self, folded: str):
        """Numbers in digits, then numbers said as words ("oh seven seven oh oh nine...")."""
        for m in self.PHONE.finditer(folded, timeout=TIMEOUT):
            yield _PhoneMatch(m.start(), m.end(), regex.sub(r"\D", "", m.group()))
        if "oh" not in folded and "zero" not in folded and "nought" not in folded:
            return
        for m in self.SPOKEN_PHONE.finditer(folded, timeout=TIMEOUT):
            digits = _spoken_digits(m.group())
            if digits:
                yield _PhoneMatch(m.start(), m.end(), digits)

    def _organisation(self, ctx, who, start: int, end: int, mobile: bool) -> bool:
        """The school's (or another organisation's) public number or address, not a person's."""
        folded = ctx.text.folded
        window = folded[max(0, start - CUE_BEFORE):end + CUE_AFTER]
        # Whose number it is is said in its own sentence: "Going with my sister!" after a box
        # office's number does not make it the sister's.
        left, right = _sentence(folded, start, end)
        person = self.people.near(ctx, who(), max(left, start - CUE_BEFORE), min(right, end + CUE_AFTER))
        if not mobile and not self.HOME_WORDS.search(folded, left, right, timeout=TIMEOUT) \
                and self.BUSINESS_NAME.search(ctx.text.original,
                                              *ctx.text.span(max(0, start - CUE_BEFORE), start),
                                              timeout=TIMEOUT):
            return True
        if not mobile and self.SHOP_THEY.search(folded, left, end, timeout=TIMEOUT) \
                and self.SHOP_POSSESSIVE.search(ctx.text.original, *ctx.text.span(max(0, start - CUE_BEFORE), start),
                                                timeout=TIMEOUT):
            return True
        if self.org_cue.search(window, timeout=TIMEOUT):
            return ctx.official or not (mobile or person)
        # An official account giving a landline without naming anyone: the school's number.
        return ctx.official and not mobile and not person

    # -- addresses ------------------------------------------------------------------------------

    def _addresses(self, ctx, free, who):
        folded, original = ctx.text.folded, ctx.text.original
        postcodes, shape = [], _shape(folded)
        if any(start in shape for start in self.POSTCODE_STARTS):
            postcodes = [m for m in self.POSTCODE.finditer(folded, timeout=TIMEOUT)
                         if free(*m.span()) and m.group(1) in self.postcode_areas]
        used = set()
        street_matches = list(self.STREET.finditer(folded, timeout=TIMEOUT))
        street_first_matches = list(self.STREET_FIRST.finditer(folded, timeout=TIMEOUT))
        streets = [m.span() for m in street_matches if self._capitalised_street(ctx, *m.span())]
        streets += [span for m in street_first_matches
                    for span in [self._street_first_name(ctx, *m.span())] if span]
        if postcodes:
            # Written all in lower case ("27 ashgrove road ls62ad", "3 heol y felin, cf832ab"):
            # a house number and street with a real postcode right after it is an address
            # however it is capitalised.
            streets += [m.span() for m in street_matches + street_first_matches
                        if m.span() not in streets and any(0 <= p.start() - m.end() <= 4 for p in postcodes)]
        for start, end in streets:
            if not free(start, end):
                continue
            if self.OWN_ADDRESS.search(folded, max(0, start - 60), start, timeout=TIMEOUT):
                continue
            after = next((p for p in postcodes if 0 <= p.start() - end <= 30), None)
            if after is not None:
                used.add(after.start())
                end = after.end()
            before = folded[max(0, start - 50):start]
            residence = self.RESIDENCE.search(before, timeout=TIMEOUT)
            if not residence and (self.VENUE_BEFORE.search(before, timeout=TIMEOUT)
                                  or self._organisation(ctx, who, start, end, mobile=False)):
                continue
            why = "gives a street address" + (" with a postcode" if after is not None else "")
            yield (start, end), self.text_hit(ctx, "address", 0.9, start, end, why,
                                              *([f"residence cue: {residence.group()!r}"] if residence else []))
        for p in postcodes:
            if p.start() in used:
                continue
            window = folded[max(0, p.start() - 50):p.end() + 20]
            if p.group().upper() != original[slice(*ctx.text.span(*p.span()))].upper():
                continue
            residence = self.RESIDENCE.search(window, timeout=TIMEOUT)
            if residence and self.OWN_ADDRESS.search(folded, max(0, p.start() - 60), p.start(), timeout=TIMEOUT):
                continue
            if residence and not self._organisation(ctx, who, p.start(), p.end(), mobile=False):
                yield p.span(), self.text_hit(ctx, "address", 0.8, p.start(), p.end(),
                                              "gives a home postcode",
                                              f"residence cue: {residence.group()!r}")

    @classmethod
    def _capitalised_street(cls, ctx, start: int, end: int) -> bool:
        """Street names are written as names: "14 Larch Grove", not "2 goals at st"."""
        words = ctx.text.excerpt(start, end).replace(",", " ").split()[1:]
        return bool(words) and words[-1][:1].isupper() and all(
            w[:1].isupper() or w in cls.STREET_PARTICLES for w in words)

    @classmethod
    def _street_first_name(cls, ctx, start: int, end: int) -> tuple[int, int] | None:
        """"9 Heol y Coed" out of "9 Heol y Coed near the park": the number, the street type
        and the name's words up to the last capitalised one, or None if the name has none."""
        folded = ctx.text.folded
        ends = [m.end() for m in _NAME_WORD.finditer(folded, start, end)]
        for n in range(len(ends), 1, -1):
            if cls._capitalised_street(ctx, start, ends[n - 1]):
                return start, ends[n - 1]
        return None

    # -- identifiers ----------------------------------------------------------------------------

    def _ids(self, ctx, free, who):
        folded = ctx.text.folded
        if not self.DIGIT_RUNS.search(folded, timeout=TIMEOUT):
            return
        for m in self.NI_NUMBER.finditer(folded, timeout=TIMEOUT):
            if free(*m.span()) and (self.NI_PREFIX.fullmatch(m.group(1), timeout=TIMEOUT)
                                    or self.NI_CUE.search(folded, max(0, m.start() - 70), m.start(),
                                                          timeout=TIMEOUT)):
                yield m.span(), self.text_hit(ctx, "ni_number", 0.95, m.start(), m.end(),
                                              "shares a National Insurance number")
        for m in self.UPN.finditer(folded, timeout=TIMEOUT):
            if not free(*m.span()):
                continue
            code = m.group()
            valid = upn_check_letter(code[1:]) == code[0]
            cue = "upn" in folded[max(0, m.start() - 40):m.start()] or "pupil number" in folded
            if valid or cue:
                yield m.span(), self.text_hit(
                    ctx, "upn", 0.95, m.start(), m.end(), "shares a unique pupil number (UPN)",
                    "its check letter is valid" if valid else "introduced as a UPN")
        for m in self.NHS.finditer(folded, timeout=TIMEOUT):
            digits = regex.sub(r"\D", "", m.group())
            near = folded[max(0, m.start() - 40):m.start()]
            if free(*m.span()) and "nhs" in near and nhs_number_valid(digits):
                yield m.span(), self.text_hit(ctx, "nhs_number", 0.95, m.start(), m.end(),
                                              "shares an NHS number")

    # -- dates of birth -------------------------------------------------------------------------

    def _birth_dates(self, ctx, free, who):
        folded = ctx.text.folded
        # Dates first: most posts have none, and then who the post names is not needed.
        dates = [m for pattern in self.DATES for m in pattern.finditer(folded, timeout=TIMEOUT)]
        if not dates:
            return
        if not self.BIRTH_CUE.search(folded, timeout=TIMEOUT) and not who():
            return  # a date is a birth date only beside birth wording or a person
        year_now = ctx.post.at.year
        for m in dates:
            if not free(*m.span()):
                continue
            year = _year(m)
            if year is not None and not 1900 <= year <= year_now:
                continue  # a date to come (an exam, a party) is nobody's birth date
            start, end = m.span()
            sentence = _sentence(folded, start, end)
            if self.OWN_BIRTH.search(folded[sentence[0]:sentence[1]], timeout=TIMEOUT):
                continue
            why = None
            past = year is not None and year < year_now
            if self.DOB_PHRASE.search(folded[sentence[0]:start], timeout=TIMEOUT):
                why = "introduced as a date of birth"
            elif past and self.BIRTH_CUE.search(folded[sentence[0]:sentence[1]],
                                                timeout=TIMEOUT):
                why = "a past date in a post about someone's birthday"
            elif past and self.people.adjacent_before(ctx, who(), start):
                why = "a past date written right after a person's name"
            if why:
                yield m.span(), self.text_hit(ctx, "date_of_birth", 0.9, start, end,
                                              "shares a date of birth", why)

    # -- health and special needs -----------------------------------------------------------------

    def _health(self, ctx, free, who, health):
        folded = ctx.text.folded
        if not health or not who():
            return
        who = who()
        seen_sentences = set()
        for start, end in health:
            sentence = _sentence(folded, start, end)
            if sentence in seen_sentences or not free(start, end):
                continue
            if self.HEALTH_TOPIC_AFTER.match(folded, end, timeout=TIMEOUT):
                continue  # "autism awareness week", "ADHD training"
            if self.OWN_HEALTH_BEFORE.search(folded[max(sentence[0], start - 30):start], timeout=TIMEOUT) \
                    and not self.people.third_person(ctx, who, max(sentence[0], start - 30), start):
                continue  # the poster's own ("my own retina scan", "my anxiety")
            if self.people.family(ctx, *sentence):
                continue  # the poster's own child or partner
            about = self.people.third_person(ctx, who, *sentence)
            if not about:
                continue
            seen_sentences.add(sentence)
            named = [p for p in who if sentence[0] <= p.start < sentence[1]]
            subject = (named[0] if named else who[0]).name
            yield (start, end), self.text_hit(
                ctx, "health_or_sen", 0.9, start, end,
                "shares health or special-needs details about a person",
                f"tied to {about!r} in the same sentence", subject=subject)


_NAME_WORD = regex.compile(r"[a-z][a-z'-]*")

_DIGIT_WORDS = {"oh": "0", "zero": "0", "nought": "0", "one": "1", "two": "2", "three": "3",
                "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}


class _PhoneMatch:
    """A phone number found in the text: its span and its digits."""

    __slots__ = ("_start", "_end", "digits")

    def __init__(self, start: int, end: int, digits: str):
        self._start, self._end, self.digits = start, end, digits

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def span(self) -> tuple[int, int]:
        return self._start, self._end


def _spoken_digits(words: str) -> str:
    """"oh seven seven double oh nine" -> "077009"; "" when a word is not a digit word."""
    out, repeat = [], 1
    for word in regex.split(r"[\s,-]+", words):
        if word in ("double", "treble", "triple"):
            repeat = 2 if word == "double" else 3
            continue
        out.append(_DIGIT_WORDS[word] * repeat)
        repeat = 1
    return "".join(out)

#: a-z becomes "a", 0-9 becomes "0", anything else a space.
_SHAPE = CharTable(lambda ch: "a" if "a" <= ch <= "z" else "0" if "0" <= ch <= "9" else " ")


def _shape(folded: str) -> str:
    """The text's shape, with a space before it: "Leeds LS6 2AB" -> " aaaaa aa0 0aa"."""
    return " " + folded.translate(_SHAPE)


def _year(m) -> int | None:
    y = m.group("y")
    if not y:
        return None
    return int(y) if len(y) == 4 else (2000 + int(y) if int(y) <= 30 else 1900 + int(y))


_NOT_SENTENCE_END = ("mr", "mrs", "ms", "dr", "st", "e.g", "i.e")
#: The full stop of a dotted initialism ("d.o.b.", "D.O.B.", "a.k.a."), which ends no sentence.
_INITIALISM_END = regex.compile(r"(?<![a-z0-9])(?:[a-z]\.)+[a-z]$")


def _sentence(folded: str, start: int, end: int) -> tuple[int, int]:
    """The [start, end) of the sentence around a span ("Mrs." and "e.g." do not end one)."""
    def ends_at(i: int) -> bool:
        ch = folded[i]
        if ch in "!?\n;":
            return True
        return ch == "." and folded[i + 1:i + 2] in (" ", "") and \
            not folded[:i].endswith(_NOT_SENTENCE_END) and not _INITIALISM_END.search(folded, max(0, i - 12), i)

    left = start
    while left > 0 and not ends_at(left - 1):
        left -= 1
    right = end
    while right < len(folded) and not ends_at(right):
        right += 1
    return left, right


class _Lazy:
    """A value computed on first call (who a post names is needed for few posts)."""

    def __init__(self, compute):
        self._compute = compute
        self._done = False
        self._value = None

    def __call__(self):
        if not self._done:
            self._value, self._done = self._compute(), True
        return self._value

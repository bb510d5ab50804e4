"""Writes the fourth probe round for the DATA categories, tests/heldout/round4d-<pack>/ (deterministic).

Five NEW invented schools, one per pack, each with its own config, roster, staff list and
timetable, because the hidden sets differ from ours mostly in their rosters and timetables:

* e-act: Castlemead Academy (11-18). Roster exported from an MIS (SIMS-style column headers, a
  UTF-8 byte-order mark, UK dd/mm/yyyy dates, "Yes"/"No" consent), an official account declared
  as `platform: twitter` and one handle written without its "@". WhatsApp barred for school
  business; a trust-wide hold.
* trust-academies-2016: Ashcombe Vale Academy (11-16) on two sites: the lower site's staff keep a
  different day (staff_overrides), a Wednesday twilight CPD session is directed time, a part-time
  teacher works Thursday-Friday, and the autumn and spring terms run across both clock changes.
* triumph-learning-trust: Kestrel Brook Primary. Roster saved by Excel in Windows-1252 with
  CRLF line ends; directed days written as a comma list ("mon,tue,thu,fri") and a part-time
  override the same way; an early pupil finish then a twilight on Wednesdays.
* upland-primary: Pennant Hill Primary (Cardiff). Welsh names with circumflexes, a UTF-8 BOM,
  Friday early finish, part-time Thursday-Friday, INSET on the first day back.
* early-life-enterprise: Riverside Skills Hub (14-19). Roster with extra MIS columns (UPN, reg
  group) in another order; one hold limited to Facebook and one written in BST offsets.

Every roster carries a few hundred pupils drawn deterministically from varied name pools (Irish
O'/Mc/Mac/Ní, double-barrelled and hyphenated surnames, Polish, Turkish, Vietnamese, Nigerian,
Somali, Pakistani, Welsh, two-part first names, English word surnames and word first names,
preferred names). Filler pupils whose full name happens to occur in a case's text are skipped so
each case means what its note says.

Cases: about 20 positives and 14 benign near-misses per school, written as staff write (lower
case, first name + initial, possessive, hashtags, a line break inside a name, typos, a nickname,
surname only with a school cue, "the X twins"), handles in DMs and tags, phone numbers,
addresses, dates of birth and medical or SEN details about a named child, posts at the edges of
directed time (exactly at a period's start, which is inside, and exactly at its end, which is
not: periods are half-open), on the Monday after each clock change, on closure and part-time
days, and holds by time (and platform where the config limits one). Labels follow the dev set's
conventions: `must` is what the clause requires, `may` what it arguably covers, and a `may` never
stands alone. Every name, address and number is invented.

Honest scores BEFORE any fix (recall / precision / decision, from the contract scorer through
`postwarden check`):
  round4d-e-act       0.640 / 0.800 / 0.657
  round4d-ta2016      0.957 / 0.957 / 0.941
  round4d-triumph     1.000 / 1.000 / 1.000
  round4d-upland      0.870 / 0.952 / 0.941
  round4d-early-life  0.909 / 0.952 / 0.909
Every config loaded (no errors), including the MIS-headed, BOM, cp1252 and comma-day ones.
Misses: surname + cue ("the Okafor twins", "Warsame in my set", "the Vaughan boys", "Aydin in
my group"), first name + initial with a form cue ("Ciarán M in 10B", "Will K from Year 9" on an
official account for a no-consent pupil), a typo inside a hyphenated surname, the nickname
"ollie marsh", a two-part first name with a space ("Mary Kate in my group"), a Welsh street
address ("9 Heol y Coed, Cardiff CF14 6HN") and a dotted date of birth (14.05.2016) next to a
name, and on Castlemead every roster handle (DM, tag, the roster handle written without "@")
and the hold written with "Z" times. False alarms: "mark field lines", "Will King's Cross",
famous namesakes (Emma Watson, Harry Kane, Tom Jones, Mary-Kate and Ashley), and reputation
on a proud post.

After the general fixes (header words for MIS columns, platform aliases, surname + school cue,
first name + bare initial, subject/level groups, short forms with the surname, a typo inside a
multi-word surname, word names written as words, Welsh street-type-first addresses, an age
beside a date of birth): e-act 1.000 / 0.962 / 0.971, ta2016 1.000 / 0.958 / 0.971, triumph
1.000 / 1.000 / 1.000, upland 1.000 / 0.958 / 0.971, early-life 1.000 / 1.000 / 1.000 ("unreal"
as praise was fixed in reputation by the meaning helper). Left, on purpose: famous namesakes of
roster pupils (Emma Watson, Harry Kane, Tom Jones) still read as pupils' full names; telling a
celebrity from a pupil needs knowledge of who is famous, and a list of names would only learn
this probe.

Run: python tests/heldout/make_round4_data.py
"""
from __future__ import annotations

import csv
import io
import json
import random
import re
import sys
import unicodedata
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_sets import HERE, STAFF_HEADER, day, fold, write_csv  # noqa: E402

CANON = ["first_name", "last_name", "preferred_name", "year_group", "date_of_birth",
         "photo_consent", "name_consent", "social_handles"]


# --- name pools ------------------------------------------------------------------------------
POOLS = {
    "irish": (["Aoife", "Niamh", "Saoirse", "Cian", "Oisín", "Caoimhe", "Darragh", "Róisín", "Ciarán",
               "Éabha", "Pádraig", "Fionn", "Clodagh", "Tadhg"],
              ["O'Brien", "O'Connor", "McCarthy", "MacNamara", "McGuinness", "O'Neill", "MacManus",
               "Ó Súilleabháin", "Mac Giolla", "McAleese", "O'Dowd", "Ní Dhonnchadha"]),
    "english": (["Oliver", "Amelia", "Harry", "Isla", "George", "Freya", "Alfie", "Poppy", "Theo", "Evie",
                 "Archie", "Millie", "Leo", "Daisy", "Noah", "Florence", "Arthur", "Matilda"],
                ["Brown", "Rose", "May", "Hall", "Bell", "Wood", "King", "Field", "Smith", "Taylor",
                 "Baker", "Green", "Young", "Little", "Stone", "Marsh", "Hill", "Lane", "Moss", "Fox",
                 "Cooper", "Walker", "Price", "Parker"]),
    "words": (["Hope", "Grace", "Summer", "Faith", "Rain", "Sunny", "Bill", "Mark", "Will", "Rose",
               "Jack", "Ruby", "Joy", "Honey", "Storm", "River", "Sky", "Autumn", "Ivy", "Pearl"],
              ["Brown", "Rose", "May", "Hall", "Bell", "Wood", "King", "Field", "Green", "Young"]),
    "double": (["Mary-Jane", "Anna Maria", "Lily-Mae", "Ella-Rose", "Jean-Luc", "Mary Kate", "Amelia-Rose",
                "Tia-Louise", "Kai-Jordan"],
               ["Smith-Jones", "Hart-Davies", "Clarke-Okafor", "Ahmed-Walsh", "Wright-Nkemelu",
                "Fairbairn-Lowe", "Bennett Hughes", "Osei-Mensah", "Lloyd-Evans"]),
    "polish": (["Zuzanna", "Wiktoria", "Jakub", "Szymon", "Łukasz", "Małgorzata", "Paweł", "Zofia",
                "Michał", "Kacper", "Maja", "Antoni"],
               ["Wójcik", "Kowalczyk", "Dąbrowski", "Lewandowska", "Szymańska", "Wróbel", "Zając",
                "Król", "Nowicki", "Kaczmarek"]),
    "turkish": (["Elif", "Yusuf", "Emre", "Zeynep", "Çağan", "Şevval", "Gökhan", "Ayşe", "İrem",
                 "Mert", "Defne"],
                ["Yılmaz", "Öztürk", "Çelik", "Şahin", "Doğan", "Aydın", "Kılıç", "Demir", "Arslan"]),
    "vietnamese": (["Ngọc Anh", "Minh Khoa", "Bảo Châu", "Thảo", "Huy", "Phương Linh", "Đức Anh"],
                   ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng", "Bùi"]),
    "nigerian": (["Chiamaka", "Oluwaseun", "Temitope", "Ifeoluwa", "Chukwuemeka", "Adaobi", "Tobiloba",
                  "Folake", "Emeka", "Kelechi", "Damilola", "Nneka"],
                 ["Okafor", "Adeyemi", "Nwosu", "Olawale", "Eze", "Obi", "Balogun", "Ogunleye", "Chukwu",
                  "Okonkwo", "Adebayo"]),
    "somali": (["Hodan", "Abdirahman", "Fadumo", "Ayaan", "Khadar", "Sagal", "Mohamed", "Idil", "Liban",
                "Hibo", "Mustafe"],
               ["Warsame", "Farah", "Abdi", "Hassan", "Jama", "Osman", "Egal", "Ismail", "Nur"]),
    "pakistani": (["Ayesha", "Zain", "Hamza", "Iqra", "Mariam", "Bilal", "Haris", "Maryam", "Usman",
                   "Hafsa", "Rayyan", "Eman"],
                  ["Khan", "Hussain", "Iqbal", "Malik", "Chaudhry", "Raza", "Butt", "Qureshi", "Akhtar",
                   "Mahmood"]),
    "welsh": (["Ffion", "Gwion", "Elin", "Osian", "Cerys", "Dafydd", "Lowri", "Rhodri", "Mabli", "Tomos",
               "Siôn", "Ioan", "Gwenllïan", "Nia", "Elis"],
              ["Prys", "ap Dafydd", "Llwyd", "Rhys", "Pugh", "Gruffydd", "Bowen", "Vaughan", "Jenkins",
               "Parry", "Morgan", "Owen", "Ŵyn"]),
}
PREFERRED = {"Oluwaseun": "Seun", "Chukwuemeka": "Emeka", "Abdirahman": "Abdi", "Małgorzata": "Gosia",
             "Tobiloba": "Tobi", "Ifeoluwa": "Ife", "Temitope": "Temi", "Gwenllïan": "Gwen",
             "Zuzanna": "Zuzia", "Damilola": "Dami", "Florence": "Flo", "Matilda": "Tilly"}
CP1252_SAFE = {"Ł": "L", "ł": "l", "ą": "a", "ę": "e", "ś": "s", "ć": "c", "ń": "n", "ż": "z", "ź": "z",
               "ğ": "g", "ş": "s", "Ş": "S", "ı": "i", "İ": "I", "Ç": "C", "Ŵ": "W", "ŵ": "w", "Đ": "D",
               "đ": "d"}


def cp1252_safe(name: str) -> str:
    """What an Excel export in Windows-1252 keeps of a name: Latin-1 letters, the rest folded."""
    out = []
    for ch in name:
        try:
            ch.encode("cp1252")
            out.append(ch)
        except UnicodeEncodeError:
            ch = CP1252_SAFE.get(ch, ch)
            try:
                ch.encode("cp1252")
            except UnicodeEncodeError:
                ch = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
            out.append(ch)
    return "".join(out)


def handle_for(first: str, last: str, rng: random.Random) -> str:
    base = fold(first).split()[0].replace("-", "") + rng.choice([".", "_", ""]) + re.sub(r"[^a-z]", "", fold(last))[:6]
    return "@" + base + str(rng.randint(1, 99))


class School:
    """One invented school: its config text, pupils, staff and cases, written into one folder."""

    def __init__(self, folder: str, prefix: str, config_name: str, years: list[str], birth_year0: int, seed: int,
                 first_id: int = 4000):
        self.dir = HERE / folder
        self.prefix = prefix
        self.config_name = config_name
        self.years = years            # year-group labels, youngest first
        self.birth_year0 = birth_year0  # birth year of the youngest year group's September cohort
        self.rng = random.Random(seed)
        self.pupils: list[dict] = []
        self.cases: list[dict] = []
        self.n = first_id

    # pupils ---------------------------------------------------------------------------------
    def pupil(self, first, last, year, dob, photo="yes", consent="full", handles="", preferred=""):
        self.pupils.append({"first_name": first, "last_name": last, "preferred_name": preferred,
                            "year_group": year, "date_of_birth": dob, "photo_consent": photo,
                            "name_consent": consent, "social_handles": handles})

    def fill(self, total: int, pools: list[str]) -> None:
        """Deterministic filler up to `total` pupils, skipping names that occur in a case text."""
        texts = " \n ".join(fold(c["post"]["text"]) for c in self.cases)
        seen = {(p["first_name"], p["last_name"]) for p in self.pupils}
        rng = self.rng
        while len(self.pupils) < total:
            pool = rng.choice(pools)
            first = rng.choice(POOLS[pool][0])
            last = rng.choice(POOLS[rng.choice([pool, pool, rng.choice(pools)])][1])
            if (first, last) in seen or re.search(r"\b" + re.escape(fold(f"{first} {last}")) + r"\b", texts):
                continue
            seen.add((first, last))
            yi = rng.randrange(len(self.years))
            dob = f"{self.birth_year0 - yi - (1 if rng.random() < 0.65 else 0)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            if int(dob[5:7]) >= 9 and dob.startswith(str(self.birth_year0 - yi - 1)):
                dob = f"{self.birth_year0 - yi}-{rng.randint(1, 8):02d}{dob[7:]}"
            r = rng.random()
            consent = "full" if r < 0.55 else "first_name_initial" if r < 0.9 else "none"
            photo = "no" if rng.random() < 0.12 else "yes"
            handles = handle_for(first, last, rng) if rng.random() < 0.2 else ""
            preferred = PREFERRED.get(first, "") if rng.random() < 0.7 else ""
            self.pupil(first, last, self.years[yi], dob, photo, consent, handles, preferred)

    # cases ----------------------------------------------------------------------------------
    def add(self, cid, platform, action, handle, user, at, text, must=(), may=(), rec=(), note=""):
        self.n += 1
        datetime.fromisoformat(at)
        cid = f"{self.prefix}-{cid}"
        assert cid not in {c["id"] for c in self.cases}, cid
        assert not (may and not must), cid
        self.cases.append({
            "id": cid, "config": self.config_name,
            "post": {"platform": platform, "action": action,
                     "account": {"handle": handle, "id": str(self.n)}, "user": user, "at": at,
                     "text": text, "recipients": list(rec), "images": []},
            "expect": {"must": list(must), "may": list(may)}, "note": note})

    # writing --------------------------------------------------------------------------------
    def write(self, config: str, staff: str, roster_file: str, header: list[str] | None = None,
              encoding: str = "utf-8", newline: str = "\n", row=None) -> None:
        """Write config, staff, roster (in the school's own export shape) and cases."""
        self.dir.mkdir(exist_ok=True)
        (self.dir / self.config_name).write_text(config, encoding="utf-8")
        write_csv(self.dir / "staff.csv", STAFF_HEADER, staff)
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator=newline)
        w.writerow(header or CANON)
        for p in self.pupils:
            w.writerow(row(p) if row else [p[k] for k in CANON])
        (self.dir / roster_file).write_bytes(buf.getvalue().encode(encoding))
        with (self.dir / "cases.jsonl").open("w", encoding="utf-8") as f:
            for c in self.cases:
                f.write(json.dumps(c, ensure_ascii=False) + "\n")


def uk_date(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{d}/{m}/{y}"


# ============================================================================================
# e-act: Castlemead Academy (11-18). No directed time in this pack.
# ============================================================================================
def e_act() -> None:
    s = School("round4d-e-act", "r4ea", "castlemead.yaml",
               ["Year 7", "Year 8", "Year 9", "Year 10", "Year 11", "Year 12", "Year 13"], 2014, 4101)
    P = s.pupil
    P("Zuzanna", "Wójcik", "Year 9", "2012-04-19", "yes", "first_name_initial", "@zuzia.w_", "Zuzia")
    P("Chiamaka", "Okafor", "Year 8", "2013-01-14", "yes", "full")
    P("Chidera", "Okafor", "Year 8", "2013-01-14", "yes", "full")
    P("Ciarán", "MacNamara", "Year 10", "2011-05-02", "yes", "first_name_initial", "@ciaran_mcn")
    P("Elif", "Öztürk", "Year 12", "2010-12-02", "yes", "full")
    P("Hope", "Bell", "Year 7", "2014-03-08", "yes", "full")
    P("Mark", "Field", "Year 12", "2009-10-30", "yes", "full")
    P("Will", "King", "Year 9", "2012-07-21", "no", "none")
    P("Ruby", "Stone", "Year 8", "2013-02-27", "yes", "full")
    P("Abdirahman", "Warsame", "Year 10", "2011-06-11", "yes", "full", "@abdi.w10", "Abdi")
    P("Mary-Jane", "Fairweather-Low", "Year 11", "2010-08-09", "yes", "full", "mj_fwl")
    P("Ngọc Anh", "Trần", "Year 7", "2014-01-05", "yes", "first_name_initial")
    P("Tobiloba", "Adeyemi-Clarke", "Year 13", "2008-11-23", "yes", "full", "", "Tobi")
    P("Hamza", "Iqbal", "Year 9", "2012-03-30", "yes", "full", "@hamza_iqbal09")
    P("Ffion", "Llwyd", "Year 12", "2009-09-17", "yes", "full", "@ffionllwyd")
    P("Sunny", "May", "Year 7", "2014-05-16", "yes", "full")
    P("Jack", "Wood", "Year 10", "2011-04-04", "yes", "full")
    P("Emma", "Watson", "Year 8", "2012-10-10", "yes", "full")

    X = "@MissOkoroMaths"; F = "@dan.pryce.71"; IG = "@coach_ellery"; O = "@CastlemeadAcad"
    EVE = day("2026-11-18T19:40:00+00:00", "Wed"); EVE2 = day("2026-11-24T20:55:00+00:00", "Tue")
    SAT = day("2026-11-28T11:15:00+00:00", "Sat"); SUN = day("2027-01-17T18:30:00+00:00", "Sun")
    DAY = day("2026-12-02T12:35:00+00:00", "Wed")
    HOLD = day("2027-01-26T10:00:00+00:00", "Tue")
    a = s.add
    # --- positives
    a("pn-lower-possessive", "facebook", "post", F, "d.pryce", EVE,
      "zuzanna wojcik's speech at the debate final tonight was unreal, so proud to teach her",
      ["pupil_name"], note="Full name in lower case without the Polish accent, possessive.")
    a("pn-preferred-hashtag", "instagram", "post", IG, "s.ellery", SAT,
      "Debate club champions 🏆 #ZuziaWojcik #year9 #castlemeadproud",
      ["pupil_name"], note="Preferred name + surname run together in a hashtag.")
    a("pn-twins", "facebook", "post", F, "d.pryce", EVE2,
      "The Okafor twins in year 8 have just won the regional maths challenge between them!! brilliant",
      ["pupil_name"], note="Surname with 'twins' and a year group identifies two pupils.")
    a("pn-first-initial", "x", "post", X, "a.okoro", EVE,
      "Ciarán M in 10B finally nailed his French oral today 🙌",
      ["pupil_name"], note="First name + initial with a form group on a personal account.")
    a("pn-linebreak", "facebook", "post", F, "d.pryce", SUN,
      "Massive well done to Elif\nÖztürk for her art scholarship offer, so deserved",
      ["pupil_name"], note="Full name split across a line break.")
    a("pn-typo-hyphen", "x", "post", X, "a.okoro", EVE2,
      "so proud of mary-jane fairwether-low tonight, head girl material that one",
      ["pupil_name"], note="Hyphenated double-barrelled surname with a one-letter typo.")
    a("pn-viet-no-diacritics", "instagram", "post", IG, "s.ellery", SUN,
      "Ngoc Anh Tran in year 7 has the neatest handwriting I've ever seen in a PE theory book",
      ["pupil_name"], note="Two-part Vietnamese first name, diacritics dropped.")
    a("pn-surname-cue", "x", "post", X, "a.okoro", SAT,
      "Warsame in my year 10 set got full marks on the mock. First time ever. Buzzing for him",
      ["pupil_name"], note="Surname only, with a teaching-set cue.")
    a("pn-official-none", "x", "post", O, "r.hale", DAY,
      "Well done to Will K from Year 9 on his county swim time! 🏊",
      note="Official: Will King has name_consent none. First labelled pupil_name; RELABELLED benign: "
      "the acceptance set's notes read first name + initial as within every consent level "
      "(the policies' standard practice for school accounts), none included.")
    a("pn-official-beyond", "facebook", "post", "@CastlemeadAcademy", "r.hale", DAY,
      "Congratulations to Ciarán MacNamara (Year 10), selected for the Ireland U16 squad!",
      ["pupil_name"], note="Official: first_name_initial consent, full name goes beyond it.")
    a("pc-dm-case", "instagram", "dm", IG, "s.ellery", EVE,
      "great run today, send me your splits when you can",
      ["pupil_contact"], ["pupil_name"], rec=["@Zuzia.W_"], note="DM to a roster handle written in another case.")
    a("pc-tag-text", "x", "post", X, "a.okoro", SAT,
      "what a performance tonight @abdi.w10 👏 #proud",
      ["pupil_contact"], ["pupil_name"], note="A pupil's handle tagged in the text.")
    a("pc-follow-roster-no-at", "tiktok", "follow", "@mr_pryce_dt", "d.pryce", SUN, "",
      ["pupil_contact"], ["pupil_name"], rec=["@mj_fwl"], note="The roster wrote this handle without '@'.")
    a("pd-pupil-parent-phone", "facebook", "post", F, "d.pryce", EVE2,
      "If anyone's giving Hamza Iqbal a lift home from the match his dad's number is +44 7700 900 718",
      ["pupil_name", "personal_data"], note="A pupil's full name and a parent's mobile in +44 form.")
    a("pd-sen-preferred", "facebook", "comment", F, "d.pryce", SUN,
      "Tobi in my year 13 form has just been diagnosed with dyspraxia, explains so much about his handwriting",
      ["pupil_name", "personal_data"], ["confidential"], note="Preferred name in a school context with a diagnosis.")
    a("pd-dob", "x", "post", X, "a.okoro", day("2026-12-02T19:00:00+00:00", "Wed"),
      "Happy 16th to Elif Öztürk, born 02/12/2010, our star artist 🎨",
      ["pupil_name", "personal_data"], note="Full name and date of birth on a personal account.")
    a("pd-colleague-address", "facebook", "post", F, "d.pryce", SAT,
      "Leaving do for Priya is at hers, 27 Cotham Vale, Bristol BS6 6HR, from 7. Bring a bottle!",
      ["personal_data"], note="A colleague's home address and postcode.")
    a("pp-wa-rota", "whatsapp", "post", "+447700900431", "a.okoro", EVE,
      "Year 10 parents evening rota: I'm on the hall desk 4-6, swap with me if you need to",
      ["prohibited_platform"], rec=["Maths dept"], note="School business on WhatsApp (5.5).")
    a("pp-wa-pupil", "whatsapp", "dm", "+447700900432", "d.pryce", EVE2,
      "Can someone check whether Hamza Iqbal handed in his DT coursework? deadline was friday",
      ["prohibited_platform", "pupil_name"], rec=["DT team"], note="School business naming a pupil on WhatsApp.")
    a("hold-official", "x", "post", O, "r.hale", HOLD,
      "Year 7 parents: reports go home on Friday. Any questions, speak to your child's tutor.",
      ["posting_hold"], note="Official account inside the trust hold.")
    a("hold-official-handle-no-at", "instagram", "post", "@castlemead_sport", "s.ellery", day("2027-01-27T08:15:00+00:00", "Wed"),
      "Fixtures this weekend: U14 netball at home, U16 rugby away. Good luck all!",
      ["posting_hold"], note="The config lists this official handle without '@'; inside the hold.")
    # --- benign
    a("b-hope-wood", "facebook", "post", F, "d.pryce", SUN,
      "Not much hope of finishing this marking before bedtime. Wood burner on, tea brewed, here we go",
      note="Hope and Wood as words.")
    a("b-mark-field-lines", "x", "post", X, "a.okoro", SAT,
      "Spent the morning helping the PE team mark field lines for the charity 5k. Knees gone",
      note="'mark field lines' is a verb and a noun, not Mark Field.")
    a("b-will-kings", "x", "post", X, "a.okoro", EVE,
      "Will King's Cross be rammed on Friday? Heading up for a conference and dreading it",
      note="Modal 'Will' and King's Cross station, not Will King.")
    a("b-famous-watson", "facebook", "post", F, "d.pryce", EVE2,
      "Rewatched the Harry Potter films this weekend. Emma Watson was robbed of an award for Prisoner of Azkaban",
      note="The actress; a Year 8 pupil shares the name but nothing points to her.")
    a("b-own-child", "instagram", "post", IG, "s.ellery", EVE,
      "My daughter Ruby lost her first tooth tonight 🦷 tooth fairy budget is £1 max in this house",
      note="The poster's own child (not at this school), family context.")
    a("b-org-phone", "facebook", "post", F, "d.pryce", SAT,
      "Childline is free on 0800 1111 for any young person who needs to talk 💙 please share",
      note="A helpline number.")
    a("b-official-office", "facebook", "post", "@CastlemeadAcademy", "r.hale", DAY,
      "Our admissions team are on 0117 496 0321 for Year 7 2027 applications, Monday to Friday 8.30-4.",
      note="The school's own office number on its official account.")
    a("b-event-dates", "x", "post", O, "r.hale", DAY,
      "Year 11 mock exams run from 30/11/2026 to 11/12/2026. Timetables are on the website.",
      note="Event dates, not dates of birth.")
    a("b-own-health", "x", "post", X, "a.okoro", SUN,
      "Back at work after my gallbladder op, moving slowly but moving 🐢",
      note="The poster's own health.")
    a("b-wa-family", "whatsapp", "dm", "+447700900431", "a.okoro", SAT,
      "Mum are you still ok for Sunday lunch? I'll bring the pudding",
      rec=["Mum"], note="WhatsApp for family, not school business.")
    a("b-hold-personal", "x", "post", X, "a.okoro", day("2027-01-26T19:30:00+00:00", "Tue"),
      "Snowed in with a stack of marking and the new series of Traitors. Priorities sorted",
      note="Personal account during the hold.")
    a("b-hold-before", "x", "post", O, "r.hale", day("2027-01-25T06:55:00+00:00", "Mon"),
      "Reminder: Year 9 options evening is on Thursday, 6pm in the main hall.",
      note="Five minutes before the hold starts (07:00 GMT).")
    a("b-official-within", "instagram", "post", "@castlemead_sport", "s.ellery", DAY,
      "Hope B. and Sunny M. raised £300 for the food bank with their sponsored silence! 🙌",
      note="First name + initial; both pupils have full consent.")
    a("b-parent-request", "facebook", "friend_request", F, "d.pryce", EVE, "",
      rec=["@kasia.wojcik82"], note="A parent's account, not a roster handle.")
    s.fill(620, ["english", "english", "irish", "polish", "nigerian", "somali", "pakistani", "words", "double", "vietnamese", "turkish"])
    s.write(config="""\
# Castlemead Academy (invented), an E-ACT-style secondary academy, ages 11-18.
pack: e-act
school:
  name: Castlemead Academy
  aliases: [Castlemead, "@CastlemeadAcad"]
roster: castlemead_pupils_export.csv   # straight out of the MIS
staff: staff.csv
official_accounts:
  - {platform: twitter, handle: "@CastlemeadAcad"}
  - {platform: facebook, handle: "@CastlemeadAcademy"}
  - {platform: instagram, handle: castlemead_sport}
declarations:
  - {user: g.llwyd, pupil: "Ffion Llwyd", context: daughter}
holds:
  - {start: "2027-01-25T07:00:00Z", end: "2027-01-27T19:00:00Z", reason: "trust-wide pause after a local incident"}
""", staff="""
r.hale|Rebecca|Hale|Communications Officer
a.okoro|Adaeze|Okoro|Maths Teacher
d.pryce|Daniel|Pryce|DT Teacher
s.ellery|Sam|Ellery|PE Teacher
g.llwyd|Gareth|Llwyd|Science Teacher
p.anand|Priya|Anand|English Teacher
""", roster_file="castlemead_pupils_export.csv",
        header=["Surname", "Forename", "Preferred Forename", "Year", "Reg Group", "DOB", "Photo Consent",
                "Name Consent", "Social Media Handles"],
        encoding="utf-8-sig", newline="\r\n",
        row=lambda p: [p["last_name"], p["first_name"], p["preferred_name"], p["year_group"],
                       p["year_group"].replace("Year ", "") + "C", uk_date(p["date_of_birth"]),
                       "Yes" if p["photo_consent"] == "yes" else "No", p["name_consent"], p["social_handles"]])


# ============================================================================================
# trust-academies-2016: Ashcombe Vale Academy, two sites, twilight CPD on Wednesdays.
# ============================================================================================
def ta2016() -> None:
    s = School("round4d-ta2016", "r4ta", "ashcombe.yaml",
               ["Year 7", "Year 8", "Year 9", "Year 10", "Year 11"], 2014, 4202)
    P = s.pupil
    P("Szymon", "Dąbrowski", "Year 10", "2011-02-14", "yes", "full", "@szymon_dab")
    P("Şevval", "Yılmaz", "Year 9", "2012-05-05", "yes", "full")
    P("Oisín", "O'Sullivan-Hart", "Year 8", "2013-03-17", "yes", "first_name_initial")
    P("Grace", "Hall", "Year 11", "2010-06-06", "yes", "full")
    P("Faith", "Brown", "Year 7", "2014-01-20", "yes", "full")
    P("Summer", "King", "Year 10", "2011-07-07", "yes", "full")
    P("Harry", "Kane", "Year 9", "2012-09-12", "yes", "full")
    P("Ifeoluwa", "Balogun", "Year 11", "2010-04-01", "yes", "full", "@ife.balogun", "Ife")
    P("Kacper", "Zając", "Year 8", "2013-08-08", "yes", "full")
    P("Fadumo", "Jama", "Year 9", "2012-02-02", "yes", "first_name_initial")
    P("Anna Maria", "Costa", "Year 7", "2014-06-30", "yes", "full")
    P("Rhys", "Llewelyn-Bowen", "Year 11", "2010-01-11", "yes", "full")
    P("Mohammed", "Raza", "Year 10", "2011-03-03", "yes", "full", "@mo.raza_")
    P("Rain", "Hussain", "Year 7", "2014-04-22", "yes", "full")
    P("Lily-Mae", "O'Connor", "Year 8", "2013-05-25", "yes", "full", "@lilymae.oc")
    P("Oliver", "Marsh", "Year 10", "2011-01-29", "yes", "full")

    J = "@jo_pryor"; K = "@kdunmore_english"; D = "@coach_obi"; R = "@rcrane_sci"
    O = "@AshcombeVale"; L = "@AVA_LowerSite"
    EVE = day("2026-11-18T19:40:00+00:00", "Wed"); EVE2 = day("2026-11-24T21:05:00+00:00", "Tue")
    SAT = day("2026-11-21T10:20:00+00:00", "Sat"); SUN = day("2027-01-24T20:15:00+00:00", "Sun")
    a = s.add
    # --- directed time
    a("dt-start-exact", "x", "post", R, "r.crane", day("2026-11-17T08:30:00+00:00", "Tue"),
      "Morning all, who else forgot it was bin day ☕", ["directed_time"],
      note="Exactly 08:30, the start of the first directed period (periods are half-open: start inside).")
    a("dt-twilight", "facebook", "post", "@rachel.crane.5", "r.crane", day("2026-11-18T16:10:00+00:00", "Wed"),
      "anyone got a good slow cooker chilli recipe? need ideas for tonight", ["directed_time"],
      note="Wednesday 15:30-16:45 twilight CPD is directed time.")
    a("dt-after-autumn-change", "instagram", "post", "@jo.pryor", "j.pryor", day("2026-10-26T08:45:00+00:00", "Mon"),
      "Monday motivation: the heating's finally fixed 🙌", ["directed_time"],
      note="Monday after the clocks went back (GMT): 08:45 local, inside; the term runs to 30 October.")
    a("dt-after-spring-change", "x", "post", R, "r.crane", day("2027-03-29T07:45:00+00:00", "Mon"),
      "Lost an hour of sleep and it shows. Coffee number two", ["directed_time"],
      note="Monday after the clocks went forward: 07:45 UTC is 08:45 BST, inside (outside if read as UTC).")
    a("dt-lower-site", "x", "post", K, "k.dunmore", day("2026-11-17T15:10:00+00:00", "Tue"),
      "Does anyone know if the A38 is still shut at Taunton?", ["directed_time"],
      note="Lower-site staff override runs to 15:20; the upper-site day ends 15:05.")
    a("dt-part-time-working", "facebook", "post", "@sam.ansah.7", "s.ansah", day("2026-11-19T11:00:00+00:00", "Thu"),
      "Recommendations for a decent plumber in Wellington? Tap's been dripping for a week", ["directed_time"],
      note="s.ansah works Thursday-Friday; Thursday 11:00 is directed.")
    # --- names
    a("pn-nickname", "x", "post", D, "d.obi", EVE,
      "ollie marsh in 10X3 with the goal of the season tonight ⚽ what a strike",
      ["pupil_name"], note="Oliver Marsh by his everyday short name, lower case, with a set code.")
    a("pn-hashtag-folded", "instagram", "post", D, "d.obi", SAT,
      "#SevvalYilmaz smashed the 1500m at the district champs today 🏃‍♀️",
      ["pupil_name"], note="Şevval Yılmaz in a hashtag, Turkish letters folded.")
    a("pn-irish-hyphen-lower", "facebook", "post", "@kieran.dunmore", "k.dunmore", EVE2,
      "oisin o'sullivan hart with the best year 8 science fair project I've seen in years",
      ["pupil_name"], note="Lower case, fada dropped, hyphen written as a space.")
    a("pn-two-part-first", "facebook", "post", "@kieran.dunmore", "k.dunmore", SUN,
      "Anna Maria in year 7 asked if she could stay in at lunch to finish her model 🥹",
      ["pupil_name"], note="Two-part first name with a year group.")
    a("pn-preferred-possessive", "x", "post", J, "j.pryor", EVE,
      "Ife Balogun's poem got read out at the regional final!! goosebumps",
      ["pupil_name"], note="Preferred name + surname, possessive.")
    a("pn-possessive-no-apostrophe", "facebook", "post", "@rachel.crane.5", "r.crane", SAT,
      "Kacper Zajacs bridge project got a distinction from the engineering panel 🌉",
      ["pupil_name"], note="Possessive without an apostrophe, ą folded.")
    a("pd-medical", "facebook", "comment", "@rachel.crane.5", "r.crane", EVE,
      "Fadumo in my Y9 tutor group had another seizure today, her epilepsy care plan really needs updating",
      ["pupil_name", "personal_data"], ["confidential"], note="First name in a school context with medical details.")
    a("pd-parent-phone", "facebook", "post", "@kieran.dunmore", "k.dunmore", EVE2,
      "Mohammed Raza's mum asked me to pass on her number for the lift share, it's 07700-900-552",
      ["pupil_name", "personal_data"], note="Pupil's name and a parent's mobile with hyphens.")
    a("pd-address", "facebook", "post", "@jo.pryor", "j.pryor", SUN,
      "Rhys Llewelyn-Bowen's family have moved to 4 Orchard Mews, Taunton TA1 2XY if anyone wants to send a card",
      ["pupil_name", "personal_data"], note="Pupil's name and home address.")
    a("pc-dm", "instagram", "dm", D, "d.obi", EVE, "good effort at training, keep it up",
      ["pupil_contact"], ["pupil_name"], rec=["@szymon_dab"], note="DM to a pupil.")
    a("pc-tag", "x", "post", D, "d.obi", SAT, "Brilliant performance tonight! 🎭",
      ["pupil_contact"], ["pupil_name"], rec=["@lilymae.oc"], note="Tags a pupil.")
    a("pc-friend", "facebook", "friend_request", "@rachel.crane.5", "r.crane", SUN, "",
      ["pupil_contact"], ["pupil_name"], rec=["@ife.balogun"], note="Friend request to a pupil.")
    a("hold-official", "x", "post", O, "e.hughes", day("2027-02-03T09:00:00+00:00", "Wed"),
      "Year 9 options booklets are now on the website.", ["posting_hold"], note="Inside the hold.")
    a("hold-start-exact", "x", "post", L, "e.hughes", day("2027-02-02T12:00:00+00:00", "Tue"),
      "Lower site: lunch menu change today, pasta bake is off.", ["posting_hold"],
      note="The lower site's official account exactly at the hold's start.")
    # --- benign
    a("b-dt-end-exact", "x", "post", R, "r.crane", day("2026-11-17T15:05:00+00:00", "Tue"),
      "Right, that's the bell. Kettle on.", note="Exactly 15:05, the end of directed time (half-open periods).")
    a("b-dt-break", "x", "post", R, "r.crane", day("2026-11-17T10:25:00+00:00", "Tue"),
      "Break time biscuit report: the good ones have gone again", note="10:20-10:40 is break.")
    a("b-dt-lower-before", "x", "post", K, "k.dunmore", day("2026-11-17T08:35:00+00:00", "Tue"),
      "Traffic on the M5 is a joke this morning", note="Lower-site day starts 08:50; 08:35 is before it.")
    a("b-dt-part-time-off", "facebook", "post", "@sam.ansah.7", "s.ansah", day("2026-11-16T11:00:00+00:00", "Mon"),
      "Day off, big shop done and the sun's out", note="s.ansah does not work Mondays.")
    a("b-dt-inset", "instagram", "post", "@jo.pryor", "j.pryor", day("2026-11-09T10:00:00+00:00", "Mon"),
      "INSET day: safeguarding refresher done, now for the data session", note="Closure (INSET) day.")
    a("b-dt-half-term", "x", "post", R, "r.crane", day("2026-11-04T10:00:00+00:00", "Wed"),
      "Half term walk on the Quantocks, glorious", note="Half term (2-6 November).")
    a("b-dt-bst-after-end", "x", "post", R, "r.crane", day("2027-03-29T14:10:00+00:00", "Mon"),
      "Finally some light in the evenings again 🌅", note="14:10 UTC is 15:10 BST, after 15:05 (inside only if read as UTC).")
    a("b-dt-official", "x", "post", O, "e.hughes", day("2026-11-17T10:00:00+00:00", "Tue"),
      "Year 10 geographers are out on fieldwork on the Levels today!", note="Official account: directed time never applies.")
    a("b-famous-kane", "x", "post", D, "d.obi", EVE,
      "Harry Kane with another hat-trick last night, the man is a machine",
      note="The footballer; a pupil shares the name but nothing points to a pupil.")
    a("b-grace-hall", "facebook", "post", "@jo.pryor", "j.pryor", day("2026-12-16T19:00:00+00:00", "Wed"),
      "Said grace in the hall before the staff Christmas lunch, proper old school. Lovely afternoon",
      note="grace and hall as words.")
    a("b-faith-summer", "x", "post", J, "j.pryor", SAT,
      "Keeping the faith that summer will actually arrive this year ☀️", note="faith and summer as words.")
    a("b-own-child", "facebook", "post", "@sam.ansah.7", "s.ansah", SUN,
      "My little one Summer starts reception next September, where has the time gone 😭",
      note="The poster's own child starting primary school, not a pupil here.")
    a("b-rain-duty", "x", "post", D, "d.obi", EVE2,
      "Rain again. Bus duty in a bin-bag poncho, living the dream",
      note="'Rain' the weather, with a school duty nearby.")
    a("b-hold-after", "x", "post", O, "e.hughes", day("2027-02-04T12:01:00+00:00", "Thu"),
      "Thank you for your patience this week. Normal updates resume.", note="One minute after the hold ends.")
    s.fill(480, ["english", "english", "polish", "turkish", "irish", "nigerian", "somali", "words", "double", "pakistani"])
    s.write(config="""\
# Ashcombe Vale Academy (invented), a secondary academy of a Trust on two sites, ages 11-16.
pack: trust-academies-2016
school:
  name: Ashcombe Vale Academy
  aliases: [Ashcombe Vale, AVA, "@AshcombeVale"]
roster: roster.csv
staff: staff.csv
official_accounts:
  - {platform: x, handle: "@AshcombeVale"}
  - {platform: x, handle: "@AVA_LowerSite"}
  - {platform: facebook, handle: "@AshcombeValeAcademy"}
timetable:
  timezone: Europe/London
  directed:                   # upper site; break 10:20-10:40, lunch 12:50-13:35
    mon-tue: ["08:30-10:20", "10:40-12:50", "13:35-15:05"]
    wed: ["08:30-10:20", "10:40-12:50", "13:35-15:05", "15:30-16:45"]   # twilight CPD
    thu-fri: ["08:30-10:20", "10:40-12:50", "13:35-15:05"]
  terms:
    - {start: 2026-09-02, end: 2026-10-30}     # autumn half term is 2-6 November
    - {start: 2026-11-09, end: 2026-12-18}
    - {start: 2027-01-05, end: 2027-02-12}
    - {start: 2027-02-22, end: 2027-04-01}
    - {start: 2027-04-19, end: 2027-07-21}
  closures: [2026-11-09, 2027-01-05, 2027-02-22]
staff_overrides:
  k.dunmore: {directed: {mon-fri: ["08:50-10:35", "10:55-12:30", "13:15-15:20"]}}   # lower site
  s.ansah: {directed: {thu-fri: ["08:30-10:20", "10:40-12:50", "13:35-15:05"]}}     # part-time
declarations:
  - {user: j.pryor, pupil: "Grace Hall", context: niece}
holds:
  - {start: "2027-02-02T12:00:00+00:00", end: "2027-02-04T12:00:00+00:00", reason: "local incident"}
""", staff="""
j.pryor|Joanne|Pryor|Head Teacher
k.dunmore|Kieran|Dunmore|English Teacher (lower site)
s.ansah|Samuel|Ansah|Maths Teacher (part-time)
d.obi|David|Obi|PE Teacher
r.crane|Rachel|Crane|Science Teacher
e.hughes|Eleri|Hughes|Communications
""", roster_file="roster.csv")


# ============================================================================================
# triumph-learning-trust: Kestrel Brook Primary. Windows-1252 roster, comma-listed days.
# ============================================================================================
def triumph() -> None:
    s = School("round4d-triumph", "r4tr", "kestrel.yaml",
               ["Reception", "Year 1", "Year 2", "Year 3", "Year 4", "Year 5", "Year 6"], 2021, 4303)
    P = s.pupil
    P("Zoë", "Brown", "Year 4", "2017-02-09", "yes", "full")
    P("Chloé", "May", "Year 6", "2015-03-13", "yes", "full")
    P("Jack", "Bell", "Year 3", "2018-05-01", "yes", "full")
    P("Pearl", "Hall", "Year 2", "2019-01-19", "yes", "full")
    P("Chukwuemeka", "Eze", "Year 6", "2015-07-07", "yes", "full", "@emeka.eze11", "Emeka")
    P("Ayaan", "Osman", "Year 1", "2020-02-02", "yes", "none")
    P("Zeynep", "Kaya", "Year 3", "2018-03-03", "yes", "full")
    P("Malgorzata", "Nowak", "Year 4", "2017-04-04", "yes", "first_name_initial", "", "Gosia")
    P("Siobhán", "McGuinness", "Year 5", "2016-05-05", "yes", "first_name_initial")
    P("Thao", "Vo", "Year 2", "2019-06-06", "yes", "full")
    P("Iqra", "Chaudhry", "Year 6", "2015-08-08", "yes", "full", "@iqra.c_")
    P("Ella-Rose", "Smith-Okafor", "Year 3", "2018-01-25", "yes", "full")
    P("Noah", "Fox", "Year 5", "2016-03-30", "yes", "full")
    P("Rose", "Young", "Year 1", "2020-06-21", "yes", "full")
    P("Olamide", "Ogunleye", "Year 6", "2015-02-28", "yes", "full")
    P("Tomás", "Ó Briain", "Year 4", "2016-10-12", "yes", "full")

    H = "@mr_osei_y6"; LK = "@laura.kinsella.9"; O = "@KestrelBrookPri"; F = "@KestrelBrookPrimary"
    EVE = day("2026-11-18T19:40:00+00:00", "Wed"); EVE2 = day("2026-11-24T21:05:00+00:00", "Tue")
    SAT = day("2026-11-21T10:20:00+00:00", "Sat"); SUN = day("2027-01-24T20:15:00+00:00", "Sun")
    a = s.add
    # --- directed time
    a("dt-twilight-start", "x", "post", H, "h.osei", day("2026-11-18T15:30:00+00:00", "Wed"),
      "Anyone else's laptop decided to update itself just now? 🙃", ["directed_time"],
      note="Exactly 15:30 Wednesday, the start of the twilight session.")
    a("dt-part-time-mon", "facebook", "post", "@nicola.farrow", "n.farrow", day("2026-11-16T09:30:00+00:00", "Mon"),
      "Does anyone know a good dog walker in Kettering? Ours has moved away", ["directed_time"],
      note="n.farrow's directed days are Monday and Tuesday (comma-listed override).")
    a("dt-spring-bst", "instagram", "post", "@laura_k_reads", "l.kinsella", day("2027-03-30T12:10:00+00:00", "Tue"),
      "New book arrived and I'm already 30 pages in 📚", ["directed_time"],
      note="12:10 UTC is 13:10 BST, inside the afternoon (lunch if read as UTC).")
    a("dt-comma-thursday", "x", "post", H, "h.osei", day("2026-11-19T09:00:00+00:00", "Thu"),
      "Bins, breakfast, school run, done. Small victories", ["directed_time"],
      note="Thursday is in the 'mon,tue,thu,fri' key.")
    a("dt-no-leading-zero", "x", "post", H, "h.osei", day("2026-11-20T08:50:00+00:00", "Fri"),
      "Friday feeling already", ["directed_time"], note="The config writes the start as 8:45; 08:50 Friday is inside.")
    # --- names
    a("pn-lower-possessive", "facebook", "post", LK, "l.kinsella", EVE,
      "zoe brown's reading has come on so much this term, proud teacher moment",
      ["pupil_name"], note="Zoë Brown in lower case without the diaeresis, possessive; Brown is a word surname.")
    a("pn-first-initial", "facebook", "post", LK, "l.kinsella", SAT,
      "Jack B in my class made me a Christmas card with a reindeer that looks exactly like me 😂",
      ["pupil_name"], note="First name + initial with 'in my class'.")
    a("pn-preferred", "x", "post", H, "h.osei", EVE2,
      "Gosia in Year 4 taught the whole class to count to ten in Polish today 🇵🇱",
      ["pupil_name"], note="Preferred name with a year group.")
    a("pn-hashtag", "instagram", "post", "@mr.osei.sings", "h.osei", day("2026-12-10T20:30:00+00:00", "Thu"),
      "#ChloeMay star of the Y6 production tonight 🌟 #proudteacher",
      ["pupil_name"], note="Full name in a hashtag, accent dropped; May is a word surname.")
    a("pn-accented", "facebook", "post", "@nicola.farrow", "n.farrow", EVE,
      "Tomás Ó Briain read the whole of Stick Man to Reception this afternoon, heart melted",
      ["pupil_name"], note="Full name with its accents (the roster is Windows-1252).")
    a("pn-typo", "x", "post", H, "h.osei", SAT,
      "olamide ogunlye with the winning goal at the school tournament!!",
      ["pupil_name"], note="Lower case with a dropped letter in the surname, school cue.")
    a("pn-official-none", "facebook", "post", F, "f.adair", day("2026-11-20T15:45:00+00:00", "Fri"),
      "Ayaan from Year 1 is our star of the week for his kindness! ⭐",
      ["pupil_name"], note="Official: Ayaan Osman has name_consent none.")
    a("pn-official-beyond", "x", "post", O, "f.adair", day("2026-11-20T15:50:00+00:00", "Fri"),
      "Congratulations Siobhán McGuinness, winner of the Year 5 poetry prize! 📝",
      ["pupil_name"], note="Official: first_name_initial consent only.")
    a("pd-allergy", "facebook", "post", LK, "l.kinsella", SUN,
      "Noah Fox in Year 5 has a severe nut allergy so NO peanut anything at the Christmas party please",
      ["pupil_name", "personal_data"], note="A named pupil's allergy (medical).")
    a("pd-sen", "instagram", "post", "@laura_k_reads", "l.kinsella", EVE2,
      "Ella-Rose has her EHCP review next week, autism diagnosis finally through 🙏 #year3",
      ["pupil_name", "personal_data"], ["confidential"], note="Hyphenated first name with SEN details and a year tag.")
    a("pd-parent-email", "facebook", "post", "@nicola.farrow", "n.farrow", SAT,
      "Olamide Ogunleye's mum says email her on bimpe.ogunleye@example.co.uk about the leavers' party",
      ["pupil_name", "personal_data"], note="A parent's personal e-mail with the pupil's name.")
    a("pc-dm", "tiktok", "dm", "@laura.k.dances", "l.kinsella", EVE, "loved your dance video!! x",
      ["pupil_contact"], ["pupil_name"], rec=["@Emeka.Eze11"], note="DM to a roster handle (case differs).")
    a("pc-undeclared", "instagram", "follow", "@laura_k_reads", "l.kinsella", SUN, "",
      ["pupil_contact"], ["pupil_name"], rec=["@iqra.c_"], note="The declaration for this pupil covers h.osei only.")
    a("pc-official-dm", "instagram", "dm", "@kestrelbrook_pe", "f.adair", EVE2,
      "Well done at the cross country today!", ["pupil_contact"], ["pupil_name"], rec=["@emeka.eze11"],
      note="The official account messaging a pupil: Triumph warns (official warn rule).")
    a("hold-official", "facebook", "post", F, "f.adair", day("2026-12-08T10:00:00+00:00", "Tue"),
      "Christmas jumper day is this Friday! £1 donation for Save the Children.", ["posting_hold"],
      note="Official account inside the hold.")
    # --- benign
    a("b-dt-wed-gap", "x", "post", H, "h.osei", day("2026-11-18T14:30:00+00:00", "Wed"),
      "Early finish for the kids, now to find the good biscuits before twilight", note="Wednesday 14:00-15:30 is not directed.")
    a("b-dt-part-time-thu", "facebook", "post", "@nicola.farrow", "n.farrow", day("2026-11-19T09:30:00+00:00", "Thu"),
      "Day off! Coffee in the garden in my dressing gown", note="n.farrow does not work Thursdays.")
    a("b-dt-inset", "x", "post", H, "h.osei", day("2027-03-31T09:00:00+00:00", "Wed"),
      "INSET day. Phonics training then planning. Bring on Easter", note="Closure day (INSET).")
    a("b-dt-end-exact", "x", "post", H, "h.osei", day("2026-11-19T15:15:00+00:00", "Thu"),
      "Home time bell, and breathe", note="Exactly 15:15, the end of the afternoon (half-open periods).")
    a("b-dt-official", "x", "post", O, "f.adair", day("2026-11-19T10:00:00+00:00", "Thu"),
      "Year 2 are baking bread for their Great Fire of London topic today 🍞", note="Official account.")
    a("b-words", "facebook", "post", LK, "l.kinsella", SAT,
      "Rose early, fox on the lawn, a young robin at the feeder. Perfect Saturday morning",
      note="rose, fox and young as words.")
    a("b-may-half-term", "x", "post", H, "h.osei", SUN,
      "May half term can't come soon enough. Already planning the camping trip",
      note="The month, not Chloé May.")
    a("b-joy", "facebook", "post", "@nicola.farrow", "n.farrow", EVE2,
      "Had to jack the car up in the rain on the way home. Joy. Absolute joy.",
      note="jack as a verb; joy as a word.")
    a("b-own-child", "facebook", "post", LK, "l.kinsella", day("2027-01-16T18:00:00+00:00", "Sat"),
      "Our Zoe turned 7 today 🎂 cake, chaos and a bouncy castle in January",
      note="The poster's own child; a Year 4 pupil shares the first name.")
    a("b-org-phone", "facebook", "post", LK, "l.kinsella", EVE,
      "Lost cat found on Northall Street, Cats Protection say ring their helpline on 03000 12 12 12",
      note="An organisation's helpline.")
    a("b-official-dates", "x", "post", O, "f.adair", day("2026-11-23T16:00:00+00:00", "Mon"),
      "Nativity performances are on 15/12/2026 at 2pm and 16/12/2026 at 6pm. Tickets from the office.",
      note="Event dates on the official account.")
    a("b-own-health", "x", "post", H, "h.osei", SAT,
      "Finally got my hearing aids sorted, the world is LOUD 😂", note="The poster's own health.")
    a("b-declared-follow", "instagram", "follow", "@mr.osei.sings", "h.osei", SUN, "",
      rec=["@iqra.c_"], note="Declared relationship (niece).")
    a("b-hold-personal", "facebook", "post", LK, "l.kinsella", day("2026-12-08T19:30:00+00:00", "Tue"),
      "Tree's up! Only three baubles broken this year 🎄", note="Personal account during the hold, out of directed time.")
    s.fill(300, ["english", "english", "words", "irish", "nigerian", "somali", "pakistani", "double", "polish", "turkish"])
    s.pupils = [{k: (cp1252_safe(v) if isinstance(v, str) else v) for k, v in p.items()} for p in s.pupils]
    s.write(config="""\
# Kestrel Brook Primary (invented), a primary school in the Triumph Learning Trust.
pack: triumph-learning-trust
school:
  name: Kestrel Brook Primary School
  aliases: [Kestrel Brook, Kestrel Brook Primary, "@KestrelBrookPri"]
roster: pupils.csv            # exported from Excel (Windows-1252)
staff: staff.csv
official_accounts:
  - {platform: x, handle: "@KestrelBrookPri"}
  - {platform: facebook, handle: "@KestrelBrookPrimary"}
  - {platform: instagram, handle: "@kestrelbrook_pe"}
timetable:
  timezone: Europe/London
  directed:
    "mon,tue,thu,fri": ["8:45-10:15", "10:30-12:00", "13:00-15:15"]
    wed: ["8:45-10:15", "10:30-12:00", "13:00-14:00", "15:30-17:00"]   # pupils finish at 2, then twilight
  terms:
    - {start: 2026-09-03, end: 2026-10-23}
    - {start: 2026-11-02, end: 2026-12-18}
    - {start: 2027-01-05, end: 2027-02-12}
    - {start: 2027-02-22, end: 2027-04-01}
    - {start: 2027-04-19, end: 2027-07-22}
  closures: [2027-01-05, 2027-03-31]
staff_overrides:
  n.farrow: {directed: {"mon,tue": ["8:45-10:15", "10:30-12:00", "13:00-15:15"]}}   # part-time
declarations:
  - {user: h.osei, pupil: "Iqra Chaudhry", context: niece}
holds:
  - {start: "2026-12-07T08:00:00+00:00", end: "2026-12-09T08:00:00+00:00", reason: "trust instruction"}
""", staff="""
t.greenway|Tessa|Greenway|Head Teacher
n.farrow|Nicola|Farrow|Year 2 Teacher (part-time)
h.osei|Henry|Osei|Year 6 Teacher
l.kinsella|Laura|Kinsella|Year 4 Teacher
f.adair|Fiona|Adair|Office Manager
""", roster_file="pupils.csv", encoding="cp1252", newline="\r\n")


# ============================================================================================
# upland-primary: Pennant Hill Primary (Cardiff). Welsh names, UTF-8 BOM.
# ============================================================================================
def upland() -> None:
    s = School("round4d-upland", "r4up", "pennant.yaml",
               ["Reception", "Year 1", "Year 2", "Year 3", "Year 4", "Year 5", "Year 6"], 2021, 4404)
    P = s.pupil
    P("Gwenllïan", "Prys", "Year 5", "2016-04-04", "yes", "full", "", "Gwen")
    P("Siôn", "ap Dafydd", "Year 6", "2015-01-12", "yes", "full")
    P("Osian", "Rhys-Gruffydd", "Year 4", "2017-03-03", "yes", "first_name_initial")
    P("Mabli", "Llwyd", "Year 2", "2019-05-05", "yes", "full")
    P("Ioan", "Vaughan", "Year 6", "2015-06-18", "yes", "full", "@ioan_v")
    P("Tomos", "Vaughan", "Year 6", "2015-06-18", "yes", "full")
    P("Elin Wyn", "Jones", "Year 3", "2018-02-02", "yes", "full")
    P("Sky", "Parry", "Year 1", "2020-01-01", "yes", "full")
    P("River", "Jenkins", "Year 4", "2017-07-07", "yes", "full")
    P("Ayşe", "Demir", "Year 5", "2016-05-14", "yes", "full")
    P("Wiktoria", "Lewandowska", "Year 6", "2015-09-09", "yes", "first_name_initial", "@wiki.lew")
    P("Temitope", "Olawale", "Year 3", "2018-08-08", "yes", "full", "", "Temi")
    P("Sagal", "Abdi", "Year 2", "2019-03-03", "no", "full")
    P("Ruby", "Green", "Year 1", "2020-04-04", "yes", "full")
    P("Bill", "Hughes", "Year 5", "2016-06-06", "yes", "full")
    P("Hafsa", "Malik", "Year 4", "2017-01-10", "yes", "full")
    P("Ffion", "Hughes", "Year 3", "2018-09-30", "yes", "full", "@ffion.h_")
    P("Tom", "Jones", "Year 6", "2015-02-20", "yes", "full")

    G = "@mrhughes_y6"; A = "@alys.teaches"; O = "@PennantHillPri"; F = "@PennantHillPrimary"
    EVE = day("2026-11-18T19:40:00+00:00", "Wed"); EVE2 = day("2026-11-24T21:05:00+00:00", "Tue")
    SAT = day("2026-11-21T10:20:00+00:00", "Sat"); SUN = day("2027-01-24T20:15:00+00:00", "Sun")
    a = s.add
    # --- directed time
    a("dt-fri-in", "x", "post", G, "g.hughes", day("2026-11-20T13:55:00+00:00", "Fri"),
      "Who's got the laminator key? asking for a friend", ["directed_time"], note="Friday afternoon runs to 14:00.")
    a("dt-start-exact-bst", "instagram", "post", "@alys.bakes", "a.rees", day("2026-09-15T07:50:00+00:00", "Tue"),
      "Sourdough attempt number 6 🍞", ["directed_time"], note="07:50 UTC is 08:50 BST, exactly the start of the day.")
    a("dt-part-time", "facebook", "post", "@catrin.morgan.3", "c.morgan", day("2026-11-19T11:00:00+00:00", "Thu"),
      "Anyone selling a kids' bike? 16 inch wheels", ["directed_time"], note="c.morgan works Thursday-Friday.")
    a("dt-spring-after-change", "x", "post", A, "a.rees", day("2027-03-29T13:30:00+00:00", "Mon"),
      "Light evenings are back, garden centre trip this weekend 🌷", ["directed_time"],
      note="13:30 UTC is 14:30 BST on the Monday after the change, inside.")
    a("dt-offset-given", "x", "post", A, "a.rees", "2026-11-17T11:15:00+00:00",
      "Parking at the dentist is a nightmare", ["directed_time"], note="Tuesday 11:15 GMT, inside 10:45-12:00.")
    # --- names
    a("pn-welsh-folded", "facebook", "post", "@gareth.hughes.5", "g.hughes", EVE,
      "Sion ap Dafydd in year 6 read his story out in assembly, goosebumps",
      ["pupil_name"], note="Siôn ap Dafydd without the circumflex, lower-case 'ap'.")
    a("pn-preferred-lower", "x", "post", A, "a.rees", SAT,
      "gwen prys with the best eisteddfod recitation I've heard in years 👏",
      ["pupil_name"], note="Preferred name + surname in lower case.")
    a("pn-hyphen-space", "facebook", "post", "@catrin.morgan.3", "c.morgan", EVE2,
      "Osian Rhys Gruffydd built a working volcano at home and brought it in. The classroom smells of vinegar",
      ["pupil_name"], note="Hyphenated surname written with a space.")
    a("pn-brothers", "x", "post", G, "g.hughes", SUN,
      "The Vaughan boys in Year 6 built a working catapult in DT 😬 health and safety form incoming",
      ["pupil_name"], note="Surname with a year group: the Vaughan twins.")
    a("pn-hashtag-lower", "instagram", "post", "@alys.bakes", "a.rees", EVE,
      "chess club final 🏆 #wiktorialewandowska #pennantproud",
      ["pupil_name"], note="Lower-case run-together full name in a hashtag.")
    a("pn-two-part-first", "facebook", "post", "@catrin.morgan.3", "c.morgan", SAT,
      "Elin Wyn from my class brought in her new lamb to show everyone 🐑",
      ["pupil_name"], note="Two-part Welsh first name with 'from my class'.")
    a("pn-typo", "x", "post", G, "g.hughes", EVE2,
      "Temitope Olawle gave the Year 3 assembly today and didn't miss a single line",
      ["pupil_name"], note="A dropped letter in the surname, year group cue.")
    a("pn-official-beyond", "x", "post", O, "m.thomas", day("2026-11-23T16:00:00+00:00", "Mon"),
      "Da iawn Wiktoria Lewandowska, Cardiff schools chess champion! ♟️",
      ["pupil_name"], note="Official: first_name_initial consent only.")
    a("pd-medical-first", "facebook", "post", "@catrin.morgan.3", "c.morgan", SUN,
      "River in my class needed his inhaler twice again today, his asthma is really bad this winter",
      ["pupil_name", "personal_data"], note="Word-name pupil in a school context with medical details.")
    a("pd-address", "facebook", "post", "@gareth.hughes.5", "g.hughes", SAT,
      "Hafsa Malik's family are at 9 Heol y Coed, Cardiff CF14 6HN if anyone wants to send a get well card",
      ["pupil_name", "personal_data"], note="Pupil's name and home address.")
    a("pd-dob-caps", "x", "post", A, "a.rees", day("2027-05-14T18:00:00+01:00", "Fri"),
      "HAPPY BIRTHDAY AYSE DEMIR!! 11 today (14.05.2016) 🎂",
      ["pupil_name", "personal_data"], note="Capitals without the cedilla, with a dotted date of birth.")
    a("pc-tag-text", "x", "post", G, "g.hughes", SUN, "@ioan_v what a try on Saturday! 🏉",
      ["pupil_contact"], ["pupil_name"], note="A pupil's handle tagged in the text.")
    a("pc-dm", "instagram", "dm", "@alys.bakes", "a.rees", EVE, "well done on the chess!",
      ["pupil_contact"], ["pupil_name"], rec=["@wiki.lew"], note="DM to a pupil.")
    a("hold-official", "x", "post", O, "m.thomas", day("2027-01-20T09:30:00+00:00", "Wed"),
      "Reminder: Year 6 residential forms are due back on Friday.", ["posting_hold"], note="Inside the hold.")
    a("hold-official-fb-bst", "facebook", "post", F, "m.thomas", day("2027-04-28T08:30:00+01:00", "Wed"),
      "Welcome back everyone! Summer term starts today.", ["posting_hold"],
      note="08:30 BST is 07:30 UTC, inside the hold that starts 07:00 UTC.")
    # --- benign
    a("b-dt-fri-after", "x", "post", G, "g.hughes", day("2026-11-20T14:05:00+00:00", "Fri"),
      "Friday 2pm finish, weekend starts now", note="Friday directed time ends 14:00.")
    a("b-dt-before-start", "x", "post", A, "a.rees", "2026-09-15T08:45:00+01:00",
      "Five minutes of peace before the doors open ☕", note="08:45 BST with its offset, before 08:50.")
    a("b-dt-inset-first-day", "facebook", "post", "@catrin.morgan.3", "c.morgan", day("2026-11-02T10:00:00+00:00", "Mon"),
      "INSET day, training on the new curriculum then tidying the classroom", note="Closure (INSET) day.")
    a("b-dt-part-time-mon", "facebook", "post", "@catrin.morgan.3", "c.morgan", day("2026-11-16T11:00:00+00:00", "Mon"),
      "Monday off, swimming then soup", note="c.morgan does not work Mondays.")
    a("b-dt-lunch", "x", "post", A, "a.rees", day("2026-11-17T12:30:00+00:00", "Tue"),
      "Lunchtime walk round the field", note="12:00-13:00 is lunch.")
    a("b-declared-follow", "instagram", "follow", G, "g.hughes", SUN, "",
      rec=["@ffion.h_"], note="Declared: Ffion Hughes is g.hughes's daughter.")
    a("b-sky-river", "x", "post", A, "a.rees", SAT,
      "Big sky, river walk, storm coming in over the Taff 🌧️", note="sky, river and storm as words.")
    a("b-bill", "facebook", "post", "@gareth.hughes.5", "g.hughes", EVE2,
      "Electricity bill has doubled again, how is anyone managing", note="bill as a word.")
    a("b-ruby", "facebook", "post", "@catrin.morgan.3", "c.morgan", EVE,
      "Ruby anniversary party for my parents this weekend 💍 forty years!", note="ruby anniversary.")
    a("b-famous", "x", "post", G, "g.hughes", EVE,
      "Tom Jones at the Principality tonight, still got it 🎤", note="The singer; a pupil shares the name.")
    a("b-official-within", "facebook", "post", F, "m.thomas", day("2026-11-23T16:05:00+00:00", "Mon"),
      "Well done to Gwen P. and Osian R. on their swimming certificates! 🏊",
      note="Official: first name + initial is within full and first_name_initial consent.")
    a("b-own-health", "x", "post", A, "a.rees", SUN,
      "Physio says my knee will be fine by Easter. Hobbling on", note="The poster's own health.")
    a("b-org-phone", "facebook", "post", "@gareth.hughes.5", "g.hughes", SAT,
      "Cardiff Council bulky waste collections: ring 029 2087 2087 to book", note="A council number.")
    a("b-hold-before", "x", "post", O, "m.thomas", day("2027-01-19T07:55:00+00:00", "Tue"),
      "School is open as normal today.", note="Five minutes before the hold starts (08:00 GMT).")
    s.fill(330, ["welsh", "welsh", "english", "words", "polish", "nigerian", "somali", "pakistani", "double", "turkish", "irish"])
    s.write(config="""\
# Pennant Hill Primary (invented), a primary school in Cardiff. Paths are relative to this file.
pack: upland-primary
school:
  name: Pennant Hill Primary School
  aliases: [Pennant Hill, Ysgol Pennant Hill, "@PennantHillPri"]
roster: roster.csv
staff: staff.csv
official_accounts:
  - {platform: x, handle: "@PennantHillPri"}
  - {platform: facebook, handle: "@PennantHillPrimary"}
timetable:
  timezone: Europe/London
  directed:
    mon-thu: ["08:50-10:30", "10:45-12:00", "13:00-15:15"]
    fri: ["08:50-10:30", "10:45-12:00", "13:00-14:00"]
  terms:
    - {start: 2026-09-02, end: 2026-10-23}
    - {start: 2026-11-02, end: 2026-12-18}
    - {start: 2027-01-06, end: 2027-02-12}
    - {start: 2027-02-22, end: 2027-04-09}
    - {start: 2027-04-26, end: 2027-07-20}
  closures: [2026-11-02, 2027-01-06, 2027-03-19]
staff_overrides:
  c.morgan: {directed: {thu-fri: ["08:50-10:30", "10:45-12:00", "13:00-15:15"]}}   # part-time
declarations:
  - {user: g.hughes, pupil: "Ffion Hughes", context: daughter}
holds:
  - {start: "2027-01-19T08:00:00+00:00", end: "2027-01-21T08:00:00+00:00", reason: "local authority instruction"}
  - {start: "2027-04-28T07:00:00+00:00", end: "2027-04-28T12:00:00+00:00", reason: "website migration"}
""", staff="""
m.thomas|Meinir|Thomas|Head Teacher
g.hughes|Gareth|Hughes|Year 6 Teacher
c.morgan|Catrin|Morgan|Year 4 Teacher (part-time)
a.rees|Alys|Rees|Year 3 Teacher
""", roster_file="roster.csv", encoding="utf-8-sig", newline="\r\n")


# ============================================================================================
# early-life-enterprise: Riverside Skills Hub (14-19). Extra MIS columns; platform-limited hold.
# ============================================================================================
def early_life() -> None:
    s = School("round4d-early-life", "r4el", "riverside.yaml",
               ["Year 10", "Year 11", "Year 12", "Year 13"], 2011, 4505)
    P = s.pupil
    P("Khadar", "Hassan", "Year 11", "2010-03-03", "yes", "full")
    P("Treasure", "Okonkwo", "Year 10", "2011-04-04", "yes", "none")
    P("Emmanuel", "Chukwu", "Year 12", "2009-05-05", "yes", "full", "", "Manny")
    P("Gökhan", "Aydın", "Year 11", "2010-06-06", "yes", "first_name_initial")
    P("Saoirse", "Ní Mhurchú", "Year 10", "2011-07-07", "yes", "full")
    P("Jayden", "Clarke-Nkemelu", "Year 11", "2010-08-08", "yes", "full")
    P("Kyle", "Little", "Year 12", "2009-02-09", "yes", "full")
    P("Honey", "Lane", "Year 11", "2010-01-10", "yes", "full")
    P("Łukasz", "Król", "Year 12", "2009-03-11", "yes", "full", "@lukasz_krol")
    P("Mariam", "Butt", "Year 10", "2011-05-12", "yes", "full")
    P("Kai", "Moss", "Year 11", "2010-09-13", "yes", "full", "@kaimoss_")
    P("Mary Kate", "Devlin", "Year 12", "2009-06-14", "yes", "full")
    P("Storm", "Hill", "Year 10", "2011-02-15", "yes", "full")

    B = "@bev_kowal_skills"; T = "@tunde.mentor"; G = "@gina.hair.lvl2"; O = "@RiversideHub"; F = "@RiversideSkillsHub"
    EVE = day("2026-11-18T19:40:00+00:00", "Wed"); EVE2 = day("2026-11-24T21:05:00+00:00", "Tue")
    SAT = day("2026-11-21T10:20:00+00:00", "Sat"); SUN = day("2027-01-24T20:15:00+00:00", "Sun")
    DAY = day("2026-11-19T11:00:00+00:00", "Thu")
    a = s.add
    a("pn-surname-cue", "x", "post", T, "t.adebayo", EVE,
      "Aydin in my Level 2 group finally passed his functional skills maths! 🎉",
      ["pupil_name"], note="Surname only (dotless i folded) with a group cue.")
    a("pn-irish-lower", "instagram", "post", G, "g.marsh", SAT,
      "saoirse ni mhurchu absolutely nailed her barbering assessment today ✂️",
      ["pupil_name"], note="Lower case, fadas dropped, 'Ní' surname.")
    a("pn-preferred", "facebook", "post", "@tunde.adebayo.9", "t.adebayo", EVE2,
      "Manny Chukwu got offered the electrician apprenticeship!! proud mentor moment",
      ["pupil_name"], note="Preferred name + surname.")
    a("pn-two-part-space", "facebook", "post", "@bev.kowalski", "b.kowalski", SUN,
      "Mary Kate in my English group read her whole essay out loud today, first time ever",
      ["pupil_name"], note="Two-part first name with a group cue.")
    a("pn-hashtag-hyphen", "tiktok", "post", "@mr_t_mentor", "t.adebayo", SAT,
      "player of the match at the college tournament 🏆 #jaydenclarkenkemelu #riversideskills",
      ["pupil_name"], note="Hyphenated surname run together in a lower-case hashtag.")
    a("pn-official-none", "facebook", "post", F, "l.grant", DAY,
      "Treasure from our Year 10 group led today's enterprise pitch brilliantly!",
      ["pupil_name"], note="Official: Treasure Okonkwo has name_consent none.")
    a("pn-official-beyond", "x", "post", O, "l.grant", DAY,
      "Congratulations to Gökhan Aydın on his construction apprenticeship offer! 🧱",
      ["pupil_name"], note="Official: first_name_initial consent only.")
    a("pn-linebreak-caps", "x", "post", B, "b.kowalski", EVE,
      "Well done\nKYLE LITTLE, distinction in Level 3 catering 👨‍🍳",
      ["pupil_name"], note="Capitals after a line break; Little is a word surname.")
    a("pd-foster-phone", "facebook", "post", "@tunde.adebayo.9", "t.adebayo", EVE,
      "Khadar Hassan's foster carer is on 07700 900615, can whoever's on duty ring her about pickup",
      ["pupil_name", "personal_data"], ["confidential"], note="A carer's mobile; foster status is sensitive (may confidential).")
    a("pd-sen", "instagram", "post", G, "g.marsh", SUN,
      "Honey in my group has an EHCP for dyslexia and still didn't get her reader in the exam",
      ["pupil_name", "personal_data"], ["confidential", "reputation"], note="Word-name pupil with SEN details.")
    a("pd-postcode", "facebook", "post", "@bev.kowalski", "b.kowalski", EVE2,
      "Lukasz Krol lives right by Canal Street, M1 3HE, so he can walk to his placement",
      ["pupil_name", "personal_data"], note="Pupil's name and home postcode.")
    a("pd-colleague-mobile", "x", "post", T, "t.adebayo", SAT,
      "Gina's new mobile is 07700 900 283 for anyone sorting the Christmas do",
      ["personal_data"], note="A colleague's mobile number.")
    a("pc-dm", "instagram", "dm", G, "g.marsh", EVE, "you left your kit in the salon, grab it monday",
      ["pupil_contact"], ["pupil_name"], rec=["@lukasz_krol"], note="DM to a pupil.")
    a("pc-follow", "tiktok", "follow", "@mr_t_mentor", "t.adebayo", SUN, "",
      ["pupil_contact"], ["pupil_name"], rec=["@KaiMoss_"], note="Follows a pupil; handle case differs.")
    a("pc-reply", "x", "reply", B, "b.kowalski", EVE2, "so proud of you, well deserved",
      ["pupil_contact"], ["pupil_name"], rec=["@kaimoss_"], note="Reply aimed at a pupil's account.")
    a("hold-global", "x", "post", O, "l.grant", day("2027-02-10T10:00:00+00:00", "Wed"),
      "Open day this Saturday, 10am to 2pm. All welcome!", ["posting_hold"], note="Inside the hold on every account.")
    a("hold-platform", "facebook", "post", F, "l.grant", day("2027-03-09T12:00:00+00:00", "Tue"),
      "Our new hair and beauty salon is open for bookings!", ["posting_hold"],
      note="Inside the Facebook-only hold.")
    a("hold-bst-offset", "instagram", "comment", "@riverside_hub", "l.grant", day("2027-04-21T16:30:00+01:00", "Wed"),
      "Thanks so much, we'll pass it on to the team!", ["posting_hold"],
      note="16:30 BST, before the hold ends at 17:00 BST (+01:00 in the config).")
    a("pn-official-mixed-consent", "x", "reply", O, "l.grant", day("2026-11-26T12:00:00+00:00", "Thu"),
      "Well done Kai Moss and Storm Hill on your first aid certificates! Treasure Okonkwo too",
      ["pupil_name"], note="Official: Kai and Storm have full consent, but Treasure Okonkwo has none.")
    # --- benign
    a("b-hold-other-platform", "x", "post", O, "l.grant", day("2027-03-09T12:05:00+00:00", "Tue"),
      "Reminder: enrolment evening is next Thursday, 5-7pm.", note="The March hold covers Facebook only.")
    a("b-hold-after-bst", "instagram", "post", "@riverside_hub", "l.grant", day("2027-04-21T16:30:00+00:00", "Wed"),
      "Back to normal service. Thank you for your patience!", note="16:30 UTC is 17:30 BST, after the hold ends.")
    a("b-treasure-hunt", "facebook", "post", "@bev.kowalski", "b.kowalski", EVE,
      "Treasure hunt round the hub for enrichment afternoon, the Level 1 lot loved it",
      note="'Treasure hunt', not Treasure Okonkwo.")
    a("b-little-bit", "x", "post", B, "b.kowalski", SAT,
      "Little bit gutted the bake sale got rained off. We go again next week", note="'Little' as a word.")
    a("b-honey", "instagram", "post", G, "g.marsh", EVE2,
      "Honey, lemon and ginger: the only thing getting me through this cold 🍯", note="Honey the food.")
    a("b-storm", "x", "post", T, "t.adebayo", SUN,
      "Storm warning again. Hill roads are closed so I'm working from the kitchen table", note="storm and hill as words.")
    a("b-own-child", "facebook", "post", "@tunde.adebayo.9", "t.adebayo", SAT,
      "My lad Kai passed his driving test first time!! 🚗", note="The poster's own son.")
    a("b-org-phone", "facebook", "post", "@bev.kowalski", "b.kowalski", SUN,
      "Worried about bills this winter? Citizens Advice Manchester are on 0808 278 7800", note="An organisation's number.")
    a("b-own-health", "x", "post", B, "b.kowalski", EVE,
      "Six weeks after my hip op and finally driving again 🙌", note="The poster's own health.")
    a("b-official-dates", "facebook", "post", F, "l.grant", DAY,
      "Enrolment days are 1 and 2 September 2027, 9am-3pm. Bring photo ID.", note="Event dates.")
    a("b-parent-request", "facebook", "friend_request", "@bev.kowalski", "b.kowalski", EVE2, "",
      rec=["@donna.little.71"], note="A parent's account, not a roster handle.")
    a("b-official-within", "instagram", "post", "@riverside_hub", "l.grant", DAY,
      "Shout out to Saoirse N. and Mariam B. for their work placement reviews! 💇‍♀️",
      note="Official: first name + initial is within full consent.")
    a("b-dt-not-in-pack", "x", "post", T, "t.adebayo", DAY,
      "Brew and a biscuit, living the dream", note="Inside the config's directed hours, but the pack has no directed-time rule.")
    a("b-mary-kate-olsen", "facebook", "post", G, "g.marsh", EVE2,
      "Watching Full House reruns with the kids. Mary-Kate and Ashley were the real stars", note="The Olsen twins, not a pupil.")
    s.fill(260, ["english", "english", "irish", "polish", "turkish", "nigerian", "somali", "pakistani", "words", "double"])
    s.write(config="""\
# Riverside Skills Hub (invented), an alternative provision for ages 14-19 in Manchester.
pack: early-life-enterprise
school:
  name: Riverside Skills Hub
  aliases: [Riverside Hub, Riverside Skills, "@RiversideHub"]
roster: learners.csv
staff: staff.csv
official_accounts:
  - {platform: x, handle: "@RiversideHub"}
  - {platform: facebook, handle: "@RiversideSkillsHub"}
  - {platform: instagram, handle: "@riverside_hub"}
timetable:
  timezone: Europe/London
  directed:
    mon-fri: ["09:30-12:00", "12:45-15:00"]
  terms:
    - {start: 2026-09-07, end: 2026-12-18}
    - {start: 2027-01-05, end: 2027-03-26}
    - {start: 2027-04-12, end: 2027-07-16}
  closures: []
declarations: []
holds:
  - {start: "2027-02-09T08:00:00+00:00", end: "2027-02-11T08:00:00+00:00", reason: "incident review"}
  - {start: "2027-03-08T00:00:00+00:00", end: "2027-03-10T00:00:00+00:00", reason: "Facebook page under review", platforms: [facebook]}
  - {start: "2027-04-20T08:00:00+01:00", end: "2027-04-21T17:00:00+01:00", reason: "Ofsted visit"}
""", staff="""
l.grant|Leonie|Grant|Centre Manager
b.kowalski|Beverley|Kowalski|English Tutor
t.adebayo|Tunde|Adebayo|Learning Mentor
g.marsh|Gina|Marsh|Hair and Beauty Tutor
""", roster_file="learners.csv",
        header=["upn", "first_name", "last_name", "preferred_name", "reg_group", "year_group", "date_of_birth",
                "social_handles", "photo_consent", "name_consent"],
        row=lambda p: ["A" + str(1000000000 + len(p["first_name"]) * 7919 + sum(map(ord, p["last_name"])) * 31),
                       p["first_name"], p["last_name"], p["preferred_name"],
                       p["year_group"].replace("Year ", "") + "R", p["year_group"], p["date_of_birth"],
                       p["social_handles"], p["photo_consent"].capitalize(), p["name_consent"]])


if __name__ == "__main__":
    e_act(); ta2016(); triumph(); upland(); early_life()

"""Writes the eighth probe round for the DATA categories, tests/heldout/round8d-<school>/ (deterministic).

Two NEW invented schools (not round 4's or round 7's), each with its own config, roster export,
staff export and timetable, because hidden sets differ from ours mostly in their schools:

* trust-academies-2016: Brackenfield Academy (Years 7-11). The roster is an Arbor-style student
  export: "Legal First Name", "Legal Last Name", "Preferred First Name", ISO dates, photography
  consent written TRUE/FALSE or left blank, name consent as "Full name" / "First name and last
  initial" / "Do not use name" or blank, a "Medical Notes" column whose quoted cells hold commas,
  several handles in ONE quoted cell separated by line breaks (one written as a profile address),
  a mononymous pupil with an empty last name, Windows line endings and a "Total: N students"
  footer. The staff export has "User Name", "Title", "First Name", "Surname", "Job Title", "FTE".
  The timetable's day keys are written in full ("Monday-Thursday", "Friday") with times without
  a leading zero ("8:40-10:40"); a part-time teacher (Mon-Wed), a mornings-only teacher, a
  polling-station closure, an official Instagram handle configured without "@", and a hold
  written with a "Z" offset.
* upland-primary: Pen-y-Bryn Community Primary (Reception-Year 6). The roster is a Bromcom-style
  student list: UTF-8 with a byte-order mark, Windows line endings, ONE "Student Name" column
  written "Surname, Forename" (quoted, a comma inside), "Known As", "Reg Group", UK dates, photo
  consent typed by hand as Y/N/Yes/No/TRUE/blank/Refused, name consent as "Full"/"Full name"/
  "First name & initial"/"No"/"Refused"/blank, handles written "Instagram @x, TikTok @y", a
  mononymous pupil with no comma, a blank line and a "Total Students: N" footer. The staff export
  also has one "Staff Name" column ("Surname, Forename") and a "Username" column. The timetable
  has a staggered lunch (KS1 staff eat 11:45-12:45 via an override), a part-time teacher
  (Thu-Fri), a job-share teacher (Monday all day, Wednesday mornings), an INSET day and an
  emergency closure; the official Facebook page is configured by its page address; the hold's
  times are unquoted YAML timestamps.

Pupils' names from many cultures: Irish (Siobhán, Niamh Ó Briain), Vietnamese (Nguyễn Thị Lan,
Trần Minh Anh), Arabic (Abdul-Rahman Al-Hassan, Nour El-Sayed), Polish (Zuzanna Wójcik, Łucja
Kamińska), Yoruba (Oluwaseyi "Seyi" Adebayo, Temitope "Tope" Ogunleye, Adéwálé "Wale"
Ògúnlànà, Ọláolúwa Akínyẹmí), Welsh (Llŷr Price, Cadi ap Dafydd), Nordic (Søren Halvorsen, Åse
Lindqvist), double-barrelled (Harper Lloyd-Evans, Ffion Lloyd-Williams), mononymous (Ayaan,
Mahlet), and word names (Rose, Will, Amber, Jack, Mark, Bill, Summer, Grace) used both ways.

Cases in the dev set's style, written from the seed policies and the contract before the
detectors were read (labels follow each pack's clauses, see each note): a first batch of 53 and
45, then (after the first fixes) a second batch of 10 per school, scored before any further fix.

Honest scores BEFORE any fix (recall / precision / decision):
  round8d-brackenfield  no score: the config failed to load ("timetable.directed:
                        'Monday-Thursday': day ranges look like mon-fri", and the same for both
                        staff overrides), so `postwarden check` wrote 0 verdicts for 53 posts (exit 2)
  round8d-penybryn      no score: the roster failed to load ("line 10: first_name and last_name
                        are required": the mononymous pupil), 0 verdicts for 46 posts (exit 2)
Behind those, found while fixing them (each would have failed the load or loaded wrong data
silently): the Arbor header "Legal First Name" was not read, and the loader then took the FIRST
PUPIL'S ROW for the header (its consent cell "Full name" looked like a whole-name column), so
every pupil would have been named "Full name"; the mononymous Arbor pupil (empty last name);
the Bromcom staff list's one "Staff Name" column; "Photography Consent" not read (every pupil's
photo consent silently "no"); the official Facebook page configured by its address never
matched (its posts read as a personal account's).
With only the loader and config fixes (detectors untouched), the detectors' own misses:
  round8d-brackenfield  0.972 / 1.000 / 1.000
  round8d-penybryn      0.906 / 0.935 / 0.935
Misses: a date of birth after "D.O.B." and "d.o.b." (the initialism's full stops ended the
sentence before the date), "born on the fourth of July 2020" (the day as an ordinal word), a
lower-case street and postcode with no residence word ("3 heol y felin, cf832ab"). False
alarms: "Jack Frost has been busy, the Reception playground..." (a first name followed by
someone else's surname), the poster's own new address ("Our new address is ...").
Second batch (after those fixes, before any further one):
  round8d-brackenfield  1.000 / 0.978 / 0.984 (63 cases): false alarm on the poster's own
                        unnamed child's date of birth ("Our youngest was born on 12/01/2019")
  round8d-penybryn      0.950 / 1.000 / 0.982 (57 cases, one of them a case added to pin the
                        official page's address): misses "OGUNLANA Adewale and AKINYEMI Olaoluwa"
                        (register style without a comma) and "Summer in my class is coeliac"

After the general fixes: timetable days written in full or shortened otherwise ("Monday-Thursday",
"Tues & Thurs", "weekdays") and times "8:40", "8.40", "8:40 to 10:40" (timetable.py); a
mononymous pupil loads with an empty surname when the rest of the row is a pupil's (roster.py),
and is matched by first name in a school context; qualifier words in headers ("Legal", "Student",
"Pupil") are read past, a row holding a date, a handle or a number is never the header, "Staff
Name"-style whole-name columns, "Photography Consent" (export_table.py); a profile address
stands for its handle in the config and in recipients (school.py); personal_data reads dotted
initialisms as no sentence end, "born on the", ordinal-word days, a lower-case street right
before a real postcode, the poster's own household address and own child's birth; more medical
terms (coeliac, allergic, Crohn's, hearing aids, ...); pupil_name reads "SURNAME Firstname"
(surname in capitals) as a register and a bare first name followed by another capitalised
surname as someone else. Found by checking other shapes while fixing (no case): consent cells
with no answer yet or kept inside the school ("Awaiting", "Pending", "Unknown", "-", "Internal
only", "School use only") failed the whole roster; they now read as no consent. The health
terms added here first made "Finally got my hearing aids sorted" (round4d-triumph) a false
alarm: a sentence-opening adverb was read as a person's name; fixed in personal_data_people.py.
Scores after:
  round8d-brackenfield  1.000 / 1.000 / 1.000 (63 cases)
  round8d-penybryn      1.000 / 1.000 / 1.000 (57 cases)

Run: python tests/heldout/make_round8_data.py
"""
from __future__ import annotations

import csv
import io
import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_round4_data  # noqa: E402
from make_sets import day, fold  # noqa: E402

POOLS = {
    "irish": (["Aoife", "Cian", "Saoirse", "Oisín", "Róisín", "Tadhg", "Clodagh", "Fiachra"],
              ["Ó Briain", "Mac Cárthaigh", "Ní Dhuibhir", "Breathnach", "Doherty", "Gallagher"]),
    "vietnamese": (["Thị Hoa", "Văn Nam", "Bảo Ngọc", "Đức Anh", "Thanh Tâm"],
                   ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng"]),
    "arabic": (["Yusra", "Omar", "Layla", "Hamza", "Maryam", "Zaid", "Aisha"],
               ["Al-Farsi", "El-Masri", "Haddad", "Mansour", "Abu-Bakr", "Khalil"]),
    "polish": (["Zofia", "Szymon", "Wiktoria", "Mikołaj", "Julia", "Filip"],
               ["Kowalczyk", "Zieliński", "Lewandowska", "Dąbrowski", "Mazur"]),
    "yoruba": (["Ayọ̀mídé", "Oluwatobi", "Ifeoluwa", "Babajide", "Morenike", "Damilola"],
               ["Adeyemi", "Ogunbiyi", "Olawale", "Akinola", "Ìdòwú"]),
    "welsh": (["Elis", "Gwenno", "Osian", "Mali", "Tomos", "Efa", "Guto"],
              ["ap Rhys", "Parry", "Vaughan", "Rees", "Tudur"]),
    "nordic": (["Bjørn", "Ingrid", "Sigrid", "Nils", "Freja"],
               ["Johansen", "Sørensen", "Nyström", "Åberg"]),
    "ghanaian": (["Kwabena", "Akosua", "Yaw", "Abena", "Kofi"],
                 ["Boateng", "Asante", "Owusu", "Mensah"]),
    "english": (["Isla", "Freddie", "Millie", "Oscar", "Lola", "Reggie", "Maisie", "Arlo"],
                ["Holt", "Ashworth", "Pearce", "Wainwright", "Crossley", "Barker-Pole"]),
}
PREFERRED = {"Ayọ̀mídé": "Ayo", "Oluwatobi": "Tobi", "Ifeoluwa": "Ife", "Mikołaj": "Mikey", "Fiachra": "Fia"}


def handle_for(first: str, last: str, rng: random.Random) -> str:
    base = re.sub(r"[^a-z]", "", fold(first))[:7] + rng.choice([".", "_", ""]) + re.sub(r"[^a-z]", "", fold(last))[:5]
    return "@" + base + str(rng.randint(10, 99))


class School(make_round4_data.School):
    """One invented school as round 4 writes them; filler pupils come from this round's pools,
    and each school writes its own roster and staff exports."""

    def __init__(self, folder, prefix, config_name, years, birth_year0, seed):
        super().__init__(folder, prefix, config_name, years, birth_year0, seed, first_id=8000)

    def fill(self, total: int) -> None:
        texts = " \n ".join(fold(c["post"]["text"]) for c in self.cases)
        seen = {(p["first_name"], p["last_name"]) for p in self.pupils}
        rng = self.rng
        pools = sorted(POOLS)
        while len(self.pupils) < total:
            pool = rng.choice(pools)
            first = rng.choice(POOLS[pool][0])
            last = rng.choice(POOLS[pool if rng.random() < 0.8 else rng.choice(pools)][1])
            if (first, last) in seen or re.search(r"\b" + re.escape(fold(f"{first} {last}")) + r"\b", texts):
                continue
            seen.add((first, last))
            yi = rng.randrange(len(self.years))
            dob = f"{self.birth_year0 - yi}-{rng.randint(1, 8):02d}-{rng.randint(1, 28):02d}"
            r = rng.random()
            consent = "full" if r < 0.5 else "first_name_initial" if r < 0.88 else "none"
            photo = "no" if rng.random() < 0.1 else "yes"
            handles = handle_for(first, last, rng) if rng.random() < 0.15 else ""
            preferred = PREFERRED.get(first, "") if rng.random() < 0.8 else ""
            self.pupil(first, last, self.years[yi], dob, photo, consent, handles, preferred)

    def write_files(self, config: str, files: dict[str, bytes]) -> None:
        self.dir.mkdir(exist_ok=True)
        (self.dir / self.config_name).write_text(config, encoding="utf-8")
        for name, data in files.items():
            (self.dir / name).write_bytes(data)
        with (self.dir / "cases.jsonl").open("w", encoding="utf-8") as f:
            for c in self.cases:
                f.write(json.dumps(c, ensure_ascii=False) + "\n")


def crlf_csv(rows: list[list[str]]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


TERMS = """\
  terms:
    - {start: 2026-09-02, end: 2026-10-23}
    - {start: 2026-11-02, end: 2026-12-18}
    - {start: 2027-01-04, end: 2027-02-12}
    - {start: 2027-02-22, end: 2027-04-01}
    - {start: 2027-04-19, end: 2027-05-28}
    - {start: 2027-06-07, end: 2027-07-21}
"""


# ============================================================================================
# trust-academies-2016: Brackenfield Academy (Arbor-style exports)
# ============================================================================================
def brackenfield() -> None:
    s = School("round8d-brackenfield", "r8br", "brackenfield.yaml",
               ["Year 7", "Year 8", "Year 9", "Year 10", "Year 11"], 2015, 8101)
    P = s.pupil
    P("Siobhán", "Kelly", "Year 8", "2014-02-11", "yes", "full", "@siobhan.k08;tiktok.com/@siobhan_dances")
    P("Niamh", "Ó Briain", "Year 10", "2012-05-19", "yes", "first_name_initial")
    P("Thị Lan", "Nguyễn", "Year 9", "2013-01-30", "yes", "full", "", "Lan")
    P("Abdul-Rahman", "Al-Hassan", "Year 11", "2011-03-08", "yes", "full")
    P("Zuzanna", "Wójcik", "Year 7", "2015-01-22", "yes", "full", "@zuzia_w07", "Zuzia")
    P("Oluwaseyi", "Adebayo", "Year 10", "2011-10-02", "yes", "full", "@seyi.adebayo_", "Seyi")
    P("Temitope", "Ogunleye", "Year 10", "2012-06-14", "yes", "full", "", "Tope")
    P("Rose", "Whitfield", "Year 8", "2013-11-04", "yes", "full")
    P("Will", "Carter", "Year 8", "2014-03-27", "yes", "full")
    P("Amber", "Nwosu", "Year 10", "2012-04-18", "yes", "full")
    P("Jack", "Thornton", "Year 9", "2012-12-12", "yes", "blank")
    P("Mark", "Bishop", "Year 11", "2011-07-07", "yes", "full")
    P("Ayaan", "", "Year 9", "2013-05-05", "yes", "full")
    P("Harper", "Lloyd-Evans", "Year 7", "2015-06-01", "yes", "full")
    P("Søren", "Halvorsen", "Year 11", "2010-11-23", "yes", "full")
    P("Åse", "Lindqvist", "Year 7", "2014-09-15", "yes", "first_name_initial")
    P("Kwame", "Mensah", "Year 8", "2013-10-10", "yes", "full", "@kwame.m.08")

    F = "@laura.finch.geog"; X = "@MrOseiHistory"; IG = "@msblake_teaches"; T = "@coach_dev"
    OX = "@BrackenfieldAc"; OIG = "@brackenfield_academy"
    EVE = day("2026-11-18T19:40:00+00:00", "Wed"); EVE2 = day("2026-11-24T20:35:00+00:00", "Tue")
    SAT = day("2026-11-28T10:15:00+00:00", "Sat"); SUN = day("2027-01-17T18:30:00+00:00", "Sun")
    LUNCH = day("2026-11-17T13:00:00+00:00", "Tue")  # lunch 12:50-13:35
    a = s.add
    # --- positives: pupil_name
    a("pn-preferred-surname", "x", "post", X, "d.osei", EVE,
      "Lan Nguyen from 9C came third in the county cross-country today, so proud",
      ["pupil_name"], note="Preferred name (Known as Lan) + surname without diacritics.")
    a("pn-hyphens-as-spaces", "x", "post", X, "d.osei", SAT,
      "abdul rahman al hassan with the winning goal in the year 11 cup final!!",
      ["pupil_name"], note="Hyphenated first name and Arabic particle surname written with spaces, lower case.")
    a("pn-hashtag-preferred", "instagram", "post", IG, "k.blake", SAT,
      "Player of the tournament 🏀 #SeyiAdebayo #proudteacher",
      ["pupil_name"], note="Preferred name + surname run together in a hashtag.")
    a("pn-nordic-ascii", "facebook", "post", F, "l.finch", EVE2,
      "Soren Halvorsen's bridge design just won the Year 11 DT prize. Engineer in the making",
      ["pupil_name"], note="Søren written with a plain o (ø does not decompose), possessive.")
    a("pn-nordic-ring-dropped", "facebook", "post", F, "l.finch", SUN,
      "Ase Lindqvist read her own poem in assembly and it was beautiful",
      ["pupil_name"], note="Åse with the ring dropped.")
    a("pn-irish-fada-dropped", "facebook", "comment", F, "l.finch", EVE,
      "Niamh O Briain's speech at the year 10 debate was incredible",
      ["pupil_name"], note="Irish particle surname with the fada dropped, possessive.")
    a("pn-double-barrel-no-hyphen", "x", "post", T, "c.devlin", SAT,
      "Harper Lloyd Evans ran the 800m in 2:31 this morning. Year 7 record!",
      ["pupil_name"], note="Double-barrelled surname with the hyphen dropped.")
    a("pn-preferred-form-cue", "facebook", "post", F, "l.finch", EVE2,
      "Tope in my form forgot her PE kit for the fourth time this week 🙄",
      ["pupil_name"], ["reputation"], note="Preferred name Tope (Temitope) with 'in my form'.")
    a("pn-will-positive", "x", "post", X, "d.osei", EVE,
      "Will in my Year 8 class wrote the best ghost story I've read all year",
      ["pupil_name"], note="Will (a pupil's legal first name) followed by a class cue.")
    a("pn-rose-positive", "instagram", "post", IG, "k.blake", EVE2,
      "Rose in 8W asked if we could do poetry every lesson. Yes Rose, yes we can 📖",
      ["pupil_name"], note="Rose with a form code; she is in 8W.")
    a("pn-mononym", "facebook", "post", F, "l.finch", SUN,
      "Ayaan in Year 9 has read 40 books this term 📚 unstoppable",
      ["pupil_name"], note="A mononymous pupil (empty last name in the export) with a year group.")
    a("pn-polish-preferred", "instagram", "post", IG, "k.blake", SAT,
      "Zuzia Wojcik in 7W made the whole class a Polish paczki for Fat Thursday 🍩",
      ["pupil_name"], note="Roster's preferred name (Zuzia) + surname with ó dropped.")
    a("pn-official-beyond", "instagram", "post", OIG, "o.comms", LUNCH,
      "Congratulations to Niamh Ó Briain (Year 10), our new student council president!",
      ["pupil_name"], note="Official Instagram (configured without '@'); consent is first name + initial only.")
    a("pn-official-blank-consent", "x", "post", OX, "o.comms", LUNCH,
      "Well done Jack Thornton in Year 9 for his county chess win ♟️",
      ["pupil_name"], note="Official account; this pupil's name consent is blank in the export: not given.")
    # --- pupil_contact
    a("pc-dm", "instagram", "dm", IG, "k.blake", EVE, "Great effort at the trials today, keep it up",
      ["pupil_contact"], ["pupil_name"], rec=["@seyi.adebayo_"], note="DM to a roster handle.")
    a("pc-follow-case", "instagram", "follow", F, "l.finch", SAT, "",
      ["pupil_contact"], rec=["@Siobhan.K08"], note="Follow of a roster handle in other case.")
    a("pc-follow-second-handle", "tiktok", "follow", T, "c.devlin", SUN, "",
      ["pupil_contact"], rec=["@siobhan_dances"],
      note="The second handle in the pupil's cell, exported as a profile address on its own line.")
    a("pc-tag-text", "x", "reply", X, "d.osei", EVE2, "@zuzia_w07 brilliant effort in the quiz today!",
      ["pupil_contact"], ["pupil_name"], note="A roster handle tagged in a reply's text.")
    # --- personal_data
    a("pd-phone-words", "facebook", "post", F, "l.finch", EVE,
      "Mr Osei's new mobile is zero seven seven zero zero, nine zero zero, three four one if anyone needs him this weekend",
      ["personal_data"], note="A colleague's mobile written in words.")
    a("pd-email-at-dot", "facebook", "post", F, "l.finch", SUN,
      "Cards for Karen's leaving do to her personal email please: karen dot blake79 at gmail dot com",
      ["personal_data"], note="A colleague's personal e-mail obfuscated with 'at' and 'dot'.")
    a("pd-postcode-lower", "facebook", "post", T, "c.devlin", SAT,
      "Leaving drinks at Dan's house tonight, 27 ashgrove road ls62ad, bring a bottle",
      ["personal_data"], note="A colleague's home address with a lower-case postcode and no space.")
    a("pd-dob-dots", "facebook", "post", F, "l.finch", EVE2,
      "Zuzanna Wójcik (D.O.B. 22.01.2015) joins 7W on Monday, please make her welcome",
      ["pupil_name", "personal_data"], note="Pupil's full name and a date of birth with dots.")
    a("pd-dob-written", "x", "post", X, "d.osei", day("2027-03-08T18:00:00+00:00", "Mon"),
      "Happy birthday to Abdul-Rahman Al-Hassan, born on the 8th of March 2011, the best captain I've coached",
      ["pupil_name", "personal_data"], note="Date of birth written out with 'of'.")
    a("pd-medical", "facebook", "post", T, "c.devlin", EVE,
      "Will Carter had a seizure in PE today, he's epileptic and his meds weren't in school. Poor lad",
      ["pupil_name", "personal_data"], ["confidential"], note="A named pupil's medical condition.")
    a("pd-sen", "facebook", "post", F, "l.finch", SUN,
      "Amber in my Year 10 group has just been diagnosed with ADHD, explains so much",
      ["pupil_name", "personal_data"], ["confidential", "reputation"],
      note="Word name Amber as a pupil (class cue) with a SEN diagnosis.")
    # --- directed_time
    a("dt-gmt-after-change", "x", "post", X, "d.osei", day("2026-11-02T15:10:00+00:00", "Mon"),
      "Anyone know a decent garage near Horsforth? MOT due Friday",
      ["directed_time"], note="First Monday of GMT: 15:10 is inside 13:35-15:20 (as BST it would be 16:10).")
    a("dt-bst-after-change", "instagram", "post", IG, "k.blake", day("2027-03-29T07:45:00+00:00", "Mon"),
      "New running shoes arrived 👟 can't wait for tonight",
      ["directed_time"], note="First Monday of BST: 07:45 UTC is 08:45 BST, inside 8:40-10:40.")
    a("dt-part-time-working", "facebook", "post", "@emma.walsh.art", "e.walsh", day("2026-11-17T11:30:00+00:00", "Tue"),
      "Anyone recommend a good cake shop in Headingley? Birthday on Saturday",
      ["directed_time"], note="e.walsh works Monday-Wednesday; Tuesday 11:30 is directed.")
    a("dt-mornings-only-inside", "x", "post", "@dkovacs_music", "d.kovacs", day("2026-11-19T09:10:00+00:00", "Thu"),
      "Choir rehearsal schedule for the Christmas concert is up on the noticeboard, singers!",
      ["directed_time"], note="d.kovacs works Thursday and Friday mornings; 09:10 Thursday is directed.")
    a("dt-friday-afternoon", "facebook", "post", F, "l.finch", day("2026-11-20T14:00:00+00:00", "Fri"),
      "Friday feeling 🙌 who's out tonight?",
      ["directed_time"], note="Friday 14:00 is inside 13:35-14:30.")
    a("hold-official", "x", "post", OX, "o.comms", day("2027-02-03T10:00:00+00:00", "Wed"),
      "Reminder: Year 9 options evening is next Thursday at 6pm.",
      ["posting_hold"], note="Official account inside the hold (written with Z offsets).")
    a("hold-official-ig", "instagram", "post", "@Brackenfield_Academy", "o.comms", day("2027-02-04T12:00:00+00:00", "Thu"),
      "Our Year 7s had a brilliant time at the science museum 🔬",
      ["posting_hold"], note="Official Instagram (handle in other case than the config) inside the hold.")
    # --- benign
    a("b-will-modal", "x", "post", X, "d.osei", EVE,
      "Will it ever stop raining? Year 8 football is off again",
      note="'Will' as a modal verb beside a year group.")
    a("b-rose-flower", "instagram", "post", IG, "k.blake", SAT,
      "The rose garden by the Year 7 block is finally in bloom 🌹",
      note="'rose' as a flower beside a year group.")
    a("b-amber-warning", "x", "post", X, "d.osei", EVE2,
      "Amber weather warning for tomorrow, Year 10 and 11 check the website for any change to buses",
      note="'Amber' as a warning colour beside year groups.")
    a("b-jack-tool", "facebook", "post", T, "c.devlin", SUN,
      "Had to jack up the car in the school car park at home time, flat tyre 🙃",
      note="'jack' as a verb.")
    a("b-mark-marking", "x", "post", X, "d.osei", SUN,
      "Mark my words, these Year 11 mocks will be the best yet. 120 papers to mark this weekend",
      note="'Mark' as a verb beside a year group; a Year 11 pupil is Mark Bishop.")
    a("b-staff-surname", "facebook", "post", F, "l.finch", SAT,
      "Mr Mensah and his Year 8 geographers are off to Malham Cove on Friday ⛰️",
      note="Mr Mensah is a member of staff; a Year 8 pupil shares his surname.")
    a("b-prices-dates", "x", "post", OX, "o.comms", LUNCH,
      "Prom tickets are £35 and on sale until 14/05/2027. Year 11 only, payment on ParentPay.",
      note="A price and an event date on the official account.")
    a("b-office-number", "instagram", "post", OIG, "o.comms", LUNCH,
      "Absence line: 0113 496 0721 (option 1) or attendance@brackenfield.example.org before 8:30am",
      note="The school's own number and address on its official account.")
    a("b-own-number", "facebook", "post", F, "l.finch", EVE,
      "New phone, same me. Text me on 07700 900 118 so I can save your numbers!",
      note="The poster's own number.")
    a("b-reunion-date", "facebook", "post", F, "l.finch", SUN,
      "Class of 2015 reunion on 09.04.2027 at the Brewery Tap, who's in?",
      note="An event date written with dots, not a date of birth.")
    a("b-official-consented", "x", "post", OX, "o.comms", LUNCH,
      "Congratulations to Siobhán Kelly (Year 8), regional Irish dancing champion! 💚",
      note="Official account; full name consent.")
    a("b-official-initial", "instagram", "post", OIG, "o.comms", LUNCH,
      "Niamh O. and Kwame M. led a brilliant Black History Month assembly today",
      note="First name + initial on the official account; within both pupils' consent.")
    a("b-bst-after-school", "x", "post", X, "d.osei", day("2026-10-19T14:30:00+00:00", "Mon"),
      "Off for a run along the canal before tea",
      note="14:30 UTC is 15:30 BST, after the 15:20 end (inside if read as UTC).")
    a("b-gmt-lunch", "instagram", "post", IG, "k.blake", day("2026-11-03T13:00:00+00:00", "Tue"),
      "Soup of the day is leek and potato. Winter has arrived",
      note="13:00 GMT is lunch (12:50-13:35); as BST it would be 14:00, inside.")
    a("b-part-time-off", "facebook", "post", "@emma.walsh.art", "e.walsh", day("2026-11-19T11:30:00+00:00", "Thu"),
      "Day off! Pottery class this morning, then a long lunch 🏺",
      note="e.walsh works Monday-Wednesday only.")
    a("b-mornings-only-afternoon", "x", "post", "@dkovacs_music", "d.kovacs", day("2026-11-19T14:00:00+00:00", "Thu"),
      "Piano tuner's coming at three, finally", note="d.kovacs works mornings only.")
    a("b-polling-closure", "x", "post", X, "d.osei", day("2026-11-13T11:00:00+00:00", "Fri"),
      "School's a polling station today so I'm catching up on marking at home with a brew",
      note="A closure day (polling station).")
    a("b-hold-after", "x", "post", OX, "o.comms", day("2027-02-05T16:30:00+00:00", "Fri"),
      "Thank you for your patience this week. Normal service resumes!",
      note="After the hold ended at 16:00 UTC.")
    a("b-hold-personal", "x", "post", X, "d.osei", day("2027-02-03T19:00:00+00:00", "Wed"),
      "Long week. Pizza and a film tonight", note="A personal account during the hold.")
    a("b-declared-follow", "instagram", "follow", "@amensah_pe", "a.mensah", SAT, "",
      rec=["@kwame.m.08"], note="a.mensah declared this pupil as his nephew.")
    a("b-follow-parent", "instagram", "follow", IG, "k.blake", SAT, "",
      rec=["@ogunleye.family"], note="A family account, not a roster handle.")
    # --- second batch: written after the loader fixes, scored before any further fix
    a("pn2-vietnamese-order", "facebook", "post", F, "l.finch", SAT,
      "Nguyen Thi Lan finished her first ever 5k at parkrun this morning 🏃‍♀️ so proud of our Year 9s",
      ["pupil_name"], note="Vietnamese order (family name first, then the given names), no diacritics.")
    a("pn2-caps-shout", "x", "post", X, "d.osei", SAT,
      "SØREN HALVORSEN WITH THE WINNER IN THE 90TH MINUTE!!! 🔥",
      ["pupil_name"], note="Full name in capitals.")
    a("pn2-handle-like", "instagram", "post", IG, "k.blake", SUN,
      "Book of the week chosen by @HarperLloydEvans in 7B 📚",
      ["pupil_name"], ["pupil_contact"], note="Full name run together as a handle (not a roster handle).")
    a("pn2-first-initial-personal", "facebook", "post", F, "l.finch", EVE,
      "Niamh Ó. in my Year 10 group got a grade 9 in her mock. Incredible",
      ["pupil_name"], note="First name + initial with a class cue on a personal account.")
    a("pd2-health-ehcp", "facebook", "post", T, "c.devlin", EVE2,
      "Mark Bishop's EHCP review is next week and his mum is worried about the transition to college",
      ["pupil_name", "personal_data"], ["confidential"], note="A named pupil's special-needs plan.")
    a("pd2-parent-landline", "x", "post", X, "d.osei", SUN,
      "If anyone finds Rose Whitfield's coat, her gran's number is 0113 496 0557",
      ["pupil_name", "personal_data"], note="A relative's landline beside a pupil's full name.")
    a("pc2-mastodon", "mastodon", "follow", "@dosei@mastodon.social", "d.osei", SAT, "",
      ["pupil_contact"], rec=["@kwame.m.08@mastodon.social"],
      note="A roster handle on a Mastodon instance; d.osei has declared no relationship.")
    a("b2-siobhan-the-singer", "x", "post", X, "d.osei", SAT,
      "Siobhán Donaghy's new album is on repeat in the car",
      note="Another person who shares a pupil's first name, with her own surname; no school cue.")
    a("b2-will-pupils", "x", "post", X, "d.osei", EVE,
      "Will the Year 11s ever learn to bring a pen? Place your bets",
      note="'Will' as a modal verb opening a question about a year group.")
    a("b2-dob-own-child", "facebook", "post", F, "l.finch", SUN,
      "Our youngest was born on 12/01/2019 and today she started swimming lessons 🏊",
      note="The poster's own child, unnamed: no one else's identifying details.")
    s.fill(600)
    config = """\
# Brackenfield Academy (invented), a trust academy, Years 7-11.
pack: trust-academies-2016
school:
  name: Brackenfield Academy
  aliases: [Brackenfield, "@BrackenfieldAc"]
roster: arbor_students_export.csv    # Arbor-style student export
staff: arbor_staff_export.csv
official_accounts:
  - {platform: x, handle: "@BrackenfieldAc"}
  - {platform: instagram, handle: brackenfield_academy}
timetable:
  timezone: Europe/London
  directed:                      # day 8:40-15:20; break 10:40-11:00; lunch 12:50-13:35; Friday ends 14:30
    Monday-Thursday: ["8:40-10:40", "11:00-12:50", "13:35-15:20"]
    Friday: ["8:40-10:40", "11:00-12:50", "13:35-14:30"]
""" + TERMS + """\
  closures: [2026-09-02, 2026-11-13, 2027-01-04]   # INSET, polling station, INSET
staff_overrides:
  e.walsh: {directed: {Monday-Wednesday: ["8:40-10:40", "11:00-12:50", "13:35-15:20"]}}   # 0.6 FTE
  d.kovacs: {directed: {Thursday-Friday: ["8:40-10:40", "11:00-12:50"]}}                  # mornings only
declarations:
  - {user: a.mensah, pupil: "Kwame Mensah", context: nephew}
holds:
  - {start: "2027-02-03T07:00:00Z", end: "2027-02-05T16:00:00Z", reason: "trust review after a data incident"}
"""
    consent = {"full": "Full name", "first_name_initial": "First name and last initial", "none": "Do not use name",
               "blank": ""}
    rng = random.Random(8102)
    medical = ["", "", "", "", "Asthma, inhaler in bag", "Nut allergy, EpiPen in office", "Hay fever"]
    rows = [["Student ID", "Legal First Name", "Legal Last Name", "Preferred First Name", "Year Group",
             "Registration Form", "Date of Birth", "Gender", "Photography Consent", "Name Consent",
             "Medical Notes", "Social Media Accounts"]]
    for i, p in enumerate(s.pupils):
        photo = "TRUE" if p["photo_consent"] == "yes" else "FALSE"
        if i > 20 and rng.random() < 0.05:
            photo = ""
        form = p["year_group"].replace("Year ", "") + rng.choice("BCKTW")
        hs = "\n".join(h.strip() for h in p["social_handles"].split(";") if h.strip())
        rows.append([f"BA{30100 + i}", p["first_name"], p["last_name"], p["preferred_name"], p["year_group"],
                     form, p["date_of_birth"], rng.choice(["F", "M"]), photo, consent[p["name_consent"]],
                     rng.choice(medical), hs])
    rows.append([f"Total: {len(s.pupils)} students"] + [""] * 11)
    staff = [["User Name", "Title", "First Name", "Surname", "Job Title", "FTE"],
             ["o.comms", "Ms", "Olivia", "Chambers", "Communications Officer", "1.0"],
             ["d.osei", "Mr", "Daniel", "Osei", "Teacher of History", "1.0"],
             ["l.finch", "Mrs", "Laura", "Finch", "Head of Geography", "1.0"],
             ["k.blake", "Ms", "Karen", "Blake", "Teacher of English", "1.0"],
             ["c.devlin", "Mr", "Conor", "Devlin", "PE Teacher", "1.0"],
             ["e.walsh", "Mrs", "Emma", "Walsh", "Teacher of Art", "0.6"],
             ["d.kovacs", "Mr", "Dávid", "Kovács", "Music Teacher", "0.4"],
             ["a.mensah", "Mr", "Alex", "Mensah", "Teacher of Geography", "1.0"]]
    s.write_files(config, {
        "arbor_students_export.csv": crlf_csv(rows).encode("utf-8"),
        "arbor_staff_export.csv": crlf_csv(staff).encode("utf-8")})


# ============================================================================================
# upland-primary: Pen-y-Bryn Community Primary (Bromcom-style exports)
# ============================================================================================
def penybryn() -> None:
    s = School("round8d-penybryn", "r8pb", "penybryn.yaml",
               ["Reception", "Year 1", "Year 2", "Year 3", "Year 4", "Year 5", "Year 6"], 2022, 8201)
    P = s.pupil
    P("Llŷr", "Price", "Year 3", "2018-04-21", "yes", "full", "@llyr_price_gaming")
    P("Cadi", "ap Dafydd", "Year 5", "2016-02-02", "yes", "first_name_initial")
    P("Minh Anh", "Trần", "Year 4", "2017-08-09", "yes", "full")
    P("Adéwálé", "Ògúnlànà", "Year 2", "2020-07-04", "yes", "full", "", "Wale")
    P("Ọláolúwa", "Akínyẹmí", "Year 5", "2016-05-30", "yes", "full")
    P("Nour", "El-Sayed", "Year 5", "2015-12-03", "yes", "full", "@nour.elsayed.art")
    P("Łucja", "Kamińska", "Year 4", "2017-03-15", "yes", "full")
    P("Ffion", "Lloyd-Williams", "Year 6", "2015-01-19", "yes", "full")
    P("Mahlet", "", "Year 2", "2020-02-03", "yes", "full")
    P("William", "Okafor", "Year 6", "2014-10-10", "yes", "full", "", "Bill")
    P("Summer", "Davies", "Year 1", "2020-06-21", "yes", "full")
    P("Grace", "Morgan", "Year 4", "2017-11-11", "yes", "refused")
    P("Jack", "Evans", "Year 1", "2021-01-28", "yes", "full")
    P("Osian", "Haf", "Year 6", "2014-12-01", "yes", "full", "@osian_haf6")

    F = "@miss.rhian.bowen"; X = "@MrHughesY6"; IG = "@ms_tomos_teaches"; T = "@seren_morgan_ta"
    OX = "@PenyBrynCP"; OF = "@PenyBrynPrimary"
    EVE = day("2026-11-18T19:40:00+00:00", "Wed"); EVE2 = day("2026-11-24T20:35:00+00:00", "Tue")
    SAT = day("2026-11-28T10:15:00+00:00", "Sat"); SUN = day("2027-01-17T18:30:00+00:00", "Sun")
    LUNCH = day("2026-11-17T12:20:00+00:00", "Tue")
    a = s.add
    # --- positives: pupil_name
    a("pn-circumflex-dropped", "x", "post", X, "g.hughes", SAT,
      "Llyr Price scored twice at the Year 3 tag rugby festival! 🏉",
      ["pupil_name"], note="Welsh ŷ written as y.")
    a("pn-register-comma", "facebook", "post", F, "r.bowen", EVE,
      "Star readers this week: Price, Llŷr and Kamińska, Łucja 🌟 so proud of them",
      ["pupil_name"], note="Names written 'Surname, Forename' as copied from the MIS list.")
    a("pn-yoruba-preferred", "instagram", "post", IG, "c.tomos", EVE2,
      "Wale Ogunlana in my class did 50 keepy-ups at lunch ⚽",
      ["pupil_name"], note="Known As (Wale) + surname without the Yoruba tone marks, class cue.")
    a("pn-yoruba-underdots", "facebook", "post", T, "s.morgan", SUN,
      "olaoluwa akinyemi's model volcano actually erupted 🌋 best homework ever",
      ["pupil_name"], note="Yoruba under-dots and tone marks dropped, lower case, possessive.")
    a("pn-vietnamese", "x", "post", X, "g.hughes", EVE,
      "Minh Anh Tran just beat me at chess. Again. Year 4 are too good",
      ["pupil_name"], note="Two-part given name + family name without diacritics.")
    a("pn-arabic-el", "instagram", "post", IG, "c.tomos", SAT,
      "Nour El Sayed won the Year 5 spelling bee with 'onomatopoeia' 🐝",
      ["pupil_name"], note="El- particle written with a space.")
    a("pn-polish-lstroke", "facebook", "post", F, "r.bowen", SUN,
      "Lucja Kaminska's Christmas card design is going on the front of the school card 🎄",
      ["pupil_name"], note="Ł and ń written as plain letters, possessive.")
    a("pn-double-barrel-hashtag", "instagram", "post", IG, "c.tomos", EVE,
      "Year 6 netball captain and player of the season #FfionLloydWilliams 🏐",
      ["pupil_name"], note="Double-barrelled name run together in a hashtag.")
    a("pn-mononym", "facebook", "post", T, "s.morgan", EVE2,
      "Mahlet in Year 2 read her first chapter book all by herself today 😭",
      ["pupil_name"], note="A mononymous pupil (no comma in 'Student Name') with a year group.")
    a("pn-known-as-bill", "x", "post", X, "g.hughes", EVE2,
      "Bill in my class asked if he could take the class hamster home for Christmas 🐹",
      ["pupil_name"], note="Known As 'Bill' (William Okafor) with 'in my class'.")
    a("pn-summer-full", "facebook", "post", F, "r.bowen", SAT,
      "Summer Davies lost her first tooth in the middle of phonics and was SO excited",
      ["pupil_name"], note="Word name Summer with the surname.")
    a("pn-official-refused", "facebook", "post", OF, "o.office", LUNCH,
      "Well done Grace Morgan in Year 4 for raising £120 for the food bank! 🥫",
      ["pupil_name"], note="Official page (configured by its address); this pupil's name consent is 'Refused'.")
    a("pn-official-initial-beyond", "x", "post", OX, "o.office", LUNCH,
      "Huge congratulations to Cadi ap Dafydd from Year 5 on her Urdd eisteddfod win!",
      ["pupil_name"], note="Official account; consent is first name + initial only.")
    # --- pupil_contact
    a("pc-dm", "instagram", "dm", IG, "c.tomos", EVE, "Your painting is in the hall now, come and see!",
      ["pupil_contact"], ["pupil_name"], rec=["@nour.elsayed.art"], note="DM to a roster handle (written 'Instagram @x').")
    a("pc-friend-request", "facebook", "friend_request", T, "s.morgan", SAT, "",
      ["pupil_contact"], rec=["@Osian_Haf6"], note="Friend request to a roster handle in other case.")
    a("pc-undeclared-follow", "instagram", "follow", X, "g.hughes", SUN, "",
      ["pupil_contact"], rec=["@llyr_price_gaming"], note="g.hughes has declared no relationship with Llŷr.")
    # --- personal_data
    a("pd-phone-odd-spacing", "facebook", "post", F, "r.bowen", EVE,
      "If you're running late for the staff meal text Seren on 077 00 90 05 21 and she'll save your seat",
      ["personal_data"], note="A colleague's mobile with odd spacing.")
    a("pd-phone-dots", "x", "post", X, "g.hughes", SUN,
      "Anyone selling a Year 6 leavers hoodie, ring my neighbour Dilys on 07700.900.873",
      ["personal_data"], note="Someone else's mobile written with dots.")
    a("pd-email-brackets", "facebook", "post", T, "s.morgan", SAT,
      "Send your photos from the staff do to rhian.bowen [at] hotmail [dot] co [dot] uk",
      ["personal_data"], note="A colleague's personal e-mail obfuscated with [at] and [dot].")
    a("pd-postcode-lower", "facebook", "post", F, "r.bowen", SUN,
      "Cards for Mr Hughes can go to 3 heol y felin, cf832ab, he's off for a few weeks",
      ["personal_data"], note="A colleague's home address, lower case, postcode without a space.")
    a("pd-dob-written", "instagram", "post", IG, "c.tomos", day("2027-07-04T18:00:00+00:00", "Sun"),
      "Happy birthday Wale Ogunlana, born on the fourth of July 2020 🇺🇸 party in class tomorrow!",
      ["pupil_name", "personal_data"], note="Date of birth with the day in words.")
    a("pd-dob-short", "facebook", "post", T, "s.morgan", EVE,
      "Mahlet (d.o.b. 3/2/20) joins Year 2 properly from Monday, she's been so brave",
      ["pupil_name", "personal_data"], note="A short UK date of birth after 'd.o.b.'.")
    a("pd-medical", "facebook", "post", F, "r.bowen", EVE2,
      "Jack Evans in Year 1 has a severe nut allergy, please no peanut butter in lunchboxes!",
      ["pupil_name", "personal_data"], ["confidential"], note="A named pupil's allergy.")
    # --- directed_time
    a("dt-ks1-early-afternoon", "x", "post", "@rhian_b", "r.bowen", day("2026-11-17T12:50:00+00:00", "Tue"),
      "Who's doing the secret santa this year?",
      ["directed_time"], note="r.bowen (KS1, staggered lunch 11:45-12:45) is back in class at 12:50.")
    a("dt-main-late-morning", "x", "post", X, "g.hughes", day("2026-11-17T11:50:00+00:00", "Tue"),
      "Does anyone have a good recipe for flapjack?",
      ["directed_time"], note="Main timetable: 11:50 is inside 08:45-12:00.")
    a("dt-part-time-thursday", "instagram", "post", "@amostyn", "a.mostyn", day("2026-11-19T10:00:00+00:00", "Thu"),
      "New library books unpacked 📚", ["directed_time"], note="a.mostyn works Thursday-Friday.")
    a("dt-job-share-wed-am", "facebook", "post", "@helen.roberts.y2", "h.roberts", day("2026-11-18T09:30:00+00:00", "Wed"),
      "Anyone going to the craft fair this weekend?", ["directed_time"], note="h.roberts works Wednesday mornings.")
    a("dt-bst-afternoon", "facebook", "post", F, "r.bowen", day("2026-10-20T12:10:00+00:00", "Tue"),
      "Pumpkin carving kit ordered 🎃", ["directed_time"],
      note="12:10 UTC is 13:10 BST: r.bowen's afternoon (from 12:45); as UTC it would be her lunch.")
    a("hold-official", "x", "post", OX, "o.office", day("2027-01-25T10:00:00+00:00", "Mon"),
      "Reminder: Year 6 residential payments are due this Friday.",
      ["posting_hold"], note="Official account inside the hold (unquoted YAML timestamps).")
    # --- benign
    a("b-ks1-lunch", "x", "post", "@rhian_b", "r.bowen", day("2026-11-17T11:50:00+00:00", "Tue"),
      "Soup and a sandwich in the staffroom, bliss", note="r.bowen's lunch is 11:45-12:45.")
    a("b-part-time-monday", "instagram", "post", "@amostyn", "a.mostyn", day("2026-11-16T10:00:00+00:00", "Mon"),
      "Day off, coffee and a crossword ☕", note="a.mostyn does not work Mondays.")
    a("b-job-share-wed-pm", "facebook", "post", "@helen.roberts.y2", "h.roberts", day("2026-11-18T14:00:00+00:00", "Wed"),
      "Afternoon off, walking the dog on the common", note="h.roberts works Wednesday mornings only.")
    a("b-gmt-lunch", "x", "post", X, "g.hughes", day("2026-11-03T12:10:00+00:00", "Tue"),
      "Jacket potato day in the canteen 🥔", note="12:10 GMT is lunch (12:00-13:00).")
    a("b-inset", "x", "post", X, "g.hughes", day("2027-01-04T10:00:00+00:00", "Mon"),
      "INSET day: safeguarding training then classroom tidy", note="INSET day.")
    a("b-closure", "facebook", "post", F, "r.bowen", day("2026-12-10T10:30:00+00:00", "Thu"),
      "Boiler's broken so school's shut today, hot chocolate and marking at home",
      note="An emergency closure in the config.")
    a("b-hold-personal", "x", "post", X, "g.hughes", day("2027-01-25T19:00:00+00:00", "Mon"),
      "Six Nations tickets booked!", note="A personal account during the hold.")
    a("b-hold-before", "x", "post", OX, "o.office", day("2027-01-25T07:30:00+00:00", "Mon"),
      "Breakfast club opens at 8 today as usual.", note="Before the hold starts at 08:00.")
    a("b-bill", "facebook", "post", F, "r.bowen", SUN,
      "Paid the gas bill and the Year 6 residential deposit on the same day 😬",
      note="'bill' as a word beside a year group; a Year 6 pupil is known as Bill.")
    a("b-jack-frost", "x", "post", X, "g.hughes", day("2026-11-30T08:00:00+00:00", "Mon"),
      "Jack Frost has been busy, the Reception playground is an ice rink ❄️",
      note="A folk figure; a Year 1 pupil is called Jack.")
    a("b-summer-term", "x", "post", OX, "o.office", LUNCH,
      "Summer term dates are on the website. Year 6 SATs week starts 10 May.",
      note="'Summer' as a season on the official account.")
    a("b-grace", "facebook", "post", T, "s.morgan", SUN,
      "Year 4 said grace before the harvest lunch so beautifully",
      note="'grace' as a prayer; a Year 4 pupil is Grace Morgan.")
    a("b-office-number", "facebook", "post", OF, "o.office", LUNCH,
      "Ring the office on 01443 960 212 or email admin@penybryn.example.sch.uk to book a tour",
      note="The school's own number and address on its official page.")
    a("b-prices", "facebook", "post", OF, "o.office", LUNCH,
      "Christmas fair Sat 5 Dec, 10am-1pm. Raffle tickets £1 or 6 for £5 🎁",
      note="Prices and an event date.")
    a("b-official-consented", "x", "post", OX, "o.office", LUNCH,
      "Llongyfarchiadau to Łucja Kamińska in Year 4 for her county art prize! 🎨",
      note="Official account; full name consent.")
    a("b-own-address", "facebook", "post", F, "r.bowen", SAT,
      "We've moved! Our new address is 8 Ffordd Las, cf832bd, housewarming soon 🏡",
      note="The poster's own new address.")
    a("b-declared-follow", "instagram", "follow", "@gareth_price_dad", "g.price", SUN, "",
      rec=["@llyr_price_gaming"], note="g.price declared this pupil as his son.")
    a("b-official-page-consented", "facebook", "post", OF, "o.office", LUNCH,
      "Da iawn Nour El-Sayed in Year 5 for her poem in the county anthology! 📖",
      note="Added after the first run: the official page (configured by its address) naming a pupil "
           "with full name consent. Allowed only if the page is read as official.")
    # --- second batch: written after the loader fixes, scored before any further fix
    a("pn2-surname-first-caps", "facebook", "post", T, "s.morgan", EVE,
      "Merit certificates: OGUNLANA Adewale and AKINYEMI Olaoluwa 🌟",
      ["pupil_name"], note="Register style, surname in capitals first, no diacritics.")
    a("pn2-welsh-mutation-free", "x", "post", X, "g.hughes", SAT,
      "Cadi ap Dafydd's solo at the Urdd was unreal, Year 5 represent",
      ["pupil_name"], note="Welsh 'ap' particle, possessive.")
    a("pn2-known-as-lower", "facebook", "post", F, "r.bowen", SUN,
      "bill okafor scored a hat-trick for the year 6 team",
      ["pupil_name"], note="Known As + surname, lower case.")
    a("pd2-allergy-first-cue", "facebook", "post", T, "s.morgan", EVE2,
      "Summer in my class is coeliac so no cake for her at the party please",
      ["pupil_name", "personal_data"], ["confidential"], note="Word name with a class cue and a medical condition.")
    a("pd2-phone-plus44-spaces", "facebook", "post", F, "r.bowen", SAT,
      "Lost dog found near the Year 2 gate, owner is Dilys on +44 7700 900 914",
      ["personal_data"], note="Someone else's mobile written +44 with spaces.")
    a("pd2-email-plain", "x", "post", X, "g.hughes", SUN,
      "Catrin's personal email for the leaving collection is catrin.tomos77@gmail.com",
      ["personal_data"], note="A colleague's personal e-mail.")
    a("pc2-dm-no-at", "instagram", "dm", IG, "c.tomos", SAT, "See you at the gala!",
      ["pupil_contact"], rec=["osian_haf6"], note="A roster handle without '@'.")
    a("b2-grace-period", "x", "post", OX, "o.office", LUNCH,
      "There's a grace period until Friday for Year 6 residential payments.",
      note="'grace' as a word on the official account.")
    a("b2-summer-fair", "facebook", "post", OF, "o.office", LUNCH,
      "Summer Fair raised £1,240! Thank you to every family in Reception to Year 6.",
      note="'Summer' as a season in an event name.")
    a("b2-bill-nye", "x", "post", X, "g.hughes", EVE,
      "Showed Year 6 a Bill Nye clip about volcanoes and they were hooked",
      note="A TV presenter who shares a pupil's Known As name, with his own surname.")
    s.fill(300)
    config = """\
# Pen-y-Bryn Community Primary (invented), Reception to Year 6.
pack: upland-primary
school:
  name: Pen-y-Bryn Community Primary School
  aliases: [Pen-y-Bryn Primary, Pen-y-Bryn, Ysgol Pen-y-Bryn, "@PenyBrynCP"]
roster: bromcom_student_list.csv    # Bromcom-style student list
staff: bromcom_staff_list.csv
official_accounts:
  - {platform: x, handle: "@PenyBrynCP"}
  - {platform: facebook, handle: "https://www.facebook.com/PenyBrynPrimary/"}
timetable:
  timezone: Europe/London
  directed:                      # 08:45-15:15; lunch 12:00-13:00 (KS1 staff 11:45-12:45)
    mon-fri: ["08:45-12:00", "13:00-15:15"]
""" + TERMS + """\
  closures:
    - 2027-01-04    # INSET
    - 2026-12-10    # emergency closure: heating failure
staff_overrides:
  r.bowen: {directed: {mon-fri: ["08:45-11:45", "12:45-15:15"]}}     # KS1, staggered lunch
  a.mostyn: {directed: {thu-fri: ["08:45-12:00", "13:00-15:15"]}}     # part-time
  h.roberts: {directed: {mon: ["08:45-12:00", "13:00-15:15"], wed: ["08:45-12:00"]}}   # job share
declarations:
  - {user: g.price, pupil: "Llŷr Price", context: son}
holds:
  - {start: 2027-01-25T08:00:00+00:00, end: 2027-01-26T18:00:00+00:00, reason: local authority review}
"""
    photo_yes = ["Y", "Yes", "TRUE", "yes"]
    photo_no = ["N", "No", "Refused", ""]
    name = {"full": ["Full", "Full name"], "first_name_initial": ["First name & initial"],
            "none": ["No", ""], "refused": ["Refused"]}
    rng = random.Random(8202)
    rows = [["Student Name", "Known As", "Reg Group", "Year", "DOB", "Gender", "Photo Consent", "Name Consent",
             "Social Media"]]
    for p in s.pupils:
        nm = f"{p['last_name']}, {p['first_name']}" if p["last_name"] else p["first_name"]
        y, m, d = p["date_of_birth"].split("-")
        photo = rng.choice(photo_yes if p["photo_consent"] == "yes" else photo_no)
        hs = [h.strip() for h in p["social_handles"].split(";") if h.strip()]
        social = ", ".join(f"{rng.choice(['Instagram', 'TikTok'])} {h}" for h in hs)
        reg = p["year_group"].replace("Year ", "Bl ").replace("Reception", "Derbyn")
        rows.append([nm, p["preferred_name"], reg, p["year_group"], f"{d}/{m}/{y}", rng.choice("FM"), photo,
                     rng.choice(name[p["name_consent"]]), social])
    body = crlf_csv(rows) + "\r\n" + crlf_csv([[f"Total Students: {len(s.pupils)}"] + [""] * 8])
    staff = [["Staff Name", "Title", "Username", "Role"],
             ["Morgan, Owain", "Mr", "o.office", "Office Manager"],
             ["Hughes, Gareth", "Mr", "g.hughes", "Year 6 Teacher"],
             ["Bowen, Rhian", "Miss", "r.bowen", "Year 1 Teacher (KS1)"],
             ["Tomos, Catrin", "Ms", "c.tomos", "Year 4 Teacher"],
             ["Morgan, Seren", "Mrs", "s.morgan", "Teaching Assistant"],
             ["Mostyn, Alys", "Mrs", "a.mostyn", "Librarian, part-time"],
             ["Roberts, Helen", "Mrs", "h.roberts", "Year 2 Teacher (job share)"],
             ["Price, Gareth", "Mr", "g.price", "Caretaker"]]
    s.write_files(config, {"bromcom_student_list.csv": b"\xef\xbb\xbf" + body.encode("utf-8"),
                           "bromcom_staff_list.csv": b"\xef\xbb\xbf" + crlf_csv(staff).encode("utf-8")})


if __name__ == "__main__":
    brackenfield(); penybryn()

"""Writes the held-out-style probe sets under tests/heldout/ (run from anywhere; deterministic).

Three invented schools, one for each pack the shared dev set does not cover (e-act,
triumph-learning-trust, trust-academies-2016), and fresh phrasings for the two dev schools
(whose configs are copied beside their cases). Every name and address is invented. Labels
follow the clause of that school's policy (see each case's `note`), with the dev set's
conventions: `must` is what the clause requires, `may` what it arguably covers, and a `may`
never stands alone.
"""
from __future__ import annotations

import csv
import json
import re
import shutil
import unicodedata
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEV = HERE.parents[2] / "shared" / "acceptance" / "dev"

ROSTER_HEADER = ["first_name", "last_name", "preferred_name", "year_group", "date_of_birth",
                 "photo_consent", "name_consent", "social_handles"]
STAFF_HEADER = ["username", "first_name", "last_name", "role"]

TERMS = """\
  terms:
    - {start: 2026-09-02, end: 2026-10-23}
    - {start: 2026-11-02, end: 2026-12-18}
    - {start: 2027-01-04, end: 2027-02-12}
    - {start: 2027-02-22, end: 2027-03-26}
    - {start: 2027-04-12, end: 2027-05-28}
    - {start: 2027-06-07, end: 2027-07-21}
"""


WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def day(at: str, expected: str) -> str:
    """Return `at` after checking it falls on the weekday (in its own offset) the case's note
    relies on."""
    got = WEEKDAYS[datetime.fromisoformat(at).weekday()]
    assert got == expected, (at, got, expected)
    return at


def fold(text: str) -> str:
    """Lower case without diacritics, for the generators' own checks (not the engine's fold)."""
    text = unicodedata.normalize("NFKD", text.replace("ł", "l").replace("Ł", "L").replace("ı", "i"))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def roster_names(path: Path) -> set[str]:
    """Folded 'first last' names of a roster file, whatever its export shape (BOM, cp1252,
    MIS headers)."""
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    rows = list(csv.reader(text.splitlines()))
    head = [h.lower() for h in rows[0]]
    fi = next(i for i, h in enumerate(head) if h in ("first_name", "forename"))
    li = next(i for i, h in enumerate(head) if h in ("last_name", "surname"))
    return {fold(f"{r[fi]} {r[li]}") for r in rows[1:] if r}


def write_csv(path: Path, header: list[str], rows: str) -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        for line in rows.strip().splitlines():
            w.writerow([c.strip() for c in line.split("|")])


class CaseSet:
    def __init__(self, name: str, config: str, prefix: str, first_id: int = 1000):
        self.dir = HERE / name
        self.dir.mkdir(exist_ok=True)
        self.config = config
        self.prefix = prefix
        self.cases: list[dict] = []
        self.n = first_id

    def add(self, cid, platform, action, handle, user, at, text, must=(), may=(), rec=(), note=""):
        self.n += 1
        datetime.fromisoformat(at)
        cid = f"{self.prefix}-{cid}"
        assert cid not in {c["id"] for c in self.cases}, cid
        self.cases.append({
            "id": cid, "config": self.config,
            "post": {"platform": platform, "action": action,
                     "account": {"handle": handle, "id": str(self.n)}, "user": user, "at": at,
                     "text": text, "recipients": list(rec), "images": []},
            "expect": {"must": list(must), "may": list(may)}, "note": note})

    def write(self) -> None:
        with (self.dir / "cases.jsonl").open("w", encoding="utf-8") as f:
            for c in self.cases:
                assert not (c["expect"]["may"] and not c["expect"]["must"]), c["id"]
                f.write(json.dumps(c, ensure_ascii=False) + "\n")



class RosterCaseSet(CaseSet):
    """Cases against a school whose roster is on disk: a case whose labels name no pupil must
    not name one by accident (filler pupils included), unless it says so (`roster_ok`)."""

    def __init__(self, name: str, config: str, prefix: str, roster: Path, first_id: int):
        super().__init__(name, config, prefix, first_id)
        self.names = roster_names(roster)

    def add(self, cid, platform, action, handle, user, at, text, must=(), may=(), rec=(), note="",
            roster_ok=False):
        if "pupil_name" not in must and "pupil_name" not in may and not roster_ok:
            ft = fold(text)
            hit = [n for n in self.names if re.search(r"\b" + re.escape(n) + r"\b", ft)]
            assert not hit, (f"{self.prefix}-{cid}", hit)
        super().add(cid, platform, action, handle, user, at, text, must, may, rec, note)

# --------------------------------------------------------------------------------------------
# e-act: Northfleet Rise Academy (11-18). No directed time in this pack, so no timetable.
# --------------------------------------------------------------------------------------------
def e_act() -> None:
    s = CaseSet("e-act", "northfleet.yaml", "ea")
    (s.dir / "northfleet.yaml").write_text("""\
# Northfleet Rise Academy (invented), an E-ACT-style secondary academy, ages 11-18.
pack: e-act
school:
  name: Northfleet Rise Academy
  aliases: [Northfleet Rise, NRA, "@NorthfleetRise"]
roster: roster.csv
staff: staff.csv
official_accounts:
  - {platform: x, handle: "@NorthfleetRise"}
  - {platform: facebook, handle: "@NorthfleetRiseAcademy"}
  - {platform: instagram, handle: "@northfleet_rise_pe"}      # the PE department
declarations:
  - {user: g.thorne, pupil: "Harvey Cole", context: nephew}
holds:
  - {start: "2027-02-08T08:00:00+00:00", end: "2027-02-10T17:00:00+00:00", reason: "crisis event at a sister academy"}
""", encoding="utf-8")
    write_csv(s.dir / "roster.csv", ROSTER_HEADER, """
Mateusz|Grabowski||Year 8|2013-03-14|yes|first_name_initial|@mati_grab
Eilidh|MacAskill||Year 9|2012-06-02|yes|full|
Adaeze|Okonkwo-Bell|Ada|Year 10|2011-01-20|yes|first_name_initial|@ada.ob
Renée|Lefebvre||Year 11|2010-09-30|no|full|
Dáire|Ó Ceallaigh||Year 7|2014-02-11|yes|first_name_initial|
Björn|Lindqvist||Year 12|2009-05-05|yes|full|@bjorn.lq
Hope|Sterling||Year 8|2013-07-07|yes|full|
Faith|Ambrose||Year 10|2011-04-19|yes|none|
Mark|Bishop||Year 9|2012-11-11|yes|full|
Grace|Ndlovu||Year 11|2010-02-28|yes|first_name_initial|
Sunny|Patel-Rao||Year 7|2014-08-08|yes|full|
Miles|Foster||Year 10|2011-12-01|yes|full|
Kai|O'Donoghue||Year 9|2012-03-03|yes|first_name_initial|@kai.odono
Zainab|Al-Farsi||Year 12|2009-10-10|yes|full|
Siân|Pritchard||Year 8|2013-01-25|yes|first_name_initial|
Joaquín|Herrera||Year 11|2010-05-16|no|first_name_initial|
Noémie|Caron||Year 7|2014-06-21|yes|full|
Oluwadamilare|Bankole|Dami|Year 10|2011-08-30|yes|full|@dami_bankole
Thu Trang|Pham||Year 9|2012-09-09|yes|full|
Amelia-Rose|Whitlock||Year 8|2013-04-04|yes|first_name_initial|
Ivy|Brennan||Year 7|2014-10-12|yes|full|
Brooke|Sandoval||Year 11|2010-07-07|yes|full|@brookesandoval_
Skye|Robertson||Year 10|2011-03-15|yes|full|
Harvey|Cole||Year 8|2013-02-02|yes|full|@harvcole13
Isla|Grant||Year 9|2012-12-12|yes|full|
Yusra|Haddad||Year 11|2010-11-05|yes|first_name_initial|
Oscar|Lindgren||Year 7|2014-01-30|yes|full|
Priya|Raman||Year 13|2008-09-14|yes|full|
Ethan|Wilde||Year 12|2009-06-06|yes|full|
Maisie|Doyle||Year 10|2011-05-22|yes|full|
Tariq|Mahmood||Year 9|2012-08-17|no|none|
Lena|Vogel||Year 8|2013-10-03|yes|full|
Hamza|Qureshi||Year 11|2010-04-04|yes|full|@hamzaq_10
Chloé|Dubois||Year 13|2008-12-24|yes|first_name_initial|
Jude|Okwuosa||Year 7|2014-03-27|yes|full|
Patience|Asante||Year 10|2011-09-18|yes|full|
Reuben|Stokes||Year 9|2012-02-14|yes|full|
Nia|Llewellyn||Year 8|2013-11-29|yes|full|
Amir|Karimi||Year 12|2009-01-08|yes|full|
Ffion|Rees-Jones||Year 11|2010-06-13|yes|first_name_initial|
""")
    write_csv(s.dir / "staff.csv", STAFF_HEADER, """
r.delaney|Rory|Delaney|Principal
s.bhatti|Samira|Bhatti|Designated Safeguarding Lead
g.thorne|Gavin|Thorne|Head of PE
l.kowal|Leanne|Kowal|English Teacher
m.adeyinka|Marcus|Adeyinka|Science Teacher
p.desai|Priti|Desai|Communications Officer
o.pugh|Owen|Pugh|Maths Teacher
h.greaves|Hannah|Greaves|Teaching Assistant
""")
    P = "@leanne_reads"; Q = "@marcus_a_sci"; O = "@NorthfleetRise"; F = "@NorthfleetRiseAcademy"
    # --- pupil names ---
    s.add("name-full", "facebook", "post", "@leanne.kowal.3", "l.kowal", "2026-11-21T18:00:00+00:00",
          "Eilidh MacAskill absolutely smashed her grade 5 piano exam today, so proud of our Year 9 musician 🎹",
          ["pupil_name"], note="Full name on a personal account (5.4: nothing related to pupils without written permission).")
    s.add("name-no-accents-lower", "x", "post", P, "l.kowal", "2026-11-24T19:10:00+00:00",
          "renee lefebvre just got a standing ovation at the year 11 drama showcase",
          ["pupil_name"], note="Renée Lefebvre, lower case, accent dropped.")
    s.add("name-irish-no-fada", "instagram", "post", "@gav_thorne_pe", "g.thorne", "2026-11-28T12:30:00+00:00",
          "Daire O Ceallaigh with two goals for the Year 7s this morning ⚽",
          ["pupil_name"], note="Dáire Ó Ceallaigh without the fadas.")
    s.add("name-apostrophe-dropped", "x", "post", "@owenpugh_maths", "o.pugh", "2026-11-25T20:00:00+00:00",
          "Massive well done to Kai ODonoghue, UKMT gold!",
          ["pupil_name"], note="O'Donoghue with the apostrophe dropped.")
    s.add("name-hashtag-hyphen", "tiktok", "post", "@leanne_reads", "l.kowal", "2026-11-26T18:00:00+00:00",
          "Debate club final was electric 🔥 #AdaezeOkonkwoBell",
          ["pupil_name"], note="Hashtag run-together of a hyphenated surname.")
    s.add("name-preferred-context", "x", "post", Q, "m.adeyinka", "2026-11-26T19:30:00+00:00",
          "Dami in my Year 10 set got full marks on the physics mock. Buzzing.",
          ["pupil_name"], note="Preferred name (Oluwadamilare Bankole) with a year group.")
    s.add("name-register", "x", "post", Q, "m.adeyinka", "2026-11-30T18:00:00+00:00",
          "Lindqvist, Bjorn: coursework missing for the fourth week running. Some things never change.",
          ["pupil_name"], ["reputation", "confidential"], note="Register form, surname first, no diacritic.")
    s.add("name-two-part-first", "facebook", "post", "@leanne.kowal.3", "l.kowal", "2026-12-01T19:00:00+00:00",
          "thu trang pham won the year 9 poetry slam!! so so proud",
          ["pupil_name"], note="Two-part first name in lower case.")
    s.add("name-initial-personal", "facebook", "post", "@hannah.greaves.ta", "h.greaves", "2026-12-02T18:30:00+00:00",
          "Amelia-Rose W. from Year 8 won the county chess cup today! ♟️",
          ["pupil_name"], note="Hyphenated first name with initial and year group on a personal account: relates to a pupil without permission.")
    s.add("name-possessive", "linkedin", "post", "@owen-pugh-maths", "o.pugh", "2026-12-03T17:30:00+00:00",
          "Zainab Al-Farsi's Oxford interview went brilliantly, so proud of our sixth former",
          ["pupil_name"], note="Possessive of a hyphenated surname.")
    s.add("name-caps", "x", "post", "@gav_thorne_pe", "g.thorne", "2026-12-05T16:00:00+00:00",
          "HAMZA QURESHI HAT-TRICK!!! Year 11 are through to the county final",
          ["pupil_name"], note="Capitals.")
    s.add("word-hope", "facebook", "post", "@leanne.kowal.3", "l.kowal", "2026-10-23T17:00:00+01:00",
          "Hope everyone has a restful half term, see you all on the 2nd!",
          note="'Hope' opens a wish; Hope Sterling is a pupil.")
    s.add("word-mark", "x", "post", Q, "m.adeyinka", "2026-11-22T18:00:00+00:00",
          "Mark my words, this Year 9 group are going to fly in their mocks.",
          note="'Mark my words' is an idiom; Mark Bishop is in Year 9.")
    s.add("word-faith-grace", "facebook", "post", "@hannah.greaves.ta", "h.greaves", "2026-11-22T11:00:00+00:00",
          "Faith in humanity restored: a stranger paid for my coffee this morning. Grace under pressure from the barista too.",
          note="Faith and Grace as nouns.")
    s.add("word-miles-sunny", "instagram", "post", "@owen.runs", "o.pugh", "2026-11-22T10:00:00+00:00",
          "Ten miles on a sunny Sunday morning. Legs are jelly 🏃",
          note="miles, sunny: ordinary words.")
    s.add("word-ivy-rose", "instagram", "post", "@hannah.greaves.ta", "h.greaves", "2026-11-29T13:00:00+00:00",
          "The ivy and the climbing rose on the allotment shed are finally taking off 🌹",
          note="Plants.")
    s.add("official-within", "x", "post", O, "p.desai", "2026-11-23T12:00:00+00:00",
          "Congratulations to Mateusz G. and Siân P. in Year 8 on their gold certificates in the maths challenge! 🥇",
          note="First name and initial is within every consent level.")
    s.add("official-beyond-initial", "x", "post", O, "p.desai", "2026-11-23T12:05:00+00:00",
          "Congratulations to Grace Ndlovu (Year 11), the new county 400m champion!",
          ["pupil_name"], note="Grace Ndlovu has first_name_initial consent only.")
    s.add("official-none", "facebook", "post", F, "p.desai", "2026-11-11T13:00:00+00:00",
          "Faith from Year 10 read her own poem at our Remembrance assembly this morning.",
          ["pupil_name"], note="Faith Ambrose has name consent none: first name with year group identifies her.")
    s.add("official-full-ok", "x", "post", O, "p.desai", "2026-11-23T12:10:00+00:00",
          "Well done to Eilidh MacAskill (Year 9) on her grade 5 piano distinction! 🎹",
          note="Full name consent on an official account.")
    # --- personal data ---
    s.add("pd-colleague-phone", "facebook", "post", "@hannah.greaves.ta", "h.greaves", "2026-11-27T17:45:00+00:00",
          "Leanne's stuck at the station with a dead phone, if you're passing give her a ring on 07700 900 812",
          ["personal_data"], note="A colleague's mobile number.")
    s.add("pd-parent-email", "x", "post", P, "l.kowal", "2026-11-27T19:00:00+00:00",
          "Maisie Doyle's mum says anyone wanting to join the lift share can email her at doyle.family@example.net",
          ["pupil_name", "personal_data"], note="Pupil's full name and her parent's e-mail address.")
    s.add("pd-pupil-address", "facebook", "post", "@gav.thorne", "g.thorne", "2026-11-27T20:00:00+00:00",
          "Dropping Patience Asante's PE kit round to 3 Meadow Close, DN4 7RJ after work if anyone's heading that way",
          ["pupil_name", "personal_data"], note="Pupil's home address.")
    s.add("pd-medical-first", "instagram", "post", "@leanne_reads", "l.kowal", "2026-11-28T18:00:00+00:00",
          "Tariq in my form has type 1 diabetes and keeps forgetting his insulin pen. So stressful.",
          ["pupil_name", "personal_data"], ["confidential"], note="First name in a school context plus a medical condition.")
    s.add("pd-dob", "x", "post", "@owenpugh_maths", "o.pugh", "2026-06-21T17:00:00+01:00",
          "Happy birthday Noémie Caron (21/06/2014), the best reader in Year 7 🎂",
          ["pupil_name", "personal_data"], note="Pupil's full name and date of birth.")
    s.add("pd-benign-numbers", "facebook", "post", "@leanne.kowal.3", "l.kowal", "2026-11-29T12:00:00+00:00",
          "Year 11 prom tickets are £25 and go on sale 03/03/2027 at https://tickets.example.org/prom2027, 120 places only.",
          note="Price, date, URL: no personal data.")
    # --- offensive ---
    s.add("off-starred", "x", "post", "@owenpugh_maths", "o.pugh", "2026-11-30T08:00:00+00:00",
          "Some absolute c**t cut me up on the A19 this morning",
          ["offensive"], note="Starred-out obscenity (5.4).")
    s.add("off-leet", "x", "reply", "@gav_thorne_pe", "g.thorne", "2026-11-28T17:00:00+00:00",
          "that ref is a total d1ckhead", ["offensive"], rec=["@sunday_league_news"], note="Insult with a digit for a letter.")
    s.add("off-spaced", "facebook", "post", "@leanne.kowal.3", "l.kowal", "2026-12-01T21:00:00+00:00",
          "f u c k this marking pile, honestly", ["offensive"], note="Spaced-out obscenity.")
    s.add("off-discriminatory", "facebook", "post", "@gav.thorne", "g.thorne", "2026-12-02T21:00:00+00:00",
          "Too many Muslims moving onto our estate. They should all go back where they came from.",
          ["offensive"], note="Discriminatory comment about a religion.")
    s.add("off-threat", "x", "reply", "@gav_thorne_pe", "g.thorne", "2026-12-02T22:00:00+00:00",
          "Say that to my face and I'll break your jaw, mate.", ["offensive"], rec=["@randomfan99"],
          note="Threat.")
    s.add("off-mild", "x", "post", "@owenpugh_maths", "o.pugh", "2026-12-03T07:30:00+00:00",
          "Flipping heck, forgot it's non-uniform day. Again.", note="Mild exclamation.")
    # --- solicitation: prohibited on personal and trust accounts alike (5.4) ---
    s.add("sol-personal-commercial", "facebook", "post", "@hannah.greaves.ta", "h.greaves", "2026-12-03T20:00:00+00:00",
          "My aloe vera shop is open! 20% off all gels this week, message me to order 💚",
          ["solicitation"], note="Commercial solicitation on a personal account: prohibited (5.4).")
    s.add("sol-personal-political", "x", "post", P, "l.kowal", "2027-05-04T19:00:00+01:00",
          "Please vote Labour on Thursday. Every single vote counts in our ward!",
          ["solicitation"], note="Political solicitation (5.4).")
    s.add("sol-chain", "facebook", "post", "@leanne.kowal.3", "l.kowal", "2026-12-04T20:00:00+00:00",
          "Copy and paste this to 10 friends within the hour or you'll have seven years of bad luck!!",
          ["solicitation"], note="Chain letter (5.4).")
    s.add("sol-religious", "instagram", "post", "@marcus.adeyinka", "m.adeyinka", "2026-12-05T20:00:00+00:00",
          "Come to New Life Church this Sunday and give your life to Jesus 🙏 everyone welcome",
          ["solicitation"], note="Religious solicitation (5.4).")
    s.add("sol-voted", "x", "post", Q, "m.adeyinka", "2027-05-06T08:00:00+01:00",
          "Voted on the way in. No queue at all at the polling station.", note="Voting, no appeal.")
    s.add("sol-school-bake-sale", "facebook", "post", F, "p.desai", "2026-12-07T16:00:00+00:00",
          "Our Year 7s raised £340 for the local food bank at yesterday's bake sale. Thank you all!",
          note="School news about its own fundraising.")
    # --- pupil contact (5.2) ---
    s.add("pc-dm", "instagram", "dm", "@gav_thorne_pe", "g.thorne", "2026-12-06T18:00:00+00:00",
          "Great game Saturday, you coming to training on Tuesday?", ["pupil_contact"], ["pupil_name"],
          rec=["@dami_bankole"], note="DM to a pupil.")
    s.add("pc-follow-caps", "x", "follow", "@owenpugh_maths", "o.pugh", "2026-12-06T19:00:00+00:00",
          "", ["pupil_contact"], ["pupil_name"], rec=["@KAI.ODONO"], note="Roster handle in capitals.")
    s.add("pc-declared", "facebook", "friend_request", "@gav.thorne", "g.thorne", "2026-12-06T20:00:00+00:00",
          "", rec=["@harvcole13"], note="Declared: Harvey Cole is g.thorne's nephew.")
    s.add("pc-undeclared-same", "instagram", "follow", "@leanne_reads", "l.kowal", "2026-12-06T20:10:00+00:00",
          "", ["pupil_contact"], ["pupil_name"], rec=["@harvcole13"], note="The declaration covers g.thorne only.")
    s.add("pc-tag-text", "x", "post", P, "l.kowal", "2026-12-07T18:00:00+00:00",
          "Brilliant debating from @brookesandoval_ today 👏", ["pupil_contact"], ["pupil_name"],
          note="Tags a pupil in the text (5.2: pupils' accounts are never tagged).")
    s.add("pc-not-pupil", "instagram", "follow", "@leanne_reads", "l.kowal", "2026-12-07T18:30:00+00:00",
          "", rec=["@sterling.family.photos"], note="Not a roster handle.")
    # --- confidential ---
    s.add("conf-exclusion", "x", "post", Q, "m.adeyinka", "2026-12-08T19:00:00+00:00",
          "Permanent exclusion for a Year 10 today after the incident in the canteen. Not public yet.",
          ["confidential"], note="An exclusion.")
    s.add("conf-staff-investigation", "facebook", "post", "@hannah.greaves.ta", "h.greaves", "2026-12-08T20:00:00+00:00",
          "Our head of maths has been on gardening leave since Monday pending an investigation. Nobody's allowed to say why.",
          ["confidential"], ["reputation"], note="Staff discipline.")
    s.add("conf-ofsted-early", "x", "post", P, "l.kowal", "2026-12-09T19:00:00+00:00",
          "Inspectors gave their feedback today and we've dropped to Requires Improvement. Can't share officially until the report is out 🤐",
          ["confidential"], ["reputation"], note="Inspection outcome before release.")
    s.add("conf-ofsted-published", "linkedin", "post", "@rory-delaney-nra", "r.delaney", "2027-01-20T12:00:00+00:00",
          "Our inspection report has been published today and Northfleet Rise is officially Good. Read it on the Ofsted website.",
          note="Published inspection outcome.")
    s.add("conf-budget", "reddit", "post", "u/nra_throwaway", "o.pugh", "2026-12-09T21:00:00+00:00",
          "Trust finance meeting today: we're £240k overspent and they're talking about cutting the music department. Keep it quiet for now.",
          ["confidential"], note="Internal finances and unannounced cuts.")
    # --- reputation (5.3) ---
    s.add("rep-school", "facebook", "post", "@gav.thorne", "g.thorne", "2026-12-10T21:00:00+00:00",
          "Northfleet Rise is a shambles this year. Leadership couldn't organise a raffle.",
          ["reputation"], note="Disparages the academy and its leaders.")
    s.add("rep-colleague", "x", "post", Q, "m.adeyinka", "2026-12-10T21:30:00+00:00",
          "Our new deputy head is the most useless, clueless manager I've ever worked under.",
          ["reputation"], note="Disparages a colleague.")
    s.add("rep-parents", "facebook", "post", "@leanne.kowal.3", "l.kowal", "2026-12-11T20:00:00+00:00",
          "The parents at my school are something else. Not one of them can be bothered to read an email.",
          ["reputation"], note="Disparages parents.")
    s.add("rep-grievance", "x", "post", "@owenpugh_maths", "o.pugh", "2026-12-11T20:30:00+00:00",
          "Third year running without a pay progression meeting. The trust treats its staff like dirt.",
          ["reputation"], note="Work grievance and disparagement of the Trust (5.3).")
    s.add("rep-positive", "facebook", "post", "@hannah.greaves.ta", "h.greaves", "2026-12-12T10:00:00+00:00",
          "Genuinely love working with the Year 8s. They make me laugh every single day.",
          note="Positive post about work.")
    # --- WhatsApp (5.5) ---
    s.add("plat-whatsapp-business", "whatsapp", "post", "+447700900201", "o.pugh", "2026-12-14T17:00:00+00:00",
          "Can everyone send me their Year 9 report comments by Friday please? Deadline is firm.",
          ["prohibited_platform"], rec=["Maths dept"], note="WhatsApp used for Trust purposes (5.5).")
    s.add("plat-whatsapp-personal", "whatsapp", "dm", "+447700900201", "o.pugh", "2026-12-14T17:05:00+00:00",
          "Are we still on for curry on Saturday? I'll book for 8.", rec=["+447700900888"], note="Personal chat.")
    # --- hold, profile ---
    s.add("hold-official", "x", "post", O, "p.desai", "2027-02-09T10:00:00+00:00",
          "Good luck to our Year 11s sitting their science mocks this week!", ["posting_hold"],
          note="Official account during the hold.")
    s.add("hold-official-offset", "instagram", "post", "@northfleet_rise_pe", "g.thorne", "2027-02-10T17:30:00+01:00",
          "Netball results coming later!", ["posting_hold"], note="16:30 UTC, before the hold ends.")
    s.add("hold-after", "x", "post", O, "p.desai", "2027-02-10T17:05:00+00:00",
          "Thank you for your patience this week.", note="After the hold.")
    s.add("hold-personal", "x", "post", P, "l.kowal", "2027-02-09T19:00:00+00:00",
          "Snow! Marking by the fire tonight.", note="Personal account during a hold.")
    s.add("profile-workplace", "x", "profile_update", P, "l.kowal", "2026-12-12T20:00:00+00:00",
          "English teacher at Northfleet Rise Academy. Views are my own, not my employer's.",
          note="5.3 allows disclosing the employer with a disclaimer.")
    # --- round 2: phrasings written after the first fixes, scored before any further change ---
    s.add("r2-name-initial-surname", "x", "post", Q, "m.adeyinka", "2027-01-12T19:00:00+00:00",
          "Huge congrats to N. Llewellyn in Year 8 for the science fair win", ["pupil_name"],
          note="Initial and surname with a year group on a personal account.")
    s.add("r2-name-nickname-lower", "instagram", "post", "@gav_thorne_pe", "g.thorne", "2027-01-12T19:30:00+00:00",
          "dami bankole and miles foster carrying the year 10 team again 💪", ["pupil_name"],
          note="Two full names in lower case; 'miles' is also a word.")
    s.add("r2-word-skye-brooke", "instagram", "post", "@hannah.greaves.ta", "h.greaves", "2027-01-16T11:00:00+00:00",
          "Half term trip booked: Isle of Skye, then a week by the brooke at my sister's 🏞️",
          note="Skye the island; Skye Robertson is a pupil.")
    s.add("r2-pd-sibling-phone", "x", "post", P, "l.kowal", "2027-01-13T18:00:00+00:00",
          "Lost phone found in the library, belongs to Isla Grant's brother? Ring 07700 900 233 to claim",
          ["pupil_name", "personal_data"], note="Pupil's full name and a family member's number.")
    s.add("r2-off-masked-abuse", "x", "reply", "@owenpugh_maths", "o.pugh", "2027-01-13T22:00:00+00:00",
          "get lost you absolute pr*ck", ["offensive"], rec=["@anon8812"], note="Masked insult.")
    s.add("r2-off-transphobic", "facebook", "post", "@gav.thorne", "g.thorne", "2027-01-14T21:00:00+00:00",
          "Trans people are mentally ill and shouldn't be allowed near kids.", ["offensive"],
          note="Discriminatory generalisation about gender reassignment.")
    s.add("r2-sol-mlm", "instagram", "post", "@hannah.greaves.ta", "h.greaves", "2027-01-14T20:00:00+00:00",
          "Looking for 3 ladies to join my team! Work from your phone, DM me for details 💸",
          ["solicitation"], note="Commercial (network marketing) recruitment (5.4).")
    s.add("r2-sol-fundraiser-political", "facebook", "post", "@leanne.kowal.3", "l.kowal", "2027-01-15T20:00:00+00:00",
          "Please donate to our Labour branch's election fund, every pound helps us win in May!",
          ["solicitation"], note="Political fundraising appeal (5.4).")
    s.add("r2-conf-complaint", "x", "post", Q, "m.adeyinka", "2027-01-15T21:00:00+00:00",
          "A parent has made a formal complaint about me to the governors. Can't say more but I'm gutted.",
          ["confidential"], note="A live complaint process about staff.")
    s.add("r2-rep-trust", "x", "post", "@owenpugh_maths", "o.pugh", "2027-01-16T20:00:00+00:00",
          "The trust's new behaviour policy is the most ridiculous thing I've read in 20 years of teaching. Absolute madness.",
          ["reputation"], note="Disparages the Trust's policy in public (5.3).")
    s.add("r2-rep-benign-critique", "x", "post", Q, "m.adeyinka", "2027-01-16T20:30:00+00:00",
          "Really interesting CPD today on retrieval practice. Not sure I agree with all of it, but plenty to think about.",
          note="Professional disagreement, not disparagement.")
    s.add("r2-pc-comment-pupil", "tiktok", "comment", "@leanne_reads", "l.kowal", "2027-01-17T18:00:00+00:00",
          "haha this is brilliant 😂", ["pupil_contact"], ["pupil_name"], rec=["@mati_grab"],
          note="Comment on a pupil's video.")
    s.add("r2-plat-whatsapp-parents", "whatsapp", "post", "+447700900202", "g.thorne", "2027-01-17T17:00:00+00:00",
          "Reminder for Year 8 parents: fixtures on Saturday, kick off 10am at the academy.",
          ["prohibited_platform"], rec=["Y8 football parents"], note="WhatsApp for Trust purposes (5.5).")
    s.add("r2-benign-news", "facebook", "post", "@leanne.kowal.3", "l.kowal", "2027-01-17T19:00:00+00:00",
          "Finally finished Wolf Hall. 10/10, would recommend to anyone who loves Tudor history.",
          note="Ordinary post.")
    s.write()


# --------------------------------------------------------------------------------------------
# triumph-learning-trust: Brackenmoor Primary School. Personal use only in breaks (section 8).
# --------------------------------------------------------------------------------------------
def triumph() -> None:
    s = CaseSet("triumph", "brackenmoor.yaml", "tl")
    (s.dir / "brackenmoor.yaml").write_text("""\
# Brackenmoor Primary School (invented), a Triumph Learning Trust-style primary, Reception-Year 6.
pack: triumph-learning-trust
school:
  name: Brackenmoor Primary School
  aliases: [Brackenmoor Primary, Brackenmoor, "@BrackenmoorPS"]
roster: roster.csv
staff: staff.csv
official_accounts:
  - {platform: x, handle: "@BrackenmoorPS"}
  - {platform: facebook, handle: "@BrackenmoorPrimary"}
  - {platform: instagram, handle: "@brackenmoor_eyfs"}
timetable:
  timezone: Europe/London
  directed:                      # day 08:50-15:20; break 10:25-10:40; lunch 12:05-13:05
    mon-thu: ["08:50-10:25", "10:40-12:05", "13:05-15:20"]
    fri: ["08:50-10:25", "10:40-12:05", "13:05-14:45"]
""" + TERMS + """\
  closures: [2026-09-02, 2027-01-04, 2027-06-07]
staff_overrides:
  t.lowe: {directed: {wed-fri: ["08:50-10:25", "10:40-12:05", "13:05-15:20"]}}   # part-time
declarations:
  - {user: k.stead, pupil: "Kwame Boateng", context: "family friend"}
holds:
  - {start: "2027-03-01T06:00:00+00:00", end: "2027-03-02T20:00:00+00:00", reason: "trust review"}
""", encoding="utf-8")
    write_csv(s.dir / "roster.csv", ROSTER_HEADER, """
Poppy|Ashworth||Year 3|2018-05-01|yes|full|
Xavier|Nkemelu||Year 6|2015-02-12|yes|first_name_initial|@xav_nk
Olivia|Kozłowska||Year 5|2016-03-03|yes|full|
Saoirse|Ní Dhuibhir||Year 4|2017-07-17|yes|first_name_initial|
Ahmed|El-Sayed||Year 2|2019-01-09|yes|full|
Penny|Crabtree||Year 1|2020-04-14|yes|full|
Honey|Baptiste||Reception|2021-06-01|yes|full|
Robin|Featherstone||Year 6|2015-06-30|yes|full|@robinfeathers
Angel|Moreno||Year 3|2018-02-20|yes|none|
Daisy|Whitehead||Year 2|2019-03-30|yes|full|
Jay|Pemberton||Year 5|2016-08-08|yes|full|
Chase|Underwood||Year 6|2015-10-10|yes|full|@chase_uw
Marley|Quinn-Osborne||Year 4|2017-05-05|yes|full|
Élodie|Marchand||Year 3|2018-07-07|yes|first_name_initial|
Mihai|Rădulescu||Year 5|2016-01-21|yes|full|
Zofia|Wójcik||Year 1|2020-02-02|yes|full|
Cormac|O'Rourke||Year 6|2015-04-04|no|full|
Aarav|Mehta||Year 2|2019-05-15|yes|full|
Lily-Mae|Fairbanks||Year 1|2020-06-06|yes|first_name_initial|
Edward|Blackwood|Teddy|Year 4|2017-09-09|yes|full|
Alexandra|Popov|Sasha|Year 6|2015-11-11|yes|first_name_initial|
Matilda|Greenhalgh|Tilly|Year 5|2016-12-12|yes|full|
Storm|Hadley||Year 3|2018-03-03|yes|full|
Mercy|Appiah||Year 2|2019-07-07|yes|full|
Rowan|Birch||Year 4|2017-10-10|yes|full|
Ben|Thwaite||Reception|2021-01-01|yes|full|
Freddie|Ashcroft||Year 6|2015-05-05|yes|full|
Layla|Hussein||Year 3|2018-09-19|yes|full|
Nour|Khalil||Year 5|2016-04-24|yes|first_name_initial|
Jakub|Nowicki||Year 4|2017-02-14|yes|full|
Eva|Lindström||Year 2|2019-11-30|yes|full|
Kwame|Boateng||Year 6|2015-08-18|yes|full|@kwame.b
Scarlett|Dunmore||Year 1|2020-08-28|yes|full|
Archie|Pennington||Year 3|2018-01-13|yes|full|
Fatima Zahra|Benali||Year 5|2016-06-16|yes|full|
Ngozi|Uche||Year 4|2017-03-23|yes|full|
Harper|Linton||Reception|2021-04-04|yes|full|
Maya|Castellanos||Year 6|2015-07-27|no|none|
Wren|Holloway||Year 1|2020-10-10|yes|full|
Mohammed|Rahimi|Mo|Year 6|2015-09-29|yes|full|
Ava-Grace|Tindall||Year 3|2018-11-11|yes|full|
""")
    write_csv(s.dir / "staff.csv", STAFF_HEADER, """
j.marsh|Janet|Marsh|Headteacher
g.finch|Gillian|Finch|Deputy Headteacher
k.stead|Kelly|Stead|Year 6 Teacher
t.lowe|Tomos|Lowe|Year 5 Teacher (part-time)
a.iqbal|Asma|Iqbal|Year 2 Teacher
d.royle|Darren|Royle|Sports Coach
s.okafor|Sade|Okafor|School Operations Manager
n.pike|Nicola|Pike|Teaching Assistant
""")
    K = "@kellysteadteach"; A = "@asma_teaches"; O = "@BrackenmoorPS"; F = "@BrackenmoorPrimary"
    # --- directed time (8) ---
    s.add("dt-inside", "x", "post", K, "k.stead", "2026-11-17T09:30:00+00:00",
          "Anyone else's coffee gone cold already? ☕", ["directed_time"], note="Tuesday 09:30 GMT, a directed period.")
    s.add("dt-break", "x", "post", K, "k.stead", "2026-11-17T10:30:00+00:00",
          "Break-time biscuit review: custard creams win again.", note="10:30 is morning break.")
    s.add("dt-lunch", "instagram", "post", "@asma.bakes", "a.iqbal", "2026-11-18T12:30:00+00:00",
          "Lunchtime banana bread test bake 🍌", note="Lunch.")
    s.add("dt-bst-inside", "facebook", "post", "@asma.iqbal.22", "a.iqbal", "2026-09-22T08:00:00+00:00",
          "Beautiful morning for it!", ["directed_time"], note="08:00 UTC is 09:00 BST on a term Tuesday.")
    s.add("dt-bst-after", "facebook", "post", "@asma.iqbal.22", "a.iqbal", "2026-09-22T14:30:00+00:00",
          "Home time. Kettle on.", note="14:30 UTC is 15:30 BST, after the day ends.")
    s.add("dt-friday-early", "x", "post", "@darren_coach", "d.royle", "2026-11-20T15:00:00+00:00",
          "Friday feeling. Five-a-side tonight.", note="Friday directed time ends 14:45.")
    s.add("dt-parttime-off", "x", "post", "@tomoslowe", "t.lowe", "2026-11-16T10:00:00+00:00",
          "Day off, heading up Pen-y-ghent 🥾", note="t.lowe works Wed-Fri; Monday is his own time.")
    s.add("dt-parttime-on", "x", "post", "@tomoslowe", "t.lowe", "2026-11-19T10:00:00+00:00",
          "Rain again. Wet play incoming.", ["directed_time"], note="Thursday is one of t.lowe's days.")
    s.add("dt-official", "x", "post", O, "s.okafor", "2026-11-17T11:00:00+00:00",
          "Year 4 are busy building Roman shields this morning!", note="Official account: no directed_time.")
    s.add("dt-half-term", "instagram", "post", "@asma.bakes", "a.iqbal", "2027-02-16T10:00:00+00:00",
          "Half term baking marathon underway 🧁", note="February half term.")
    s.add("dt-closure", "x", "post", K, "k.stead", "2027-01-04T11:00:00+00:00",
          "INSET day: safeguarding training all morning.", note="Closure day.")
    # --- pupil names (7; official 4) ---
    s.add("name-full", "facebook", "post", "@kelly.stead.9", "k.stead", "2026-11-17T18:00:00+00:00",
          "Penny Crabtree lost her first tooth in the middle of phonics today 😂",
          ["pupil_name"], note="Full name of a Year 1 pupil; 'Penny' is also a word.")
    s.add("name-polish-plain", "x", "post", "@tomoslowe", "t.lowe", "2026-11-18T17:30:00+00:00",
          "Olivia Kozlowska's volcano stole the show at the Year 5 science fair 🌋",
          ["pupil_name"], note="Kozłowska without the Polish letter, possessive.")
    s.add("name-irish", "facebook", "post", "@kelly.stead.9", "k.stead", "2026-12-16T19:00:00+00:00",
          "Saoirse Ni Dhuibhir read at the carol service tonight, not a dry eye in the church",
          ["pupil_name"], note="Ní Dhuibhir without the fada.")
    s.add("name-preferred-sasha", "x", "post", K, "k.stead", "2026-11-19T17:00:00+00:00",
          "Sasha in my class asked today whether the Romans had homework. Best question all week.",
          ["pupil_name"], note="Preferred name of Alexandra Popov, 'in my class'.")
    s.add("name-preferred-surname", "instagram", "post", "@tomoslowe", "t.lowe", "2026-11-21T10:00:00+00:00",
          "Tilly Greenhalgh, Year 5 times tables rock star 🎸",
          ["pupil_name"], note="Preferred first name with surname.")
    s.add("name-teddy", "facebook", "post", "@ngpike", "n.pike", "2026-11-23T18:00:00+00:00",
          "Teddy from Year 4 brought his pet snail in for show and tell 🐌",
          ["pupil_name"], note="Preferred name with a year group.")
    s.add("name-hashtag-two-part", "instagram", "post", "@tomoslowe", "t.lowe", "2026-11-24T18:00:00+00:00",
          "Star of the week goes to #FatimaZahraBenali 🌟",
          ["pupil_name"], note="Hashtag of a two-part first name and surname.")
    s.add("name-runtogether-lower", "x", "post", K, "k.stead", "2026-11-25T18:00:00+00:00",
          "shoutout to kwameboateng for a perfect score in the year 6 SATs practice paper",
          ["pupil_name"], note="Run-together lower case.")
    s.add("word-penny", "x", "post", "@asma_teaches", "a.iqbal", "2026-11-25T19:00:00+00:00",
          "Not a penny left until payday and I'm counting Year 1 trip money all week. The irony.",
          note="'penny' the coin; Penny Crabtree is in Year 1.")
    s.add("word-robin-jay", "facebook", "post", "@ngpike", "n.pike", "2026-11-28T09:00:00+00:00",
          "A robin and a jay on the bird feeder this morning! 🐦",
          note="Birds; Robin and Jay are pupils.")
    s.add("word-storm", "x", "post", K, "k.stead", "2026-11-26T17:00:00+00:00",
          "Storm Bert has cancelled the Year 3 farm trip. Gutted for them.",
          note="A named storm; Storm Hadley is in Year 3 but not this storm.")
    s.add("word-angel", "facebook", "post", "@asma.iqbal.22", "a.iqbal", "2026-11-26T19:00:00+00:00",
          "Our nativity needs one more angel costume. Any Year 3 parents got a spare?",
          note="'angel' the costume; Angel Moreno is in Year 3.")
    s.add("word-rowan-wren", "instagram", "post", "@ngpike", "n.pike", "2026-11-29T11:00:00+00:00",
          "Rowan berries everywhere on the nature walk, and the wren box is occupied!",
          note="Tree and bird.")
    s.add("word-mo", "x", "post", K, "k.stead", "2026-11-30T18:30:00+00:00",
          "Give me a mo, still marking the Year 6 spelling test.",
          note="'a mo' (a moment); Mo is Mohammed Rahimi's preferred name, Year 6.")
    s.add("official-within", "facebook", "post", F, "s.okafor", "2026-11-27T15:30:00+00:00",
          "Well done to Daisy W. and Ahmed E. in Year 2 for 100% attendance this half term! 🏆",
          note="First name and initial.")
    s.add("official-beyond", "x", "post", O, "s.okafor", "2026-11-27T15:35:00+00:00",
          "Congratulations to Xavier Nkemelu, our Year 6 chess champion! ♟️",
          ["pupil_name"], note="Xavier Nkemelu has first_name_initial consent.")
    s.add("official-none", "x", "post", O, "s.okafor", "2026-11-27T15:40:00+00:00",
          "Our poem of the week was written by Angel in Year 3. Beautiful!",
          ["pupil_name"], note="Angel Moreno has consent none.")
    s.add("official-full-ok", "facebook", "post", F, "s.okafor", "2026-11-27T15:45:00+00:00",
          "Robin Featherstone from Year 6 has been picked for the county choir! 🎶",
          note="Full consent.")
    # --- personal data ---
    s.add("pd-parent-phone", "facebook", "post", "@darren.royle", "d.royle", "2026-11-28T19:00:00+00:00",
          "Poppy Ashworth's dad says ring him on 07700 900 431 if you can help with the football rota",
          ["pupil_name", "personal_data"], note="Pupil's full name and a parent's number.")
    s.add("pd-colleague-address", "facebook", "post", "@ngpike", "n.pike", "2026-11-29T19:00:00+00:00",
          "Leaving do for Gillian at hers, 12 Bramble Rise, HX3 5PL, Friday from 7!",
          ["personal_data"], note="A colleague's home address.")
    s.add("pd-send", "x", "post", "@asma_teaches", "a.iqbal", "2026-11-30T19:30:00+00:00",
          "Aarav in Year 2 has just been diagnosed with dyslexia and his mum is in bits.",
          ["pupil_name", "personal_data"], ["confidential"], note="First name with year group and a diagnosis.")
    s.add("pd-office", "x", "post", O, "s.okafor", "2026-11-30T09:00:00+00:00",
          "Dinner money is due Friday. Questions? Call the office on 01632 960 555 or email admin@brackenmoor.example",
          note="The school's own contact details.")
    # --- offensive ---
    s.add("off-profanity", "x", "post", K, "k.stead", "2026-12-01T19:00:00+00:00",
          "Well that was a shit show of a staff meeting.",
          ["offensive"], ["reputation"], note="Swearing (7: appropriate language at all times).")
    s.add("off-sexual", "x", "reply", "@darren_coach", "d.royle", "2026-12-01T22:00:00+00:00",
          "send nudes lol", ["offensive"], rec=["@gymbro_dave"], note="Sexual content.")
    s.add("off-abuse", "x", "reply", "@darren_coach", "d.royle", "2026-12-02T22:00:00+00:00",
          "You're a spineless little weasel and everyone knows it.", ["offensive"], rec=["@localcouncillor"],
          note="Abuse.")
    s.add("off-ableist", "facebook", "post", "@darren.royle", "d.royle", "2026-12-02T21:00:00+00:00",
          "Watching the council run this town is like watching a bunch of retards play chess.",
          ["offensive"], note="Disability slur.")
    s.add("off-placename", "x", "post", K, "k.stead", "2026-12-05T10:00:00+00:00",
          "Weekend in Cockermouth, then a pint in Middlesex on the way home. Not the most efficient route.",
          note="Place names.")
    # --- solicitation (school accounts only) ---
    s.add("sol-official-political", "x", "post", O, "s.okafor", "2027-05-05T09:00:00+01:00",
          "Vote Conservative tomorrow to keep our roads safe for families!", ["solicitation"],
          note="Political appeal on the school's account (5: no personal matters).")
    s.add("sol-official-commercial", "facebook", "post", F, "s.okafor", "2026-12-03T15:30:00+00:00",
          "Use code BRACKEN10 for 10% off at Sparkle Cleaning Co this week!", ["solicitation"],
          note="Commercial promotion on the school's account.")
    s.add("sol-personal-political", "x", "post", K, "k.stead", "2027-05-05T19:00:00+01:00",
          "Vote Green tomorrow, our kids' future depends on it 🌍",
          note="Triumph has no solicitation rule for personal accounts.")
    s.add("sol-personal-commercial", "instagram", "post", "@asma.bakes", "a.iqbal", "2026-12-05T19:00:00+00:00",
          "Christmas cake orders now open! DM me to order 🎄",
          note="Her own bakery, personal account: not forbidden.")
    # --- pupil contact ---
    s.add("pc-dm", "instagram", "dm", "@darren_coach", "d.royle", "2026-12-04T18:00:00+00:00",
          "Good effort today mate, keep practising those free kicks", ["pupil_contact"], ["pupil_name"],
          rec=["@xav_nk"], note="Personal DM to a pupil.")
    s.add("pc-official-reply", "x", "reply", O, "s.okafor", "2026-12-04T15:30:00+00:00",
          "Thanks for sharing, see you at the concert!", ["pupil_contact"], ["pupil_name"],
          rec=["@robinfeathers"], note="Official account replying to a pupil's own account (6: must be sanctioned).")
    s.add("pc-declared", "instagram", "follow", "@kellysteadteach", "k.stead", "2026-12-04T20:00:00+00:00",
          "", rec=["@kwame.b"], note="Declared family friend.")
    s.add("pc-undeclared", "instagram", "follow", "@tomoslowe", "t.lowe", "2026-12-04T20:05:00+00:00",
          "", ["pupil_contact"], ["pupil_name"], rec=["@kwame.b"], note="Another member of staff.")
    s.add("pc-tag-text", "tiktok", "post", "@darren_coach", "d.royle", "2026-12-05T12:00:00+00:00",
          "Top bins from @chase_uw at the tournament ⚽", ["pupil_contact"], ["pupil_name"],
          note="Tag in text.")
    # --- confidential ---
    s.add("conf-lado", "facebook", "post", "@ngpike", "n.pike", "2026-12-07T19:00:00+00:00",
          "The head had to call the LADO about a colleague today. Can't say any more than that.",
          ["confidential"], note="Allegation against staff.")
    s.add("conf-cp", "x", "post", K, "k.stead", "2026-12-07T19:30:00+00:00",
          "Another child protection conference for one of my Year 6s tomorrow. Breaks my heart.",
          ["confidential"], note="A safeguarding case.")
    s.add("conf-published", "facebook", "post", F, "s.okafor", "2027-02-04T15:30:00+00:00",
          "Our Ofsted report has been published and we are Good in every area! Read it on our website.",
          note="Published inspection.")
    # --- reputation ---
    s.add("rep-school", "facebook", "post", "@darren.royle", "d.royle", "2026-12-08T21:00:00+00:00",
          "Brackenmoor has gone downhill fast. Nobody in charge has a clue what they're doing.",
          ["reputation"], note="Disparages the school.")
    s.add("rep-grievance", "x", "post", "@tomoslowe", "t.lowe", "2026-12-08T21:30:00+00:00",
          "Still waiting for my TLR back pay. Four months now. Thanks for nothing, Triumph.",
          ["reputation"], note="A work grievance (4: use the Grievance Policy).")
    s.add("rep-pupils", "x", "post", K, "k.stead", "2026-12-09T20:00:00+00:00",
          "My class this year are the laziest, rudest kids I've ever taught.",
          ["reputation"], note="Disparages pupils.")
    s.add("rep-positive", "facebook", "post", "@kelly.stead.9", "k.stead", "2026-12-09T20:30:00+00:00",
          "Christmas performance done. So proud of every single child on that stage.", note="Positive.")
    s.add("profile-workplace", "x", "profile_update", "@asma_teaches", "a.iqbal", "2026-12-10T20:00:00+00:00",
          "Year 2 teacher at Brackenmoor Primary | bakes too much | views my own",
          note="7: staff can identify their school.")
    s.add("hold-official", "facebook", "post", F, "s.okafor", "2027-03-01T15:30:00+00:00",
          "World Book Day costumes were amazing today!", ["posting_hold"], note="Inside the hold.")
    s.add("hold-personal", "x", "post", K, "k.stead", "2027-03-01T19:00:00+00:00",
          "Long day. Pizza.", note="Personal account during the hold.")
    s.add("plat-whatsapp", "whatsapp", "post", "+447700900333", "k.stead", "2026-12-10T17:00:00+00:00",
          "Can someone cover my gate duty tomorrow morning?", rec=["KS2 team"],
          note="Triumph names no prohibited platform.")
    # --- round 2 ---
    s.add("r2-dt-offset", "x", "post", K, "k.stead", "2026-11-18T15:10:00+05:30",
          "Sunshine!", ["directed_time"], note="15:10+05:30 is 09:40 GMT on a term Wednesday.")
    s.add("r2-dt-lunch-edge", "x", "post", K, "k.stead", "2026-11-18T12:05:00+00:00",
          "Lunch!", note="12:05 is the end of the morning session: lunch starts.")
    s.add("r2-name-official-fullname-full-consent-photo", "facebook", "post", F, "s.okafor", "2026-12-02T15:30:00+00:00",
          "Congratulations Mihai Radulescu on your reading award!", note="Full consent.")
    s.add("r2-name-official-two-part-first", "x", "post", O, "s.okafor", "2026-12-02T15:35:00+00:00",
          "Fatima Zahra B. has been reading to the Reception children every lunchtime. Kindness in action!",
          note="Two-part first name with initial: within consent.")
    s.add("r2-name-personal-nickname-context", "instagram", "post", "@darren_coach", "d.royle", "2026-12-02T18:00:00+00:00",
          "Freddie A. from Year 6 with a hat-trick at the tournament ⚽", ["pupil_name"],
          note="First name and initial with a year group on a personal account (7: nothing that identifies pupils).")
    s.add("r2-word-daisy-chase", "instagram", "post", "@ngpike", "n.pike", "2026-12-05T11:00:00+00:00",
          "Daisy chains on the field and a game of chase with the dog. Perfect Saturday.",
          note="Ordinary words; Daisy and Chase are pupils.")
    s.add("r2-pd-staff-sick", "facebook", "post", "@ngpike", "n.pike", "2026-12-06T19:00:00+00:00",
          "Poor Gillian Finch has been signed off with depression again, send her some love x",
          ["personal_data"], note="A named colleague's mental health.")
    s.add("r2-off-ffs-abuse", "x", "reply", "@darren_coach", "d.royle", "2026-12-06T22:00:00+00:00",
          "you're a complete tosser mate", ["offensive"], rec=["@refwatch"], note="Insult.")
    s.add("r2-sol-official-religious", "facebook", "post", F, "s.okafor", "2026-12-07T15:30:00+00:00",
          "Jesus loves you! Come to Grace Baptist this Sunday and be saved 🙏", ["solicitation"],
          note="Religious appeal on the school's account.")
    s.add("r2-sol-official-benign-charity", "x", "post", O, "s.okafor", "2026-12-07T15:35:00+00:00",
          "Thank you for your donations to Children in Need: our non-uniform day raised £312!",
          note="The school's own charity day.")
    s.add("r2-conf-pupil-in-care", "x", "post", K, "k.stead", "2026-12-08T19:00:00+00:00",
          "One of my Year 6s was taken into care today. Heartbroken.", ["confidential"],
          note="A safeguarding case.")
    s.add("r2-rep-parent-named", "facebook", "post", "@kelly.stead.9", "k.stead", "2026-12-08T20:00:00+00:00",
          "Honestly some of the parents in my class are vile to each other on the class WhatsApp. Grow up.",
          ["reputation"], note="Disparages parents.")
    s.add("r2-pc-dm-declared-other", "instagram", "dm", "@kellysteadteach", "k.stead", "2026-12-09T19:00:00+00:00",
          "Happy birthday lovely x", ["pupil_contact"], ["pupil_name"], rec=["@robinfeathers"],
          note="k.stead's declaration covers Kwame Boateng only.")
    s.write()


# --------------------------------------------------------------------------------------------
# trust-academies-2016: Hollinsbrook Academy (11-16). Not during paid working time (5).
# --------------------------------------------------------------------------------------------
def ta2016() -> None:
    s = CaseSet("ta2016", "hollinsbrook.yaml", "hb")
    (s.dir / "hollinsbrook.yaml").write_text("""\
# Hollinsbrook Academy (invented), a secondary academy of a Trust, ages 11-16.
pack: trust-academies-2016
school:
  name: Hollinsbrook Academy
  aliases: [Hollinsbrook, HBA, "@HollinsbrookAcad"]
roster: roster.csv
staff: staff.csv
official_accounts:
  - {platform: x, handle: "@HollinsbrookAcad"}
  - {platform: facebook, handle: "@HollinsbrookAcademy"}
  - {platform: instagram, handle: "@hollinsbrook_sport"}
timetable:
  timezone: Europe/London
  directed:                      # day 08:35-15:05; break 10:35-10:55; lunch 12:30-13:15
    mon-fri: ["08:35-10:35", "10:55-12:30", "13:15-15:05"]
""" + TERMS + """\
  closures: [2026-09-02, 2026-11-27, 2027-05-03]
staff_overrides:
  n.kerr: {directed: {mon-tue: ["08:35-10:35", "10:55-12:30", "13:15-15:05"]}}   # part-time
declarations:
  - {user: j.booth, pupil: "Amina Diallo", context: niece}
holds:
  - {start: "2026-12-14T08:00:00+00:00", end: "2026-12-15T12:00:00+00:00", reason: "head teacher's instruction"}
""", encoding="utf-8")
    write_csv(s.dir / "roster.csv", ROSTER_HEADER, """
Jayden|Illingworth||Year 9|2012-10-01|yes|full|
Chanel|Okeke||Year 10|2011-03-03|yes|full|
Ashleigh|Marsden||Year 11|2010-05-05|yes|first_name_initial|@ash.marsden
Bartosz|Kamiński||Year 8|2013-06-06|yes|full|
Ruairí|Mac Giolla||Year 7|2014-07-07|yes|first_name_initial|
Hana|Yılmaz||Year 9|2012-08-08|yes|full|
Gift|Moyo||Year 10|2011-09-09|yes|full|
Sandy|Oyelaran||Year 8|2013-10-10|yes|full|
Pearl|Achterberg||Year 7|2014-11-11|yes|full|
Jasmine|Hollis||Year 10|2011-12-12|yes|full|
Rocco|Bianchi||Year 11|2010-01-01|yes|full|
Kezia|Thornton||Year 9|2012-02-02|yes|full|
Reece|O'Malley||Year 8|2013-03-13|yes|full|@reece_om
Deniz|Aydın||Year 10|2011-04-14|yes|full|
Kieran|Lomax-Reid||Year 11|2010-05-15|yes|full|
Destiny|Amankwah||Year 9|2012-06-16|yes|full|
Liberty|Crowther||Year 7|2014-07-17|yes|full|
Eden|Sharpe||Year 10|2011-08-18|yes|full|
Jordan|Ackroyd||Year 11|2010-09-19|yes|full|
Mohammed Ali|Butt||Year 8|2013-10-20|yes|full|
Laila|Saeed||Year 7|2014-11-21|yes|full|
Oskar|Dąbrowski||Year 9|2012-12-22|yes|full|
Shannon|Fairclough||Year 10|2011-01-23|yes|full|
Callum|Hirst||Year 11|2010-02-24|no|full|
Ellis|Oduya||Year 8|2013-03-25|yes|full|
Esmé|Varga||Year 7|2014-04-26|yes|first_name_initial|
Cian|Breathnach||Year 9|2012-05-27|yes|full|
Amina|Diallo||Year 10|2011-06-28|yes|full|@amina.diallo
Lucas|Ferreira||Year 11|2010-07-29|yes|full|
Bethany|Wragg||Year 8|2013-08-30|yes|full|
Rhys|Appleyard||Year 7|2014-09-30|yes|full|
Tamsin|Dooley||Year 9|2012-10-31|yes|full|
Nathaniel|Ayodele|Nate|Year 10|2011-11-01|yes|full|
Elizabeth|Hemingway|Libby|Year 11|2010-12-02|yes|full|
Mason|Brear||Year 8|2013-01-03|yes|full|
Sofia|Marchetti||Year 7|2014-02-04|yes|full|
Harmony|Briggs||Year 9|2012-03-05|yes|full|
Alfie|Stringer||Year 10|2011-04-06|yes|full|
Nadia|Chowdhury||Year 11|2010-05-07|yes|none|
Owen|Lister||Year 7|2014-06-08|yes|full|
""")
    write_csv(s.dir / "staff.csv", STAFF_HEADER, """
c.garside|Carol|Garside|Head Teacher
p.oyelowo|Peter|Oyelowo|Deputy Head
j.booth|Jenna|Booth|Maths Teacher
n.kerr|Niamh|Kerr|Art Teacher (part-time)
w.hardcastle|Wes|Hardcastle|PE Teacher
r.sandhu|Ravi|Sandhu|Science Teacher
l.ainsworth|Lucy|Ainsworth|Office Manager
""")
    J = "@jennabooth_maths"; W = "@wes_pe"; R = "@ravi_sci"; O = "@HollinsbrookAcad"; F = "@HollinsbrookAcademy"
    # --- directed time (5: not during paid working time) ---
    s.add("dt-inside", "x", "post", J, "j.booth", "2026-11-18T14:00:00+00:00",
          "Who else is counting down to Christmas already? 🎄", ["directed_time"], note="Wednesday 14:00 GMT.")
    s.add("dt-break", "x", "post", J, "j.booth", "2026-11-18T10:40:00+00:00",
          "Break duty in the drizzle. Character building.", note="10:40 is break.")
    s.add("dt-bst-inside", "instagram", "post", "@ravi.runs", "r.sandhu", "2026-10-07T12:20:00+00:00",
          "New trainers arrived 👟", ["directed_time"], note="12:20 UTC is 13:20 BST, a directed period (lunch only if read as UTC).")
    s.add("dt-bst-before", "instagram", "post", "@ravi.runs", "r.sandhu", "2026-10-07T07:20:00+00:00",
          "Early run done before school.", note="07:20 UTC is 08:20 BST, before the day.")
    s.add("dt-weekend", "facebook", "post", "@wes.hardcastle", "w.hardcastle", "2026-11-21T11:00:00+00:00",
          "Saturday league: 3-1 win for the old boys!", note="Saturday.")
    s.add("dt-christmas", "facebook", "post", "@wes.hardcastle", "w.hardcastle", "2026-12-22T11:00:00+00:00",
          "Christmas shopping done. Miracle.", note="Christmas holiday.")
    s.add("dt-closure", "x", "post", J, "j.booth", "2026-11-27T10:00:00+00:00",
          "Training day. Three hours on the new data system.", note="Closure day.")
    s.add("dt-official", "x", "post", O, "l.ainsworth", "2026-11-18T11:00:00+00:00",
          "Year 9 are off to the Science Museum today!", note="Official account.")
    s.add("dt-override-off", "instagram", "post", "@niamhkerr_art", "n.kerr", "2026-11-18T10:00:00+00:00",
          "Studio day. Working on the big canvas 🎨", note="n.kerr works Mon-Tue; Wednesday is her own time.")
    s.add("dt-override-on", "instagram", "post", "@niamhkerr_art", "n.kerr", "2026-11-17T10:00:00+00:00",
          "Clay everywhere. Send help.", ["directed_time"], note="Tuesday is one of n.kerr's days.")
    # --- pupil names ---
    s.add("name-full", "facebook", "post", "@jenna.booth.7", "j.booth", "2026-11-18T18:00:00+00:00",
          "So proud of Bartosz Kaminski, Year 8 student of the month!",
          ["pupil_name"], note="Kamiński without the accent.")
    s.add("name-dotless-i", "x", "post", R, "r.sandhu", "2026-11-18T18:30:00+00:00",
          "Hana Yilmaz with a grade 9 in her science mock 🔬", ["pupil_name"], note="Yılmaz written with a plain i.")
    s.add("name-two-part-surname", "x", "post", W, "w.hardcastle", "2026-11-21T13:00:00+00:00",
          "Ruairi Mac Giolla scored the winner in the last minute!", ["pupil_name"], note="Two-part surname.")
    s.add("name-preferred-surname", "facebook", "post", "@wes.hardcastle", "w.hardcastle", "2026-11-22T18:00:00+00:00",
          "Nate Ayodele, county cross-country champion. Incredible.", ["pupil_name"], note="Preferred name.")
    s.add("name-form-group", "instagram", "post", "@niamhkerr_art", "n.kerr", "2026-11-23T18:00:00+00:00",
          "Libby in my Year 11 group finally finished her art portfolio and it's stunning",
          ["pupil_name"], note="Preferred name in a school context.")
    s.add("name-first-form", "x", "post", J, "j.booth", "2026-11-24T18:00:00+00:00",
          "Deniz from my Year 10 form did a 5k for charity this weekend 🏃", ["pupil_name"],
          note="First name with 'my Year 10 form'.")
    s.add("name-two-part-first-lower", "x", "post", W, "w.hardcastle", "2026-11-24T19:00:00+00:00",
          "mohammed ali butt with the save of the season", ["pupil_name"], note="Two-part first name, lower case.")
    s.add("word-gift", "facebook", "post", "@jenna.booth.7", "j.booth", "2026-11-25T18:00:00+00:00",
          "Best gift from my Year 10s today: a hand-drawn card. Made my week.",
          note="'gift' the noun; Gift Moyo is in Year 10.")
    s.add("word-destiny-liberty", "x", "post", W, "w.hardcastle", "2026-11-25T21:00:00+00:00",
          "It's our destiny to lose on penalties. Liberty Stadium was freezing too.",
          note="Nouns and a stadium.")
    s.add("word-harmony", "facebook", "post", "@jenna.booth.7", "j.booth", "2026-12-09T20:00:00+00:00",
          "The Year 9 choir sang in perfect harmony at the carol concert tonight 🎶",
          note="'harmony' the noun; Harmony Briggs is in Year 9.")
    s.add("word-sandy-pearl", "instagram", "post", "@ravi.runs", "r.sandhu", "2026-10-28T11:00:00+00:00",
          "Sandy beaches, a pearl of a sunset and zero marking. Half term in Filey.",
          note="Adjective and noun.")
    s.add("word-jasmine", "x", "post", R, "r.sandhu", "2026-11-26T19:00:00+00:00",
          "Jasmine tea and a stack of Year 10 books. Living the dream.",
          note="Jasmine tea; Jasmine Hollis is in Year 10.")
    s.add("official-within", "x", "post", O, "l.ainsworth", "2026-11-26T15:30:00+00:00",
          "Well done to Esmé V. and Ruairí M. in Year 7 for their fantastic poetry!", note="Initials.")
    s.add("official-none", "facebook", "post", F, "l.ainsworth", "2026-11-26T15:35:00+00:00",
          "Congratulations to Nadia Chowdhury on her place at the regional maths masterclass!",
          ["pupil_name"], note="Nadia Chowdhury has consent none.")
    s.add("official-full-ok", "x", "post", O, "l.ainsworth", "2026-11-26T15:40:00+00:00",
          "Jayden Illingworth from Year 9 has been selected for the county rugby squad! 🏉", note="Full consent.")
    # --- personal data ---
    s.add("pd-pupil-address", "facebook", "post", "@wes.hardcastle", "w.hardcastle", "2026-11-28T18:00:00+00:00",
          "Found Reece O'Malley's football boots in the minibus, will drop them at 41 Westgate Lane, WF1 3QT",
          ["pupil_name", "personal_data"], note="Pupil's address.")
    s.add("pd-colleague-email", "x", "post", J, "j.booth", "2026-11-28T19:00:00+00:00",
          "If anyone wants Ravi for their pub quiz team his personal email is ravi.sandhu77@example.com",
          ["personal_data"], note="A colleague's personal e-mail.")
    s.add("pd-medical", "facebook", "post", "@wes.hardcastle", "w.hardcastle", "2026-11-29T19:00:00+00:00",
          "Kezia in my Year 9 PE group had an epileptic seizure on the field today. Scary stuff.",
          ["pupil_name", "personal_data"], ["confidential"], note="Pupil's medical condition.")
    s.add("pd-colleague-phone", "facebook", "post", "@jenna.booth.7", "j.booth", "2026-11-29T20:00:00+00:00",
          "Niamh's selling her old kiln, text her on 07700900675 if interested",
          ["personal_data"], ["solicitation"], note="A colleague's number.")
    # --- offensive ---
    s.add("off-profanity", "x", "post", R, "r.sandhu", "2026-11-30T18:00:00+00:00",
          "Absolute shitshow of a day. Fire alarm twice and the photocopier died.",
          ["offensive"], note="Swearing on a personal account (standards: act responsibly).")
    s.add("off-sexual", "instagram", "dm", "@ravi.runs", "r.sandhu", "2026-11-30T23:00:00+00:00",
          "you looked so fit tonight, send me something naughty 😏", ["offensive"], rec=["@random_match_22"],
          note="Sexual message.")
    s.add("off-racist", "facebook", "post", "@wes.hardcastle", "w.hardcastle", "2026-12-01T21:00:00+00:00",
          "Immigrants are parasites draining this country dry.", ["offensive"], note="Racist comment.")
    s.add("off-literature", "x", "post", J, "j.booth", "2026-12-01T19:00:00+00:00",
          "Reading Dickens with Year 11, then cocktails in Sussex at the weekend. Perfect balance.",
          note="Dickens, cocktails, Sussex: rude substrings in ordinary words.")
    # --- solicitation ---
    s.add("sol-personal-political", "facebook", "post", "@jenna.booth.7", "j.booth", "2027-05-05T19:00:00+01:00",
          "Please vote Reform UK tomorrow. Time for real change!", ["solicitation"],
          note="Political solicitation (5; Political or Financial Interests).")
    s.add("sol-official-commercial", "x", "post", O, "l.ainsworth", "2026-12-02T15:30:00+00:00",
          "Get 15% off at Dale's Tyres this month with code HOLLINS15!", ["solicitation"],
          note="Promotion of an outside business on the academy's account.")
    s.add("sol-voted", "x", "post", R, "r.sandhu", "2027-05-06T18:00:00+01:00",
          "Voted. Polling station was the church hall as usual.", note="Voting, no appeal.")
    # --- pupil contact ---
    s.add("pc-friend", "facebook", "friend_request", "@wes.hardcastle", "w.hardcastle", "2026-12-03T20:00:00+00:00",
          "", ["pupil_contact"], ["pupil_name"], rec=["@reece_om"], note="Friend request to a pupil.")
    s.add("pc-official-dm", "instagram", "dm", "@hollinsbrook_sport", "w.hardcastle", "2026-12-03T15:30:00+00:00",
          "Training moved to Thursday this week.", ["pupil_contact"], ["pupil_name"], rec=["@ash.marsden"],
          note="A personal message to a child through social media, even from the sports account.")
    s.add("pc-declared", "instagram", "follow", J, "j.booth", "2026-12-03T21:00:00+00:00",
          "", rec=["@amina.diallo"], note="Declared: niece.")
    s.add("pc-undeclared", "instagram", "follow", R, "r.sandhu", "2026-12-03T21:05:00+00:00",
          "", ["pupil_contact"], ["pupil_name"], rec=["@amina.diallo"], note="Not declared for r.sandhu.")
    # --- confidential ---
    s.add("conf-exclusions", "x", "post", W, "w.hardcastle", "2026-12-04T19:00:00+00:00",
          "Three fixed-term exclusions in my tutor group this week. Ridiculous.",
          ["confidential"], ["reputation"], note="Exclusions.")
    s.add("conf-disciplinary", "facebook", "post", "@jenna.booth.7", "j.booth", "2026-12-04T20:00:00+00:00",
          "One of our science teachers has a disciplinary hearing on Monday. Whole staffroom is talking about it.",
          ["confidential"], note="Staff discipline.")
    s.add("conf-grades", "x", "post", J, "j.booth", "2026-12-05T19:00:00+00:00",
          "Ashleigh's predicted grades just went in: 3s across the board. Oh dear.",
          ["pupil_name", "confidential"], ["reputation"], note="A pupil record, first name with predicted grades.")
    # --- reputation ---
    s.add("rep-colleague", "x", "post", W, "w.hardcastle", "2026-12-05T21:00:00+00:00",
          "Our head of year couldn't manage his way out of a paper bag. Total joke.",
          ["reputation"], note="Derogatory remark about a colleague.")
    s.add("rep-concerns", "facebook", "post", "@jenna.booth.7", "j.booth", "2026-12-06T20:00:00+00:00",
          "Raised my workload concerns with SLT three times now. Nothing. Maybe Facebook will listen.",
          ["reputation"], note="Raising concerns about work on social media.")
    s.add("rep-parents", "x", "post", R, "r.sandhu", "2026-12-06T20:30:00+00:00",
          "Parents' evening tonight. Half of these parents don't care and it shows in their kids.",
          ["reputation"], note="Derogatory remark about parents.")
    s.add("rep-positive", "facebook", "post", "@wes.hardcastle", "w.hardcastle", "2026-12-06T21:00:00+00:00",
          "Lovely to meet so many families at parents' evening tonight.", note="Positive.")
    s.add("hold-official", "x", "post", O, "l.ainsworth", "2026-12-14T11:00:00+00:00",
          "Christmas jumper day raised £420 for charity!", ["posting_hold"], note="Inside the hold.")
    s.add("hold-after", "x", "post", O, "l.ainsworth", "2026-12-15T12:30:00+00:00",
          "Reminder: term ends Friday.", note="After the hold.")
    s.add("profile-workplace", "x", "profile_update", J, "j.booth", "2026-12-07T20:00:00+00:00",
          "Maths teacher at Hollinsbrook Academy. Views are my own.",
          note="Naming the academy with a 'views are my own' declaration is allowed.")
    s.add("plat-whatsapp", "whatsapp", "post", "+447700900444", "j.booth", "2026-12-07T17:00:00+00:00",
          "Reminder: maths department meeting moved to Thursday.", rec=["Maths"],
          note="WhatsApp is only listed as an example of social media; not prohibited.")
    # --- round 2 ---
    s.add("r2-dt-friday", "x", "post", J, "j.booth", "2026-11-20T14:50:00+00:00",
          "Nearly the weekend!", ["directed_time"], note="Friday 14:50: the day runs to 15:05 every weekday.")
    s.add("r2-dt-after", "x", "post", J, "j.booth", "2026-11-20T15:10:00+00:00",
          "Weekend!", note="After 15:05.")
    s.add("r2-name-form", "x", "post", R, "r.sandhu", "2026-12-08T18:00:00+00:00",
          "Oskar D smashed his chemistry practical today, proud teacher moment", ["pupil_name"],
          note="First name and initial without a full stop, school context.")
    s.add("r2-name-caps-hashtag", "instagram", "post", "@wes.hardcastle", "w.hardcastle", "2026-12-08T18:30:00+00:00",
          "#ShannonFairclough county netball captain!!", ["pupil_name"], note="Hashtag full name.")
    s.add("r2-word-eden-liberty", "facebook", "post", "@jenna.booth.7", "j.booth", "2026-12-12T12:00:00+00:00",
          "Eden Project with the family today, then Liberty's for a window-shop. Lovely day.",
          note="Places.")
    s.add("r2-pd-parent-address", "facebook", "post", "@wes.hardcastle", "w.hardcastle", "2026-12-12T19:00:00+00:00",
          "Sofia Marchetti's mum is hosting the team party at 8 Alder Court, WF4 2RB on Saturday",
          ["pupil_name", "personal_data"], note="A family's address.")
    s.add("r2-off-ableist", "x", "post", R, "r.sandhu", "2026-12-12T20:00:00+00:00",
          "Whoever designed this timetable must be a complete spastic", ["offensive"], note="Disability slur.")
    s.add("r2-sol-personal-crowdfund-political", "x", "post", J, "j.booth", "2026-12-13T19:00:00+00:00",
          "Join the Green Party today and help us fight for our planet! Link in bio 🌍", ["solicitation"],
          note="Political solicitation.")
    s.add("r2-conf-police", "facebook", "post", "@wes.hardcastle", "w.hardcastle", "2026-12-13T20:00:00+00:00",
          "Police in school again today about one of the Year 10 boys. Can't say more.", ["confidential"],
          note="A pupil matter involving the police.")
    s.add("r2-rep-academy-name", "x", "post", W, "w.hardcastle", "2026-12-13T21:00:00+00:00",
          "Hollinsbrook has turned into a total circus since the new head arrived.", ["reputation"],
          note="Disparages the academy.")
    s.add("r2-rep-work-issue", "facebook", "post", "@jenna.booth.7", "j.booth", "2026-12-13T21:30:00+00:00",
          "Covering three lessons a day because nobody's been replaced. Something has to give. SLT won't listen.",
          ["reputation"], note="Raising a concern about work on social media.")
    s.add("r2-pc-follow-official", "instagram", "follow", "@hollinsbrook_sport", "w.hardcastle", "2026-12-14T07:30:00+00:00",
          "", ["pupil_contact"], ["pupil_name"], rec=["@reece_om"],
          note="The sports account following a pupil: no social media relationships with pupils.")
    s.add("r2-benign-results", "x", "post", O, "l.ainsworth", "2027-01-20T15:30:00+00:00",
          "Mock results are out for Year 11 tomorrow. Good luck everyone!", note="School notice.")
    s.write()


def copy_dev(name: str, files: list[str]) -> CaseSet:
    s = CaseSet(name, files[0], name.split("-")[0][:2] + "f")
    for f in files:
        shutil.copyfile(DEV / f, s.dir / f)
    return s


# --------------------------------------------------------------------------------------------
# upland-primary: fresh phrasings for the dev school Upland Primary (config copied).
# Term-time weekday evenings and weekends, so directed_time is out of play unless noted.
# --------------------------------------------------------------------------------------------
def upland_fresh() -> None:
    s = copy_dev("upland-fresh", ["upland.yaml", "upland_roster.csv", "upland_staff.csv", "upland_logo.png"])
    s.prefix = "upf"
    M = "@MissHartY6"; R = "@riya_teaches"; K = "@kwalshpe"; O = "@UplandPrimary"
    s.add("name-first-surname-lower-possessive", "facebook", "post", "@callum.mcallister", "c.mcallister", "2026-11-21T18:00:00+00:00",
          "kofi mensah's science project on volcanoes was honestly better than mine at uni",
          ["pupil_name"], note="Lower-case possessive full name.")
    s.add("name-caps-hashtag", "instagram", "post", "@riya.reads", "r.mistry", "2026-11-21T19:00:00+00:00",
          "Reading champion of the week: #LUCJAWISNIEWSKA 📚",
          ["pupil_name"], note="Hashtag in capitals, Polish letters dropped.")
    s.add("name-preferred-wojtek", "x", "post", "@alicem", "a.morgan", "2026-11-22T18:00:00+00:00",
          "Wojtek in my class wrote his name all by himself today! 🥹",
          ["pupil_name"], note="Preferred name (Wojciech Wiśniewski) with 'in my class'.")
    s.add("name-preferred-zak", "facebook", "post", "@riya.reads", "r.mistry", "2026-11-22T19:00:00+00:00",
          "Zak from Year 3 asked if dinosaurs had birthdays. Best question ever.",
          ["pupil_name"], note="Preferred name (Zakariya Akhtar) with a year group.")
    s.add("name-pupil-word", "x", "post", M, "s.hart", "2026-11-23T18:00:00+00:00",
          "so proud of my pupil Freya today, she finally nailed long division",
          ["pupil_name"], note="'my pupil' + first name.")
    s.add("name-surname-first-upper", "x", "post", "@MrMcAllister", "c.mcallister", "2026-11-24T18:30:00+00:00",
          "MACLEOD, FREYA: 100% on the arithmetic paper. Legend.",
          ["pupil_name"], note="Register form in capitals.")
    s.add("word-max-effort", "x", "post", K, "k.walsh", "2026-11-24T19:00:00+00:00",
          "Max effort from Year 3 in the cross-country today, absolutely freezing though",
          note="'Max effort' is an expression; Max Kowalczyk is in Year 3.")
    s.add("word-hope-grace", "facebook", "post", "@wendy.jones.1961", "w.jones", "2026-11-25T18:00:00+00:00",
          "Hope the Year 1s enjoyed the nativity, they sang it with such grace 🎄",
          note="'Hope' opens a wish; Hope Kamara is in Year 1; grace lower case.")
    s.add("word-blessing", "facebook", "post", "@nasreen.begum.7", "n.begum", "2026-11-25T19:00:00+00:00",
          "Having such a supportive Year 1 team is a real blessing.",
          note="'blessing' the noun; Blessing Okonkwo is in Year 1.")
    s.add("word-ali-prefix", "x", "post", R, "r.mistry", "2026-11-26T19:00:00+00:00",
          "Alice from the library service brought in the best Year 2 book box. Alibaba has nothing on her.",
          note="Ali only as a prefix.")
    s.add("official-mo-initial", "x", "post", O, "f.ahmed", "2026-11-26T11:00:00+00:00",
          "Well done to Mo I. in Year 5 for reading 50 books this term! 📚",
          note="Preferred name with initial: within first_name_initial consent.")
    s.add("official-none-surname", "x", "post", O, "f.ahmed", "2026-11-26T11:05:00+00:00",
          "Caoimhe Quinn from Year 5 won the county poetry prize!",
          ["pupil_name"], note="Caoimhe Quinn has name consent none.")
    s.add("pd-parent-mobile-words", "facebook", "post", "@wendy.jones.1961", "w.jones", "2026-11-27T18:00:00+00:00",
          "Ruby Chen's mum is organising the minibus for the Year 5 trip, her mobile is 07700 900 277 if you want a seat",
          ["pupil_name", "personal_data"], note="Pupil's full name and a parent's mobile.")
    s.add("pd-intl-phone", "x", "post", K, "k.walsh", "2026-11-28T18:00:00+00:00",
          "Gareth's lost his phone again, ring his wife on +44 7700 900 518 if you need him this weekend",
          ["personal_data"], note="International-format number of a colleague's family.")
    s.add("pd-allergy", "facebook", "post", "@dafydd.hughes.5", "d.hughes", "2026-11-28T19:00:00+00:00",
          "Grace Boateng has a severe nut allergy so please no peanut snacks at the Year 4 party!",
          ["pupil_name", "personal_data"], note="A named pupil's medical detail.")
    s.add("off-asterisk-mid", "x", "reply", "@olu_adebayo", "o.adebayo", "2026-11-28T22:00:00+00:00",
          "what a sh*tty thing to say, you utter tw@t", ["offensive"], rec=["@keyboardwarrior"],
          note="Disguised profanity and insult.")
    s.add("off-homophobic", "facebook", "post", "@gareth.roberts.site", "g.roberts", "2026-11-29T20:00:00+00:00",
          "Don't want some gay teacher filling my kids' heads with that rubbish. It's unnatural.",
          ["offensive"], note="Discriminatory remark about sexual orientation.")
    s.add("off-mild-benign", "facebook", "post", "@wendy.jones.1961", "w.jones", "2026-11-29T18:00:00+00:00",
          "Blimey, what a day. Bloody hailstones the size of marbles on the yard!", note="Mild words.")
    s.add("sol-official-church", "blogger", "post", "@UplandClassBlogs", "n.fitzgerald", "2026-12-02T16:00:00+00:00",
          "Please come and worship with us at St Luke's this Sunday, all families welcome to find faith 🙏",
          ["solicitation"], note="Religious appeal on the class blog.")
    s.add("sol-official-benign-vote", "x", "post", O, "f.ahmed", "2026-12-02T11:00:00+00:00",
          "Our School Council elections are this week: Year 6 have been voting for their house captains! 🗳️",
          note="A pupil election at school is not politics.")
    s.add("pc-reply", "x", "reply", "@MrMcAllister", "c.mcallister", "2026-12-03T18:00:00+00:00",
          "Amazing bake, well done!", ["pupil_contact"], ["pupil_name"], rec=["@ayesha_b94"],
          note="Reply to a pupil's account.")
    s.add("pc-tag-caps-text", "instagram", "post", "@coachkieran", "k.walsh", "2026-12-03T19:00:00+00:00",
          "Player of the match @JAMES_S56 🏆", ["pupil_contact"], ["pupil_name"], note="Tag in capitals.")
    s.add("conf-sen-panel", "x", "post", R, "r.mistry", "2026-12-04T19:00:00+00:00",
          "Just found out the council turned down the EHCP for one of my Year 3s. Appeal meeting next week, fuming.",
          ["confidential"], ["reputation"], note="A pupil's SEN record.")
    s.add("conf-allegation", "facebook", "post", "@emma.lloyd.5", "e.lloyd", "2026-12-04T20:00:00+00:00",
          "There's been an allegation against a member of staff at work and the police are involved. Grim.",
          ["confidential"], note="An allegation against staff.")
    s.add("conf-ofsted-published", "x", "post", O, "f.ahmed", "2027-02-03T12:00:00+00:00",
          "We are delighted to share that our Ofsted report is now published: Upland is Good! Read it here: https://reports.ofsted.gov.uk/provider/21/100000",
          note="Published inspection.")
    s.add("rep-slt", "x", "post", K, "k.walsh", "2026-12-05T20:00:00+00:00",
          "SLT at my place are a total joke. Zero support, zero clue.",
          ["reputation"], note="Disparages the school's leaders.")
    s.add("rep-parents", "facebook", "post", "@nasreen.begum.7", "n.begum", "2026-12-05T21:00:00+00:00",
          "Some of our parents are an absolute nightmare. Entitled doesn't even cover it.",
          ["reputation"], note="Disparages parents.")
    s.add("rep-positive", "x", "post", M, "s.hart", "2026-12-06T10:00:00+00:00",
          "Year 6 residential letters are out! Can't wait to take this lot to the Lakes in June.",
          note="Positive.")
    s.add("dt-inside-benign-text", "x", "post", M, "s.hart", "2026-12-08T13:30:00+00:00",
          "Lunch queue is never-ending today", ["directed_time"], note="Tuesday 13:30 GMT is inside 13:00-15:15.")
    s.write()


# --------------------------------------------------------------------------------------------
# early-life-enterprise: fresh phrasings for the dev provision (config copied).
# --------------------------------------------------------------------------------------------
def early_life_fresh() -> None:
    s = copy_dev("early-life-fresh", ["early_life.yaml", "early_life_roster.csv", "early_life_staff.csv",
                                      "early_life_logo.png"])
    s.prefix = "elf"
    T = "@tombarker_maths"; R = "@rosscampbell_"; O = "@EarlyLifeEnt"; I = "@earlylifeenterprise"
    s.add("name-lower-no-diacritic", "facebook", "post", "@ross.campbell.73", "r.campbell", "2026-11-17T19:00:00+00:00",
          "bartlomiej wojcik laid his first course of bricks dead straight today",
          ["pupil_name"], note="Bartłomiej Wójcik, lower case, no diacritics.")
    s.add("name-preferred-surname", "x", "post", T, "t.barker", "2026-11-18T19:00:00+00:00",
          "Bartek Wojcik with a grade 5 in the maths mock!!", ["pupil_name"], note="Preferred name with surname.")
    s.add("name-apostrophe-curly", "instagram", "post", "@lola.nwosu.beauty", "l.nwosu", "2026-11-19T19:00:00+00:00",
          "Clodagh Murphy’s first full set of nails, look at the detail 💅", ["pupil_name"],
          note="Full name with a curly possessive.")
    s.add("name-irish-no-fada", "x", "post", "@ciaradunne_eng", "c.dunne", "2026-11-19T19:30:00+00:00",
          "Ruairi O'Connor read his poem out loud to the group today. Huge moment.", ["pupil_name"],
          note="Ruairí without the fada.")
    s.add("name-first-group", "facebook", "post", "@declan.farrell.9", "d.farrell", "2026-11-20T19:00:00+00:00",
          "Darragh from my Year 9 group made it up Snowdon today. Didn't moan once!", ["pupil_name"],
          note="First name with 'my Year 9 group'.")
    s.add("word-jade-frank", "instagram", "post", "@lola.nwosu.beauty", "l.nwosu", "2026-11-21T11:00:00+00:00",
          "Jade green nail art for the weekend, and to be frank I love it 💚",
          note="Colour and adjective; Jade Thompson and Frank Osei are pupils.")
    s.add("word-favour", "x", "post", R, "r.campbell", "2026-11-21T12:00:00+00:00",
          "Do me a favour and stop booking site visits on a Friday afternoon.",
          note="'favour' the noun; Favour Eze is a pupil.")
    s.add("official-initial-ok", "x", "post", O, "k.sinclair", "2026-11-23T10:00:00+00:00",
          "Well done Sami C. and Hafsa J. on completing their Level 1 Construction certificates!",
          note="Initials, within consent.")
    s.add("official-beyond", "instagram", "post", I, "k.sinclair", "2026-11-23T10:05:00+00:00",
          "Congratulations to Daria Lungu on her first work placement!", ["pupil_name"],
          note="Daria Lungu has first_name_initial consent.")
    s.add("official-none-first", "x", "post", O, "k.sinclair", "2026-11-23T10:10:00+00:00",
          "Esme from Year 10 baked for the whole centre today. Amazing!", ["pupil_name"],
          note="Esme Cooper has consent none.")
    s.add("pd-home-postcode", "facebook", "post", "@bola.okoro", "b.okoro", "2026-11-24T20:00:00+00:00",
          "If anyone sees Samuel Brown tell him his mum's waiting at home, 22 Cranmore Road, LS8 4HX",
          ["pupil_name", "personal_data"], note="Pupil's home address.")
    s.add("pd-email-obfuscated", "x", "post", R, "r.campbell", "2026-11-24T20:30:00+00:00",
          "Tom's personal email is tom.barker.88 at example dot com if you want his fantasy football spreadsheet",
          ["personal_data"], note="Colleague's personal e-mail, written out with 'at' and 'dot'.")
    s.add("pd-dob-words", "instagram", "post", "@anwar_mentor_ig", "a.rahman", "2026-11-25T19:00:00+00:00",
          "Harry Hartley turns 15 on the 26th of November, born 26 November 2011, make some noise!",
          ["pupil_name", "personal_data"], note="Pupil's date of birth written out.")
    s.add("pd-benign-phone-shop", "x", "post", T, "t.barker", "2026-11-25T20:00:00+00:00",
          "New phone, who dis. Also: Leeds 2-1 at half time, 45,000 in the ground.",
          note="Numbers that are not personal data.")
    s.add("off-leet-slur", "x", "reply", "@declan_outdoors", "d.farrell", "2026-11-26T22:00:00+00:00",
          "shut it you f4ggot", ["offensive"], rec=["@trollface99"], note="Disguised homophobic slur.")
    s.add("off-threat-colleague", "facebook", "post", "@declan.farrell.9", "d.farrell", "2026-11-26T22:30:00+00:00",
          "If a certain someone at work grasses on me again I swear I'll smash her car windows in.",
          ["offensive"], ["reputation"], note="A threat.")
    s.add("sol-official-commercial", "facebook", "post", "@EarlyLifeEnterprise", "k.sinclair", "2026-11-27T11:00:00+00:00",
          "Shop now at GlowUp Beauty Supplies and get 25% off everything with code GLOW25! 💄",
          ["solicitation"], note="Commercial promotion on the provision's account (4.3).")
    s.add("sol-personal-vote", "x", "post", T, "t.barker", "2027-05-05T19:00:00+01:00",
          "Vote Lib Dem tomorrow if you want the bins collected.",
          note="Personal political post: Early Life does not restrict it.")
    s.add("pc-follow-multi-handle", "instagram", "follow", "@ross_builds", "r.campbell", "2026-11-28T19:00:00+00:00",
          "", ["pupil_contact"], ["pupil_name"], rec=["@fionn_fc"], note="Second handle of a pupil.")
    s.add("pc-dm-text-tag", "x", "dm", R, "r.campbell", "2026-11-28T19:30:00+00:00",
          "@Darragh_LDN you left your hi-vis on site, grab it Monday", ["pupil_contact"], ["pupil_name"],
          note="DM naming a pupil handle in the text.")
    s.add("pc-parent", "facebook", "friend_request", "@bola.okoro", "b.okoro", "2026-11-28T20:00:00+00:00",
          "", rec=["@janet.warsame.1975"], note="A parent, not a roster handle.")
    s.add("conf-safeguarding", "x", "post", "@anwar_mentor", "a.rahman", "2026-11-29T20:00:00+00:00",
          "Another safeguarding disclosure from one of my lads today. Police and social care involved now.",
          ["confidential"], note="Safeguarding case.")
    s.add("conf-staffing", "facebook", "post", "@ioana.popa.52", "i.popa", "2026-11-29T20:30:00+00:00",
          "Heard in the office today that two of the tutors are being let go before Christmas. Not official yet!",
          ["confidential"], note="Unannounced staffing changes.")
    s.add("rep-centre", "x", "post", R, "r.campbell", "2026-11-30T20:00:00+00:00",
          "ELE is a sinking ship. Nobody in charge listens to a word we say.",
          ["reputation"], note="Disparages the provision by alias.")
    s.add("rep-pupils", "facebook", "post", "@declan.farrell.9", "d.farrell", "2026-11-30T21:00:00+00:00",
          "Half the kids at my work are feral and the other half are worse.",
          ["reputation"], ["offensive"], note="Disparages pupils.")
    s.add("rep-grievance", "x", "post", T, "t.barker", "2026-12-01T20:00:00+00:00",
          "Worked every evening this week and not a penny of overtime. Management don't care.",
          ["reputation"], note="A work grievance (5.12).")
    s.add("rep-positive", "x", "post", "@ciaradunne_eng", "c.dunne", "2026-12-01T20:30:00+00:00",
          "Small wins today: a young person who hasn't written a word all term wrote a whole paragraph.",
          note="Positive.")
    s.add("profile-alias", "x", "profile_update", T, "t.barker", "2026-12-02T20:00:00+00:00",
          "Maths tutor at Early Life. Spurs fan. Opinions my own.", ["school_branding"],
          note="5.7: naming the provision on a profile.")
    s.add("hold-official-offset", "x", "post", "@ELE_Construction", "r.campbell", "2027-01-18T08:30:00+01:00",
          "Site visit postponed.", ["posting_hold"], note="07:30 UTC, inside the hold.")
    s.write()


if __name__ == "__main__":
    e_act()
    triumph()
    ta2016()
    upland_fresh()
    early_life_fresh()

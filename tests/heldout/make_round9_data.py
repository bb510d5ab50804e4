"""Writes the ninth probe round for the DATA categories, tests/heldout/round9d-<school>/ (deterministic).

Two NEW invented schools (not round 4's, 7's or 8's), each exported in a shape the project had
not seen, because hidden sets differ from ours mostly in their schools:

* triumph-learning-trust: Holmebrook Primary Academy (Reception-Year 6). The roster is a
  SIMS-style report: two title lines ("Holmebrook Primary Academy", "Pupil Consent Report ...
  Printed: ...") and a blank line above the header, "Adno", "UPN", "Legal Surname", "Legal
  Forename", "Preferred Surname", "Preferred Forename" (always filled, as SIMS does, usually
  equal to the legal forename), "Year", "Reg Group", "DOB" (dd/mm/yyyy), photo consent as
  "Y"/"N"/"Not Asked", name consent as "Full Name"/"Forename & Initial"/"N"/"Not Asked", handles
  in one cell separated by " | " (one written as a profile address), blank trailing lines. The
  staff export has "Staff Code", "Title", "Preferred Forename", "Legal Surname", "Role",
  "Network Login". The timetable's day keys are lists ("Mon, Tue & Thu", "Wed", "Fri") with
  12-hour times ("8.45am to 10.30am", "1.15pm to 3.15pm"); a part-timer's override in 24-hour
  with dots ("Wed & Fri": "08.45-12.15"), another's with en dashes ("Mon–Thu", "08.45–10.30");
  the official accounts are configured by profile address (https://x.com/..., instagram.com/...);
  one hold is written with local times and no offset (in British Summer Time), one as a date
  range (start and end dates, no times); the declaration names its pupil "Surname, Forename".
* e-act: Ashcombe Vale Primary Academy (Reception-Year 6). The roster is a hand-kept
  spreadsheet saved from Excel in a European locale: UTF-8 with a byte-order mark,
  semicolon-separated, a title row and an empty row above the header ("Pupil;Class;D.O.B.;
  Photos OK?;Name OK?;Known as;Socials"), ONE name column mostly "SURNAME, Forename" with the
  surname in capitals (including "McALLISTER", "Ó DONNCHADHA", "AP IORWERTH"), a few rows typed
  "Forename Surname" (one of them a double-barrelled surname without a hyphen, "Harper Lloyd
  Evans"), two-digit-year dates (dd/mm/yy), photo consent as ticks and crosses, name consent as
  "full"/"first + initial"/"no"/"?", handles written "insta: name" or "tiktok @name", and rows
  of empty cells at the end. The staff list is "Name;Login;Job" with titles inside the name
  ("Mrs Grace Whitley"). The config's official accounts are a twitter.com address for X, a
  tiktok address with a query string, and an Instagram handle; one hold is a date range, the
  other written with UK dates and times ("10/03/2027 09:00"); terms are written dd/mm/yyyy.

Names: Welsh and Irish with accents and apostrophes (Siân O'Connor, Aoibheann Ní Bhriain, Tadhg
Mac Giolla Phádraig, Ciarán O'Sullivan, Bríd Nic Aodha, Máire Ó Donnchadha, Siôn ap Iorwerth,
Ffion D'Arcy), double-barrelled surnames with and without hyphens (Evie Harper Lloyd,
Hope Adebanjo-Clarke, Harper Lloyd Evans, Will Pryce-Jones), word names (Grace, Hope, Will,
Faith, Joy, Ruby, Daisy-Mae) used both ways, pupils who share a first name with a member of
staff (Grace, Will) or a surname with one (Hope), a SIMS preferred surname (Jayden Mulholland,
known as Jayden Pike), a celebrity sharing a pupil's name (Mo Farah, Will Ferrell, Harper Lee).

Cases in the dev set's style, written from the seed policies and the contract before the
detectors were read (labels follow each pack's clauses, see each note): a first batch of 60
and 49, then (after the fixes) a second batch of 8 per school, scored before any further fix.

Honest scores BEFORE any fix (recall / precision / decision):
  round9d-holmebrook  no score: the config failed to load ("timetable.directed: '8.45am to
                      10.30am' is not a period like 08:45-10:30"; "holds[0]: hold times need a UTC
                      offset", for both the local-time hold and the whole-day hold), so `postwarden
                      check` wrote 0 verdicts for 60 posts (exit 2)
  round9d-ashcombe    no score: the config failed to load ("'8.50am-12pm' is not a period", every
                      dd/mm/yyyy term date "invalid character in year", both holds), 0 verdicts for
                      49 posts (exit 2)
Behind those, each load failure in turn (clear errors): the SIMS staff list ("no column for
username, first_name": "Network Login", and no first-name column but "Preferred Forename"); the
spreadsheet's ticks and crosses ("photo_consent '✓' must be yes or no" on every row); both
declarations written "Surname, Forename" ("is not on the roster"). And data loaded WRONG
silently: the spreadsheet's "Name OK?" column was not read (every pupil's name consent none),
nor its "Socials" column (no pupil had a handle), nor SIMS's "Preferred Surname"; the typed
"Harper Lloyd Evans" split as first name "Harper Lloyd", "Hope van der Berg" as "Hope van der"
+ "Berg"; a staff name "Mrs Grace Whitley" gave the first name "Mrs Grace".
Once both configs loaded (timetable, dates, holds, staff header, ticks, declarations fixed),
detectors untouched, first batch:
  round9d-holmebrook  0.974 / 1.000 / 0.983 (60 cases): misses "Jayden Pike from Year 5" (the
                      unread preferred surname)
  round9d-ashcombe    0.861 / 0.886 / 0.816 (49 cases): all four pupil_contact cases (the unread
                      "Socials"), "Harper in my Year 2 group" (the wrong split); false alarms on
                      two official posts within consent (the unread "Name OK?"), "Mr Hope's Year 5
                      class" (a staff surname after a title read as a pupil's first name), and
                      personal_data on "a talk on dyslexia-friendly classrooms"
Second batch (after the fixes below, before any further one):
  round9d-holmebrook  1.000 / 1.000 / 1.000 (68 cases)
  round9d-ashcombe    1.000 / 1.000 / 1.000 (57 cases)

The general fixes: 12-hour times and "noon" in periods ("8.45am to 10.30am", "1.15-3.15pm",
"12pm") (timetable.py); dd/mm/yyyy dates for terms, closures and holds, and holds without an
offset (the school's own zone) or as whole days (both days included) (config.py); headers
"Network Login", "Job", "Socials", "Name OK?", "Preferred Surname", a staff list's "Preferred
Forename" standing for the first name, and an unread column that looks like name consent or
handles is now an error naming it instead of a silent loss (export_table.py); ticks and crosses
as consent, a preferred surname kept when it differs (roster.py), and matched as a surname
(policies/text/roster_matcher.py); whole names split after the first word, at a surname particle
("van", "ap", "Ó", "Nic"), and without a leading title (export_table.py); a declaration written
"Surname, Forename" (school.py); a name right after a title is an adult's (pupil_name.py); a
health term as a hyphenated modifier ("dyslexia-friendly", "autism-aware") is a topic
(personal_data.py).

Run: python tests/heldout/make_round9_data.py
"""
from __future__ import annotations

import csv
import io
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_round8_data  # noqa: E402
from make_sets import day  # noqa: E402


class School(make_round8_data.School):
    """Round 8's school (round 4's case mechanics, round 8's filler pools), first ids 9000."""

    def __init__(self, folder, prefix, config_name, years, birth_year0, seed):
        super().__init__(folder, prefix, config_name, years, birth_year0, seed)
        self.n = 9000


def csv_text(rows: list[list[str]], delimiter: str = ",", newline: str = "\r\n") -> str:
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator=newline)
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def uk(iso: str, short: bool = False) -> str:
    y, m, d = iso.split("-")
    return f"{d}/{m}/{y[2:] if short else y}"


TERMS = """\
  terms:
    - {start: 2026-09-02, end: 2026-10-23}
    - {start: 2026-11-02, end: 2026-12-18}
    - {start: 2027-01-05, end: 2027-02-12}
    - {start: 2027-02-22, end: 2027-03-26}
    - {start: 2027-04-12, end: 2027-05-28}
    - {start: 2027-06-07, end: 2027-07-21}
"""

EVE = day("2026-11-18T19:40:00+00:00", "Wed")
EVE2 = day("2026-11-24T20:35:00+00:00", "Tue")
SAT = day("2026-11-28T10:15:00+00:00", "Sat")
SUN = day("2027-01-17T18:30:00+00:00", "Sun")


# ============================================================================================
# triumph-learning-trust: Holmebrook Primary Academy (SIMS-style exports)
# ============================================================================================
def holmebrook() -> None:
    s = School("round9d-holmebrook", "r9hb", "holmebrook.yaml",
               ["Reception", "Year 1", "Year 2", "Year 3", "Year 4", "Year 5", "Year 6"], 2022, 9101)
    P = s.pupil
    P("Siân", "O'Connor", "Year 4", "2017-05-02", "yes", "full")
    P("Aoibheann", "Ní Bhriain", "Year 5", "2016-01-23", "yes", "full",
      "@aoibheann.nb;tiktok.com/@aoibh_dance")
    P("Evie", "Harper Lloyd", "Year 3", "2018-03-14", "yes", "full")
    P("Hope", "Adebanjo-Clarke", "Year 2", "2019-07-30", "yes", "full")
    P("Grace", "Thackeray", "Year 6", "2015-02-09", "yes", "full")
    P("William", "Ashdown", "Year 4", "2017-04-18", "yes", "full", "", "Will")
    P("Rhodri", "Bevan", "Year 6", "2015-02-14", "yes", "first_name_initial")
    P("Tadhg", "Mac Giolla Phádraig", "Year 5", "2016-06-06", "yes", "full")
    P("Maisie", "Fairbairn", "Year 1", "2020-08-01", "not_asked", "not_asked")
    P("Kacper", "Wiśniewski", "Year 5", "2016-03-03", "yes", "full")
    P("Olamide", "Ogundipe", "Year 6", "2014-10-29", "yes", "full", "https://www.instagram.com/ola.runs06/", "Ola")
    P("Faith", "Moreno", "Year 3", "2018-01-12", "yes", "no")
    P("Daisy-Mae", "Featherstone", "Year 2", "2019-05-05", "yes", "full")
    P("Jayden", "Mulholland", "Year 5", "2015-11-20", "yes", "full")   # preferred surname Pike
    PREF_SURNAME = {("Jayden", "Mulholland"): "Pike"}

    X = "@missrowlands_y4"; F = "@owen.jenkins.teach"; IG = "@gracefenwick_ta"; T = "@CoachTrafford"
    MB = "@marian.brennan.77"; PS = "@priyasandhu_art"
    OX = "@HolmebrookPA"; OIG = "@holmebrook.primary"
    LUNCH = day("2026-11-17T12:30:00+00:00", "Tue")
    a = s.add
    # --- pupil_name (personal accounts: 7 reveal nothing that identifies pupils)
    a("pn-circumflex-dropped", "facebook", "post", F, "o.jenkins", EVE,
      "Sian O'Connor read her own poem at the Year 4 assembly today, so proud of her",
      ["pupil_name"], note="Siân written without the circumflex.")
    a("pn-apostrophe-dropped-lower", "x", "post", X, "n.rowlands", SAT,
      "siân oconnor and her team won the year 4 maths relay!!",
      ["pupil_name"], note="O'Connor with the apostrophe dropped, lower case.")
    a("pn-irish-caps", "facebook", "post", MB, "m.brennan", SUN,
      "HUGE well done to AOIBHEANN NÍ BHRIAIN for her county swimming medal 🥇",
      ["pupil_name"], note="Irish particle surname, all capitals with the fada.")
    a("pn-irish-possessive-no-fada", "instagram", "post", IG, "g.fenwick", EVE2,
      "Aoibheann Ni Bhriain's cello solo at the carol concert rehearsal 😭",
      ["pupil_name"], note="Fada dropped, possessive.")
    a("pn-double-barrel-hyphen-added", "x", "post", X, "n.rowlands", EVE,
      "Evie Harper-Lloyd in 3F lost her first tooth in guided reading today 🦷",
      ["pupil_name"], note="Her surname has no hyphen in SIMS; the writer added one.")
    a("pn-double-barrel-plain", "facebook", "post", F, "o.jenkins", SAT,
      "Evie Harper Lloyd was star of the week in Year 3 ⭐",
      ["pupil_name"], note="Double-barrelled surname as on the roster.")
    a("pn-preferred-forename", "x", "post", T, "w.trafford", SAT,
      "Will Ashdown scored a hat-trick for the Year 4 team this morning ⚽",
      ["pupil_name"], note="Preferred forename Will + surname (legal William).")
    a("pn-first-initial-cue", "x", "post", X, "n.rowlands", EVE2,
      "Rhodri B in my class finally cracked long division 🎉",
      ["pupil_name"], note="First name + initial with a class cue, personal account.")
    a("pn-our-year-initial", "instagram", "post", IG, "g.fenwick", SUN,
      "Proud of our Year 6s today, especially Grace T who led the whole assembly",
      ["pupil_name"], note="'our Year 6s' then first name + initial; the poster is Grace Fenwick (staff).")
    a("pn-hashtag-preferred", "instagram", "post", PS, "p.sandhu", SAT,
      "Fastest Year 6 runner at the cross country #OlaOgundipe 🏃",
      ["pupil_name"], note="Preferred forename + surname run together in a hashtag.")
    a("pn-irish-long", "facebook", "post", F, "o.jenkins", EVE2,
      "Tadhg Mac Giolla Phadraig read to Reception today, such a kind lad",
      ["pupil_name"], note="Three-word Irish surname with the fada dropped.")
    a("pn-preferred-surname", "x", "post", T, "w.trafford", SUN,
      "Jayden Pike from Year 5 has raised £200 for the local food bank all by himself",
      ["pupil_name"], note="SIMS 'Preferred Surname' (legal Mulholland).")
    a("pn-hope-class-cue", "facebook", "post", F, "o.jenkins", EVE,
      "Hope in my class brought in her baby brother's scan photo today ❤️",
      ["pupil_name"], note="Word name Hope with a class cue.")
    a("pn-faith-form-cue", "x", "post", X, "n.rowlands", SUN,
      "Faith from 3F cried at the end of Charlotte's Web. We all did.",
      ["pupil_name"], note="Word name Faith with a form code.")
    a("pn-daisy-mae-no-hyphen", "instagram", "post", IG, "g.fenwick", SAT,
      "Daisy Mae Featherstone got her pen licence today ✏️",
      ["pupil_name"], note="Hyphenated first name written without the hyphen.")
    a("pn-caps-polish-ascii", "x", "post", T, "w.trafford", EVE,
      "KACPER WISNIEWSKI 🏆 Year 5 chess champion!!",
      ["pupil_name"], note="All capitals, ś written as s.")
    a("pn-official-initial-only", "x", "post", OX, "o.admin", LUNCH,
      "Congratulations to Rhodri Bevan in Year 6 on his county rugby call-up 🏉",
      ["pupil_name"], note="Official X (configured by https://x.com/ address); consent 'Forename & Initial'.")
    a("pn-official-not-asked", "instagram", "post", OIG, "o.admin", LUNCH,
      "Maisie Fairbairn in Year 1 won our Christmas card design competition 🎄",
      ["pupil_name"], note="Official Instagram (configured as instagram.com/...); name consent 'Not Asked'.")
    a("pn-official-refused", "x", "post", OX, "o.admin", LUNCH,
      "Faith Moreno's poem about autumn is on display in the library",
      ["pupil_name"], note="Official account; name consent 'N'.")
    # --- pupil_contact
    a("pc-dm-second-handle", "tiktok", "dm", "@gracefenwick", "g.fenwick", EVE, "Loved your dance video!",
      ["pupil_contact"], rec=["@aoibh_dance"],
      note="The second handle in the ' | '-separated cell, exported as a profile address.")
    a("pc-follow-first-handle-case", "instagram", "follow", "@owenjenkins", "o.jenkins", SAT, "",
      ["pupil_contact"], rec=["@Aoibheann.NB"], note="First handle of the cell, in other case.")
    a("pc-follow-url-handle", "instagram", "follow", PS, "p.sandhu", SUN, "",
      ["pupil_contact"], rec=["@ola.runs06"], note="The pupil's handle is exported as a profile address.")
    a("pc-tag-text", "x", "reply", T, "w.trafford", EVE2, "@ola.runs06 what a run on Saturday!",
      ["pupil_contact"], ["pupil_name"], note="A roster handle tagged in a reply.")
    # --- personal_data
    a("pd-dob-uk", "facebook", "post", F, "o.jenkins", EVE,
      "Rhodri Bevan (DOB 14/02/2015) is our new Year 6 sports captain",
      ["pupil_name", "personal_data"], note="A pupil's date of birth.")
    a("pd-medical-first-cue", "facebook", "post", MB, "m.brennan", EVE2,
      "Kacper in 5B had an asthma attack at lunch and his inhaler was empty. Parents, please check!",
      ["pupil_name", "personal_data"], ["confidential"], note="A pupil (first name + form) and his medical condition.")
    a("pd-colleague-phone", "facebook", "post", F, "o.jenkins", SAT,
      "Nia's new number if anyone needs her over the weekend: 07700 900 412",
      ["personal_data"], note="A colleague's mobile number.")
    a("pd-colleague-address", "facebook", "post", MB, "m.brennan", SUN,
      "Secret Santa drop-off is at Owen's: 14 Bryn Terrace, Holmebrook HX7 5JQ",
      ["personal_data"], note="A colleague's home address and postcode.")
    a("pd-colleague-email", "instagram", "post", IG, "g.fenwick", EVE,
      "Priya's personal email is priya.sandhu84@hotmail.co.uk if you want to add to the leaving collection",
      ["personal_data"], note="A colleague's personal e-mail.")
    # --- directed_time (GMT unless said)
    a("dt-mon-tue-thu-morning", "x", "post", X, "n.rowlands", day("2026-11-17T09:30:00+00:00", "Tue"),
      "Anyone know a good plumber in Hebden? Boiler's gone again",
      ["directed_time"], note="'Mon, Tue & Thu' 8.45am-10.30am.")
    a("dt-pm-afternoon", "facebook", "post", F, "o.jenkins", day("2026-11-12T14:00:00+00:00", "Thu"),
      "Counting down to the weekend already 😴",
      ["directed_time"], note="Thursday '1.15pm to 3.15pm' (14:00 is inside; read as am it would not be).")
    a("dt-wed-staff-meeting", "instagram", "post", IG, "g.fenwick", day("2026-11-18T16:00:00+00:00", "Wed"),
      "New boots arrived 👢",
      ["directed_time"], note="Wednesday runs to 4.30pm (staff meeting).")
    a("dt-bst-afternoon", "x", "post", X, "n.rowlands", day("2026-10-13T12:30:00+00:00", "Tue"),
      "Who's watching the match tonight?",
      ["directed_time"], note="12:30 UTC is 13:30 BST, inside 1.15pm-3.15pm.")
    a("dt-part-time-dots", "instagram", "post", PS, "p.sandhu", day("2026-11-18T11:00:00+00:00", "Wed"),
      "Kiln's finally fixed 🎨",
      ["directed_time"], note="p.sandhu's 'Wed & Fri' 08.45-12.15.")
    a("dt-en-dash-override", "facebook", "post", "@owen.j", "o.jenkins", day("2026-11-19T09:00:00+00:00", "Thu"),
      "Morning all ☕",
      ["directed_time"], note="o.jenkins's 'Mon–Thu' 08.45–10.30 (en dashes).")
    a("b-lunch", "x", "post", X, "n.rowlands", day("2026-11-17T12:30:00+00:00", "Tue"),
      "Best soup in the staff room today 🍲", note="Lunch 12.15pm-1.15pm.")
    a("b-break", "x", "post", X, "n.rowlands", day("2026-11-16T10:35:00+00:00", "Mon"),
      "Coffee number two ☕", note="Break 10.30am-10.45am.")
    a("b-friday-early-finish", "facebook", "post", F, "o.jenkins", day("2026-11-20T15:00:00+00:00", "Fri"),
      "Friday feeling 🙌", note="Friday ends 2.45pm; o.jenkins's override covers Mon-Thu only anyway.")
    a("b-part-time-afternoon", "instagram", "post", PS, "p.sandhu", day("2026-11-18T13:30:00+00:00", "Wed"),
      "Afternoon off, off to the garden centre 🌱", note="p.sandhu works mornings only.")
    a("b-part-time-off-day", "instagram", "post", PS, "p.sandhu", day("2026-11-16T10:00:00+00:00", "Mon"),
      "Monday off 😌", note="p.sandhu does not work Mondays.")
    a("b-override-not-his-day", "facebook", "post", "@owen.j", "o.jenkins", day("2026-11-20T09:00:00+00:00", "Fri"),
      "Day off for a hospital appointment", note="o.jenkins's override is Mon–Thu; the main Friday does not apply.")
    a("b-closure", "x", "post", X, "n.rowlands", day("2026-11-27T10:00:00+00:00", "Fri"),
      "INSET day coffee ☕", note="A closure day.")
    a("b-bst-lunch", "x", "post", X, "n.rowlands", day("2026-10-13T11:30:00+00:00", "Tue"),
      "Lunch!", note="11:30 UTC is 12:30 BST: lunch.")
    # --- posting_hold
    a("hold-naive-bst-start", "x", "post", OX, "o.admin", day("2026-10-06T07:30:00+00:00", "Tue"),
      "Reminder: flu vaccinations for Reception to Year 6 are on Thursday.",
      ["posting_hold"], note="Hold from '2026-10-06 08:00' local (BST): 07:30 UTC is 08:30 BST, inside.")
    a("hold-naive-bst-end", "instagram", "post", OIG, "o.admin", day("2026-10-07T16:30:00+00:00", "Wed"),
      "Harvest festival photos coming soon 🍎",
      ["posting_hold"], note="Hold to '2026-10-07 18:00' local: 16:30 UTC is 17:30 BST, inside.")
    a("hold-date-range-last-day", "x", "post", OX, "o.admin", day("2027-02-02T14:00:00+00:00", "Tue"),
      "Our Year 5s loved their trip to the Eureka museum!",
      ["posting_hold"], note="Date-range hold 2027-02-01 to 2027-02-02: the last day is inside.")
    a("b-hold-before-bst", "x", "post", OX, "o.admin", day("2026-10-06T06:30:00+00:00", "Tue"),
      "Good morning Holmebrook! Non-uniform day today.", note="06:30 UTC is 07:30 BST, before the 08:00 start.")
    a("b-hold-after-bst", "x", "post", OX, "o.admin", day("2026-10-07T17:30:00+00:00", "Wed"),
      "Parents' evening bookings are now open.", note="17:30 UTC is 18:30 BST, after the 18:00 end (inside if read as UTC).")
    a("b-hold-after-range", "x", "post", OX, "o.admin", day("2027-02-03T09:00:00+00:00", "Wed"),
      "Year 2 assembly this Friday at 9am, all welcome.", note="The day after the date-range hold.")
    # --- benign
    a("b-staff-grace-full", "facebook", "post", F, "o.jenkins", EVE,
      "Grace Fenwick is retiring after 22 years as our Year 6 TA 💐 we will miss her so much",
      note="A member of staff's full name; a Year 6 pupil is also called Grace.")
    a("b-staff-will-full", "facebook", "post", MB, "m.brennan", SAT,
      "Will Trafford is running the Great North Run this year, what a legend",
      note="A member of staff's full name; a Year 4 pupil is known as Will.")
    a("b-will-modal", "x", "post", X, "n.rowlands", EVE2,
      "Will the rain ever stop? Year 4 trip to the farm is off again",
      note="'Will' as a modal verb beside a year group.")
    a("b-hope-word", "x", "post", X, "n.rowlands", day("2026-10-23T17:00:00+00:00", "Fri"),
      "Hope everyone in Year 2 has a lovely half term 🍂", note="'Hope' as a verb.")
    a("b-faith-word", "instagram", "post", IG, "g.fenwick", SUN,
      "Keeping the faith that Year 3's runner beans will actually grow this time 🌱", note="'faith' as a word.")
    a("b-celebrity-will", "facebook", "post", F, "o.jenkins", EVE2,
      "Will Ferrell in Elf is the only film allowed in our house this week 🎄", note="A celebrity.")
    a("b-daisy-word", "instagram", "post", IG, "g.fenwick", SAT,
      "The daisy chain competition on the Reception field was fierce 🌼", note="'daisy' as a flower.")
    a("b-pike-fish", "facebook", "post", T, "w.trafford", SUN,
      "Caught a pike at the reservoir this morning, Year 5 will love the photos 🎣",
      note="'pike' as a fish; a Year 5 pupil's preferred surname is Pike.")
    a("b-official-full-consent", "x", "post", OX, "o.admin", LUNCH,
      "Well done to Siân O'Connor in Year 4, our Young Poet of the Year! ✍️",
      note="Official X (configured by address); full name consent.")
    a("b-official-initial", "instagram", "post", OIG, "o.admin", LUNCH,
      "Congratulations Rhodri B (Year 6) on your county rugby call-up! 🏉",
      note="Official Instagram; first name + initial is within consent.")
    a("b-declared-follow", "instagram", "follow", MB, "m.brennan", SAT, "",
      rec=["@aoibheann.nb"], note="m.brennan declared this pupil (written 'Ní Bhriain, Aoibheann') as her niece.")
    a("b-ashdown-place", "facebook", "post", MB, "m.brennan", SUN,
      "Ashdown Forest walk with the dog this afternoon 🐕", note="A pupil's surname as a place.")
    # --- second batch: written after the first fixes, scored before any further fix
    a("pn2-preferred-surname-caps", "x", "post", T, "w.trafford", SAT,
      "JAYDEN PIKE 🏆 fastest in Year 5 again!!",
      ["pupil_name"], note="Preferred surname, all capitals.")
    a("pn2-preferred-surname-initial", "x", "post", X, "n.rowlands", EVE,
      "Jayden P in my class read his poem to the whole school today",
      ["pupil_name"], note="First name + the initial of his preferred surname, class cue.")
    a("pn2-irish-first-cue", "facebook", "post", F, "o.jenkins", SUN,
      "Aoibheann in 5B has finished every book in our class library 📚",
      ["pupil_name"], note="Irish first name with a form code.")
    a("pn2-tadhg-year", "instagram", "post", IG, "g.fenwick", EVE2,
      "Tadhg from Year 5 taught me three words of Irish today ☘️",
      ["pupil_name"], note="First name (not a word) with a year group.")
    a("pd2-dob-preferred", "facebook", "post", MB, "m.brennan", SAT,
      "Happy birthday Ola Ogundipe, born 29/10/2014, our Year 6 sprint star",
      ["pupil_name", "personal_data"], note="Preferred name + surname and a date of birth.")
    a("pc2-recipient-url", "tiktok", "follow", "@gracefenwick", "g.fenwick", SAT, "",
      ["pupil_contact"], rec=["https://www.tiktok.com/@aoibh_dance"], note="The recipient given as a profile address.")
    a("b2-faith-school", "x", "post", X, "n.rowlands", SAT,
      "Our faith school partnership visit went brilliantly, Year 3 loved the choir", note="'faith' as a word.")
    a("b2-hold-personal", "x", "post", X, "n.rowlands", day("2026-10-06T18:30:00+00:00", "Tue"),
      "What a day 😅", note="A personal account during the BST hold, after school.")
    s.fill(220)

    config = """\
# Holmebrook Primary Academy (invented), a Triumph Learning Trust academy, Reception to Year 6.
pack: triumph-learning-trust
school:
  name: Holmebrook Primary Academy
  aliases: [Holmebrook Primary, Holmebrook, "@HolmebrookPA"]
roster: sims_pupil_consent_report.csv    # SIMS report, exported to CSV
staff: sims_staff_list.csv
official_accounts:
  - {platform: x, handle: "https://x.com/HolmebrookPA"}
  - {platform: instagram, handle: "instagram.com/holmebrook.primary"}
timetable:
  timezone: Europe/London
  directed:                 # break 10.30-10.45, lunch 12.15-1.15; staff meeting Wednesday; Friday early finish
    "Mon, Tue & Thu": ["8.45am to 10.30am", "10.45am to 12.15pm", "1.15pm to 3.15pm"]
    Wed: ["8.45am to 10.30am", "10.45am to 12.15pm", "1.15pm to 4.30pm"]
    Fri: ["8.45am to 10.30am", "10.45am to 12.15pm", "1.15pm to 2.45pm"]
""" + TERMS + """\
  closures: [2026-11-27]
staff_overrides:
  p.sandhu: {directed: {"Wed & Fri": ["08.45-12.15"]}}                                  # 0.4, mornings
  o.jenkins: {directed: {"Mon–Thu": ["08.45–10.30", "10.45–12.15", "13.15–15.15"]}}     # 0.8
declarations:
  - {user: m.brennan, pupil: "Ní Bhriain, Aoibheann", context: niece}
holds:
  - {start: "2026-10-06 08:00", end: "2026-10-07 18:00", reason: "trust review"}   # local time
  - {start: 2027-02-01, end: 2027-02-02, reason: "incident"}                        # whole days
"""
    photo = {"yes": "Y", "no": "N", "not_asked": "Not Asked"}
    name = {"full": "Full Name", "first_name_initial": "Forename & Initial", "no": "N", "none": "N",
            "not_asked": "Not Asked"}
    rng = random.Random(9102)
    header = ["Adno", "UPN", "Legal Surname", "Legal Forename", "Preferred Surname", "Preferred Forename",
              "Year", "Reg Group", "DOB", "Gender", "Photo Consent", "Name Consent", "Social Media"]
    rows = [["Holmebrook Primary Academy"] + [""] * 12,
            ["Pupil Consent Report", "", "", "", "", "", "", "", "", "", "Printed: 20/11/2026 08:12", "", ""],
            [""] * 13, header]
    for i, p in enumerate(s.pupils):
        hs = " | ".join(h.strip() for h in p["social_handles"].split(";") if h.strip())
        reg = p["year_group"].replace("Year ", "").replace("Reception", "R") + rng.choice("BF")
        rows.append([str(4100 + i), f"H8{rng.randint(10**10, 10**11 - 1)}", p["last_name"], p["first_name"],
                     PREF_SURNAME.get((p["first_name"], p["last_name"]), p["last_name"]),
                     p["preferred_name"] or p["first_name"], p["year_group"], reg, uk(p["date_of_birth"]),
                     rng.choice("FM"), photo[p["photo_consent"]], name[p["name_consent"]], hs])
    body = csv_text(rows) + "\r\n\r\n"
    staff = [["Staff Code", "Title", "Preferred Forename", "Legal Surname", "Role", "Network Login"],
             ["ADM", "Mrs", "Olwen", "Adair", "Office Manager", "o.admin"],
             ["NRO", "Miss", "Nia", "Rowlands", "Class Teacher", "n.rowlands"],
             ["OJE", "Mr", "Owen", "Jenkins", "Class Teacher", "o.jenkins"],
             ["GFE", "Mrs", "Grace", "Fenwick", "Teaching Assistant", "g.fenwick"],
             ["WTR", "Mr", "Will", "Trafford", "PE Coach", "w.trafford"],
             ["MBR", "Mrs", "Marian", "Brennan", "Learning Mentor", "m.brennan"],
             ["PSA", "Ms", "Priya", "Sandhu", "Art Teacher", "p.sandhu"]]
    s.write_files(config, {"sims_pupil_consent_report.csv": body.encode("utf-8"),
                           "sims_staff_list.csv": csv_text(staff).encode("utf-8")})


# ============================================================================================
# e-act: Ashcombe Vale Primary Academy (a hand-kept spreadsheet)
# ============================================================================================
def ashcombe() -> None:
    s = School("round9d-ashcombe", "r9av", "ashcombe.yaml",
               ["Reception", "Year 1", "Year 2", "Year 3", "Year 4", "Year 5", "Year 6"], 2022, 9201)
    P = s.pupil
    P("Ciarán", "O'Sullivan", "Year 5", "2016-03-07", "yes", "full", "insta: ciaran.osull")
    P("Bríd", "Nic Aodha", "Year 6", "2015-04-21", "yes", "first_name_initial")
    P("Máire", "Ó Donnchadha", "Year 4", "2017-01-09", "yes", "full")
    P("Siôn", "ap Iorwerth", "Year 3", "2018-02-28", "yes", "full")
    P("Ffion", "D'Arcy", "Year 6", "2015-06-16", "yes", "full", "tiktok @ffion.darcy")
    P("Harper", "Lloyd Evans", "Year 2", "2019-04-04", "yes", "full")
    P("Will", "Pryce-Jones", "Year 4", "2017-08-19", "yes", "full")
    P("Hope", "van der Berg", "Year 1", "2020-05-25", "yes", "full")
    P("Grace", "Okafor", "Year 3", "2018-06-30", "yes", "full")
    P("Ruby", "Hart", "Year 5", "2016-07-07", "yes", "full")
    P("Rory", "McAllister", "Year 6", "2014-11-11", "no", "unknown", "insta: rory_mac_09")
    P("Joy", "de Souza", "Year 2", "2019-02-02", "yes", "none")
    P("Zofia", "Kowalska", "Year 4", "2017-06-12", "yes", "full", "", "Zosia")
    P("Mohammed", "Ahmed", "Year 5", "2015-12-01", "yes", "full", "", "Mo")
    TYPED_FORENAME_FIRST = {("Harper", "Lloyd Evans"), ("Ruby", "Hart")}

    X = "@mrsokoro_teach"; F = "@tom.reilly.pe"; IG = "@miss_llewellyn"; T = "@dhope_y5"
    OX = "@AshcombeValePA"; OIG = "@ashcombe.vale"; OTT = "@ashcombevale_pa"
    LUNCH = day("2026-11-17T12:30:00+00:00", "Tue")
    a = s.add
    # --- pupil_name (personal accounts: 5.4 nothing about pupils without written permission)
    a("pn-fada-dropped", "facebook", "post", F, "t.reilly", EVE,
      "Ciaran O'Sullivan's Viking longship model is on display in the hall 🛶",
      ["pupil_name"], note="Fada dropped, possessive.")
    a("pn-curly-apostrophe", "x", "post", X, "c.okoro", SAT,
      "Well done Ciarán O’Sullivan, Year 5 times tables champion!",
      ["pupil_name"], note="Typographic apostrophe (’).")
    a("pn-caps-apostrophe-dropped", "x", "post", T, "d.hope", SUN,
      "FFION DARCY ran the fastest Year 6 cross country time ever recorded here",
      ["pupil_name"], note="All capitals, apostrophe dropped.")
    a("pn-apostrophe-proper", "facebook", "post", F, "t.reilly", EVE2,
      "Ffion D'Arcy led the remembrance assembly beautifully this morning",
      ["pupil_name"], note="As on the roster.")
    a("pn-fada-first-cue", "instagram", "post", IG, "s.llewellyn", EVE,
      "Brid in my reading group finished the whole Narnia series this term 📚",
      ["pupil_name"], note="Bríd without the fada, with a class cue.")
    a("pn-irish-o-particle", "facebook", "post", F, "t.reilly", SAT,
      "Maire O Donnchadha read so beautifully in assembly today",
      ["pupil_name"], note="Ó written as O, fadas dropped.")
    a("pn-irish-possessive", "x", "post", X, "c.okoro", EVE2,
      "Máire Ó Donnchadha's Year 4 Viking shield is a work of art",
      ["pupil_name"], note="As on the roster (surname in capitals there), possessive.")
    a("pn-welsh-ap", "instagram", "post", IG, "s.llewellyn", SUN,
      "Sion ap Iorwerth made us all Welsh cakes for St David's Day practice 🏴",
      ["pupil_name"], note="Siôn without the circumflex, 'ap' particle.")
    a("pn-double-barrel-typed", "facebook", "post", T, "d.hope", EVE,
      "Harper Lloyd Evans got star of the week in Year 2 ⭐",
      ["pupil_name"], note="The row was typed 'Harper Lloyd Evans' (no comma, no hyphen).")
    a("pn-double-barrel-first-cue", "x", "post", X, "c.okoro", SAT,
      "Harper in my Year 2 group read her first chapter book on her own today!",
      ["pupil_name"], note="Her first name is Harper (not 'Harper Lloyd'); year-group cue.")
    a("pn-double-barrel-hyphen-added", "facebook", "post", F, "t.reilly", SUN,
      "Harper Lloyd-Evans lost her first tooth in PE 😂",
      ["pupil_name"], note="Hyphen added by the writer.")
    a("pn-will-surname-no-hyphen", "x", "post", T, "d.hope", EVE2,
      "Will Pryce Jones in Year 4 made me laugh all afternoon",
      ["pupil_name"], note="Word name Will + double-barrelled surname without its hyphen.")
    a("pn-will-initial", "instagram", "post", IG, "s.llewellyn", SAT,
      "Will P from Y4 asked me if Henry VIII had a dog. Brilliant question",
      ["pupil_name"], note="First name + initial, 'Y4'.")
    a("pn-hope-particle", "facebook", "post", F, "t.reilly", SAT,
      "Hope Van Der Berg's first swimming badge!! 🏊",
      ["pupil_name"], note="Dutch particle capitalised by the writer, possessive.")
    a("pn-joy-class-cue", "x", "post", X, "c.okoro", EVE,
      "Joy in my class brought her pet snail in for show and tell 🐌",
      ["pupil_name"], note="Word name Joy with a class cue.")
    a("pn-known-as", "instagram", "post", IG, "s.llewellyn", EVE2,
      "Zosia Kowalska's Polish Christmas biscuits were a hit with 4C 🍪",
      ["pupil_name"], note="Known as Zosia (Zofia) + surname, possessive.")
    a("pn-known-as-short", "x", "post", T, "d.hope", SUN,
      "Mo Ahmed from Year 5 beat me at chess. Again.",
      ["pupil_name"], note="Known as Mo (Mohammed) + surname.")
    a("pn-mc-caps", "facebook", "post", F, "t.reilly", SUN,
      "RORY MCALLISTER 🏉 two tries in the cup final #proud",
      ["pupil_name"], note="All capitals, McAllister as MCALLISTER.")
    a("pn-hashtag", "instagram", "post", IG, "s.llewellyn", SAT,
      "Year 5 spelling bee winner 🐝 #RubyHart",
      ["pupil_name"], note="Hashtag; the row was typed 'Ruby Hart'.")
    a("pn-our-year-initial", "x", "post", X, "c.okoro", day("2026-12-16T19:00:00+00:00", "Wed"),
      "So proud of our Year 3s at the carol service, Grace O sang the solo beautifully",
      ["pupil_name"], note="'our Year 3s' then first name + initial; a member of staff is also Grace.")
    a("pn-official-initial-only", "x", "post", OX, "o.office", LUNCH,
      "Congratulations to Bríd Nic Aodha (Year 6) on reaching the national spelling bee final!",
      ["pupil_name"], note="Official X (configured by twitter.com address); consent 'first + initial'.")
    a("pn-official-no", "tiktok", "post", OTT, "o.office", LUNCH,
      "Joy de Souza dancing in our Year 2 Christmas show 💃",
      ["pupil_name"], note="Official TikTok (configured by address with a query string); name consent 'no'.")
    a("pn-official-unknown", "instagram", "post", OIG, "o.office", LUNCH,
      "Rory McAllister scored twice in the Year 6 cup final ⚽",
      ["pupil_name"], note="Official Instagram; name consent '?' (not known) is no consent.")
    # --- pupil_contact
    a("pc-dm-no-at-roster", "instagram", "dm", IG, "s.llewellyn", EVE, "Great goal today!",
      ["pupil_contact"], rec=["@ciaran.osull"], note="The roster writes this handle 'insta: ciaran.osull'.")
    a("pc-follow-tiktok", "tiktok", "follow", "@tomreilly", "t.reilly", SAT, "",
      ["pupil_contact"], rec=["@ffion.darcy"], note="Roster writes 'tiktok @ffion.darcy'.")
    a("pc-tag-reply", "x", "reply", X, "c.okoro", EVE2, "@ciaran.osull brilliant chess today!",
      ["pupil_contact"], ["pupil_name"], note="A roster handle tagged in a reply.")
    a("pc-undeclared-follow", "instagram", "follow", T, "d.hope", SUN, "",
      ["pupil_contact"], rec=["@rory_mac_09"], note="d.hope declared nothing.")
    # --- personal_data
    a("pd-dob-short-year", "facebook", "post", F, "t.reilly", EVE,
      "Zosia Kowalska (DOB 12/06/17) joins 4C on Monday, please make her welcome",
      ["pupil_name", "personal_data"], note="Date of birth with a two-digit year.")
    a("pd-medical-known-as", "facebook", "post", T, "d.hope", SAT,
      "Mo in 5W has type 1 diabetes, anyone got tips for managing hypos on the residential?",
      ["pupil_name", "personal_data"], ["confidential"], note="Known-as name + form + medical condition.")
    a("pd-colleague-phone", "facebook", "post", F, "t.reilly", SUN,
      "Grace's new mobile is 07700 900 871 (she lost all her contacts!)",
      ["personal_data"], note="A colleague's mobile.")
    a("pd-colleague-address", "x", "post", X, "c.okoro", SAT,
      "Housewarming at Tom's on Saturday, 3 Larch Close, Ashcombe BS48 2RT, bring a bottle 🍾",
      ["personal_data"], note="A colleague's home address.")
    # --- posting_hold
    a("hold-date-range-first", "instagram", "post", OIG, "o.office", day("2027-01-14T09:00:00+00:00", "Thu"),
      "Year 1 are off to the aquarium today 🐠",
      ["posting_hold"], note="Date-range hold 2027-01-14 to 2027-01-15.")
    a("hold-date-range-last", "x", "post", OX, "o.office", day("2027-01-15T11:00:00+00:00", "Fri"),
      "Reminder: non-uniform day on Friday.",
      ["posting_hold"], note="The last day of the range is inside (whole days).")
    a("hold-uk-dates", "x", "post", OX, "o.office", day("2027-03-11T10:00:00+00:00", "Thu"),
      "World Book Day costumes were amazing!",
      ["posting_hold"], note="Hold written '10/03/2027 09:00' to '12/03/2027 17:00'.")
    a("b-hold-after-range", "x", "post", OX, "o.office", day("2027-01-16T10:00:00+00:00", "Sat"),
      "Saturday football club is back on next week.", note="The day after the date-range hold.")
    a("b-hold-personal", "x", "post", X, "c.okoro", day("2027-01-14T19:00:00+00:00", "Thu"),
      "Lovely evening walk 🌙", note="A personal account during a hold.")
    a("b-hold-uk-after", "x", "post", OX, "o.office", day("2027-03-12T18:00:00+00:00", "Fri"),
      "Have a lovely weekend everyone!", note="After the 17:00 end on 12/03/2027.")
    # --- benign
    a("b-staff-grace-full", "x", "post", T, "d.hope", EVE,
      "Grace Whitley has been nominated for Teacher of the Year!! Year 3 are lucky to have her",
      note="A member of staff's full name; a Year 3 pupil is also called Grace.")
    a("b-staff-surname-hope", "facebook", "post", F, "t.reilly", EVE2,
      "Mr Hope's Year 5 class built a working volcano today 🌋", note="Staff surname Hope; a Year 1 pupil is called Hope.")
    a("b-hope-word", "x", "post", X, "c.okoro", day("2026-10-23T17:00:00+00:00", "Fri"),
      "Hope you all have a restful half term, Year 1, see you soon!", note="'Hope' as a verb.")
    a("b-joy-word", "instagram", "post", IG, "s.llewellyn", SUN,
      "Joy of joys, the Year 2 nativity costumes are finally finished", note="'joy' as a word.")
    a("b-will-modal", "x", "post", T, "d.hope", SAT,
      "Will we ever get through a Year 4 PE lesson without rain?", note="'Will' as a modal verb.")
    a("b-celebrity-mo", "x", "post", X, "c.okoro", SUN,
      "Year 5 watched a Mo Farah documentary and now they all want to run marathons", note="A celebrity.")
    a("b-celebrity-harper", "facebook", "post", F, "t.reilly", SAT,
      "Reading Harper Lee with my book club this month, any tips?", note="A celebrity.")
    a("b-ruby-word", "instagram", "post", IG, "s.llewellyn", EVE,
      "Our ruby wedding anniversary tonight 💍", note="'ruby' as a word.")
    a("b-official-full-consent", "x", "post", OX, "o.office", LUNCH,
      "Ciarán O'Sullivan in Year 5 won the county under-11s chess tournament! ♟️",
      note="Official X (configured by twitter.com address); full name consent.")
    a("b-official-initial", "x", "post", OX, "o.office", LUNCH,
      "Bríd N (Year 6) has reached the national spelling bee final!", note="First name + initial, within consent.")
    a("b-declared-follow", "instagram", "follow", F, "t.reilly", SAT, "",
      rec=["@rory_mac_09"], note="t.reilly declared this pupil (written 'McAllister, Rory') as his nephew.")
    a("b-staff-sian", "facebook", "post", F, "t.reilly", SUN,
      "Siân Llewellyn is giving a talk on dyslexia-friendly classrooms at the trust conference",
      note="A member of staff's full name.")
    # --- second batch: written after the first fixes, scored before any further fix
    a("pn2-register-caps", "facebook", "post", F, "t.reilly", EVE,
      "Star writers this week: O'SULLIVAN Ciarán and D'ARCY Ffion ✍️",
      ["pupil_name"], note="Register style, surnames in capitals first.")
    a("pn2-hope-y1", "x", "post", X, "c.okoro", SAT,
      "Hope in Y1 lost her first tooth in the dinner hall 🦷",
      ["pupil_name"], note="Word name Hope with 'in Y1'.")
    a("pn2-ruby-form", "instagram", "post", IG, "s.llewellyn", SUN,
      "Ruby from 5W read her story about a dragon in assembly",
      ["pupil_name"], note="Word name Ruby with a form code.")
    a("pn2-mo-class", "x", "post", T, "d.hope", EVE2,
      "Mo in my class beat me at chess again",
      ["pupil_name"], note="Known-as name Mo with a class cue.")
    a("b2-title-first-name", "facebook", "post", F, "t.reilly", SAT,
      "Miss Joy's Year 2 class at the nativity were adorable", note="A name after a title is an adult's.")
    a("b2-staff-first-initial", "x", "post", X, "c.okoro", EVE,
      "Grace W and I are running the Year 3 parents' evening tonight", note="A member of staff by first name + initial; a Year 3 pupil is also Grace.")
    a("pd2-staff-phone", "facebook", "post", T, "d.hope", SUN,
      "Mrs Okoro's mobile is 07700 900 118 if anyone needs her about the trip",
      ["personal_data"], note="A colleague's mobile.")
    a("b2-hold-personal", "x", "post", X, "c.okoro", day("2027-03-11T19:00:00+00:00", "Thu"),
      "Book club tonight 📖", note="A personal account during the UK-dates hold.")
    s.fill(180)

    config = """\
# Ashcombe Vale Primary Academy (invented), an E-ACT academy, Reception to Year 6.
pack: e-act
school:
  name: Ashcombe Vale Primary Academy
  aliases: [Ashcombe Vale, Ashcombe Vale Primary]
roster: class_lists_2026-27.csv     # the office's spreadsheet, saved as CSV
staff: staff_list.csv
official_accounts:
  - {platform: x, handle: "https://twitter.com/AshcombeValePA"}
  - {platform: instagram, handle: "@ashcombe.vale"}
  - {platform: tiktok, handle: "https://www.tiktok.com/@ashcombevale_pa?lang=en"}
timetable:
  timezone: Europe/London
  directed:
    "Mon to Fri": ["8.50am-12pm", "1pm-3.15pm"]
  terms:
    - {start: 02/09/2026, end: 23/10/2026}
    - {start: 02/11/2026, end: 18/12/2026}
    - {start: 05/01/2027, end: 12/02/2027}
    - {start: 22/02/2027, end: 26/03/2027}
declarations:
  - {user: t.reilly, pupil: "McAllister, Rory", context: nephew}
holds:
  - {start: 2027-01-14, end: 2027-01-15, reason: "inspection"}
  - {start: "10/03/2027 09:00", end: "12/03/2027 17:00", reason: "trust review"}
"""
    photo = {"yes": "✓", "no": "✗"}
    name = {"full": "full", "first_name_initial": "first + initial", "none": "no", "unknown": "?"}
    rng = random.Random(9202)
    rows = [["Ashcombe Vale Primary - class lists 2026/27 (office copy - do not circulate)"] + [""] * 6,
            [""] * 7,
            ["Pupil", "Class", "D.O.B.", "Photos OK?", "Name OK?", "Known as", "Socials"]]
    for p in s.pupils:
        first, last = p["first_name"], p["last_name"]
        if (first, last) in TYPED_FORENAME_FIRST:
            whole = f"{first} {last}"
        else:
            caps = last.upper()
            if last.startswith("Mc"):
                caps = "Mc" + last[2:].upper()
            whole = f"{caps}, {first}"
        cls = p["year_group"].replace("Year ", "Y").replace("Reception", "Rec") + " " + rng.choice(
            ["Willow", "Oak", "Rowan", "Hazel"])
        hs = p["social_handles"]
        if hs.startswith("@") and rng.random() < 0.5:
            hs = "insta: " + hs[1:]
        rows.append([whole, cls, uk(p["date_of_birth"], short=True), photo[p["photo_consent"]],
                     name[p["name_consent"]], p["preferred_name"], hs])
    body = csv_text(rows + [[""] * 7] * 3, delimiter=";") + "\r\n"
    staff = [["Name", "Login", "Job"],
             ["Mrs Olivia Price", "o.office", "Office manager"],
             ["Mrs Chioma Okoro", "c.okoro", "Y3 teacher"],
             ["Mr Tom Reilly", "t.reilly", "PE lead"],
             ["Miss Siân Llewellyn", "s.llewellyn", "SENCo"],
             ["Mr Daniel Hope", "d.hope", "Y5 teacher"],
             ["Mrs Grace Whitley", "g.whitley", "Y3 teacher"]]
    s.write_files(config, {"class_lists_2026-27.csv": b"\xef\xbb\xbf" + body.encode("utf-8"),
                           "staff_list.csv": b"\xef\xbb\xbf" + csv_text(staff, delimiter=";").encode("utf-8")})


if __name__ == "__main__":
    holmebrook(); ashcombe()

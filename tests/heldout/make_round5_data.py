"""Writes the fifth probe round for personal data, pupil contact and official-account name consent,
tests/heldout/round5d-<pack>/cases.jsonl (deterministic).

The cases reuse the five invented schools of round 4 (their configs, rosters and staff lists, by
relative path: ../round4d-<pack>/<school>.yaml), so only new phrasing is tested here: UK phone
numbers in the shapes people type (+44 with spaces, dashes or none, +44 (0)7..., 07... with
spaces, dashes or dots, landlines with bracketed or dashed area codes, digits spaced one by one,
numbers said as words "oh seven seven..."), plain and obfuscated e-mail addresses ("at"/"dot",
"(at)", "[at]"), street addresses and postcodes (English and Welsh street types, a flat number),
dates of birth in many formats, NI numbers, UPNs, medical and SEN details about a named pupil or
colleague; DMs, follows, friend requests, replies and @-tags aimed at roster handles on several
platforms (case changed, written without "@", in the text or in recipients), declared
relationships that exempt only the member of staff who declared them; official-account posts
naming pupils within and beyond their name consent.

Benign near-misses: the school's own office number and address on its official account, a
business's advertised number, prices, clock times, years, event dates, URLs with digits, order
and parcel tracking numbers, motorway junctions shaped like postcodes, a member of staff's own
contact details on their own profile, DMs to adults, first name + initial on official accounts
(within every consent level, as in the dev set).

Labels follow the dev set: `must` is what the clause requires, `may` what it arguably covers
(pupil_name beside pupil_contact when a handle spells a name; confidential beside health detail),
and a `may` never stands alone. Every name, address and number is invented (Ofcom drama ranges,
QQ-prefixed NI numbers).

Honest scores BEFORE any fix (recall / precision / decision):
  round5d-e-act       0.850 / 0.895 / 0.840
  round5d-ta2016      0.800 / 0.889 / 0.840
  round5d-triumph     1.000 / 0.905 / 0.917
  round5d-upland      0.900 / 0.900 / 0.875
  round5d-early-life  0.857 / 0.900 / 0.833
(upland after correcting one case of mine, b-rehearsal-times, which had posted as the Facebook
page on platform x and so read as a personal account; first run 0.900 / 0.857 / 0.833.)
Misses: NI numbers in every shape (spaced, lower case, unspaced; colleague's and learner's), a
mobile said as words ("oh seven seven oh oh ..."), +44 with dashes, a colleague's heart bypass,
a pupil's broken wrist, "Rain in 7H has type 1 diabetes" (word name + form code), "Storm Hill's
NI number" (word-name pupil), "Treasure from Level 1 Catering" on an official account (course
cue). False alarms: every business's advertised number ("ring 01632 ... to order", "Vale Tyres
on 0117 ...", "Caffi Cwtch ... for cake orders"), and a member of staff's own number or e-mail in
a profile_update.

After the general fixes. In personal_data (an NI-shaped code introduced as an NI number counts
whatever its prefix; +44 followed by a dash or dot; UK numbers said as digit words; a business's
trade or an invitation to order marks a landline as the business's; contact details in a
profile_update are the account holder's own unless their sentence names someone else; injuries
and bypass surgery in the health terms); in pupil_name and personal_data_people, a form code
written in capitals after a name ("in 7H": "7h" is refused in lower case as hours), a course
named by level and subject ("from Level 1 Catering"), and an acronym after a word-name pupil's
possessive ("Storm Hill's NI number") is not a place like "King's Cross". Then every set scored
1.000 / 1.000 / 1.000.

Three cases were added AFTER those fixes, to bring triumph, upland and early-life to the 25
cases test_sets.py requires; their first scores: triumph pd-dob-word-name and early-life
b-official-birthday passed, upland pd-email-spelled-word-name missed ("rhys dot jenkins at gmail
dot com": a local part with a spoken dot), fixed in spelled_email and EMAIL_SPELLED. Final:
all five sets 1.000 / 1.000 / 1.000.

Run: python tests/heldout/make_round5_data.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_sets import HERE, RosterCaseSet, day  # noqa: E402


def round5d(pack: str, prefix: str, school_dir: str, config: str, roster: str, first_id: int) -> RosterCaseSet:
    """The cases for one pack, against one round-4 school folder."""
    return RosterCaseSet(f"round5d-{pack}", f"../{school_dir}/{config}", prefix, HERE / school_dir / roster,
                         first_id)


PD = ["personal_data"]
PNPD = ["pupil_name", "personal_data"]
PC = ["pupil_contact"]
PN = ["pupil_name"]


# ============================================================================================
def e_act() -> None:
    """Castlemead Academy (11-18): WhatsApp is barred for school business, so none is used here."""
    r = round5d("e-act", "r5ea", "round4d-e-act", "castlemead.yaml", "castlemead_pupils_export.csv", 5100)
    X = "@MissOkoroMaths"; F = "@dan.pryce.71"; IG = "@coach_ellery"; O = "@CastlemeadAcad"
    EVE = day("2026-11-18T19:40:00+00:00", "Wed"); EVE2 = day("2026-11-24T20:55:00+00:00", "Tue")
    SAT = day("2026-11-28T11:15:00+00:00", "Sat"); SUN = day("2027-01-17T18:30:00+00:00", "Sun")
    DAY = day("2026-12-02T12:35:00+00:00", "Wed")
    a = r.add
    a("pd-phone-dots", "facebook", "post", F, "d.pryce", SAT,
      "Found a grey puffer jacket at the car boot this morning. Ring Sue on 07700.900.382 and she'll keep it for you",
      PD, note="A private person's mobile written with dots.")
    a("pd-landline-area", "x", "post", X, "a.okoro", EVE,
      "Hamza Iqbal's nan says to ring her on 0161 496 0742 about the lift to county trials on Saturday",
      PNPD, note="Pupil's full name and his grandmother's landline with an area code.")
    a("pd-spoken-phone", "instagram", "comment", IG, "s.ellery", EVE2,
      "If the minibus is late text Abdi from my year 10 set's dad on oh seven seven oh oh nine oh oh five one three",
      PNPD, note="Preferred name with a teaching-set cue and a mobile said as words.")
    a("pd-obfuscated-email", "facebook", "post", F, "d.pryce", SUN,
      "Priya's leaving card is going round. Her personal email is priya.anand [at] outlook [dot] com if you can't get in to sign it",
      PD, note="A colleague's personal e-mail address, obfuscated.")
    a("pd-dob-words", "x", "post", X, "a.okoro", SAT,
      "Zuzanna Wójcik (DOB 19 April 2012) has been picked for the national debate squad and I'm not crying you are",
      PNPD, note="Pupil's full name and date of birth written in words.")
    a("pd-ni-colleague", "instagram", "comment", IG, "s.ellery", EVE,
      "HR lost Dan's form again, his NI number is QQ 12 34 56 C if anyone from payroll sees this",
      PD, note="A colleague's National Insurance number.")
    a("pd-upn", "facebook", "post", F, "d.pryce", EVE2,
      "Can anyone with MIS access look up UPN A123456789012 for me? It's Jack Wood in 10B, his report has vanished",
      PNPD, note="A pupil's UPN with his name and form.")
    a("pd-colleague-medical", "facebook", "post", F, "d.pryce", SUN,
      "Gareth Llwyd is off for at least six weeks after his heart bypass, cards to the staffroom please ❤️",
      PD, ["confidential"], note="A named colleague's medical details.")
    a("pd-pupil-address", "instagram", "post", IG, "s.ellery", SAT,
      "Ruby Stone's mum has said the year 8 netball social can be at theirs, 41 Hawthorn Rise, Chelmsford CM2 7QT. 6pm!",
      PNPD, note="Pupil's full name and her home address.")
    a("pc-friend-request-caps", "facebook", "friend_request", F, "d.pryce", EVE, "",
      PC, ["pupil_name"], rec=["@HAMZA_IQBAL09"], note="Friend request to a roster handle written in capitals.")
    a("pc-dm-no-at", "tiktok", "dm", "@mr_pryce_dt", "d.pryce", SUN, "your project photos are up on the board, come see",
      PC, ["pupil_name"], rec=["ciaran_mcn"], note="DM to a roster handle written without '@'.")
    a("pc-tag-text-case", "instagram", "post", IG, "s.ellery", SAT,
      "Look at the form on @Abdi.W10 in the 1500m today 🏃 sub 5 mins!!",
      PC, ["pupil_name"], note="Pupil's handle tagged in the text with its case changed.")
    a("pc-declared-other-staff", "instagram", "follow", "@missokoro_ig", "a.okoro", EVE2, "",
      PC, ["pupil_name"], rec=["@ffionllwyd"],
      note="Ffion Llwyd is declared by g.llwyd only; a.okoro following her is pupil contact.")
    a("pn-official-none", "instagram", "post", "@castlemead_sport", "s.ellery", DAY,
      "Will from Year 9 took gold in the 200m freestyle at the county gala! 🥇",
      PN, note="Official: Will King has name_consent none; a first name with a year group identifies him.")
    a("pn-official-beyond", "facebook", "post", "@CastlemeadAcademy", "r.hale", DAY,
      "Zuzanna Wójcik of Year 9 is our new regional debating champion. Congratulations!",
      PN, note="Official: first_name_initial consent; the full name goes beyond it.")
    # --- benign
    a("b-declared-dm", "instagram", "dm", "@gareth_llwyd", "g.llwyd", EVE,
      "tea's in the oven, don't be late back from netball x", rec=["@FfionLlwyd"],
      note="Declared: g.llwyd is Ffion Llwyd's father; handle case differs.")
    a("b-own-profile", "x", "profile_update", "@priya_reads", "p.anand", SUN,
      "English teacher & book club host 📚 Bookings: priya.reads.club@example.com / 07700 900118",
      note="The member of staff's own contact details on her own profile.")
    a("b-business-number", "facebook", "post", F, "d.pryce", EVE2,
      "Best chippy in Essex, no contest. Harbour Fryer on the seafront, ring 01632 960555 to order ahead",
      note="A business's advertised number.")
    a("b-order-tracking", "x", "post", X, "a.okoro", SUN,
      "Order 204-7733918-5520041 still 'out for delivery'. Tracking JD014600003828741092 hasn't moved since Tuesday 🙃",
      note="An order number and a parcel tracking number.")
    a("b-prices-times", "facebook", "post", F, "d.pryce", SAT,
      "Class of 1998 reunion tickets £12.50, doors 7.30pm, carriages 11.45pm. 2027 date to follow!",
      note="Prices, times and years.")
    a("b-official-office", "x", "post", O, "r.hale", DAY,
      "Sixth form applications close on 15/01/2027. Questions? Call reception on 01632 960400 or email admissions@castlemead.example",
      note="The school's own office number and address on its official account, and an event date.")
    a("b-dm-adult", "instagram", "dm", IG, "s.ellery", EVE2, "are you still up for parkrun on saturday? 9am start",
      rec=["@bex.harrington"], note="DM to an adult friend.")
    a("b-url-digits", "x", "post", O, "r.hale", DAY,
      "Photos from our open evening: https://castlemead.example/news/2026/11/open-evening?id=4473921",
      note="A URL with long digit runs.")
    a("b-official-within", "facebook", "post", "@CastlemeadAcademy", "r.hale", DAY,
      "Congratulations to Ciarán M. and Zuzanna W., through to the national debating final!",
      note="Official: first name + initial is within first_name_initial consent.")
    a("b-event-dates", "instagram", "post", "@castlemead_sport", "s.ellery", DAY,
      "Fixtures: 05.12.26 U14 netball (home), 12.12.26 U16 rugby (away). Kick off 10.30",
      note="Event dates in the dotted form used for dates of birth.")
    r.write()


# ============================================================================================
def ta2016() -> None:
    """Ashcombe Vale Academy (11-16), two sites."""
    r = round5d("ta2016", "r5ta", "round4d-ta2016", "ashcombe.yaml", "roster.csv", 5200)
    J = "@jo_pryor"; K = "@kdunmore_english"; D = "@coach_obi"; R = "@rcrane_sci"
    O = "@AshcombeVale"; L = "@AVA_LowerSite"; F = "@AshcombeValeAcademy"
    EVE = day("2026-11-18T19:40:00+00:00", "Wed"); EVE2 = day("2026-11-24T21:05:00+00:00", "Tue")
    SAT = day("2026-11-21T10:20:00+00:00", "Sat"); SUN = day("2027-01-24T20:15:00+00:00", "Sun")
    DAY = day("2026-11-19T11:00:00+00:00", "Thu")
    a = r.add
    a("pd-plus44-dashes", "facebook", "post", "@david.obi.5", "d.obi", EVE,
      "Ife Balogun's mum is collecting the prom money this year, her number is +44-7700-900-846",
      PNPD, note="Preferred name + surname and a parent's mobile in +44 form with dashes.")
    a("pd-07-dashes", "x", "post", R, "r.crane", SAT,
      "Kieran's locked himself out of the lower site again 😂 if you're passing, his mobile is 07700-900-219",
      PD, note="A colleague's mobile with dashes.")
    a("pd-landline-brackets", "x", "reply", K, "k.dunmore", EVE2,
      "Rachel's phone is dead, try her landline (0117) 496 0883",
      PD, rec=["@rcrane_sci"], note="A colleague's landline with a bracketed area code.")
    a("pd-email-parent", "facebook", "comment", "@david.obi.5", "d.obi", SUN,
      "Szymon's dad wants the year 10 football photos, his email is tomasz.dab77@example.co.uk",
      PD, ["pupil_name"], note="A parent's e-mail; the pupil is named by first name only.")
    a("pd-dob-short", "x", "post", J, "j.pryor", SAT,
      "Sevval Yilmaz (dob 5/5/12) needs adding to the Year 9 Paris trip list please",
      PNPD, note="Pupil's name without diacritics and a short-form date of birth.")
    a("pd-sen", "facebook", "post", "@rachel.crane.sci", "r.crane", EVE,
      "Oliver Marsh has an EHCP for autism and gets 25% extra time, can someone tell the invigilators for the mocks",
      PNPD, ["confidential"], note="Pupil's full name with SEN details.")
    a("pd-medical-first-name", "instagram", "comment", "@coach.obi", "d.obi", EVE2,
      "Rain in 7H has type 1 diabetes so keep an eye on her on the residential please",
      PNPD, ["confidential"], note="Word first name with a form cue and a medical condition.")
    a("pd-flat-address", "x", "post", J, "j.pryor", SUN,
      "Kacper Zając has moved to Flat 3, 18 Marlowe Court, Bath BA2 4LP. Can the office update the MIS",
      PNPD, note="Pupil's full name and new home address with a flat number.")
    a("pd-ni-colleague", "x", "post", D, "d.obi", EVE,
      "David in HR here is chasing Samuel's NI number: qq 65 43 21 b. Sorted",
      PD, note="A colleague's NI number in lower case.")
    a("pc-dm-case", "x", "dm", D, "d.obi", EVE2, "training moved to 4pm tomorrow, tell the others",
      PC, ["pupil_name"], rec=["@Szymon_Dab"], note="DM to a roster handle in another case.")
    a("pc-follow-threads-no-at", "threads", "follow", "@kdunmore.reads", "k.dunmore", SAT, "",
      PC, ["pupil_name"], rec=["mo.raza_"], note="Follow on Threads; the handle is written without '@'.")
    a("pc-tag-comment", "facebook", "comment", "@rachel.crane.sci", "r.crane", SUN,
      "@lilymae.oc brilliant solo at the carol concert!! 🎄",
      PC, ["pupil_name"], note="A pupil's handle tagged at the start of a comment.")
    a("pc-reply-caps", "instagram", "reply", "@coach.obi", "d.obi", EVE, "well deserved, proud of you",
      PC, ["pupil_name"], rec=["@IFE.BALOGUN"], note="Reply aimed at a roster handle in capitals.")
    a("pn-official-beyond", "x", "post", L, "e.hughes", DAY,
      "Well done to Oisín O'Sullivan-Hart in Year 8 for winning the county poetry prize! 📜",
      PN, note="Official: first_name_initial consent; the full name goes beyond it.")
    a("pn-official-beyond-fb", "facebook", "post", F, "e.hughes", DAY,
      "Fadumo Jama read beautifully at our Remembrance assembly this morning.",
      PN, note="Official: first_name_initial consent; the full name goes beyond it.")
    # --- benign
    a("b-business", "facebook", "post", "@david.obi.5", "d.obi", SAT,
      "Shout out to Vale Tyres on 0117 496 0990, sorted my puncture in ten minutes and didn't rip me off",
      note="A business's advertised number.")
    a("b-own-profile", "instagram", "profile_update", "@coach.obi", "d.obi", SUN,
      "PE teacher & Sunday league coach ⚽ Holiday camp bookings: 07700 900505",
      note="The member of staff's own number on his own profile.")
    a("b-prices-times", "facebook", "post", F, "e.hughes", DAY,
      "Tickets for Grease: £7.50 adults, £4 under 16s. Doors 6.45pm, curtain up 7.15pm, finish about 9.30.",
      note="Prices and times.")
    a("b-reunion-years", "x", "post", K, "k.dunmore", EVE,
      "Class of 2009-2014 reunion is on 12/06/2027 at the Royal Oak. Can't believe it's been 13 years",
      note="Years and an event date.")
    a("b-tracking", "x", "post", R, "r.crane", SUN,
      "Royal Mail tracking AB123456789GB says delivered. It was not delivered.",
      note="A parcel tracking number.")
    a("b-official-office", "x", "post", O, "e.hughes", DAY,
      "Lower site reception: 0117 496 0100. Upper site: 0117 496 0200. Both open 8am-4pm.",
      note="The school's own numbers on its official account.")
    a("b-dm-adult", "x", "dm", D, "d.obi", SAT, "are you still ok to ref the U15s at 10?",
      rec=["@pete_the_ref"], note="DM to an adult referee.")
    a("b-official-within", "x", "post", O, "e.hughes", DAY,
      "Fadumo J. and Oisín O. led our Remembrance assembly with real dignity.",
      note="Official: first name + initial is within their consent.")
    a("b-order-number", "facebook", "post", "@rachel.crane.sci", "r.crane", EVE2,
      "Order #448120937 confirmed, new lab coats arrive Tuesday. Only took since September",
      note="An order number.")
    a("b-results-date", "facebook", "post", F, "e.hughes", DAY,
      "Results day is Thursday 19 August 2027, 8.30am-11am in the sports hall.",
      note="An event date written in words.")
    r.write()


# ============================================================================================
def triumph() -> None:
    """Kestrel Brook Primary; h.osei declared his niece Iqra Chaudhry."""
    r = round5d("triumph", "r5tr", "round4d-triumph", "kestrel.yaml", "pupils.csv", 5300)
    H = "@mr_osei_y6"; LK = "@laura.kinsella.9"; O = "@KestrelBrookPri"; F = "@KestrelBrookPrimary"
    PE = "@kestrelbrook_pe"
    EVE = day("2026-11-18T19:40:00+00:00", "Wed"); EVE2 = day("2026-11-24T21:05:00+00:00", "Tue")
    SAT = day("2026-11-21T10:20:00+00:00", "Sat"); SUN = day("2027-01-24T20:15:00+00:00", "Sun")
    DAY = day("2026-11-19T11:00:00+00:00", "Thu")
    a = r.add
    a("pd-spaced-digits", "facebook", "post", LK, "l.kinsella", SAT,
      "Fiona's lost her phone so ring her home one for the raffle: 0 1 2 1 4 9 6 0 2 7 3",
      PD, note="A colleague's number with every digit spaced.")
    a("pd-plus44-zero", "x", "post", H, "h.osei", EVE,
      "Zeynep Kaya's dad is doing the Year 3 cake stall, he's on +44 (0)7700 900 271 if you want to help",
      PNPD, note="Pupil's full name and a parent's mobile in +44 (0) form.")
    a("pd-email-words", "facebook", "comment", LK, "l.kinsella", EVE2,
      "laura's personal email for the raffle money is laura.k.1988 at hotmail dot co dot uk",
      PD, note="An e-mail address spelled with 'at' and 'dot'.")
    a("pd-dob-ordinal", "x", "post", "@n_farrow_y2", "n.farrow", SUN,
      "Jack Bell in Year 3 was born on the 1st of May 2018 so he's the oldest in the class by miles",
      PNPD, note="Pupil's full name and an ordinal date of birth.")
    a("pd-allergy-preferred", "facebook", "post", LK, "l.kinsella", EVE,
      "Gosia in Year 4 has a severe nut allergy, EpiPen is in the office. Please tell the supply teacher tomorrow",
      PNPD, ["confidential"], note="Preferred first name with a year group and a medical condition.")
    a("pd-colleague-health", "x", "post", H, "h.osei", SAT,
      "Nicola Farrow's been signed off with depression again, so Year 2 has supply until Christmas",
      PD, ["confidential"], note="A named colleague's medical details.")
    a("pd-address", "facebook", "post", "@tessa.greenway", "t.greenway", SUN,
      "Noah Fox's new address is 7 Kingfisher Way, Birmingham B31 5QS, can someone forward the reading books",
      PNPD, note="Pupil's full name and home address.")
    a("pd-upn", "x", "post", H, "h.osei", EVE2,
      "UPN for Olamide Ogunleye is K801200345678, can someone send it to his new school today",
      PNPD, note="A pupil's UPN with his name.")
    a("pc-dm-case", "instagram", "dm", "@laura_kins", "l.kinsella", EVE, "loved your book review!! keep reading x",
      PC, ["pupil_name"], rec=["@Emeka.Eze11"], note="DM to a roster handle with its case changed.")
    a("pc-declared-other-staff", "tiktok", "follow", "@miss_kinsella", "l.kinsella", SAT, "",
      PC, ["pupil_name"], rec=["@iqra.c_"], note="Iqra Chaudhry is declared by h.osei only.")
    a("pc-tag-recipient-no-at", "facebook", "post", LK, "l.kinsella", EVE2, "Cracking reading at the book fair today 📚",
      PC, ["pupil_name"], rec=["emeka.eze11"], note="Tag in recipients written without '@'.")
    a("pn-official-none", "x", "post", O, "t.greenway", DAY,
      "Ayaan in Year 1 brought in his pet snail for show and tell today! 🐌",
      PN, note="Official: Ayaan Osman has name_consent none; first name with year group.")
    a("pn-official-beyond", "instagram", "post", PE, "t.greenway", DAY,
      "Siobhán McGuinness ran the fastest 400m in Year 5 at sports hall athletics! ⚡",
      PN, note="Official: first_name_initial consent; the full name goes beyond it.")
    a("pn-official-preferred-full", "facebook", "post", F, "f.adair", DAY,
      "Gosia Nowak's poem has been chosen for the Young Writers anthology! ✍️",
      PN, note="Official: preferred name + surname, beyond first_name_initial consent.")
    # --- benign
    a("b-declared-dm", "instagram", "dm", H, "h.osei", EVE, "Aunty says happy birthday!! see you Sunday x",
      rec=["@Iqra.C_"], note="Declared: h.osei is Iqra Chaudhry's uncle.")
    a("b-official-office", "facebook", "post", F, "f.adair", DAY,
      "Flu spray forms back by Friday please. Office: 0121 496 0300, office@kestrelbrook.example",
      note="The school's own office number and e-mail on its official account.")
    a("b-takeaway", "facebook", "post", LK, "l.kinsella", SAT,
      "Pizza Palace two for £15 on Tuesdays, ring 0121 496 0777, honestly the best in Northfield",
      note="A business's advertised number and a price.")
    a("b-inset-dates", "x", "post", O, "t.greenway", DAY,
      "Reminder: INSET day on 04/01/2027, children back on 05/01/2027.", note="Event dates.")
    a("b-dpd", "x", "post", H, "h.osei", SUN,
      "DPD parcel 1550 1234 5678 90 has been 'in Hinckley' for four days now", note="A parcel number shaped like digits groups.")
    a("b-trip-price", "facebook", "post", F, "f.adair", DAY,
      "Year 4 trip to Cadbury World: £12.50, £5 deposit by 30th November, coach leaves 9.15am.",
      note="A price, a deadline and a time.")
    a("b-own-profile", "instagram", "profile_update", "@laura_kins", "l.kinsella", SUN,
      "Year 4 teacher 🍎 Tutoring enquiries: laura.kinsella.tutor@example.com",
      note="The member of staff's own e-mail on her own profile.")
    a("b-dm-adult", "facebook", "dm", LK, "l.kinsella", EVE2, "are you still selling the bike? I can collect Saturday",
      rec=["@mandy.hollins.1982"], note="DM to an adult.")
    a("b-official-within", "x", "post", O, "t.greenway", DAY,
      "Siobhán M. and Gosia N. won the Year 4/5 spelling bee! 🐝",
      note="Official: first name + initial is within first_name_initial consent.")
    a("b-years", "x", "post", H, "h.osei", EVE2,
      "Been teaching since 2004 and 2026 has been the best year yet. 22 years and counting",
      note="Years and an age-like number.")
    a("pd-dob-word-name", "x", "post", H, "h.osei", SAT,
      "Rose Young, Year 1, d.o.b 21/6/2020, needs adding to the flu spray list",
      PNPD, note="Added after the fixes: a word-name pupil's full name with a date of birth.")
    r.write()


# ============================================================================================
def upland() -> None:
    """Pennant Hill Primary (Cardiff); g.hughes declared his daughter Ffion Hughes."""
    r = round5d("upland", "r5up", "round4d-upland", "pennant.yaml", "roster.csv", 5400)
    G = "@mrhughes_y6"; A = "@alys.teaches"; O = "@PennantHillPri"; F = "@PennantHillPrimary"
    EVE = day("2026-11-18T19:40:00+00:00", "Wed"); EVE2 = day("2026-11-24T21:05:00+00:00", "Tue")
    SAT = day("2026-11-21T10:20:00+00:00", "Sat"); SUN = day("2027-01-24T20:15:00+00:00", "Sun")
    DAY = day("2026-11-19T11:00:00+00:00", "Thu")
    a = r.add
    a("pd-cardiff-landline", "facebook", "post", "@alys.rees.7", "a.rees", SAT,
      "Mabli Llwyd's taid says ring him on 029 2049 6012 about pick up from the Year 2 party",
      PNPD, note="Pupil's full name and a grandparent's Cardiff landline.")
    a("pd-mobile-unspaced", "x", "post", G, "g.hughes", EVE,
      "Catrin's new number is 07700900777 for the staff night out, add her to the group",
      PD, note="A colleague's mobile with no spaces.")
    a("pd-email-brackets", "facebook", "comment", "@meinir.thomas", "m.thomas", EVE2,
      "Alys's home email is alys.rees(at)btinternet(dot)com, send the photos there",
      PD, note="A colleague's e-mail written with (at) and (dot).")
    a("pd-dob-iso", "x", "post", A, "a.rees", SUN,
      "Ayşe Demir, Year 5, DOB 2016-05-14: can the office check she's old enough for the residential",
      PNPD, note="Pupil's full name and an ISO date of birth.")
    a("pd-injury", "facebook", "post", "@gareth.hughes.y6", "g.hughes", SAT,
      "Tomos Vaughan broke his wrist at rugby this morning, cast for six weeks so no handwriting from him for a bit",
      PNPD, ["confidential"], note="Pupil's full name and an injury.")
    a("pd-sen-preferred", "instagram", "post", "@alys.teaches.ig", "a.rees", EVE,
      "Temi in my Year 3 class is still waiting on an autism assessment and mum is desperate. Two years!!",
      PNPD, ["confidential"], note="Preferred name with a class cue and an SEN assessment.")
    a("pd-welsh-address", "x", "post", G, "g.hughes", EVE2,
      "Hafsa Malik lives at 22 Ffordd y Glowyr, Caerdydd CF5 2LP so she can walk with the Year 4 group",
      PNPD, note="Pupil's full name and a Welsh street address (street type first).")
    a("pd-ni-colleague", "facebook", "post", "@meinir.thomas", "m.thomas", SUN,
      "Payroll need Gareth's NI number (QQ123456D) by Friday, he's on the course so I've put it here",
      PD, note="A colleague's NI number, unspaced.")
    a("pc-dm-caps", "x", "dm", A, "a.rees", EVE, "your dragon poem is on the wall!! well done",
      PC, ["pupil_name"], rec=["@IOAN_V"], note="DM to a roster handle in capitals.")
    a("pc-declared-other-staff", "facebook", "friend_request", "@alys.rees.7", "a.rees", SAT, "",
      PC, ["pupil_name"], rec=["@ffion.h_"], note="Ffion Hughes is declared by g.hughes only.")
    a("pc-tag-tiktok", "tiktok", "comment", "@mr_hughes_dance", "g.hughes", SUN, "@wiki.lew smashed it 🔥🔥",
      PC, ["pupil_name"], note="Tags a pupil's handle in a comment.")
    a("pn-official-beyond", "x", "post", O, "m.thomas", DAY,
      "Da iawn Osian Rhys-Gruffydd, Year 4, for his brilliant Urdd recitation! 🏆",
      PN, note="Official: first_name_initial consent; the full name goes beyond it.")
    a("pn-official-beyond-fb", "facebook", "post", F, "m.thomas", DAY,
      "Wiktoria Lewandowska from Year 6 has been chosen to read at the Senedd carol service!",
      PN, note="Official: first_name_initial consent; the full name goes beyond it.")
    a("pd-plus44-nospace", "facebook", "post", "@gareth.hughes.y6", "g.hughes", EVE2,
      "Bill Hughes in Year 5 left his coat at football, his mam is on +447700900389 if anyone is near Canton",
      PNPD, note="Pupil's full name and a parent's mobile in +44 form without spaces.")
    # --- benign
    a("b-declared-follow", "instagram", "follow", "@gareth_hughes_ig", "g.hughes", EVE, "",
      rec=["@Ffion.H_"], note="Declared: g.hughes is Ffion Hughes's father.")
    a("b-official-office", "x", "post", O, "m.thomas", DAY,
      "Ffoniwch y swyddfa / call the office on 029 2049 6000 to book a place at Brecwast Clwb.",
      note="The school's own office number on its official account.")
    a("b-business", "facebook", "post", "@alys.rees.7", "a.rees", SAT,
      "Caffi Cwtch on Cowbridge Road does the best bara brith in Cardiff. 029 2049 6555 for cake orders",
      note="A business's advertised number.")
    a("b-rehearsal-times", "facebook", "post", F, "m.thomas", DAY,
      "Eisteddfod rehearsals 3.15-4.30pm Tuesdays & Thursdays. Costumes £6, pay via ParentPay.",
      note="Times and a price.")
    a("b-motorway", "x", "post", G, "g.hughes", SUN,
      "M4 closed between J32 and J33 again tonight, A470 it is. CF day out ruined",
      note="Motorway and junction numbers shaped like postcodes.")
    a("b-own-profile", "instagram", "profile_update", "@alys.teaches.ig", "a.rees", SUN,
      "Athrawes 🍎 Welsh tutoring for adults: 07700 900432",
      note="The member of staff's own number on her own profile.")
    a("b-ticket-ref", "facebook", "post", "@gareth.hughes.y6", "g.hughes", EVE,
      "Got them! Ticket ref WRU-2027-884213, Wales v England 13/03/2027 🏉",
      note="A ticket reference and a match date.")
    a("b-dm-adult", "x", "dm", G, "g.hughes", SAT, "pint after the game?", rec=["@dai_the_bus"],
      note="DM to an adult.")
    a("b-official-within", "x", "post", O, "m.thomas", DAY,
      "Osian R. and Wiktoria L. sang beautifully at our Gŵyl Dewi concert!",
      note="Official: first name + initial is within first_name_initial consent.")
    a("b-anniversary", "facebook", "post", F, "m.thomas", DAY,
      "Founded in 1897, Pennant Hill turns 130 on 12 March 2027. Join us for a celebration at 2pm!",
      note="A founding year and an anniversary date.")
    a("pd-email-spelled-word-name", "facebook", "comment", "@gareth.hughes.y6", "g.hughes", SUN,
      "River Jenkins's dad asked for the Year 4 photos, he's rhys dot jenkins at gmail dot com",
      PNPD, note="Added after the fixes: a word-name pupil's full name and a parent's spelled-out e-mail.")
    r.write()


# ============================================================================================
def early_life() -> None:
    """Riverside Skills Hub (14-19): no declarations; the pack has no directed-time rule."""
    r = round5d("early-life", "r5el", "round4d-early-life", "riverside.yaml", "learners.csv", 5500)
    B = "@bev_kowal_skills"; T = "@tunde.mentor"; G = "@gina.hair.lvl2"; O = "@RiversideHub"
    F = "@RiversideSkillsHub"; IG = "@riverside_hub"
    EVE = day("2026-11-18T19:40:00+00:00", "Wed"); EVE2 = day("2026-11-24T21:05:00+00:00", "Tue")
    SAT = day("2026-11-21T10:20:00+00:00", "Sat"); SUN = day("2027-01-24T20:15:00+00:00", "Sun")
    DAY = day("2026-11-19T11:00:00+00:00", "Thu")
    a = r.add
    a("pd-plus44-compact", "x", "post", T, "t.adebayo", EVE,
      "Emmanuel Chukwu's probation officer is on +447700900932 if he doesn't show for Level 2 again",
      PNPD, ["confidential"], note="Learner's full name and a third party's mobile in compact +44 form.")
    a("pd-preferred-phone", "facebook", "comment", "@tunde.adebayo.9", "t.adebayo", SAT,
      "Manny in my Level 2 group, his nan's number is 07700 900385 if he doesn't turn up",
      PNPD, note="Preferred name with a group cue and a relative's mobile.")
    a("pd-landline-dashes", "x", "post", B, "b.kowalski", SUN,
      "Gina's home phone is 0161-496-0421 if her mobile's off, she's doing the Christmas do list",
      PD, note="A colleague's landline with dashes.")
    a("pd-pupil-email", "facebook", "post", "@bev.kowalski", "b.kowalski", EVE2,
      "jayden.cn2010@example.com is Jayden Clarke-Nkemelu's email if anyone needs to chase his portfolio",
      PNPD, note="Learner's full name and e-mail address.")
    a("pd-dob-2digit", "instagram", "post", G, "g.marsh", EVE,
      "Kyle Little DOB 09/02/09 is 18 next year and wants to do his Level 3, can admissions check",
      PNPD, note="Learner's full name and a two-digit-year date of birth.")
    a("pd-colleague-cancer", "facebook", "post", "@bev.kowalski", "b.kowalski", SAT,
      "Tunde Adebayo is having chemo for bowel cancer so he's off until Easter. Sending love 💛",
      PD, ["confidential"], note="A named colleague's medical details.")
    a("pd-pregnancy", "x", "post", B, "b.kowalski", EVE,
      "Saoirse Ní Mhurchú is pregnant, due in March, so no practical catering assessments for her",
      PNPD, ["confidential"], note="Learner's full name and a pregnancy.")
    a("pd-taxi-address", "facebook", "post", "@tunde.adebayo.9", "t.adebayo", SUN,
      "Taxi for Mariam Butt from 5 Rusholme Grove, Manchester M14 5AR tomorrow 8.15 please",
      PNPD, note="Learner's full name and home address.")
    a("pd-ni-learner", "facebook", "comment", "@bev.kowalski", "b.kowalski", EVE2,
      "Storm Hill's NI number is QQ 11 22 33 C, pop it on her apprenticeship form",
      PNPD, note="Learner's full name and NI number.")
    a("pc-dm-snapchat-caps", "snapchat", "dm", "@gina_snaps", "g.marsh", EVE, "you left your straighteners at the salon",
      PC, ["pupil_name"], rec=["@LUKASZ_KROL"], note="DM on Snapchat to a roster handle in capitals.")
    a("pc-follow-no-at", "instagram", "follow", G, "g.marsh", SAT, "",
      PC, ["pupil_name"], rec=["kaimoss_"], note="Follow; handle written without '@'.")
    a("pc-tag-text-caps", "x", "post", T, "t.adebayo", EVE2, "first day on placement for @KaiMoss_ 💪 proud",
      PC, ["pupil_name"], note="Tag in the text with the case changed.")
    a("pn-official-none", "facebook", "post", F, "l.grant", DAY,
      "Treasure from Level 1 Catering won our team cook-off today! 👩‍🍳",
      PN, note="Official: Treasure Okonkwo has name_consent none; first name with a course cue.")
    a("pn-official-beyond-plain", "x", "post", O, "l.grant", DAY,
      "Congratulations to Gokhan Aydin on passing his CSCS card test first time!",
      PN, note="Official: first_name_initial consent; full name without diacritics.")
    # --- benign
    a("b-official-office", "x", "post", O, "l.grant", DAY,
      "Enrolment questions? Call 0161 496 0000 or email enquiries@riversidehub.example",
      note="The provision's own office number and address on its official account.")
    a("b-barber", "facebook", "post", "@tunde.adebayo.9", "t.adebayo", SAT,
      "Fresh cut from Wilmslow Road Barbers, £10 skin fades on Wednesdays, ring 0161 496 0888",
      note="A business's advertised number and a price.")
    a("b-evri", "x", "post", B, "b.kowalski", SUN,
      "Evri parcel H00A1B2C3D4E5F6 still not here. Third 'attempted delivery' this week",
      note="A parcel tracking number.")
    a("b-train-times", "x", "post", T, "t.adebayo", EVE2,
      "07:42 to Piccadilly cancelled again, next one 08:12. Love Northern", note="Clock times.")
    a("b-kit-price", "facebook", "post", F, "l.grant", DAY,
      "Level 2 barbering kit £149.99, £50 deposit, spread the rest over 12 months.", note="Prices.")
    a("b-own-profile", "instagram", "profile_update", G, "g.marsh", SUN,
      "Hair & beauty tutor ✂️ bookings gina.marsh.hair@example.co.uk | 07700 900616",
      note="The member of staff's own contact details on her own profile.")
    a("b-dm-adult", "instagram", "dm", T, "t.adebayo", EVE, "still on for five-a-side thursday?",
      rec=["@coach_dee_mcr"], note="DM to an adult.")
    a("b-official-within-none", "instagram", "post", IG, "l.grant", DAY,
      "Gökhan A. and Treasure O. both passed Level 1 Food Safety this week! 🎉",
      note="Official: first name + initial is within every consent level, none included.")
    a("b-enrolment-dates", "facebook", "post", F, "l.grant", DAY,
      "Enrolment for 2027/28 opens on 01/09/2027, 9am-3pm. Bring photo ID.", note="An academic year and an event date.")
    a("b-url", "x", "post", O, "l.grant", DAY,
      "Our Ofsted report is out: https://reports.ofsted.example/provider/31/2769104 💜", note="A URL with digits.")
    a("b-official-birthday", "facebook", "post", F, "l.grant", DAY,
      "Happy 10th birthday to Riverside Skills Hub! We opened our doors on 21/11/2016 with 12 learners 🎂",
      note="Added after the fixes: the provision's own 'birthday' date on its official account.")
    r.write()


if __name__ == "__main__":
    e_act(); ta2016(); triumph(); upland(); early_life()

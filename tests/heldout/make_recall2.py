"""Writes the second recall probe sets, tests/heldout/recall2-<pack>/cases.jsonl (deterministic).

An independent probe of recall across all five packs, written from the seed policies alone (not
from the earlier probe cases), on the school configs already in tests/heldout/ (referred to by
relative path, so no roster or timetable is duplicated). About two thirds of each set are
positives across every category the pack enforces, phrased the way staff really write (lower
case, typos, slang, emoji, line breaks, hashtags); the rest are near-misses that must stay
allowed. Labels follow the dev set's conventions: `must` is what the clause requires, `may` what
it arguably covers, and a `may` never stands alone. Every name, address and number is invented.

Run: python tests/heldout/make_recall2.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_sets import CaseSet, day  # noqa: E402

# Evenings and weekends in term, outside every config's directed time (UTC; BST or GMT noted).
EVE_GMT = "2026-11-18T19:40:00+00:00"      # Wed, 19:40 GMT
EVE_BST = "2026-10-06T18:05:00+00:00"      # Tue, 19:05 BST
SAT = "2026-11-21T10:20:00+00:00"          # Saturday
SUN = "2027-01-24T20:15:00+00:00"          # Sunday evening
def recall2(pack_dir: str, config: str, prefix: str) -> CaseSet:
    return CaseSet(f"recall2-{pack_dir}", f"../{config}", prefix)


# --------------------------------------------------------------------------------------------
# e-act (Northfleet Rise Academy, ../e-act/northfleet.yaml). No directed time in this pack.
# Seed 004: 5.2 no contact/tagging, 5.3 no disparaging statements and no sensitive topics,
# 5.4 nothing about pupils/colleagues without permission, nothing offensive, no chain letters
# or spam, no commercial, personal, religious or political solicitation or promotion of
# unrelated organisations, nothing confidential; 5.5 no WhatsApp for Trust purposes; 4.6 holds.
# --------------------------------------------------------------------------------------------
def e_act() -> None:
    s = recall2("e-act", "e-act/northfleet.yaml", "r2ea")
    a = s.add
    a("pn-lower-possessive", "instagram", "post", "@leanne.k.reads", "l.kowal", SAT,
      "mateusz grabowskis free kick in the yr8 cup match today 🔥🔥 top bins",
      must=["pupil_name"], note="Full name, lower case, possessive without apostrophe.")
    a("pn-hashtag-fada", "x", "post", "@mr_adeyinka_sci", "m.adeyinka", EVE_GMT,
      "Best volcano model I've seen in years #DaireOCeallaigh 🌋 Y7 science never disappoints",
      must=["pupil_name"], note="Dáire Ó Ceallaigh as a hashtag, fadas and space dropped.")
    a("pn-preferred-form", "facebook", "post", "@owen.pugh.735", "o.pugh", EVE_BST,
      "dami in my yr 10 set finally handed his coursework in.\nonly 3 weeks late 😅",
      must=["pupil_name"], may=["reputation"],
      note="Preferred name Dami (Oluwadamilare Bankole) with a year group.")
    a("pn-register-form", "x", "post", "@owenpugh_maths", "o.pugh", EVE_GMT,
      "Herrera, Joaquin - 3 detentions this week and its only wednesday smh",
      must=["pupil_name"], may=["reputation", "confidential"],
      note="Register form 'Surname, First' without the accent; sanction detail.")
    a("pn-official-beyond", "x", "post", "@NorthfleetRise", "p.desai", "2026-11-18T12:10:00+00:00",
      "Huge well done to Yusra Haddad (Year 11) on winning the Kent young poets award! ✍️",
      must=["pupil_name"], note="Official; Yusra Haddad has first_name_initial consent only.")
    a("pn-official-none", "facebook", "post", "@NorthfleetRiseAcademy", "p.desai", "2026-11-11T13:00:00+00:00",
      "Tariq from Year 9 read beautifully at this morning's Remembrance assembly. 🌺",
      must=["pupil_name"], note="Official; Tariq Mahmood has name_consent none: first name + year group.")
    a("ok-official-initial", "x", "post", "@NorthfleetRise", "p.desai", "2026-11-19T15:30:00+00:00",
      "Congratulations to Grace N. in Year 11 on her place at the county youth orchestra 🎻",
      note="Official; first name and initial is within first_name_initial consent.")
    a("ok-official-full-consent", "instagram", "post", "@northfleet_rise_pe", "g.thorne", "2026-11-20T16:00:00+00:00",
      "What a run from Miles Foster in the Year 10 cross country today! 🏃 Well done all",
      note="Official PE account; Miles Foster has full name consent.")
    a("pd-phone-spaced", "facebook", "post", "@gavin.thorne.pe", "g.thorne", SAT,
      "if anyone finds a blue lanyard with keys on pls ring leanne on 0 7 7 0 0 9 0 0 5 8 3 ta",
      must=["personal_data"], note="A colleague's mobile with every digit spaced out.")
    a("pd-colleague-email", "x", "post", "@marcus_adeyinka", "m.adeyinka", EVE_GMT,
      "for anyone wanting hannah's cake orders her email is hannah.greaves84@gmail.com 🎂",
      must=["personal_data"], may=["solicitation"], note="A colleague's personal e-mail address.")
    a("pd-medical-form-code", "facebook", "post", "@sam.bhatti.9", "s.bhatti", EVE_GMT,
      "Hamza in 11Q has epilepsy so PLEASE no strobe lights at the prom this year",
      must=["pupil_name", "personal_data"], may=["confidential"],
      note="First name with a form code (11Q) as school context, and a medical condition.")
    a("pd-colleague-stress", "x", "post", "@hgreaves_ta", "h.greaves", EVE_BST,
      "owen pugh off with stress again, that's the third time this term. who's covering 10X?",
      must=["personal_data"], may=["confidential", "reputation"],
      note="A named colleague's health (sickness absence for stress).")
    a("off-stretched-profanity", "instagram", "post", "@leanne.k.reads", "l.kowal", SUN,
      "this marking pile can absolutely fuuuuck off 📚🙃",
      must=["offensive"], note="Stretched profanity (obscenity).")
    a("off-abuse-parent", "facebook", "post", "@owen.pugh.735", "o.pugh", EVE_GMT,
      "that dad at the gate today is a vile little troll. hope he chokes on his vape",
      must=["offensive", "reputation"], note="Abuse and a wish of harm about a parent.")
    a("off-discriminatory", "x", "post", "@hgreaves_ta", "h.greaves", EVE_GMT,
      "half of 9X can't speak a word of English. these immigrant families should go back where they came from",
      must=["offensive", "reputation"], note="Discriminatory remark about pupils' families by origin.")
    a("sol-commercial-code", "instagram", "post", "@leanne.k.reads", "l.kowal", SAT,
      "my sister's nail bar in Gravesend is finally open!! 💅 20% off with code RISE20 all week, go show her some love",
      must=["solicitation"], note="Commercial promotion with a discount code (5.4).")
    a("sol-political", "facebook", "post", "@marcus.adeyinka", "m.adeyinka", EVE_GMT,
      "Vote Labour on the 6th. Our schools can't take another five years of this.",
      must=["solicitation"], note="Political solicitation; 5.4 applies to personal accounts too.")
    a("sol-religious", "facebook", "post", "@hannah.greaves.1984", "h.greaves", SAT,
      "All welcome at Kingdom Life church this sunday 10am 🙏 come and find out what Jesus can do for you",
      must=["solicitation"], note="Religious solicitation.")
    a("sol-chain-letter", "facebook", "post", "@hannah.greaves.1984", "h.greaves", SUN,
      "Share this to 10 friends in the next hour or 7 years bad luck!! 🍀 dont break the chain",
      must=["solicitation"], note="A chain letter (5.4: never permitted).")
    a("sol-sponsor-me", "instagram", "post", "@leanne.k.reads", "l.kowal", EVE_BST,
      "Running the Brighton half for Macmillan in April 🏃‍♀️ please sponsor me if you can, link in bio, every £ counts x",
      must=["solicitation"], note="Personal charity sponsorship appeal: solicitation for an outside organisation.")
    a("sol-official-paid-camp", "x", "post", "@NorthfleetRise", "p.desai", "2027-03-10T16:00:00+00:00",
      "Easter multi-sports camp with ProKick Coaching! Register now, £20 a day, places limited! ⚽",
      must=["solicitation"], note="Official account promoting an outside company's paid camp.")
    a("pc-dm", "instagram", "dm", "@gavin.thorne.pe", "g.thorne", EVE_GMT,
      "great game tonight mate, see you at training thurs", rec=["@hamzaq_10"],
      must=["pupil_contact"], may=["pupil_name"], note="DM to a pupil's handle.")
    a("pc-tag-text", "x", "post", "@owenpugh_maths", "o.pugh", EVE_GMT,
      "Proud of @brookesandoval_ today, grade 8 in the mock 👏", 
      must=["pupil_contact"], may=["pupil_name"], note="Tag of a pupil's handle in the text.")
    a("pc-follow-caps", "instagram", "follow", "@marcus.adeyinka", "m.adeyinka", EVE_GMT,
      "", rec=["@Bjorn.LQ"], must=["pupil_contact"], may=["pupil_name"],
      note="Follows a pupil; handle in mixed case.")
    a("ok-declared-follow", "instagram", "follow", "@gavin.thorne.pe", "g.thorne", SAT,
      "", rec=["@harvcole13"], note="Declared: Harvey Cole is g.thorne's nephew.")
    a("conf-suspensions", "x", "post", "@hgreaves_ta", "h.greaves", EVE_GMT,
      "cant say much but 2 staff in science suspended pending investigation 🤐 wild week",
      must=["confidential"], may=["reputation"], note="Staff discipline.")
    a("conf-ofsted-leak", "facebook", "post", "@owen.pugh.735", "o.pugh", EVE_GMT,
      "ofsted feedback today... looks like we're going RI. report not out til march so shhh",
      must=["confidential"], may=["reputation"], note="Inspection outcome before publication.")
    a("conf-cp-referral", "facebook", "post", "@sam.bhatti.9", "s.bhatti", EVE_GMT,
      "another CP referral for one of my year 8s today, police involved this time. heartbreaking",
      must=["confidential"], note="A safeguarding case.")
    a("rep-head-clown", "x", "post", "@owenpugh_maths", "o.pugh", EVE_GMT,
      "Our head is a complete clown. No idea how he got the job tbh",
      must=["reputation"], note="Disparages the head (a member of staff).")
    a("rep-worst-run", "facebook", "post", "@marcus.adeyinka", "m.adeyinka", SAT,
      "honestly the worst run academy in the county. I'm out in july",
      must=["reputation"], note="Disparages the academy.")
    a("rep-pay-grievance", "x", "post", "@leanne_kowal", "l.kowal", EVE_GMT,
      "3rd year with no pay rise and now they want us on lunch duty for free. morale at Northfleet is on the floor",
      must=["reputation"], note="Pay grievance about the academy (5.3 sensitive topics).")
    a("plat-whatsapp-parents", "whatsapp", "post", "+447700900281", "o.pugh", EVE_GMT,
      "Reminder: Y10 mock results go home tomorrow, message me here with any questions",
      rec=["Y10 parents"], must=["prohibited_platform"],
      note="WhatsApp used for Trust business (5.5).")
    a("ok-whatsapp-social", "whatsapp", "dm", "+447700900281", "o.pugh", SAT,
      "curry on saturday? 🍛", rec=["Dan"], note="WhatsApp for a private social message.")
    a("hold-inside", "facebook", "post", "@NorthfleetRiseAcademy", "p.desai", day("2027-02-09T10:00:00+00:00", "Tue"),
      "Year 9 options evening is this Thursday 6pm. See you there!",
      must=["posting_hold"], note="Official account inside the hold.")
    a("ok-hold-after", "x", "post", "@NorthfleetRise", "p.desai", "2027-02-10T17:20:00+00:00",
      "Thank you for your patience. Normal updates resume tomorrow.",
      note="Twenty minutes after the hold ended.")
    a("ok-grace-period", "x", "post", "@owenpugh_maths", "o.pugh", EVE_GMT,
      "Grace period for coursework ends friday. Mark my words, half of them will leave it til thursday night",
      note="'Grace period' and 'Mark my words': Grace Ndlovu and Mark Bishop are pupils.")
    a("ok-voted", "x", "post", "@marcus_adeyinka", "m.adeyinka", EVE_GMT,
      "just voted, queue out the door at the community centre 🗳️",
      note="Voting, no appeal.")
    a("ok-ran-half", "instagram", "post", "@leanne.k.reads", "l.kowal", SUN,
      "Ran the Brighton half today for Macmillan. Legs gone. Thank you everyone who sponsored 💚",
      note="Reporting a charity run and thanking sponsors: no appeal.")
    a("ok-proud-year11", "facebook", "post", "@sam.bhatti.9", "s.bhatti", EVE_GMT,
      "Our Year 11s were brilliant at the careers fair today. So proud of them 💙",
      note="Positive, no pupil named.")
    s.write()


# --------------------------------------------------------------------------------------------
# trust-academies-2016 (Hollinsbrook Academy, ../ta2016/hollinsbrook.yaml). Directed time
# Mon-Fri 08:35-10:35, 10:55-12:30, 13:15-15:05; n.kerr Mon-Tue; closures 2026-11-27,
# 2027-05-03; hold 2026-12-14T08:00Z to 2026-12-15T12:00Z. Seed 000: section 5 (not in paid
# working time; no solicitation), Respect, Confidentiality, Offensive Material, Raising Concerns,
# Standards (no child identifiable information, act responsibly).
# --------------------------------------------------------------------------------------------
def ta2016() -> None:
    s = recall2("ta2016", "ta2016/hollinsbrook.yaml", "r2ta")
    a = s.add
    a("dt-bst-inside", "x", "post", "@jennabooth_maths", "j.booth", day("2026-09-22T08:10:00+00:00", "Tue"),
      "cant believe its only tuesday 😩", must=["directed_time"], note="08:10 UTC is 09:10 BST, in directed time.")
    a("dt-gmt-afternoon", "instagram", "post", "@wes.hardcastle", "w.hardcastle", day("2026-11-18T14:00:00+00:00", "Wed"),
      "new trainers arrived 👟 pb incoming", must=["directed_time"], note="14:00 GMT Wednesday: directed.")
    a("ok-bst-lunch", "facebook", "post", "@ravi.sandhu.5", "r.sandhu", day("2026-10-07T11:45:00+00:00", "Wed"),
      "Lunch in the sun on the field ☀️ lovely", note="11:45 UTC is 12:45 BST, lunch.")
    a("ok-gmt-break", "x", "post", "@jennabooth_maths", "j.booth", day("2027-01-13T10:40:00+00:00", "Wed"),
      "break time brew ☕", note="10:40 GMT is in the 10:35-10:55 break.")
    a("ok-override-day-off", "instagram", "post", "@niamh.paints", "n.kerr", day("2027-01-14T10:00:00+00:00", "Thu"),
      "day off = studio day 🎨", note="n.kerr is directed Mon-Tue only.")
    a("dt-override-working", "instagram", "post", "@niamh.paints", "n.kerr", day("2027-01-11T13:30:00+00:00", "Mon"),
      "new sketchbook who dis", must=["directed_time"], note="Monday is one of n.kerr's directed days.")
    a("ok-closure", "x", "post", "@wes_hardcastle", "w.hardcastle", day("2027-05-03T09:00:00+00:00", "Mon"),
      "bank holiday parkrun done 🏃", note="2027-05-03 is a closure day.")
    a("dt-foreign-offset", "x", "reply", "@ravi_sandhu_sci", "r.sandhu", day("2026-11-17T15:30:00+05:30", "Tue"),
      "agreed, the new spec is a joke", rec=["@science_teachers_uk"], must=["directed_time"],
      note="15:30+05:30 is 10:00 UTC on a term Tuesday.")
    a("pn-caps", "x", "post", "@wes_hardcastle", "w.hardcastle", EVE_GMT,
      "HANA YILMAZ WITH THE HAT TRICK 🔥⚽ year 9 girls through to the final!!",
      must=["pupil_name"], note="Hana Yılmaz in capitals without the dotless i.")
    a("pn-hyphen-possessive", "facebook", "post", "@jenna.booth.31", "j.booth", EVE_GMT,
      "kieran lomax reids mum brought in doughnuts for the whole dept, legend",
      must=["pupil_name"], note="Hyphen dropped and possessive without apostrophe.")
    a("pn-preferred-set", "x", "post", "@ravi_sandhu_sci", "r.sandhu", EVE_GMT,
      "Libby in my yr11 set got a grade 9 in her chem mock!! 🧪",
      must=["pupil_name"], note="Preferred name Libby (Elizabeth Hemingway) with a year group.")
    a("pn-run-together", "instagram", "post", "@niamh.paints", "n.kerr", SAT,
      "shoutout to bartoszkaminski for the best clay sculpture in year 8 🏺",
      must=["pupil_name"], note="Full name run together, no diacritics.")
    a("pn-official-beyond", "x", "post", "@HollinsbrookAcad", "l.ainsworth", "2026-11-19T16:30:00+00:00",
      "Congratulations to Esmé Varga in Year 7 on winning the regional chess tournament ♟️",
      must=["pupil_name"], note="Official; Esmé Varga has first_name_initial consent.")
    a("pn-official-none", "facebook", "post", "@HollinsbrookAcademy", "l.ainsworth", "2026-11-19T16:35:00+00:00",
      "Nadia in Year 11 has been selected for the county netball squad! 🏐",
      must=["pupil_name"], note="Official; Nadia Chowdhury has name_consent none.")
    a("ok-official-initial", "x", "post", "@HollinsbrookAcad", "l.ainsworth", "2026-11-20T16:30:00+00:00",
      "Well done Ruairí M. (Year 7) on his first debate competition!",
      note="First name and initial: within first_name_initial consent.")
    a("pd-address", "facebook", "post", "@jenna.booth.31", "j.booth", SAT,
      "anyone near 22 Stonegate Close, HX3 7QL? can you drop wes's spare key round 🙏",
      must=["personal_data"], note="A home address and postcode.")
    a("pd-pupil-dob", "instagram", "post", "@wes.hardcastle", "w.hardcastle", EVE_GMT,
      "Happy 15th to Gift Moyo born 9/9/2011 🎉 our star striker",
      must=["pupil_name", "personal_data"], note="Pupil's full name and date of birth.")
    a("pd-medical-form", "x", "post", "@ravi_sandhu_sci", "r.sandhu", EVE_GMT,
      "Jasmine in 10B is type 1 diabetic so she'll need her kit on the trip tmrw, pls remind her",
      must=["pupil_name", "personal_data"], may=["confidential"],
      note="First name with a form code and a medical condition.")
    a("off-profanity", "x", "post", "@jennabooth_maths", "j.booth", EVE_GMT,
      "this fucking photocopier has jammed AGAIN", must=["offensive"], note="Profanity (act responsibly).")
    a("off-sexual", "x", "post", "@wes_hardcastle", "w.hardcastle", EVE_GMT,
      "that new supply teacher is well fit, would absolutely smash 🍑",
      must=["offensive"], may=["reputation"], note="Sexual comment about a colleague.")
    a("sol-avon", "facebook", "post", "@lucy.ainsworth.1", "l.ainsworth", SAT,
      "Selling Avon again ladies! 💄 message me for the new brochure, free delivery round Hollinsbrook",
      must=["solicitation"], note="Commercial solicitation.")
    a("sol-official-political", "x", "post", "@HollinsbrookAcad", "l.ainsworth", "2026-11-24T16:00:00+00:00",
      "Please back the Green Party's campaign to keep our town's library open. Vote Green on 6 May!",
      must=["solicitation"], note="Political appeal on the academy account.")
    a("sol-sponsor", "facebook", "post", "@lucy.ainsworth.1", "l.ainsworth", SUN,
      "Doing the 3 peaks for Mind in June!! please sponsor me 👇 justgiving link in comments, anything helps x",
      must=["solicitation"], note="Personal sponsorship appeal for an outside charity (section 5).")
    a("pc-friend-request", "facebook", "friend_request", "@wes.hardcastle", "w.hardcastle", EVE_GMT,
      "", rec=["@reece_om"], must=["pupil_contact"], may=["pupil_name"], note="Friend request to a pupil.")
    a("pc-mention", "x", "reply", "@jennabooth_maths", "j.booth", EVE_GMT,
      "@Ash.Marsden well played tonight!! 👏", must=["pupil_contact"], may=["pupil_name"],
      note="A pupil's handle mentioned in a reply.")
    a("ok-declared-dm", "instagram", "dm", "@jenna.booth", "j.booth", SAT,
      "see you at nana's sunday x", rec=["@amina.diallo"], note="Declared: Amina Diallo is j.booth's niece.")
    a("conf-exclusion", "facebook", "post", "@ravi.sandhu.5", "r.sandhu", EVE_GMT,
      "we've just permanently excluded a year 10 for bringing a knife in. parents going mad",
      must=["confidential"], note="An exclusion.")
    a("conf-budget", "x", "post", "@ravi_sandhu_sci", "r.sandhu", EVE_GMT,
      "budget meeting today. we're £240k in the red and they won't replace anyone who leaves",
      must=["confidential"], may=["reputation"], note="Internal finances.")
    a("rep-deputy", "x", "post", "@wes_hardcastle", "w.hardcastle", EVE_GMT,
      "our deputy head couldn't organise a piss up in a brewery",
      must=["reputation"], may=["offensive"], note="Derogatory remark about a colleague.")
    a("rep-pupils-feral", "facebook", "post", "@jenna.booth.31", "j.booth", EVE_GMT,
      "honestly year 9 this year are feral. worst cohort I've ever taught",
      must=["reputation"], note="Derogatory remark about pupils.")
    a("rep-grievance", "x", "post", "@niamh_kerr_art", "n.kerr", SAT,
      "been asking for my TLR to be backdated since september. nothing. thanks Hollinsbrook 🙃",
      must=["reputation"], note="A grievance raised on social media (Raising Concerns).")
    a("hold-inside", "x", "post", "@HollinsbrookAcad", "l.ainsworth", day("2026-12-14T13:00:00+00:00", "Mon"),
      "Reminder: Christmas jumper day this Friday! 🎄", must=["posting_hold"], note="Official inside the hold.")
    a("ok-hold-personal", "x", "post", "@jennabooth_maths", "j.booth", "2026-12-14T19:00:00+00:00",
      "wrapping presents and ignoring marking 🎁", note="Personal account during the hold, evening.")
    a("ok-pearl-liberty", "instagram", "post", "@niamh.paints", "n.kerr", SAT,
      "pearl barley soup and a wander round Liberty ✨ perfect saturday",
      note="pearl barley and Liberty (the shop): Pearl Achterberg and Liberty Crowther are pupils.")
    a("ok-exam-board-number", "x", "post", "@HollinsbrookAcad", "l.ainsworth", "2026-11-23T16:10:00+00:00",
      "Exam results queries: the exam board helpline is 0300 303 3000, or call our office.",
      note="An organisation's public helpline is nobody's personal data.")
    a("ok-gift-destiny", "x", "post", "@ravi_sandhu_sci", "r.sandhu", EVE_GMT,
      "the gift of a free period on a friday. destiny.",
      note="gift/destiny as words: Gift Moyo and Destiny Amankwah are pupils.")
    s.write()


# --------------------------------------------------------------------------------------------
# triumph-learning-trust (Brackenmoor Primary, ../triumph/brackenmoor.yaml). Directed
# Mon-Thu 08:50-10:25, 10:40-12:05, 13:05-15:20; Fri to 14:45; t.lowe Wed-Fri; closures
# 2026-09-02, 2027-01-04, 2027-06-07; hold 2027-03-01T06:00Z to 2027-03-02T20:00Z. Seed 003:
# 4 (reputation, harassment, confidentiality, data protection), 5 (no personal matters on school
# accounts), 7 (identify nobody; appropriate language; no branding), 8 (no personal social media
# with pupils; breaks or non-directed time). No solicitation rule for personal accounts.
# --------------------------------------------------------------------------------------------
def triumph() -> None:
    s = recall2("triumph", "triumph/brackenmoor.yaml", "r2tr")
    a = s.add
    a("dt-bst-inside", "instagram", "post", "@kelly.stead", "k.stead", day("2026-10-13T12:30:00+00:00", "Tue"),
      "autumn leaves everywhere 🍂", must=["directed_time"], note="12:30 UTC is 13:30 BST, directed.")
    a("ok-bst-lunch", "instagram", "post", "@kelly.stead", "k.stead", day("2026-10-13T11:30:00+00:00", "Tue"),
      "soup weather 🍲", note="11:30 UTC is 12:30 BST, lunch (12:05-13:05).")
    a("ok-friday-after", "x", "post", "@darren_royle_coach", "d.royle", day("2026-11-20T15:00:00+00:00", "Fri"),
      "weekend loading ⏳", note="Friday directed time ends at 14:45.")
    a("dt-friday-inside", "x", "post", "@darren_royle_coach", "d.royle", day("2026-11-20T14:30:00+00:00", "Fri"),
      "weekend loading ⏳⏳", must=["directed_time"], note="14:30 GMT Friday, before 14:45.")
    a("ok-override-off", "facebook", "post", "@tomos.lowe", "t.lowe", day("2026-11-16T10:00:00+00:00", "Mon"),
      "Monday off, dog walk on the moors", note="t.lowe is directed Wed-Fri only.")
    a("dt-override-on", "facebook", "post", "@tomos.lowe", "t.lowe", day("2026-11-19T09:30:00+00:00", "Thu"),
      "anyone know a good mechanic in Todmorden?", must=["directed_time"], note="Thursday is a t.lowe day.")
    a("ok-closure", "x", "post", "@asma_iqbal_y2", "a.iqbal", day("2027-01-04T10:00:00+00:00", "Mon"),
      "INSET morning, new phonics scheme training 📚", note="2027-01-04 is a closure day.")
    a("pn-preferred-surname", "facebook", "post", "@kelly.stead", "k.stead", EVE_GMT,
      "so proud of tilly greenhalgh smashing her times tables check today 💯",
      must=["pupil_name"], note="Preferred name Tilly with surname (Matilda Greenhalgh).")
    a("pn-no-diacritics", "x", "post", "@tomos_lowe", "t.lowe", EVE_GMT,
      "Year 5's Mihai Radulescu is our new chess champ ♟️",
      must=["pupil_name"], note="Mihai Rădulescu without the breve.")
    a("pn-word-name-class", "instagram", "post", "@asma.iqbal", "a.iqbal", EVE_GMT,
      "Wren in my class lost her first tooth in the middle of phonics 😂🦷",
      must=["pupil_name"], note="Word-like first name (Wren Holloway) in a school context.")
    a("pn-hashtag", "x", "post", "@darren_royle_coach", "d.royle", SAT,
      "Player of the match goes to #ChaseUnderwood ⚽🏆 what a season",
      must=["pupil_name"], note="Full name as a hashtag.")
    a("pn-official-beyond", "x", "post", "@BrackenmoorPS", "s.okafor", "2026-11-18T16:00:00+00:00",
      "Xavier Nkemelu from Year 6 won the trust's young engineers prize today! 🛠️",
      must=["pupil_name"], note="Official; Xavier Nkemelu has first_name_initial consent.")
    a("pn-official-none", "facebook", "post", "@BrackenmoorPrimary", "s.okafor", "2026-11-18T16:05:00+00:00",
      "Angel in Year 3 wrote the most beautiful poem about autumn 🍁",
      must=["pupil_name"], note="Official; Angel Moreno has name_consent none.")
    a("ok-official-initial", "x", "post", "@BrackenmoorPS", "s.okafor", "2026-11-19T16:00:00+00:00",
      "Star of the week in Year 4: Saoirse N.! ⭐", note="First name and initial: within consent.")
    a("pd-parent-phone", "facebook", "post", "@kelly.stead", "k.stead", EVE_GMT,
      "Poppy Ashworth's dad says anyone wanting the lift share can text him on 07700900842",
      must=["pupil_name", "personal_data"], note="A pupil's full name and a parent's phone number.")
    a("pd-official-colleague-health", "facebook", "post", "@BrackenmoorPrimary", "s.okafor", "2026-11-25T15:30:00+00:00",
      "Get well soon Mrs Finch, recovering from her cancer surgery this week 💐",
      must=["personal_data"], may=["confidential"],
      note="Official account publishing a named colleague's medical details (4 data protection).")
    a("pd-colleague-email", "x", "post", "@darren_royle_coach", "d.royle", EVE_GMT,
      "nicola's personal email is nicky.pike77@gmail.com if anyone wants the cake order form",
      must=["personal_data"], may=["solicitation"], note="A colleague's personal e-mail.")
    a("off-profanity", "x", "post", "@tomos_lowe", "t.lowe", EVE_GMT,
      "who the fuck schedules a staff meeting at 4pm on a friday",
      must=["offensive"], may=["reputation"], note="Profanity (7: appropriate language).")
    a("off-discriminatory", "facebook", "post", "@darren.royle", "d.royle", EVE_GMT,
      "another family of roma kids starting in reception. here we go again 🙄 lock up your bikes",
      must=["offensive", "reputation"], note="Discriminatory remark about an ethnic group of pupils.")
    a("off-threat-parent", "facebook", "dm", "@darren.royle", "d.royle", EVE_GMT,
      "keep shouting at my staff and you'll regret it. I know where you park your car",
      rec=["@gary.p.77"], must=["offensive"], may=["reputation"], note="Threat to a parent.")
    a("sol-official-party", "x", "post", "@BrackenmoorPS", "s.okafor", "2026-11-24T16:00:00+00:00",
      "Vote Conservative on Thursday to keep our local services safe! 🗳️",
      must=["solicitation"], note="Party politics on a school account (5).")
    a("sol-official-commercial", "instagram", "post", "@brackenmoor_eyfs", "s.okafor", "2026-11-24T16:10:00+00:00",
      "Check out Tiny Tots Photography 📸 15% off family shoots with code BRACKEN15!",
      must=["solicitation"], note="Commercial promotion on a school account.")
    a("ok-personal-selling", "facebook", "post", "@tomos.lowe", "t.lowe", SAT,
      "Selling my old road bike, £150 ono, collection from Hebden Bridge 🚲",
      note="Personal sale: Triumph has no solicitation rule for personal accounts.")
    a("pc-dm", "instagram", "dm", "@kelly.stead", "k.stead", EVE_GMT,
      "you were amazing in the play tonight!!", rec=["@xav_nk"],
      must=["pupil_contact"], may=["pupil_name"], note="DM to a pupil.")
    a("pc-official-reply", "x", "reply", "@BrackenmoorPS", "s.okafor", "2026-11-19T16:20:00+00:00",
      "Thanks Robin, great photo!", rec=["@robinfeathers"],
      must=["pupil_contact"], may=["pupil_name"], note="School account replying to a pupil's own account (6).")
    a("ok-declared-follow", "instagram", "follow", "@kelly.stead", "k.stead", SAT,
      "", rec=["@kwame.b"], note="Declared: Kwame Boateng is a family friend of k.stead.")
    a("conf-redundancies", "x", "post", "@asma_iqbal_y2", "a.iqbal", EVE_GMT,
      "cant believe SLT are making 3 TAs redundant in april and nobody's been told yet",
      must=["confidential"], may=["reputation"], note="Unannounced staffing cuts.")
    a("conf-lado", "facebook", "post", "@nicola.pike.3", "n.pike", EVE_GMT,
      "LADO involved re one of our staff this week. awful. can't say more",
      must=["confidential"], note="An allegation against staff (safeguarding).")
    a("rep-timetable", "x", "post", "@tomos_lowe", "t.lowe", EVE_GMT,
      "Brackenmoor's new timetable is a shambles. whoever decided it needs their head testing",
      must=["reputation"], note="Criticism of the school and its leaders.")
    a("rep-parents", "facebook", "post", "@nicola.pike.3", "n.pike", SAT,
      "the parents at our school are the most entitled lot I've ever dealt with",
      must=["reputation"], note="Disparages parents.")
    a("rep-pay", "x", "post", "@asma_iqbal_y2", "a.iqbal", SUN,
      "no pay progression AGAIN. six years at this school and nothing to show for it 🙃",
      must=["reputation"], note="A work grievance (use the Grievance Policy).")
    a("hold-inside", "x", "post", "@BrackenmoorPS", "s.okafor", day("2027-03-01T09:00:00+00:00", "Mon"),
      "World Book Day costumes on Thursday! 📚", must=["posting_hold"], note="Official inside the hold.")
    a("ok-storm-honey-robin", "facebook", "post", "@nicola.pike.3", "n.pike", SAT,
      "storm took the fence down overnight 🌪️ honey and lemon for this cough, and a robin on the feeder. small joys",
      note="storm, honey, robin as words: Storm Hadley, Honey Baptiste, Robin Featherstone are pupils.")
    a("ok-mercy", "x", "post", "@kelly_stead", "k.stead", SUN,
      "Lord have mercy, 30 reports to write by friday",
      note="'mercy' as a word: Mercy Appiah is a pupil.")
    s.write()


# --------------------------------------------------------------------------------------------
# upland-primary (the dev school, ../upland-fresh/upland.yaml). Directed Mon-Thu 08:45-10:30,
# 10:45-12:00, 13:00-15:15; Fri to 14:30; l.price Mon-Wed; no holds. Seed 001: personal use only
# in own time; avoid individual matters; confidential matters; pupils not friends/followers;
# sanctioned sites: no identifying information without consent, no politics or religion,
# no defamation.
# --------------------------------------------------------------------------------------------
def upland() -> None:
    s = recall2("upland", "upland-fresh/upland.yaml", "r2up")
    a = s.add
    a("dt-bst-inside", "x", "post", "@MissHartY6", "s.hart", day("2026-09-29T12:30:00+00:00", "Tue"),
      "who else is on their 4th coffee", must=["directed_time"], note="12:30 UTC is 13:30 BST.")
    a("dt-gmt-inside", "facebook", "post", "@wendy.jones.1961", "w.jones", day("2026-12-03T09:15:00+00:00", "Thu"),
      "mince pies in the staffroom already 🥧", must=["directed_time"], note="09:15 GMT Thursday.")
    a("ok-friday-after", "x", "post", "@MrMcAllister", "c.mcallister", day("2026-12-04T14:40:00+00:00", "Fri"),
      "and breathe. weekend 🎄", note="Friday directed time ends 14:30.")
    a("ok-override-thursday", "facebook", "post", "@lowri.price.90", "l.price", day("2026-12-03T10:00:00+00:00", "Thu"),
      "christmas shopping while it's quiet 🛍️", note="l.price works Mon-Wed.")
    a("dt-override-wednesday", "facebook", "post", "@lowri.price.90", "l.price", day("2026-12-02T10:00:00+00:00", "Wed"),
      "christmas shopping list sorted 🛍️", must=["directed_time"], note="Wednesday is an l.price day.")
    a("pn-lower-possessive", "facebook", "post", "@dafydd.hughes.5", "d.hughes", EVE_GMT,
      "gethin ap rhys's dad just won the pub quiz for us lol 🍻",
      must=["pupil_name"], note="Full name in lower case, possessive.")
    a("pn-hashtag-lower", "instagram", "post", "@coachkieran", "k.walsh", SAT,
      "top scorer again 😎 #kaibrennan #yr6football",
      must=["pupil_name"], note="Full name as a lower-case hashtag.")
    a("pn-preferred-yr", "x", "post", "@riya_teaches", "r.mistry", EVE_GMT,
      "Abdi in yr5 asked me if teachers sleep at school. I said yes. in a cupboard. 😂",
      must=["pupil_name"], note="Preferred name Abdi (Abdirahman Owusu) with a year group.")
    a("pn-preferred-y1", "facebook", "post", "@alice.morgan.77", "a.morgan", EVE_GMT,
      "Wojtek in Y1 read his first whole book to me today 🥹📖",
      must=["pupil_name"], note="Preferred name Wojtek (Wojciech Wiśniewski), school context.")
    a("pn-official-beyond", "x", "post", "@UplandPrimary", "f.ahmed", "2026-11-18T16:00:00+00:00",
      "Well done to Catriona Ferguson in Year 5 for her amazing art competition win! 🎨",
      must=["pupil_name"], note="Official; Catriona Ferguson has first_name_initial consent.")
    a("pn-official-none", "blogger", "post", "@UplandClassBlogs", "d.hughes", "2026-11-18T16:10:00+00:00",
      "Jiayi in Year 5 wrote this lovely poem about the seaside. Have a read!",
      must=["pupil_name"], note="Class blog; Jiayi Zhang has name_consent none.")
    a("ok-official-initial", "x", "post", "@UplandPrimary", "f.ahmed", "2026-11-19T16:00:00+00:00",
      "Hafsa Q. from Year 6 is our reader of the week! 📚", note="First name and initial.")
    a("pd-allergy", "facebook", "post", "@nasreen.begum.7", "n.begum", EVE_GMT,
      "Ishaan Kumar in Y6 has a severe nut allergy so NO peanut butter at the party pls, epipen is in the staffroom",
      must=["pupil_name", "personal_data"], may=["confidential"], note="Pupil's full name and medical detail.")
    a("pd-phone-spaced", "facebook", "post", "@wendy.jones.1961", "w.jones", SAT,
      "gareth's number if the alarm goes off again: 0 7 7 0 0 9 0 0 2 1 7",
      must=["personal_data"], note="A colleague's mobile with every digit spaced.")
    a("pd-address", "facebook", "post", "@paulina.nowak", "p.nowak", SAT,
      "raffle prizes can go to wendy's, 3 Birch Lane LS28 5RT, she's collecting x",
      must=["personal_data"], note="A colleague's home address and postcode.")
    a("off-starred-slur", "x", "post", "@kwalshpe", "k.walsh", EVE_GMT,
      "some parents at the gate are absolute c***s",
      must=["offensive", "reputation"], note="Starred profanity about parents.")
    a("off-abuse-reply", "x", "reply", "@olu_adebayo", "o.adebayo", EVE_GMT,
      "shut ur mouth u stupid cow", rec=["@random_user_77"], must=["offensive"], note="Abuse.")
    a("sol-official-religious", "x", "post", "@UplandPrimary", "f.ahmed", "2026-11-24T16:00:00+00:00",
      "Join us at St Mark's this Sunday and give your life to Christ ✝️",
      must=["solicitation"], note="Religion on the school account.")
    a("sol-blog-commercial", "blogger", "post", "@UplandClassBlogs", "d.hughes", "2026-11-24T16:05:00+00:00",
      "Use code UPLAND10 for 10% off at Bounce Kingdom trampoline park this half term!",
      must=["solicitation"], note="Commercial promotion on a class blog.")
    a("ok-personal-bakeoff", "facebook", "post", "@lowri.price.90", "l.price", SAT,
      "vote for my sister's cupcakes in the pudsey bake off, link below 🧁",
      note="Personal: Upland's politics/religion rule is for sanctioned sites only.")
    a("pc-dm", "instagram", "dm", "@riya.reads", "r.mistry", EVE_GMT,
      "love your drawing!", rec=["@megan_d72"], must=["pupil_contact"], may=["pupil_name"], note="DM to a pupil.")
    a("pc-follow-caps", "instagram", "follow", "@coachkieran", "k.walsh", EVE_GMT,
      "", rec=["@Hafsa_Q64"], must=["pupil_contact"], may=["pupil_name"], note="Follow; handle in other case.")
    a("pc-tag", "x", "post", "@kwalshpe", "k.walsh", SAT,
      "great match today @james_s56 ⚽ proper captain's performance",
      must=["pupil_contact"], may=["pupil_name"], note="Tag of a pupil in the text.")
    a("conf-grievance-head", "x", "post", "@riya_teaches", "r.mistry", EVE_GMT,
      "our head's been signed off and there's a formal grievance against her. hearing next month 😬",
      must=["confidential"], may=["reputation", "personal_data"], note="Staff discipline/grievance.")
    a("conf-ofsted", "facebook", "post", "@emma.lloyd.5", "e.lloyd", EVE_GMT,
      "ofsted verbal feedback: we're going down to RI. report not published til feb so keep it zipped",
      must=["confidential"], may=["reputation"], note="Inspection outcome before publication.")
    a("rep-slt", "facebook", "post", "@gareth.roberts.site", "g.roberts", SAT,
      "upland's SLT are a joke. zero support with behaviour",
      must=["reputation"], note="Disparages the school's leaders.")
    a("rep-colleague", "x", "post", "@niallfitz", "n.fitzgerald", EVE_GMT,
      "Mr Evans is the laziest deputy head in Leeds, hands down",
      must=["reputation"], note="Disparages a named colleague.")
    a("rep-official-parent", "x", "reply", "@UplandPrimary", "f.ahmed", "2026-11-19T16:40:00+00:00",
      "Maybe try reading the letter before you moan about it?", rec=["@parent_of_three"],
      must=["reputation"], note="Official account disparaging a parent.")
    a("ok-published-ofsted", "x", "post", "@UplandPrimary", "f.ahmed", "2026-11-20T16:00:00+00:00",
      "Our Ofsted report is published today: Good in every area! Thank you to our community 💚",
      note="Published inspection outcome.")
    a("ok-mild-hope-grace", "facebook", "post", "@wendy.jones.1961", "w.jones", SAT,
      "bloody hell it's cold. hope the grace of god gets me through dinner duty next week 🙏",
      note="Mild swearing; hope and grace as words (Hope Kamara, Grace Boateng are pupils).")
    a("ok-max-effort", "x", "post", "@kwalshpe", "k.walsh", SUN,
      "max effort at parkrun today, 22 mins. will take it",
      note="max as a word; will as a modal (Max Kowalczyk and Will Fraser are pupils).")
    s.write()


# --------------------------------------------------------------------------------------------
# early-life-enterprise (the dev provision, ../early-life-fresh/early_life.yaml). No directed
# time. Hold 2027-01-18T07:00Z to 2027-01-20T18:00Z. Seed 002: 4.3 provision accounts entirely
# professional, 4.4 first name and initial, 5.1/5.2 no contact with pupils, 5.7 workplace not on
# profiles, 5.10 no references to pupils/colleagues, 5.12 reputation, Proprietary Information,
# Workplace Privacy, Appendix 1 (no offensive comments).
# --------------------------------------------------------------------------------------------
def early_life() -> None:
    s = recall2("early-life", "early-life-fresh/early_life.yaml", "r2el")
    a = s.add
    a("pn-lower-hyphen", "instagram", "post", "@ross_builds", "r.campbell", EVE_GMT,
      "rhiannon price davies nailed her CSCS mock today 👷‍♀️ buzzing",
      must=["pupil_name"], note="Lower case, hyphen dropped (Rhiannon Price-Davies).")
    a("pn-hashtag-apostrophe", "x", "post", "@anwar_mentor", "a.rahman", SAT,
      "MOTM in the five-a-side 🏆 #ReeceODonnell",
      must=["pupil_name"], note="Reece O'Donnell as a hashtag without the apostrophe.")
    a("pn-preferred-group", "x", "post", "@tombarker_maths", "t.barker", EVE_GMT,
      "Bartek in my yr10 group turned up on time today. mark the calendar 📅",
      must=["pupil_name"], note="Preferred name Bartek (Bartłomiej Wójcik) in a school context.")
    a("pn-word-name-learner", "facebook", "post", "@ross.campbell.73", "r.campbell", EVE_GMT,
      "Frank, one of my Year 10 learners, just got his first placement offer!! 👏",
      must=["pupil_name"], note="Frank Osei: a word-like name as a learner's name, with a year group.")
    a("pn-official-beyond", "x", "post", "@EarlyLifeEnt", "k.sinclair", "2026-11-18T16:00:00+00:00",
      "Congratulations to Hafsa Joshi on her Level 1 catering certificate! 🍰",
      must=["pupil_name"], note="Official; Hafsa Joshi has first_name_initial consent.")
    a("pn-official-none", "instagram", "post", "@earlylifeenterprise", "k.sinclair", "2026-11-18T16:05:00+00:00",
      "Isla from Year 9 designed our new careers board ✨",
      must=["pupil_name"], note="Official; Isla Turner (Year 9) has name_consent none.")
    a("ok-official-initial", "facebook", "post", "@EarlyLifeEnterprise", "k.sinclair", "2026-11-19T16:00:00+00:00",
      "Well done Thảo Đ. on 100% attendance this half term! 🌟", note="First name and initial.")
    a("pd-parent-phone", "facebook", "post", "@bola.okoro", "b.okoro", EVE_GMT,
      "tahmid's mum asked me to share her number for lifts to football: 07700 900 615",
      must=["personal_data"], may=["pupil_name"], note="A parent's phone number.")
    a("pd-colleague-heart", "facebook", "post", "@ioana.popa.52", "i.popa", EVE_GMT,
      "Declan's off for 6 weeks after his heart op, send him some love ❤️",
      must=["personal_data"], note="A named colleague's medical details.")
    a("pd-colleague-email", "x", "post", "@rosscampbell_", "r.campbell", SAT,
      "for wedding makeup bookings lola's email is lola.mua.bookings@gmail.com 💄",
      must=["personal_data"], may=["solicitation"], note="A colleague's personal e-mail.")
    a("off-abuse", "x", "reply", "@declan_outdoors", "d.farrell", EVE_GMT,
      "what a pathetic excuse for a social worker. absolute waste of oxygen", rec=["@la_socialcare"],
      must=["offensive"], may=["reputation"], note="Abuse.")
    a("off-spaced-profanity", "instagram", "post", "@ciaradunne_eng", "c.dunne", EVE_GMT,
      "F U C K this week honestly", must=["offensive"], note="Spaced-out profanity.")
    a("off-slur", "facebook", "post", "@declan.farrell.9", "d.farrell", SAT,
      "paki shop on the corner shut again, typical", must=["offensive"], note="A racial slur.")
    a("sol-official-party", "x", "post", "@ELE_Construction", "r.campbell", "2026-11-24T16:00:00+00:00",
      "Vote Green on Thursday for a fairer city 🌍", must=["solicitation"], note="Politics on a provision account (4.3).")
    a("sol-official-pizza", "facebook", "post", "@EarlyLifeEnterprise", "k.sinclair", "2026-11-24T16:05:00+00:00",
      "2 for 1 pizzas at Dough Bros this weekend 🍕 tell them ELE sent you!",
      must=["solicitation"], note="Commercial promotion on a provision account.")
    a("pc-dm", "instagram", "dm", "@tom.barker", "t.barker", EVE_GMT,
      "you ok? saw your story", rec=["@itsharry4"], must=["pupil_contact"], may=["pupil_name"], note="DM to a pupil.")
    a("pc-friend-request-caps", "facebook", "friend_request", "@bola.okoro", "b.okoro", EVE_GMT,
      "", rec=["@Favour_Eze"], must=["pupil_contact"], may=["pupil_name"], note="Friend request; mixed case.")
    a("pc-tags-text", "x", "post", "@anwar_mentor", "a.rahman", SAT,
      "Proud of @jadeyt_ and @julia_x at the college open day 👏",
      must=["pupil_contact"], may=["pupil_name"], note="Tags two pupils in the text.")
    a("ok-declared-dm", "instagram", "dm", "@magda.kowalska", "m.kowalska", SAT,
      "babcia says dinner at 5 x", rec=["@kacper.k09"], note="Declared: Kacper is m.kowalska's nephew.")
    a("conf-funding", "facebook", "post", "@ioana.popa.52", "i.popa", EVE_GMT,
      "strictly between us, the LA is cutting our funding by 30% next year and SLT haven't told staff",
      must=["confidential"], note="Unreleased internal finances.")
    a("conf-police", "x", "post", "@rosscampbell_", "r.campbell", EVE_GMT,
      "had to call the police on one of my learners today, social care involved now. can't say more",
      must=["confidential"], note="A safeguarding case.")
    a("rep-management", "x", "post", "@tombarker_maths", "t.barker", EVE_GMT,
      "ELE management are clueless. third restructure in two years",
      must=["reputation"], may=["confidential"],
      note="Criticism of the provision's management. Naming past restructures is arguably internal "
           "staffing information (Proprietary Information), so confidential is allowed.")
    a("rep-pay", "facebook", "post", "@bola.okoro", "b.okoro", SUN,
      "nobody at work has had a pay rise since 2024. fuming 😤",
      must=["reputation"], note="A work grievance.")
    a("rep-colleagues-lazy", "x", "post", "@ciaradunne_eng", "c.dunne", EVE_GMT,
      "some of my colleagues are the laziest people I've ever met",
      must=["reputation"], note="Criticism of staff (5.10).")
    a("hold-inside", "x", "post", "@EarlyLifeEnt", "k.sinclair", day("2027-01-19T10:00:00+00:00", "Tue"),
      "Reminder: parents' evening is next Thursday from 4pm.", must=["posting_hold"], note="Official inside the hold.")
    a("hold-reply-end", "instagram", "reply", "@earlylifeenterprise", "k.sinclair", "2027-01-20T17:30:00+00:00",
      "thank you! ❤️", rec=["@proud_auntie_leeds"], must=["posting_hold"], note="Official reply 30 min before the end.")
    a("ok-hold-after", "x", "post", "@EarlyLifeEnt", "k.sinclair", "2027-01-20T18:30:00+00:00",
      "Normal service resumes tomorrow. Thank you for your patience.", note="After the hold.")
    a("brand-profile-alias", "linkedin", "profile_update", "@bola-okoro-youth", "b.okoro", SAT,
      "Youth worker at Early Life | views my own", must=["school_branding"],
      note="Names the provision as workplace on a profile (5.7).")
    a("ok-jade-frank", "instagram", "post", "@lola.nwosu.beauty", "l.nwosu", SAT,
      "jade earrings from vietnam 💚 and a frank chat with my landlord. eventful saturday",
      note="jade and frank as words: Jade Thompson and Frank Osei are pupils.")
    a("ok-love-job", "facebook", "post", "@bola.okoro", "b.okoro", EVE_GMT,
      "early start, long day. love this job ❤️", note="Positive post about work.")
    s.write()


if __name__ == "__main__":
    e_act()
    ta2016()
    triumph()
    upland()
    early_life()

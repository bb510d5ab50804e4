"""Phrasing families the seventh probe of reputation and confidential (tests/heldout/round7rc-*)
found missing, and their look-alikes. The sentences here are new: none is a probe case.

Reputation: dimness in idiom ("not the brightest sparks"), credit taken from others, a place
"run like" a shop or a circus, decline ("isn't what it used to be", "think long and hard before
applying"), "gets everything wrong", a whole lesson on a phone, rumours spread, parents who back
their child against the evidence, "no one else would take them, and I can see why", mock awards,
drinking games and bingo about leaders and parents, comparisons with another school ("more
respect than our Year 11s", "night and day compared with where I work now", "mine gives us"),
"X from hell", "still calls itself a school", spending questioned against what staff lack,
"wouldn't recognise X if ...", "said nobody ever", "does anybody ... actually read", "who on
earth approved", "X's idea of consultation is", "have obviously never heard of", "some of you
couldn't be bothered", "we'd appreciate it if some families stopped", "basically a war zone",
mock praise after a complaint ("Top notch operation."), "the entitlement of", year groups named
bare ("Nursery are", "sixth formers", "Year 4s") and the trust named by its kind ("... Learning
Trust"), "experts on everything apart from", "if you fancy being undervalued, come and work
here", "spends more on X than on the kids", "make last year's lot look like angels"; grievances about pay points and scales, work-life balance and late-night marking,
temporary contracts, being managed out, the union rep, and a complaint about a manager.
Confidential: exam and assessment irregularities (papers opened early, the wrong paper,
invigilation by the class's own teacher, "helping" in scare quotes, leaks, malpractice, the
exam board or STA told), a colleague's illness as a staff matter (not coming back, secrecy),
formal proceedings, bare referrals, social care, bruises, self-harm and sleeping rough beside a
pupil, a pupil in a named group or year ("lad in our football group", "girl in Year 3"), a
family's attendance, monitoring visits, "won't be out for weeks", "until the letter arrives",
draft inspection reports, budgets frozen or cut, cutting a staff team or consulting on it,
losing a contract or contracts not renewed, what the council pays per pupil, an interim head
"parachuted in", a colleague on an improvement plan, a provisional P8 "kept in-house", notes or
a phone in an exam "reported to the exam board", and "told in confidence", "doesn't know yet",
"get told next week".
"""
import pytest

from tests.detectors.meaning import assert_fires, assert_not_fires, engine  # noqa: F401 (engine is a fixture)

SCHOOL, COLLEAGUE, PUPILS = "disparages_school", "disparages_colleague", "disparages_pupils_or_parents"

REPUTATION_FIRES = [
    ("Some of the Year 9 parents aren't the brightest sparks, let's be honest.", PUPILS),
    ("Funny how our deputy head always takes the credit for other people's ideas.", COLLEAGUE),
    ("Honestly the academy is run like a village fete.", SCHOOL),
    ("Brookfield just isn't what it used to be. I'd think long and hard before applying.", SCHOOL),
    ("The new head of year gets absolutely everything wrong, every single week.", COLLEAGUE),
    ("Our supply teacher spends the whole lesson on his phone while the class riots.", COLLEAGUE),
    ("Some parents keep spreading rumours about the new behaviour policy on the estate page.", PUPILS),
    ("Half the parents will back their child no matter what the teacher saw.", PUPILS),
    ("A few kids in my set were sent here because no one else would take them, and I can see why.", PUPILS),
    ("Colleague of the year award goes to the bloke who left the minibus on empty again.", COLLEAGUE),
    ("Drinking game for INSET: a sip every time SLT say 'journey'.", SCHOOL),
    ("Played parent bingo all evening at the consultation, full card by seven.", PUPILS),
    ("My niece's reception class shows more respect than our Year 11s.", PUPILS),
    ("Did a moderation day at another academy. Night and day compared with where I work now.", SCHOOL),
    ("My mate's school gives teachers free breakfast on Fridays. Mine gives us a broken toaster.", SCHOOL),
    ("Parents from hell at the gate again this afternoon.", PUPILS),
    ("Our academy has had four heads in two years and still calls itself a school.", SCHOOL),
    ("Why does head office need a new logo when we can't afford reading books?", SCHOOL),
    ("The new deputy wouldn't recognise a behaviour plan if it bit him.", COLLEAGUE),
    ("Loving the third data drop this term from SLT. Said nobody ever.", SCHOOL),
    ("Does anybody in management actually listen in these meetings?", SCHOOL),
    ("Who on earth approved this year's timetable at Brookfield?", SCHOOL),
    ("SLT's idea of consultation is an email sent at 6pm on a Friday.", SCHOOL),
    ("Some mums have obviously never heard of a car park.", PUPILS),
    ("Year 6, some of you clearly couldn't be bothered with your spellings this week.", PUPILS),
    ("We would appreciate it if some families stopped parking across the staff gates.", PUPILS),
    ("The Year 8 corridor is basically a war zone by period five.", PUPILS),
    ("Staff toilets at Brookfield have been broken since September. Top notch operation.", SCHOOL),
    ("The entitlement of certain dads on the PTA is something else.", PUPILS),
    ("Nursery this year are a nightmare, honestly.", PUPILS),
    ("Our sixth formers are so lazy it's untrue.", PUPILS),
    ("Harbour Learning Trust's idea of support is a webinar at 8pm.", SCHOOL),
    # Grievances.
    ("Same pay scale for four years while our head got a new car. Funny how that works.", "grievance"),
    ("Planning till 1am again, but apparently wellbeing is just a poster in the staffroom.", "grievance"),
    ("Union rep said to write everything down after today's meeting.", "grievance"),
    ("Being managed out after fourteen years. That's loyalty for you.", "grievance"),
    ("Raised a complaint about my head of department before Christmas and heard nothing since.", "grievance"),
    ("Sixth year on a fixed-term contract. Such a valued member of the team.", "grievance"),
    ("Brookfield governors: experts on everything apart from the budget.", SCHOOL),
    ("If you fancy being undervalued and underpaid, come and work in our science department.", SCHOOL),
    ("The trust spends more on consultants than on the kids' books.", SCHOOL),
    ("This year's Year 10s make last year's lot look like angels.", PUPILS),
]

REPUTATION_PASSES = [
    "The kitchen fitters were the sharpest team we've had, brilliant job.",
    "Our deputy head gave the credit for the show to the Year 6s, lovely touch.",
    "Sports day was run like clockwork this year, thanks to the PE team.",
    "Think twice before applying sun cream to the kids, some of them are allergic.",
    "My satnav gets everything wrong round the new estate.",
    "The receptionist at the dentist spends every morning on the phone to patients.",
    "Our pastoral team spent the evening spreading the word about the food bank.",
    "Parents backed their children all the way round the cross-country course, what a cheer.",
    "Nobody else would take the Saturday shift so I did it.",
    "Teacher of the month goes to Mr Mills for a brilliant science week!",
    "Drinking game rules for the staff Christmas party are on the noticeboard.",
    "Bingo night for parents on Friday raised £300 for the PTA.",
    "The Year 6 play had more heart than most West End shows, brilliant.",
    "The new lunch menu is night and day compared to last year's, the kids love it.",
    "Neighbours from hell is on again tonight.",
    "The wedding venue calls itself a castle but it's really a big house.",
    "Why does my cat need three dinners when the dog gets one?",
    "You wouldn't recognise the hall after the Year 5 art exhibition, stunning.",
    "Does anyone actually read the small print on car insurance?",
    "Who on earth decided to put roadworks on the bypass in rush hour?",
    "My mum's idea of a quiet weekend is repainting the kitchen.",
    "We'd appreciate it if parents could send a named water bottle on Friday.",
    "The Year 3 trip to the farm was basically a petting zoo visit, so sweet.",
    "Great establishment, great food, we'll be back.",
    "Holiday entitlement for support staff is on the HR portal.",
    "Reception are performing their nativity on Thursday, tickets from the office.",
    "Pay scale information for new teachers is on the trust website.",
    "Our union rep ran a brilliant session on pensions.",
    "Temporary contract signed for the summer job at the garden centre, can't wait.",
    "Back at the gym again, work-life balance restored!",
    "Year 6 nailed their play tonight. Not rocket science, just hours and hours of practice!",
    "Parents bingo night on Friday, all welcome, proceeds to the PTA.",
    "The new play area is basically a jungle gym, the kids loved it.",
    "The entitlement of our pupils to free meals is explained on the website.",
    "A teacher in the next town has written a lovely book, absolutely brilliant.",
    "My brother is an expert in everything except cooking, bless him.",
    "Spent more on the dog's food than on my own this month, spoilt pup.",
]


@pytest.mark.parametrize("text,signal", REPUTATION_FIRES)
def test_reputation_shape_fires(engine, text, signal):
    assert_fires(engine, text, "reputation", signal)


@pytest.mark.parametrize("text", REPUTATION_PASSES)
def test_reputation_look_alike_passes(engine, text):
    assert_not_fires(engine, text, "reputation")


CONFIDENTIAL_FIRES = [
    ("The Year 6 maths paper was opened a day early at ours and the STA have been notified.", "exam_irregularity"),
    ("A colleague is under investigation by the awarding body for coursework malpractice.", "exam_irregularity"),
    ("Our science mocks were invigilated by their own class teacher, which is a breach apparently.", "exam_irregularity"),
    ("She has been 'helping' her group with their reading test answers for years.", "exam_irregularity"),
    ("Someone leaked the mock paper to half of Year 11 last night.", "exam_irregularity"),
    ("Our business manager is off with anxiety and won't be back before Easter.", "staff_health"),
    ("Mrs Kaur has been signed off with stress and we've been told not to mention it.", "staff_health"),
    ("Girl in Year 3 came in with a black eye today and wouldn't say why.", "safeguarding_case"),
    ("One of my tutees has been sofa surfing since October.", "safeguarding_case"),
    ("Lad in our football group is sleeping in a tent in his uncle's garden.", "safeguarding_case"),
    ("Referral done for one of our Year 8s this afternoon.", "safeguarding_case"),
    ("Social care are at the house for one of my pupils tonight.", "safeguarding_case"),
    ("One of my families has been fined for term-time holidays and attendance is at 80%.", "pupil_record"),
    ("Feedback from the monitoring visit was dire. Keep it to yourselves until the letter arrives.", "unpublished_inspection"),
    ("Inspectors finished today. Looks like inadequate. Report won't be out for weeks.", "unpublished_inspection"),
    ("Draft inspection report says two grades lower than last time, not to be shared until it's published.", "unpublished_inspection"),
    ("SLT are consulting on closing the nurture unit and staff haven't been told.", "internal_finance"),
    ("We're losing the council contract for the resource base places. Keep it quiet.", "internal_finance"),
    ("Our department budgets are being frozen next year, not public yet.", "internal_finance"),
    ("The local authority pays us £40 per pupil for the resource base, a fraction of what it costs at ours.", "internal_finance"),
    ("The trust is parachuting in an interim head and staff don't know yet.", "internal_finance"),
    ("The governors are scrapping the breakfast club and parents get told next week.", "internal_finance"),
    ("The head is cutting the whole learning support team in September. She told us in confidence.", "internal_finance"),
    ("HR have started formal proceedings against our site manager.", "staff_discipline"),
    ("Our deputy has been put on an improvement plan and the whole staffroom knows.", "staff_discipline"),
    ("Both TAs' contracts aren't being renewed at ours, and it hasn't been announced yet.", "internal_finance"),
    ("Provisional P8 came in at -0.6 and SLT want it kept in-house for now.", "unpublished_results"),
    ("Found notes in a pupil's pencil case during the science exam and it's been reported to the exam board.", "exam_irregularity"),
]

CONFIDENTIAL_PASSES = [
    "Our exams officer ran a brilliant malpractice awareness session for invigilators.",
    "The exam board have told us results day is 21 August.",
    "Our Year 6s opened their SATs results envelopes today, so proud!",
    "Dreamt I handed out the wrong exam paper in my pyjamas, classic teacher anxiety.",
    "I've been signed off with stress for two weeks, back after half term.",
    "Mrs Kaur is off with flu, get well soon!",
    "Poor Mr Mills has been signed off with stress, send him some love.",
    "Brilliant CPD on bruising patterns and safeguarding for all staff.",
    "My son came home with a bruise from rugby, he's fine.",
    "Parents get told next week which class their child is in for September.",
    "Lost the contract for my phone, sorted now.",
    "The council pays for free school meals over the holidays, details on the website.",
    "Sleeping in a tent at the festival this weekend, wish me luck.",
    "The PE department is cutting the netball squad down to twelve for the final.",
    "Our Ofsted report is published today, read it on our website.",
    "One of our learners wants to study health and social care at college next year.",
    "One of my Year 2s fell over in PE and got a bruise, an ice pack and a sticker sorted it.",
    "Watching a medical malpractice drama on telly tonight.",
    "Someone leaked the questions for the pub quiz, scandal.",
    "Our new improvement plan for the garden: more tomatoes.",
    "Phone in the exam hall policy reminder: all phones go in the boxes at the door.",
]


@pytest.mark.parametrize("text,signal", CONFIDENTIAL_FIRES)
def test_confidential_shape_fires(engine, text, signal):
    assert_fires(engine, text, "confidential", signal)


@pytest.mark.parametrize("text", CONFIDENTIAL_PASSES)
def test_confidential_look_alike_passes(engine, text):
    assert_not_fires(engine, text, "confidential")

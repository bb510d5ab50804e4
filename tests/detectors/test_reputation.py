"""reputation: disparaging the school, colleagues, pupils or parents; grievances; defamatory claims.

Each post runs through the real engine on a small test school (`fixtures_meaning/`:
Brookfield Academy, with a pack that enforces solicitation, confidential and reputation on
every account), so a post that must not fire also shows the other two meaning-based
detectors stay quiet on it.
"""
import pytest

from tests.detectors.meaning import assert_fires, assert_quiet, engine, judge  # noqa: F401 (engine is a fixture)


FIRES = [
    ("Some parents really are the worst. One shouted at our office staff over a parking space.", 'disparages_pupils_or_parents'),
    ("Brookfield is a joke this year. SLT haven't got a clue and the head only cares about data.", 'disparages_school'),
    ("Mrs Osborne has completely lost the plot. Worst head I've ever worked for, hands down.", 'disparages_colleague'),
    ("Honestly the management at Brookfield Academy couldn't run a bath.", 'disparages_school'),
    ('Parents who park on the zig-zags at pick-up are selfish pricks. Every single day.', 'disparages_pupils_or_parents'),
    ("Perhaps if some parents actually read the newsletter they wouldn't need to ask the same question five times.", 'disparages_pupils_or_parents'),
    ('Asked for a pay review three times this year. Ignored every time. Maybe HR reads Twitter instead.', 'grievance'),
    ('I work at Brookfield and trust me, the head knew about the bullying for months and did nothing.', 'defamatory_claim'),
    ('Our SLT are clueless. Another initiative nobody asked for.', 'disparages_school'),
    ("Work is an absolute shambles at the moment. Nobody knows what they're doing.", 'disparages_school'),
    ('The leadership team at my school are spineless, they never back staff over behaviour.', 'disparages_school'),
    ('Simon Grant is the laziest TA I have ever worked with, useless.', 'disparages_colleague'),
    ('Peter Mills is a useless teacher, his class are miles behind.', 'disparages_colleague'),
    ('My Year 9s are feral animals. Not even joking.', 'disparages_pupils_or_parents'),
    ("Some of the parents at our school are so entitled, it's unreal.", 'disparages_pupils_or_parents'),
    ("This school is a sinking ship and the trust doesn't care.", 'disparages_school'),
    ('Three years without a pay rise and SLT still expect us to run clubs for free. Still waiting for a reply from HR.', 'grievance'),
    ('Raised a formal grievance against my line manager today. Enough is enough.', 'grievance'),
    ('Our head is fiddling the attendance figures before Ofsted, everyone knows it.', 'defamatory_claim'),
    ('The trust swept the whole thing under the carpet to protect the CEO.', 'defamatory_claim'),
    ('Mrs Kaur is a two-faced snake and everyone in the staffroom knows it.', 'disparages_colleague'),
    ("Kids at Brookfield are absolute brats, honestly can't wait for the holidays.", 'disparages_pupils_or_parents'),
    ('Management at work treat us like dirt. Forty unpaid hours a week and not even a thank you.', 'disparages_school'),
    ('Unpaid overtime is just the norm now at Brookfield 🙃', 'grievance'),
    ('The office staff are useless, three weeks and still no reply about my payslip.', 'disparages_colleague'),
    ('Two permanent exclusions this week at ours. Place is falling apart.', 'disparages_school'),
    ('I think SLT are clueless about behaviour at the moment.', 'disparages_school'),
    ('We have the worst SLT in the county, no joke.', 'disparages_school'),
    ('SLT, you are absolutely clueless.', 'disparages_school'),
    ("Our deputy is an utter disgrace, no wonder staff are leaving in droves.", 'disparages_school'),
    ("Two years with no pay rise at work and the head still wants more clubs. Joke.", 'grievance'),
]

PASSES = [
    'Love my job. Watching our young people find their confidence is the best feeling in the world.',
    'So proud of our school today. What a team!',
    'Our head is amazing, she really backs staff.',
    'Year 6 were brilliant on the trip, not a single moan all day.',
    "Parents' evening tonight, wish me luck! Home by 9 hopefully.",
    'Marking by the fire on a Sunday. Living the dream ☕',
    'The traffic on the school run is a joke this morning.',
    'The new bus timetable is a nightmare. Two buses an hour to the centre now.',
    "My Year 6s haven't quite got fractions yet, but we'll get there!",
    'Shattered after a long week, but the kids made it all worth it.',
    'Teachers deserve a proper pay rise. The government ignored the pay review body again.',
    'Striking tomorrow for fair pay. Solidarity with every teacher in the NEU.',
    'The weather is awful today, indoor play for the third day running.',
    'Managed to get my whole class reading for pleasure this term, not a single lazy moment.',
    'Not gonna lie, my kids at home were absolute monsters this morning before school.',
    'Lovely thank-you card from a parent today. Made my week.',
    'Our SLT have been so supportive this term. Grateful.',
    'Just finished the mock results analysis. Brilliant progress from Year 11!',
    'Sick of this rain. Wellies on again.',
    'I hate Mondays. Coffee please.',
    'My boss at my old job was terrible, so glad I became a teacher.',
    'Reading a great book on leadership. Highly recommend it to any new head.',
    'Football tonight: our lot were useless in the second half, 3-0 down 😂',
    'Politicians are clueless about what happens in classrooms.',
    'Work was a nightmare today, three fire drills and a power cut.',
    "I don't care what anyone says, Year 6 are the best class in the school.",
    'Lazy Sunday with the kids, pancakes and a film.',
    'Year 2 learned all about farm animals today and met a real lamb!',
    'I made such a stupid mistake in front of my class today, they loved it.',
    "I'm such an idiot, left my lanyard at school again.",
    'The photocopier at work is useless again. Third time this week.',
    'The wifi at school is a joke, honestly.',
    "I'm useless at remembering names, sorry Year 7!",
    'The kids were hyper today because of the wind, absolute chaos but fun.',
    "Parents, please remember it's non-uniform day tomorrow!",
    'Our parents have been incredible, raising £3,000 for the library.',
    'Nobody cares about your fantasy football team, Dave 😂',
    "It's ridiculous how fast this term has gone. Christmas already!",
    "Honestly can't believe how good the Year 5 play was. Absolute stars!",
]


@pytest.mark.parametrize("text, signal", FIRES)
def test_fires(engine, text, signal):
    assert_fires(engine, text, "reputation", signal)


@pytest.mark.parametrize("text", PASSES)
def test_passes(engine, text):
    assert_quiet(engine, text)


def test_official_account_sarcasm_about_parents(engine):
    text = ("Perhaps if some parents actually read the newsletter they wouldn't need to ask "
            "the same question five times.")
    verdict = judge(engine, text, official=True)
    [hit] = [f for f in verdict.findings if f.category == "reputation"]
    assert hit.signal == "disparages_pupils_or_parents"
    assert hit.decision == "block"
    assert any("sarcastic" in why for why in hit.explanation)

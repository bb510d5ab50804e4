"""confidential: discipline, safeguarding cases, exclusions, unreleased inspections, finances, records.

Each post runs through the real engine on a small test school (`fixtures_meaning/`:
Brookfield Academy, with a pack that enforces solicitation, confidential and reputation on
every account), so a post that must not fire also shows the other two meaning-based
detectors stay quiet on it.
"""
import pytest

from tests.detectors.meaning import assert_fires, assert_quiet, engine, judge  # noqa: F401 (engine is a fixture)


FIRES = [
    ("Strictly confidential: the governors' panel upheld the disciplinary outcome for our caretaker.", 'staff_discipline'),
    ("Our Ofsted report isn't published until next month, but we got Good! Keep it to yourselves 🤫", 'unpublished_inspection'),
    ('One of our TAs got suspended today over what she posted about a parent.', 'staff_discipline'),
    ('Disciplinary hearing for a colleague next week. Feel sick about it.', 'staff_discipline'),
    ('Mr Mills was escorted off site this morning, nobody knows why. Something big going on at work.', 'staff_discipline'),
    ('Our deputy has been suspended pending an investigation. The whole staffroom is in shock.', 'staff_discipline'),
    ("There's an allegation against one of our teachers and the LADO is involved. Awful week.", 'staff_discipline'),
    ("A teacher at ours got sacked for gross misconduct. Can't believe it.", 'staff_discipline'),
    ('Had to make a safeguarding referral for one of my Year 1s today. Social services are involved.', 'safeguarding_case'),
    ('Social services came into school today for one of my kids. Heartbreaking.', 'safeguarding_case'),
    ('One of my Year 9s disclosed to me today that her stepdad hits her. Logged it with the DSL.', 'safeguarding_case'),
    ('Child protection conference this afternoon for a little boy in my class. Please let it go well.', 'safeguarding_case'),
    ("Anyone know if Maisie's back in tomorrow? Her mum said she's been self-harming again.", 'safeguarding_case'),
    ("A pupil in my form has been self-harming and CAMHS won't see her for months.", 'safeguarding_case'),
    ("Police came into school today to speak to one of our Year 10s. Can't say more.", 'safeguarding_case'),
    ('Two permanent exclusions this week at ours.', 'exclusion'),
    ('Kayden got excluded again for fighting, third time this term.', 'exclusion'),
    ('We had to permanently exclude a Year 8 boy today. Gutted for him.', 'exclusion'),
    ('A boy in my class got suspended for five days for bringing a knife in.', 'exclusion'),
    ("Can't say much but Ofsted were in this week and it's not looking good. Report out in January 🤐", 'unpublished_inspection'),
    ("Ofsted done! We got Good but we're not allowed to say until the report is published 🤫", 'unpublished_inspection'),
    ("Inspectors left today. Between us, it's going to be RI. Gutted.", 'unpublished_inspection'),
    ('Our school is sitting on a £180k deficit and the governors want to cut two TA posts before Easter.', 'internal_finance'),
    ('Big restructure coming at work: three posts being cut in April. Not announced yet so keep it quiet!', 'internal_finance'),
    ("Redundancies coming at ours after Christmas, staff don't know yet. Awful.", 'internal_finance'),
    ('Brookfield is merging with Oakwood Trust next year, apparently. Keep it under your hat, not announced yet.', 'internal_finance'),
    ("The head told us the budget is so bad they're losing four support staff in September.", 'internal_finance'),
    ("Maisie Thornton's EHCP says autism and severe anxiety and nobody read it.", 'pupil_record'),
    ('Kayden in my class has finally been diagnosed with ADHD. Fingers crossed the EHCP gets through now.', 'pupil_record'),
    ("Jayden's attendance is down to 61% this term and mum won't answer the phone.", 'pupil_record'),
    ('Amira Haddad is on the child protection register now, poor kid.', 'safeguarding_case'),
    ('One of my Year 4s is on a CP plan and dad turned up at the gate again today.', 'safeguarding_case'),
    ("Keep it quiet but we're losing six support staff at work in the summer, the restructure hasn't been announced.", 'internal_finance'),
]

PASSES = [
    'Delighted that our inspection report has now been published: Good in every area. Read it at https://reports.ofsted.gov.uk/provider/39/200000',
    'Ofsted are in tomorrow. Wish us luck!',
    'Ofsted were in this week. I am absolutely shattered, going to sleep all weekend.',
    'Three hours of safeguarding training today. Level 3 refresher done for another two years.',
    'Great CPD session on spotting the signs of self-harm in teenagers. Every teacher should do it.',
    'Proud to be stepping up as our new DSL in September!',
    'Exclusion rates nationally are up 20% according to new DfE figures. Worrying.',
    'Football practice suspended due to the weather, back next week.',
    'The trains are suspended again. Working from home it is.',
    'Schools across England face budget cuts in real terms, says the IFS.',
    'Government cuts are hitting every school in the country. Fund our schools properly!',
    'Reading a brilliant book on ADHD in the classroom. Highly recommend for any SENCo.',
    'Great EHCP training today, finally understand section F.',
    'Kayden won star of the week today! So proud of him.',
    'Autism awareness week: our pupils made amazing posters about neurodiversity.',
    'Attendance matters! Our whole-school attendance this term is 97%, well done everyone.',
    'Writing my report on restructuring for my MBA module. Send coffee.',
    "My car failed its MOT inspection. Can't say I'm surprised.",
    'Watching Line of Duty, the DI just got suspended again lol',
    "The Ofsted framework changes in September. Read the new handbook if you haven't.",
    'Our Ofsted report is out! Rated Good, so proud of the whole team 💚',
    "Had a lovely chat with a social worker at my friend's wedding. Such an important job.",
    'Got excluded from the group chat again 😂',
    'Year 6 performed a brilliant play about a child in care during the war.',
    'Budget day tomorrow, wonder what the chancellor has in store for teachers.',
]


@pytest.mark.parametrize("text, signal", FIRES)
def test_fires(engine, text, signal):
    assert_fires(engine, text, "confidential", signal)


@pytest.mark.parametrize("text", PASSES)
def test_passes(engine, text):
    assert_quiet(engine, text)


def test_secrecy_and_outcome_are_both_explained(engine):
    text = "Can't say much but Ofsted were in this week and it's not looking good. Report out in January"
    [hit] = [f for f in judge(engine, text).findings if f.category == "confidential"]
    assert hit.signal == "unpublished_inspection"
    assert hit.evidence == "Ofsted"
    assert any("before release" in why for why in hit.explanation)
    assert any("outcome" in why for why in hit.explanation)

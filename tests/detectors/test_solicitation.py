"""solicitation: political, religious and commercial appeals, chain letters.

Each post runs through the real engine on a small test school (`fixtures_meaning/`:
Brookfield Academy, with a pack that enforces solicitation, confidential and reputation on
every account), so a post that must not fire also shows the other two meaning-based
detectors stay quiet on it.
"""
import pytest

from tests.detectors.meaning import assert_fires, assert_quiet, engine, judge  # noqa: F401 (engine is a fixture)


FIRES = [
    ("Please vote Labour on Thursday, our schools can't take five more years of this.", 'political'),
    ('Vote Conservative on 4 July for a stronger economy!', 'political'),
    ("Don't forget to vote Lib Dem tomorrow, every vote counts in this ward", 'political'),
    ('Get out and vote Green today 🌍', 'political'),
    ('Make sure you vote for Priya Shah as our next councillor on 2 May!', 'political'),
    ('Re-elect Tom Barnes for Mayor. He gets things done.', 'political'),
    ('#VoteLabour #GeneralElection', 'political'),
    ('Please sign the Labour petition to stop the closure of the library: bit.ly/xyz', 'political'),
    ('Sign and share our petition to save Brookside Park from developers!', 'political'),
    ('Join us canvassing for the Lib Dems this Saturday, meet at the clock tower at 10.', 'political'),
    ('Out door-knocking for Labour again tonight, come and help us!', 'political'),
    ("Keep the Tories out. That's all that matters on Thursday.", 'political'),
    ("Come and join us at St Luke's Church this Sunday and give your life to Jesus.", 'religious'),
    ('Jesus loves you and died for your sins. Accept him as your saviour today.', 'religious'),
    ('Everyone welcome at our Sunday service at Grace Community Church, 10:30am, bring your family!', 'religious'),
    ("Come along to our Alpha course at St Mark's Church every Tuesday, all welcome, free supper.", 'religious'),
    ('Discover Islam: free Quran classes at the Central Mosque every Friday. All welcome.', 'religious'),
    ("It's never too late to turn back to God. Our doors at Hope Chapel are open.", 'religious'),
    ('Use my code SARAH15 for 15% off your first order at Glow Skincare 💄', 'commercial'),
    ('New term, new planners! 20% off everything at Teach Planners this week with code TEACH20', 'commercial'),
    ('DM me for bookings, lashes and brows from £25 💅', 'commercial'),
    ('Now taking bookings for Christmas cakes! Message me for prices.', 'commercial'),
    ('Maths tuition available for GCSE and A level, evenings and weekends. DM for rates.', 'commercial'),
    ('#ad Loving my new Smart Marker pens from @InkyCo, link in bio', 'commercial'),
    ('Looking for ladies who want to earn from home! Join my team, message me for details 💕', 'commercial'),
    ('Check out my new Etsy shop for handmade teacher gifts!', 'commercial'),
    ("Share this with 10 friends or you'll have bad luck for seven years.", 'chain_letter'),
    ('Copy and paste this to your status if you love your mum ❤️', 'chain_letter'),
    ('I do not give Facebook permission to use my photos. Facebook will start charging tomorrow.', 'chain_letter'),
    ("Only true friends will share this. 99% won't repost.", 'chain_letter'),
    ("Huge sale at Harvey's Furniture: 50% off sofas, free delivery this weekend only!", 'commercial'),
    ('Want to know more about the Labour Party? Join Labour today at labour.org.uk', 'political'),
    ('Polling day! Vote Plaid Cymru for a fairer Wales.', 'political'),
    ('Please sponsor my friends at Fit4Life Gym: 30% off membership with code FIT30!', 'commercial'),
    ("Just started as a Younique presenter! Message me for a discount on your first order 💄", 'commercial'),
    ("Send this post to five friends before midnight or something bad will happen to you.", 'chain_letter'),
]

PASSES = [
    'Just voted on the way home. Polling station in the church hall was heaving!',
    'Labour have announced free breakfast clubs for every primary school. Interesting times.',
    "The Conservatives' new education policy is going to be debated tonight, should be interesting viewing.",
    "I voted Green last time and I'll probably do it again. Not sure yet.",
    'Year 6 have been learning about elections and voted for their school council reps today!',
    'Vote for your school council reps closes on Friday. Good luck to all the candidates!',
    "Lovely carol service at St Mary's Church last night. The choir were stunning.",
    "Our Year 2 nativity will be at St Peter's Church on Thursday at 2pm, all families welcome!",
    'Harvest festival service at the church this Friday, parents and carers are very welcome to join us.',
    'Went to Mass with my nan this morning, then a big Sunday roast. Perfect.',
    'Eid Mubarak to everyone celebrating! 🌙',
    '20% off at the garden centre today so I bought far too many plants. Oops.',
    'Our PTA book fair is on next week. Books for every age!',
    'Summer fair tickets on sale now, £2 each from the office. All proceeds to the PTA!',
    'Please share: our cat Mittens has gone missing near Park Road. Black with a white paw.',
    'Just read a brilliant article on phonics, check it out: https://example.org/phonics',
    'RE lesson today on the Five Pillars of Islam. Year 5 asked fab questions.',
    "Anyone recommend a decent plumber in Horsforth? Boiler's packed in again.",
    'Teaching the kids about persuasive writing: they wrote petitions to ban homework 😂',
    'Signed the petition to save the library this morning. Hope it works.',
    'Brilliant debate in Year 9 about whether the voting age should be 16.',
    'My pupils asked whether Jesus was real. Great RE discussion!',
    "Polling station at our school tomorrow, so we're closed to pupils. Enjoy the day off!",
    'Remember to vote in the staff survey before Friday.',
    "We're so grateful to our sponsors at Harrison Builders for the new football kits!",
    'Green week at school: Year 4 planted 30 trees! 🌳',
    'Reform of the curriculum is long overdue, in my view.',
    "Black Friday: 40% off and I still can't afford anything lol",
    'Booked my holiday! 10% off with my teacher discount too.',
    'Half price pizza at the place by the station. Tea sorted.',
    'Support our Year 6 in the Lego league final this weekend!',
]


@pytest.mark.parametrize("text, signal", FIRES)
def test_fires(engine, text, signal):
    assert_fires(engine, text, "solicitation", signal)


@pytest.mark.parametrize("text", PASSES)
def test_passes(engine, text):
    assert_quiet(engine, text)


def test_appeal_on_official_account_explains_itself(engine):
    verdict = judge(engine, "Polling day tomorrow! Vote Reform UK for real change 🇬🇧", official=True)
    [hit] = [f for f in verdict.findings if f.category == "solicitation"]
    assert hit.signal == "political"
    assert hit.evidence == "Vote Reform UK"
    assert hit.decision == "block"

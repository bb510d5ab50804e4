"""Non-public school matters: discipline, safeguarding cases, exclusions, unreleased
inspection outcomes, unreleased results, internal finances and staffing, pupil records.

Each signal pairs an *event* with what makes it this school's private business rather than
news, training or a general opinion: a case ("one of my Year 1s", a named pupil, "at ours",
"this week"), or secrecy ("not announced yet", "can't say much"). What lowers a hit is said
too: "safeguarding training" is not a case, and "the report has now been published" makes
an inspection outcome public.
"""
from __future__ import annotations

from typing import Iterable

from ..model import Hit
from ..text.roster_matcher import Form
from ..text import cues
from .base import Detector, PostContext
from .pupil_name import word_names


class ConfidentialDetector(Detector):
    CATEGORY = "confidential"
    SIGNALS = ("staff_discipline", "safeguarding_case", "exclusion", "unpublished_inspection",
               "internal_finance", "pupil_record", "unpublished_results", "exam_irregularity",
               "staff_health", "parent_complaint")

    #: Someone on the staff, as a post refers to them.
    STAFF = (
        "colleague", "colleagues", "teacher", "teachers", "ta", "tas", "teaching assistant",
        "member of staff", "members of staff", "staff member", "staff", "deputy", "head",
        "headteacher", "head teacher", "principal", "senco", "caretaker", "cover supervisor",
        "lsa", "hlta", "ect", "nqt", "trainee", "supply teacher", "line manager", "manager",
        "head of year", "head of department", "hod", "business manager", "office manager",
        "receptionist", "mr", "mrs", "miss", "ms", "tutor", "tutors", "lecturer", "lecturers",
        "instructor", "instructors", "mentor", "mentors", "coach", "technician", "technicians",
        "support staff", "midday supervisor", "lunchtime supervisor", "cleaner", "cleaners",
        "head of maths", "head of english", "head of science", "deputy head", "assistant head",
    )
    #: A person who is staff only when the post is about work.
    PERSON = ("he", "she", "i", "i've", "i'm", "i was", "my friend", "my mate")
    DISCIPLINE = (
        r"disciplinary\s+(?:hearing|meeting|investigation|action|procedure|process|panel|outcome"
        r"|decision|appeal|case|sanction|warning)"
        r"|gross\s+misconduct|escorted\s+off\s+(?:the\s+)?(?:premises|site|grounds)"
        r"|final\s+written\s+warning|capability\s+(?:procedure|process|hearing|meeting|plan)"
        r"|\blado\b|(?:local\s+authority|the\s+la'?s?|county|council'?s?)\s+designated\s+officer\b|allegations?\s+(?:against|about|made\s+against)\s+(?:a|one\s+of\s+our|our|the|my)\s+"
        r"(?:teacher|colleague|member\s+of\s+staff|ta|head|deputy|staff)"
        r"|(?:formal\s+)?complaints?\s+(?:from\s+(?:a|an|one|two|three|several|some)\s+(?:[\w']+\s+){0,2}?)?"
        r"(?:about|against)\s+(?:me|him|her|a\s+(?:colleague|teacher|member\s+of"
        r"\s+staff|ta)|one\s+of\s+(?:our|the|my)\s+(?:teachers|staff|colleagues|tas))\s+(?:[\w']+\s+){0,3}?(?:to|with|before)\s+"
        r"(?:the\s+)?(?:governors|head|trust|ceo|principal|hr|lado)"
        r"|formal\s+complaint\s+(?:about|against)\s+(?:me|a\s+(?:colleague|teacher|member\s+of\s+staff))"
        r"|grievance\s+(?:has\s+been\s+|was\s+)?(?:raised\s+|lodged\s+|filed\s+)?against\s+(?:her|him|them|our|the|my|a|one)\b"
        # "the grievance one of the science lot lodged against the principal", "has put a
        # formal grievance in against our deputy head".
        r"|grievance\s+(?:[\w']+\s+){1,6}?(?:raised|lodged|filed|put\s+in|brought)\s+against\b"
        r"|(?:put|putting|puts|raised|raising|lodged|lodging|filed|filing)\s+(?:in\s+)?(?:a|another)\s+(?:formal\s+)?"
        r"grievance\s+(?:in\s+)?against\b"
        r"|(?:walked|marched|frogmarched)\s+off\s+(?:the\s+)?(?:premises|site|grounds)"
        # A colleague's performance managed formally: "head of maths is on a support plan".
        r"|(?:is|was|been|being|put|placed)\s+(?:on|onto)\s+(?:a|an)\s+(?:informal\s+|formal\s+)?(?:support|improvement"
        r"|performance\s+improvement|capability)\s+plan\b"
        # "has started formal proceedings against one of our tutors".
        r"|(?:formal|disciplinary|capability)\s+(?:proceedings|action)\s+(?:against|with)\b"
        r"|(?:started|starting|begun|began|launched|brought)\s+(?:formal\s+)?proceedings\s+against\b"
        r"|disciplinary\s+(?:is\s+)?(?:on|next|this|tomorrow|today|booked\s+for|set\s+for)\s+"
        r"(?:monday|tuesday|wednesday|thursday|friday|week|tomorrow|morning|afternoon)\b"
        # Told as gossip: "guess who's been sacked", "let's just say HR are involved", "all I'm
        # allowed to say is 'capability'".
        r"|\bguess\s+(?:who|which\s+[^.!?]{0,30}?)(?:'s|\s+has|\s+had|\s+is|\s+was|\s+got)?\s+(?:just\s+)?(?:been\s+|got\s+"
        r"|getting\s+|being\s+)?(?:sacked|suspended|fired|dismissed|disciplined|investigated|let\s+go|walked\s+off"
        r"|escorted\s+off|frogmarched)\b"
        # Away while it is looked into: "a certain teacher is 'off' while the investigation runs".
        r"|\b(?:teacher|ta|colleague|head|deputy|member\s+of\s+staff|tutor|manager|senco|caretaker|he|she)\b[^.!?]{0,30}?"
        r"\b(?:off|suspended|at\s+home|not\s+in|away|absent)\b[^.!?]{0,20}?\b(?:while|whilst|until|pending)\s+(?:the|an|this)\s+"
        r"investigation\b"
        r"|\bhr\s+(?:are|is|have\s+been|has\s+been|got|now|being)\s+(?:\w+\s+)?involved\b"
        r"(?!\s+(?:in|with\s+(?:the\s+)?(?:hiring|recruit\w*|interview\w*|appoint\w*|payroll|training|onboarding))\b)"
        r"|['\u2018\u201c\"]capability['\u2019\u201d\"]"
        # Misconduct found out, and kept quiet: "caught drinking on a trip, they've hushed it up".
        r"|\b(?:teacher|ta|tutor|colleague|member\s+of\s+staff|head|deputy|manager|caretaker|coach|he|she)\b[^.!?]{0,30}?"
        r"\b(?:caught|found)\s+(?:\w+\s+){0,2}?(?:drinking|drunk|smoking\s+(?:weed|cannabis)|taking\s+drugs|on\s+drugs"
        r"|stealing|asleep\s+on\s+duty|watching\s+porn)\b"
        r"|\bhush(?:ed|ing)?\s+(?:it|this|that|the\s+\w+)\s+up\b"
        # "going through capability", "been put on capability".
        r"|\b(?:going\s+through|been\s+put\s+on|put\s+on|placed\s+on|facing|started\s+on|is\s+on|under)\s+capability\b"
    )
    #: A decision to suspend or dismiss a member of staff: "the governors voted tonight to
    #: suspend our deputy head". The object must be staff, so "decided to suspend the club" is not.
    STAFF_REMOVAL_DECIDED = (
        r"\b(?:voted|vote|decided|decision|agreed|moved|chose|going|plan(?:s|ned|ning)?)\s+(?:[\w']+\s+){0,2}?to\s+"
        r"(?:suspend|sack|dismiss|fire)\s+(?:(?:our|the|a|their|my|his|her|one\s+of\s+(?:our|the))\s+)?"
        r"(?:new\s+|acting\s+|interim\s+)?(?:deputy\s+head(?:teacher)?|head\s*teacher|head|principal|vice\s+principal"
        r"|deputy|assistant\s+head|teachers?|tas?|teaching\s+assistants?|colleagues?|senco|caretaker|business\s+manager"
        r"|office\s+manager|tutors?|head\s+of\s+\w+|members?\s+of\s+staff|staff\s+members?)\b"
    )
    #: A staff matter going to a tribunal: staff discipline when the post is about work.
    TRIBUNAL = (
        r"(?:going|gone|goes|heading|taking\s+(?:it|them|the\s+\w+)|took\s+(?:it|them))\s+to\s+(?:an\s+)?"
        r"(?:employment\s+)?tribunal"
        # A colleague's claim in progress: "her tribunal against the trust is listed for March".
        r"|(?:employment\s+)?tribunal\s+(?:\w+\s+){0,3}?(?:against|with|v|versus)\s+(?:the|our|my|his|her|their)\s+(?:trust"
        r"|school|academy|employer|head|principal|provision|centre|council|governors|company|partners)\b"
        r"|(?:\b[\w-]+'s|\bhis|\bher|\btheir)\s+(?:employment\s+)?tribunal\b"
        r"|\btribunal\s+(?:is\s+|has\s+been\s+|was\s+)?(?:listed|booked|set\s+for|scheduled|due|starts|hearing)\b"
    )
    #: "got suspended", "has been sacked": whose it is decides staff discipline or exclusion.
    REMOVED = (
        r"(?:got|been|was|were|is|are|being|getting|be)\s+(?:\w+\s+)?(?:suspended(?!{hanging})|sacked|dismissed|fired"
        r"|let\s+go(?!\s+(?:early|home|of))|signed\s+off\s+pending)|suspended\s+(?:pending|on\s+full\s+pay|from\s+work)"
        r"|\bsuspension\b|(?:on|onto|put\s+on|sent\s+on)\s+gardening\s+leave"
        r"|(?:is|are|was|were|been|being)\s+under\s+(?:an?\s+)?(?:internal\s+|formal\s+)?investigation"
        r"|(?:off|sent\s+home|signed\s+off|removed)\s+(?:\w+\s+){0,3}?pending\s+(?:an?\s+)?investigation"
    )

    #: Hung up, not sent home: "suspended from the ceiling in a harness", "in mid-air".
    HANGING = (
        r"\s+(?:(?:from|by|on|in|above|over)\s+(?:the\s+|a\s+|an\s+)?(?:ceiling|roof|rafters|beams?"
        r"|ropes?|wires?|cables?|strings?|threads?|crane|harness|hooks?|tree|branch|mid-?air|air|water"
        r"|scaffold\w*)|upside\s+down|in\s+mid-?air)"
    )
    #: Why the police came in, when it is not a case: to give a talk, with their horses, for
    #: an assembly. A visit to one pupil ("to talk to one of my Year 6s") stays a case.
    POLICE_VISIT = (
        r"\b(?:to\s+(?:talk|speak|chat|give|deliver|run|lead|do|present|show|teach|read|meet|visit"
        r"|demonstrate|explain|judge|help|check|security[- ]mark|mark|launch|open|join)"
        r"|for\s+(?:a|an|our|the|their|its)?\s*(?:\w+\s+){0,2}?(?:talk|assembly|visit|workshop|demonstration"
        r"|topic|careers?|chat|q&a|session|lesson|display|fair|event|day|week)"
        r"|with\s+(?:their|the|a|two|some)\s+(?:\w+\s+)?(?:horses?|dogs?|sniffer\s+dogs?|car|cars|van|vans"
        r"|helicopter|bikes?|motorbikes?|drone|kit|uniforms?)"
        r"|about\s+(?:road|online|internet|e-?safety|stranger|staying|keeping|knife|bike|cycle|firework\w*"
        r"|scams?|their\s+jobs?|careers?|being\s+safe|safety)"
        r"|assembly|road\s+safety|online\s+safety|people\s+who\s+help\s+us|careers\s+(?:fair|day|talk))"
    )
    #: One pupil (a case) rather than a class or an audience.
    ONE_PUPIL = (
        r"\bone\s+of\s+(?:my|our|the|his|her)\b|\b(?:a|one|another|this|that)\s+(?:pupil|student|child"
        r"|kid|boy|girl|learner|lad|young\s+person)\b|\b(?:pupil|student|child|kid|boy|girl|learner)\s+in\s+"
        r"(?:my|our|the)\b|\b(?:arrest\w*|custody|caution\w*|interview\w*|statement|incident|allegation"
        r"|disclos\w*|concern\w*|parent|mum|dad|family|home)\b"
    )

    SAFEGUARDING = (
        r"(?:make|made|making|do|did|doing|raise|raised|raising|log|logged|submit|submitted|file|filed)"
        r"\s+(?:a\s+|another\s+|two\s+|three\s+)?(?:safeguarding|cp|child\s+protection|mash|"
        r"social\s+services|early\s+help|lado)\s+(?:referrals?|concerns?|reports?)"
        r"|(?:safeguarding|cp|child\s+protection|mash|lado)\s+(?:referral|disclosure|case|incident)s?\s+"
        r"(?:today|this|for|about|on|yesterday|re)\b"
        r"|(?:safeguarding|cp|child\s+protection)\s+(?:concern|referral|report)s?\s+(?:logged|made|raised"
        r"|submitted|filed|done|gone\s+in)\b"
        r"|social\s+(?:services|care|workers?)(?:'s|'re)?\s+(?:are\s+|is\s+)?(?:are|were|is|was|have\s+been|has\s+been|got|came|"
        r"called|coming|involved|visited|turned\s+up)"
        # "Referral made, social worker's coming Monday".
        r"|\breferral\s+(?:made|done|gone\s+in|submitted|logged|sent)\b"
        r"|child\s+protection\s+(?:plan|conference|case|meeting|order|register)"
        r"|\bcp\s+(?:plan|conference|meeting|case)|strategy\s+(?:meeting|discussion)|section\s+47"
        r"|core\s+group\s+(?:meeting|for)|child\s+in\s+need\s+(?:meeting|plan|review)|\bcin\s+(?:meeting|plan|review)"
        r"|\btac\s+meeting|team\s+around\s+the\s+(?:child|family)\s+meeting"
        r"|(?:made|making|make)\s+a\s+disclosure|disclosed\s+(?:to\s+me|that|abuse|something)"
        r"|police\s+(?:came|were|are|turned\s+up|called|(?:were|was|got|had\s+to\s+be|have\s+been|had\s+been)\s+called)"
        r"\s+(?:in|into|to|at)\s+(?:school|work|ours|(?:the|our)\s+(?:school|academy|centre|college|unit|site"
        r"|provision)(?!\s+of\b))"
        r"|(?:referred|referral)\s+to\s+(?:social\s+services|children's\s+services|the\s+mash|mash|"
        r"camhs|the\s+lado|the\s+police)|operation\s+encompass"
        r"|(?:been|is|was|started|keeps|has\s+been|caught)\s+self[- ]?harm\w*|self[- ]?harm\w*\s+again"
        r"|(?:is|was|been|being)\s+(?:abused|groomed|neglected)|taken\s+into\s+care"
        r"|missing\s+from\s+(?:home|care|education)"
        # "waited for social services to collect her".
        r"|(?:wait\w*|waited)\s+for\s+(?:the\s+)?social\s+(?:services|care|workers?)"
        r"|social\s+(?:services|care|workers?)\s+(?:to\s+|had\s+to\s+)?(?:collect\w*|remov\w*|take\s+(?:her|him|them)|took"
        r"\s+(?:her|him|them)|pick\w*\s+(?:her|him|them)\s+up)"
        # "a disclosure from one of my class this morning".
        r"|\b(?:a|another|one)\s+disclosure\s+(?:from|by|this|today|yesterday)\b"
        # What a child said of home, and the DSL told: "told me his dad hits him, the DSL's on it".
        r"|\b(?:his|her|their)\s+(?:dad|mum|step-?dad|step-?mum|mother|father|uncle|brother|parents?|mum'?s\s+(?:new\s+)?boyfriend"
        r"|dad'?s\s+(?:new\s+)?girlfriend|carers?)\s+(?:hits|hit|beats|beat|hurts|hurt|touched|touches|kicks|kicked|slaps|slapped"
        r"|locks|locked|burns|burned|burnt)\s+(?:him|her)\b(?!\s+(?:at|in)\s+(?:chess|cricket|tennis|football|pool|darts|golf|badminton))"
        r"|\b(?:passed|handed|reported|referred|took)\s+(?:it|this|that)\s+(?:on\s+|straight\s+)?to\s+(?:the|our)\s+dsl\b"
        r"|\bthe\s+dsl(?:'s|\s+is)\s+(?:on|dealing\s+with|handling)\s+it\b"
        r"|\b(?:open|known)\s+to\s+(?:social\s+(?:care|services|workers?)|children'?s\s+services|early\s+help|the\s+mash"
        r"|camhs|the\s+lado)\b"
    )
    #: Sensitive matters that are a case when a pupil is named or described beside them.
    SAFEGUARDING_TOPIC = (
        r"self[- ]?harm\w*|suicid\w*|abuse[ds]?|neglect\w*|social\s+services|social\s+worker"
        r"|\bfgm\b|domestic\s+(?:violence|abuse)|groom\w*|disclos\w*"
        r"|police\s+(?:in|into|at)\s+(?:school|work|ours)"
        r"|police\s+(?:are\s+|were\s+|now\s+|got\s+|have\s+been\s+)?involved"
        # A pupil arrested: "one of our learners got arrested".
        r"|(?:got|been|was|were|being|getting)\s+arrested|in\s+police\s+custody"
        # Force used on a pupil, a logged incident: "had to physically restrain one of our Year 4s".
        r"|physically\s+restrain\w*|restrain(?:ed|ing)?\s+(?:a\s+(?:pupil|child|student|boy|girl|learner)|one\s+of)\b"
        r"|positive\s+handling\s+(?:incident|form|report)|reasonable\s+force\s+(?:on|to|with)\b"
        # The police sent to check on a pupil's family: "police did a welfare check tonight".
        r"|welfare\s+checks?"
        # Social care as an agency, not a course or a career ("health and social care BTEC").
        r"|(?<!health\s(?:and|&)\s)social\s+care(?!\s+(?:course|qualifications?|level|btec|college|apprenticeships?|degree"
        r"|careers?|sector|jobs?|students?|class|lessons?|exams?))"
        # Signs on a child and no home to go to: "came in with a black eye", "bruises again",
        # "sleeping in a car". A bruise from a fall in PE is not a case.
        r"|\b(?:turned|turns|came|comes|come|arrived|arrives)\s+(?:up\s+|in\s+)?(?:to\s+school\s+)?with\s+(?:(?:more|new|fresh"
        r"|fingertip|unexplained|nasty)\s+)?(?:bruis\w+|a\s+black\s+eye|marks\s+on)"
        r"|\bunexplained\s+(?:bruis\w+|marks|injur\w+)|\bbruis\w+\s+again\b"
        r"|(?:cutting|cut|hurting|burning)\s+(?:herself|himself|themselves)\b"
        r"|\bsleeping\s+(?:in\s+(?:a|his|her|their|the)\s+(?:[\w']+\s+)?(?:car|van|tent|park|garage|shed|hostel)|rough|on\s+(?:a\s+|his\s+|her\s+)?"
        r"(?:\w+'s\s+)?(?:sofa|couch|floor))\b|\bsofa[- ]surfing\b|\bnowhere\s+to\s+(?:sleep|stay|live)\b"
    )
    #: One of a teacher's groups: "one of my tutor group", "one of our form".
    PUPIL_IN_GROUP = r"\bone\s+of\s+(?:my|our)\s+(?:tutor\s+group|form|class|set|group|caseload|mentees)\b"
    #: Training, awareness and policy: talk about the topic, not a case.
    GENERAL_TOPIC = (
        "training", "course", "cpd", "webinar", "awareness", "policy", "audit", "update",
        "conference", "podcast", "article", "book", "research", "how to", "signs of",
        "scenario", "case study", "module", "level 3", "refresher", "statistics", "figures",
        "nationally", "national", "government", "dfe", "report on", "data shows", "across the country",
        "across england", "rates",
    )

    EXCLUSION = (
        r"(?:permanent|fixed[- ]term|fixed[- ]period)\s+exclusions?|permanently\s+exclud\w*"
        r"|exclud(?:e|ed|ing)\s+(?:a|one|two|three|him|her|them)\s+(?:\w+\s+){0,3}?(?:boy|girl|pupil|student|"
        r"kid|lad|year\s?\d{1,2})"
        r"|(?:got|been|was|were|being|getting|be)\s+excluded|\bpex\b|managed\s+move"
        r"|(?:suspended|sent\s+home)\s+for\s+(?:\d+|a|one|two|three|four|five)\s+(?:days?|weeks?)"
        # "excluded for good", in text-speak too ("excluded 4 good"); "the lad ... excluded".
        r"|\b(?:lad|boy|girl|kid|pupil|student|child|learner)s?\s+(?:(?!felt|feel|feels|feeling|left|always|often|socially)\w+\s+)?"
        r"excluded\b(?!\s+from\s+(?:the\s+|a\s+|their\s+)?(?:\w+\s+)?(?:party|parties|game|games|group|chat|conversation|team"
        r"|photo|list|fun|friendship|club))"
        # A pupil sent to another site: "the lad who started the fight has been moved to our other centre".
        r"|\b(?:lad|boy|girl|kid|pupil|student|child|learner|young\s+person)\s+(?:(?:who|that)\s+[^.!?]{0,40}?\s+)?"
        r"(?:has\s+|have\s+)?(?:been|being|was|got|is\s+being)\s+(?:moved|transferred|sent)\s+to\s+(?:our|the|another"
        r"|a\s+different)\s+(?:other\s+)?(?:centre|site|school|academy|provision|unit|pru|base)\b"
        # The governors' hearing of one: "sat on an exclusion panel tonight".
        r"|exclusion\s+(?:panel|hearing|review|appeal|meeting|committee)"
        # Counted, or whose: "first exclusion in Reception", "his second exclusion this term";
        # sent home for the rest of the week or term.
        r"|\b(?:first|second|third|fourth|fifth|another|his|her|their|\d+(?:st|nd|rd|th))\s+(?:ever\s+|internal\s+)?exclusion\b"
        r"(?!\s+(?:zone|clause|criteria|list|policy))"
        r"|(?:sent\s+home|suspended|excluded)\s+for\s+the\s+rest\s+of\s+the\s+(?:week|term|half[- ]term)\b"
        # A learner removed from a course: "got kicked off the programme", "expelled".
        r"|(?:kicked|thrown|booted|chucked)\s+(?:off|out\s+of)\s+(?:the|his|her|their)\s+(?:programme|course|placement"
        r"|apprenticeship|provision|college|school|academy|centre)\b|\bexpelled\b"
    )
    #: What makes an exclusion a case: a count, a time, our place.
    CASE = (
        r"\b(?:\d+|one|two|three|four|five|six|another|a|first|second|third)\s+(?:more\s+)?(?:permanent|fixed|pex)"
        # One pupil pointed at by year group: "a Year 4 who threw a chair".
        r"|\b(?:a|the|that|this)\s+(?:year|yr|y)\s?\d{1,2}\s+(?:who|that)\b"
        r"|\b(?:today|tonight|yesterday|this\s+(?:week|morning|term|afternoon|evening)|last\s+(?:week|night)|"
        r"tomorrow)\b|\b(?:ours|our|my|we've|we|we're)\b"
        # A day of the week is this week's case: "got permanently excluded on friday".
        r"|\b(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday)\b"
        # One pupil pointed at: "the lad who started it".
        r"|\b(?:the|that|this)\s+(?:lad|boy|girl|kid|pupil|student|child|learner)\s+(?:who|that)\b"
        # A count this year, and a pupil by year group: "3rd this yr", "yr 10 lad".
        r"|\b(?:1st|2nd|3rd|\d+th|first|second|third|fourth|fifth)\s+(?:one\s+)?this\s+(?:yr|year|term|week|month"
        r"|half[- ]term)\b|\b(?:yr|y|year)\s?\d{1,2}\s+(?:lad|boy|girl|kid|pupil|student|child|learner)\b"
    )

    INSPECTION = (r"\b(?:ofsted|hmi|estyn|siams|isi\s+inspection|inspectors?|inspection|the\s+call|monitoring\s+visit"
                  r"|deep\s+dives?)\b")
    INSPECTION_SPECIFIC = (r"\b(?:ofsted|hmi|estyn|siams|monitoring\s+visit|lead\s+inspector|areas\s+for\s+(?:development"
                           r"|improvement)|unofficial\s+(?:verdict|feedback|grade|judgement|outcome))\b")
    SECRECY = (
        r"can'?t\s+say\s+(?:much|anything|more|too\s+much|owt)|cannot\s+say\s+(?:much|anything|more)"
        r"|not\s+(?:allowed|supposed|meant)\s+to\s+(?:say|tell|share|post|talk|know)"
        r"|keep\s+(?:it|this)\s+(?:quiet|to\s+yourselves|under\s+wraps|between\s+us|hush)"
        r"|under\s+wraps|\bembargo\w*|until\s+the\s+report|report\s+(?:is\s+|will\s+be\s+|comes?\s+)?"
        r"(?:out|due|published|released)\s+(?:in|next|on|after|at)\b|can'?t\s+share"
        r"|\bsh+\b|🤐|🤫|not\s+(?:been\s+)?announced\s+yet|hasn't\s+been\s+announced|not\s+public\s+yet"
        r"|not\s+(?:been\s+)?made\s+public|between\s+(?:you\s+and\s+me|us|ourselves)"
        r"|don'?t\s+tell\s+anyone|don'?t\s+say\s+i\s+said|off\s+the\s+record|staff\s+don'?t\s+know\s+yet"
        r"|before\s+it'?s\s+announced|hush[- ]hush|you\s+didn'?t\s+hear\s+(?:it|this)\s+from\s+me"
        r"|strictly\s+confidential|keep\s+(?:it\s+)?schtum|mum'?s\s+the\s+word"
        r"|not\s+(?:yet\s+)?official\s+yet|not\s+yet\s+official|isn'?t\s+official\s+yet"
        r"|keep\s+(?:it|this)\s+zipped|lips\s+(?:are\s+)?sealed|(?:haven'?t|hasn'?t|not)\s+(?:yet\s+)?told\s+(?:the\s+)?staff"
        r"|(?:report|it)\s+(?:is\s+|isn'?t\s+|won'?t\s+be\s+|not\s+)?(?:yet\s+)?(?:out|published|released)\s+"
        r"(?:until|til|till|before)\b"
        r"|(?:until|till|til)\s+the\s+report(?:'s|\s+is)?\s+(?:out|published|released)"
        r"|can'?t\s+say\s+(?:who|what|where|which|the\s+(?:grade|result|outcome|details|name))"
        r"|keep(?:ing)?\s+(?:it|this)\s+(?:quiet|to\s+(?:yourself|yourselves)|under\s+wraps)"
        r"|(?:nobody|no\s+one|no-one|staff)(?:'s|\s+has|\s+have)?\s+(?:been\s+)?told\s+yet|(?:haven'?t|hasn'?t)\s+been\s+told"
        r"|before\s+(?:they|it)(?:'re|'s|\s+are|\s+is)?\s+(?:go|goes|going|gone|are|is)?\s*(?:out|published|public|released)"
        r"|not\s+(?:out|shared|published|released|public)\s+(?:\w+\s+){0,3}?(?:till|until|til)\b"
        r"|keep\s+(?:it|this|that)\s+(?:under\s+(?:your|ur)\s+hats?|to\s+(?:yourself|yourselves)|quiet|between\s+us)"
        r"|(?:nobody|no\s+one|no-one)\s+(?:[\w']+\s+){0,3}?knows?\s+yet"
        # "told us in confidence", "doesn't even know yet", "we've been told to say nothing".
        r"|\bin\s+confidence\b|(?:doesn'?t|don'?t|does\s+not|do\s+not)\s+(?:even\s+)?know\s+yet"
        r"|\bnot\s+to\s+be\s+(?:shared|discussed|repeated|posted|passed\s+on)\b"
        r"|\bkept?\s+(?:it\s+|this\s+|them\s+)?in[- ]house\b|\binternal\s+only\b"
        r"|told\s+(?:us\s+|staff\s+)?(?:to\s+say\s+nothing|not\s+to\s+(?:say|tell|mention|post))"
        r"|(?:nobody|no\s+one|no-one|we)(?:'s|'re|\s+is|\s+are)?\s+(?:not\s+)?allowed\s+to\s+(?:say|tell|talk|mention)"
        # Told later than now: "staff get told tomorrow", "parents find out next week".
        r"|(?:staff|parents|families|everyone|the\s+kids|pupils)\s+(?:get|gets|are\s+being|will\s+be|'ll\s+be)\s+told\s+"
        r"(?:tomorrow|next\s+week|on\s+\w+day|after\s+\w+|officially)"
        # "won't be out for weeks", "until the letter lands".
        r"|(?:report|letter|it|outcome)\s+(?:won'?t|will\s+not|isn'?t|is\s+not|doesn'?t|does\s+not)\s+(?:be\s+)?(?:come\s+)?"
        r"(?:out|published|released|public)\s+(?:for|until|till|before)\b"
        r"|(?:until|till|til|before)\s+the\s+(?:letter|report|outcome|judgement)\s+(?:lands|arrives|comes|is\s+out|goes\s+out)"
        r"|can'?t\s+go\s+into\s+(?:\w+\s+)?(?:details?|it|specifics)|\blet'?s\s+just\s+say\b"
        r"|\b(?:wants?|want\s+it|needs?)\s+(?:it\s+|this\s+|them\s+)?kept\s+(?:quiet|under\s+wraps|between\s+us)\b"
        # "Not for sharing!", "not to be repeated".
        r"|\bnot\s+(?:for|to\s+be)\s+(?:sharing|shared|repeating|repeated|publication|public\s+consumption)\b"
        # "Don't spread it", "They don't know.", "Parents have no idea.", "awful knowing".
        r"|\bdon'?t\s+(?:spread|share|repeat|pass\s+on)\s+(?:it|this|that)\b"
        r"|\b(?:they|he|she|staff|the\s+staff|the\s+(?:tas|mentors|tutors|teachers|team|admin\s+staff|office|parents))\s+"
        r"(?:don'?t|doesn'?t|do\s+not|does\s+not)\s+(?:even\s+)?know(?:\s+yet|\s+about\s+it)?\s*(?=[.!?]|$)"
        r"|\b(?:parents|staff|they|the\s+kids|nobody|families|the\s+staff)\s+(?:have|has)\s+no\s+idea\s*(?=[.!?]|$)"
        r"|\b(?:awful|horrible|terrible|weird|strange|sick|guilty|rubbish)\s+knowing\b"
        r"|\ball\s+(?:i'?m|i\s+am|we'?re|we\s+are|i\s+can)\s+(?:allowed\s+to\s+|able\s+to\s+)?say\s+is\b"
        r"|\bnone\s+of\s+(?:the\s+\w+|them|us)\s+(?:\w+\s+)?knows?\s+yet\b|\bwon'?t\s+say\s+(?:who|which|what)\b"

    )
    OUTCOME = (
        r"looking\s+(?:good|bad|grim)|requires\s+improvement|\bri\b|inadequate|special\s+measures"
        r"|serious\s+weaknesses|outstanding|\bgood\b|downgraded|upgraded|went\s+(?:well|badly)"
        r"|\bfailed\b|\bpassed\b|\bgrade\b|judgement|verdict|we\s+got|we'?re\s+getting|going\s+to\s+be"
        # A grade moved, and the draft a school sees first: "two grades lower than last time".
        r"|\bgrades?\s+(?:lower|higher|down|up|worse|better)\b|\bdraft\s+(?:inspection\s+|ofsted\s+)?report\b"
    )
    #: An outcome that only a school inspection gives, standing in for "Ofsted".
    SCHOOL_OUTCOME = r"\bgrades?\s+(?:lower|higher|down|up|worse|better)\s+than\s+(?:last\s+time|before)\b|\bdraft\s+inspection\s+report\b"
    #: A grade a school inspection gives: "inspectors" with one of these is a school inspection.
    GRADE = (
        r"\b(?:ri|requires\s+improvement|inadequate|special\s+measures|outstanding|serious\s+weaknesses)\b"
    )
    #: "until the report is published" is the opposite of published.
    NOT_YET = (
        r"(?:until|till|before|when|once|after)\s+(?:the\s+|our\s+|it\s+|it'?s\s+|it\s+is\s+)?(?:\w+\s+){0,2}$"
        r"|(?:isn't|is\s+not|not|won't\s+be|will\s+not\s+be|hasn't\s+been|has\s+not\s+been"
        r"|yet\s+to\s+be)\s+(?:yet\s+)?(?:been\s+)?$"
    )
    PUBLISHED = (
        # "read it" as a word: "don't spread it" is not an invitation to read the report.
        r"published|report\s+is\s+(?:now\s+)?out|\bread\s+(?:it|the\s+(?:full\s+)?report|our\s+report)"
        r"|reports\.ofsted|delighted\s+to\s+(?:announce|share)|proud\s+to\s+(?:announce|share)"
        r"|report\s+(?:link|here|attached|below)"
    )

    FINANCE = (
        r"\bdeficit\b|budget\s+(?:cuts?|crisis|hole|shortfall|black\s+hole)|in\s+the\s+red\b"
        r"|overspen[dt]|(?:cut|cutting|lose|losing|axe|axing|scrap|scrapping|delete|deleting)\s+"
        r"(?:\w+\s+){0,3}?(?:posts|jobs|roles|staff|tas|teaching\s+assistants|positions|teachers)\b"
        r"|(?:posts|jobs|roles|positions)\s+(?:\w+\s+)?(?:being|to\s+be|are\s+being|will\s+be|getting)\s+"
        r"(?:cut|axed|lost|deleted|made\s+redundant)|restructur\w*|redundanc\w*|redundant"
        r"|consultation\s+(?:period|process|meeting)|(?:hiring|recruitment)\s+freeze"
        r"|can'?t\s+afford\s+to\s+pay|(?:merg\w+)\s+(?:(?:us|them|our\s+\w+|the\s+\w+)\s+)?with|taken\s+over\s+by"
        # Governance and contracts: "moving to a new trust", "isn't renewing our contract", "the centre may close".
        r"|(?:(?:moving|move|transferring|transfer|switching|joining)\s+to|joining)\s+(?:a\s+)?(?:new|another|different)\s+"
        r"(?:trust|mat|sponsor|federation)\b|\brebrok\w*|\bre-brok\w*"
        r"|(?:isn'?t|aren'?t|won'?t|not|is\s+not)\s+(?:be\s+)?renewing\s+(?:our|the|its|their)\s+(?:\w+\s+)?contract"
        r"|(?:centre|school|academy|unit|provision|nursery|college|site)\s+(?:may|might|could|will|is\s+going\s+to"
        r"|is\s+set\s+to|is\s+likely\s+to)\s+(?:have\s+to\s+)?(?:close|shut)\b{closed_for_a_day}"
        r"|(?:running|run|operating|trading|ran)\s+at\s+a\s+(?:£[\d,.]+k?\s+)?loss|£[\d,.]+k?\s+(?:loss|shortfall|overspend|hole)\b"
        r"|(?:cut|cutting|cuts|slash\w*|reduc\w*)\s+(?:\w+\s+){0,2}?(?:funding|budgets?)\b"
        # Money gone: "£12k missing from the trip account".
        r"|£[\d,.]+k?\s+(?:has\s+gone\s+|gone\s+|is\s+|was\s+)?(?:missing|unaccounted\s+for)\b"
        r"|\bmissing\s+from\s+(?:the|our)\s+(?:[\w-]+\s+)?(?:account|budget|fund|safe|float|accounts)\b"
        r"|(?:cut|cutting|slash\w*|reduc\w*|halv\w*)\s+(?:our|the|their|staff|all)\s+(?:\w+\s+)?(?:hours|contracts|pay"
        r"|salaries|allowances|tlrs?)\b"
        r"|\b(?:trust|council|local\s+authority|la|diocese|owners?|partners|board|governors)\s+(?:will|would|could|might|may"
        r"|is\s+going\s+to|are\s+going\s+to|wants?\s+to|plans?\s+to|is\s+planning\s+to|are\s+planning\s+to)\s+"
        r"(?:have\s+to\s+)?(?:close|shut|merge)\s+(?:us|our\s+\w+|the\s+(?:school|academy|centre|provision|nursery|unit|site))\b"
        r"|(?:funding|budgets?)\s+(?:(?:is|are|being|to\s+be|will\s+be|has\s+been|have\s+been)\s+)*(?:cut|slashed|reduced|halved|frozen)\b"
        # Cutting a team or a service, or consulting on it: "consulting on cutting our library team".
        r"|(?:cut|cutting|axe|axing|scrap|scrapping|lose|losing|disband\w*)\s+(?:\w+\s+){0,2}?(?:library|admin|office|support"
        r"|pastoral|site|cleaning|catering|it|send|sen|inclusion|family\s+support|attendance|learning\s+support|ta|nurture"
        r"|wellbeing|exams|reprographics|finance|hr|marketing|careers|counselling|mentoring)\s+(?:team|teams|service|staff"
        r"|department|provision)\b|\bconsult(?:ing|ation|s)?\s+on\s+(?:cutting|closing|scrapping|losing|reducing|merging|restructur\w*"
        r"|redundanc\w*|axing)"
        # Contracts lost, and what a commissioner pays: "lost the local authority contract".
        r"|(?:lost|losing|lose)\s+(?:the|our|a|its)\s+(?:[\w-]+\s+){0,3}?contract\b"
        r"|\b(?:council|local\s+authority|commissioners?|the\s+la)\s+(?:actually\s+)?(?:pays?|paid|gives?|gave|funds?)\s+"
        r"(?:us\s+|the\s+\w+\s+)?(?:£[\d,.]+k?\s+)?(?:per|for\s+each|a)\s+(?:learner|pupil|place|child|student|head)\b"
        r"|(?:lose|losing|lost)\s+(?:\w+\s+){0,3}?(?:funding|budget|income)\b|budget'?s?\s+(?:is\s+)?(?:that|so|too|very)\s+tight"
        r"|contracts?\s+(?:[\w']+\s+){0,4}?(?:hasn'?t|has\s+not|wasn'?t|won'?t|isn'?t|aren'?t|weren'?t)\s+(?:been\s+|be\s+|being\s+)?renewed"
        r"|(?:jobs?|posts?|roles?|positions?)\s+(?:are\s+|is\s+)?(?:going|being\s+lost|disappearing|on\s+the\s+line|at\s+risk)\b"
        # Over budget, or in a mess: "we're 60 grand over budget".
        r"|\b(?:£?[\d,.]+k?|\d+\s+grand|[a-z]+\s+grand|[a-z]+\s+thousand)\s+over\s+budget\b|\bover\s+budget\s+by\b"
        r"|\bfinances\s+(?:are|is)\s+(?:a\s+(?:mess|disaster|shambles)|in\s+(?:a\s+mess|trouble|a\s+state)|dire|shot)\b"
        # A team cut down: "pastoral's being cut to two people".
        r"|\b(?:being|been|getting|will\s+be|to\s+be)\s+(?:cut|reduced|slashed)\s+(?:down\s+)?to\s+(?:one|two|three|four|five|\d+"
        r"|a\s+skeleton)\s+(?:people|person|staff|members?\s+of\s+staff|posts?|fte|tas?|days?\s+a\s+week|crew)\b"
        # A takeover in talks: "in talks to take over the primary down the road".
        r"|\b(?:in\s+talks|talks|talking|plans?|planning|planned|negotiat\w*|bid|bidding)\s+(?:\w+\s+){0,2}?to\s+(?:take\s+over"
        r"|absorb|acquire|swallow\s+up)\b"
        # Conversion or a new trust in talks: "quietly talking to two trusts about us converting".
        r"|\b(?:talks?|talking|discussions?|discussing|considering|exploring|consulting|negotiat\w*|conversations?)\s+"
        r"(?:[\w']+\s+){0,6}?(?:convert\w*\s+(?:to|into)\s+(?:an?\s+)?academy|academy\s+(?:status|conversion)|academis\w*"
        r"|join(?:ing)?\s+(?:a|another|the|their)\s+(?:[\w-]+\s+)?(?:trust|mat)\b)"
        r"|(?:being|to\s+be|getting)\s+merged|merg(?:e|es|ing)\s+(?:the\s+)?(?:\w+\s+){0,3}?(?:departments?|faculties"
        r"|faculty|schools|sites|teams|year\s+groups|classes)\b"
        r"|(?:losing|lose|cutting|cut|scrapping|scrap|closing|close|shutting|axing|axe)\s+(?:both\s+|all\s+|our\s+|the\s+|two\s+"
        r"|three\s+)?(?:\w+\s+){0,3}?(?:apprentices|support\s+staff|breakfast\s+club|after[- ]school\s+club|holiday\s+club|wraparound|nursery|sixth\s+form|side|department"
        r"|unit|course|courses|programme)\b"
    )
    #: A closure for the weather or a day ("the school may close early tomorrow because of
    #: the snow") is a notice, not a school's future.
    CLOSED_FOR_A_DAY = (
        r"(?!\s+(?:early|at\s+(?:\d|noon|midday|lunch)|tomorrow|today|tonight|for\s+the\s+(?:day|afternoon|morning)"
        r"|due\s+to|because\s+of|if\b|over\s+(?:christmas|easter|the\s+holidays?))"
        r"|(?<=\b(?:snow|storm|weather|ice|icy|flood\w*|heating|power\s+cut|boiler|forecast|warning|wind|winds)\b[^.!?]{0,60}))"
    )
    #: Staffing changes, private only when the post says they are not out yet: a farewell
    #: ("Mrs Hall is leaving at Christmas, we'll miss her") is public news.
    STAFFING = (
        r"handed\s+(?:in\s+)?(?:her|his|their|my)\s+notice|(?:has|have|'s)\s+resigned|resignation"
        r"|(?:is|are|'s)\s+(?:leaving|off|going)\s+(?:at|in|after|before|by)\s+(?:easter|christmas|summer|half[- ]term"
        r"|the\s+end\s+of)"
        r"|(?:bringing|parachut\w+|drafting|shipping)\s+in\s+(?:an?\s+)?(?:new|exec\w*|interim|acting|executive)\s+(?:head|principal|deputy|manager|ceo)"
        r"|(?:being|to\s+be|getting)\s+replaced|stepping\s+down|new\s+head\s+(?:is\s+)?(?:starting|coming)"
        r"|(?:job|post|role)\s+(?:is\s+|'s\s+)?going\b"
        r"|\b(?:big|major|huge|massive|some)\s+changes?\s+(?:are\s+)?(?:coming|afoot|ahead|on\s+the\s+way|planned)\s+(?:for|to|in|at)\s+"
        r"(?:the\s+|our\s+|my\s+)?(?:[\w-]+\s+){0,2}?(?:dept|department|faculty|team|school|academy|trust|work|centre|provision"
        r"|office|staffing|slt|leadership|staff)\b"
        r"|\bguess\s+(?:who|which\b[^.!?]{0,30}?)\s+(?:won'?t|will\s+not|isn'?t|is\s+not|ain'?t)\s+(?:be\s+)?(?:coming\s+)?back\b"
        r"|\b(?:manager|head|deputy|teacher|ta|tutor|bursar|officer|leader|lead|senco|caretaker|coordinator|secretary"
        r"|administrator|principal|director)\s+(?:won'?t|will\s+not|isn'?t|is\s+not|no\s+longer)\s+(?:be\s+)?(?:handling|in\s+charge\s+of|running|looking\s+after"
        r"|managing|responsible\s+for)\b[^.!?]{0,40}?\b(?:any\s*more|from\s+now\s+on)\b"
    )
    #: Where the finances are ours, not the nation's.
    LOCAL = (
        "our school", "my school", "this school", "at work", "at ours", "our academy",
        "our trust", "the trust", "our provision", "the governors", "governors", "our head",
        "the head", "slt", "management", "our budget", "school's budget", "the school",
        "our place", "our department", "my department", "our setting", "our centre", "we're",
        "we are", "we've", "coming at work", "our nursery", "our sixth form", "the centre", "centre's",
        "the partners", "the academy", "academy's", "school's",
        # Teams only a school has: "pastoral's being cut to two people".
        "pastoral", "pastoral team", "pastoral's", "send team", "sen team", "inclusion team",
        "the tas", "our tas", "site team", "the site team", "office staff", "the office staff",
    )

    #: Exam and assessment results as a school holds them before they are released.
    RESULTS = (
        r"\b(?:gcse|gcses|a[- ]level|as[- ]level|ks[1-5]|key\s+stage\s+[1-5]|sats|btec|functional\s+skills|exam|exams"
        r"|mock|mocks|provisional|headline|phonics\s+screening|multiplication\s+check|unvalidated)\s+"
        r"(?:results?|figures|data|scores?|grades|outcomes|pass\s+rates?|numbers|predictions|projections)\b"
        # Moderation of teacher assessment: "moderation came back", "marked us down on 8 kids".
        r"|\bmoderation\s+(?:results?|outcomes?|came\s+back|feedback|report|visit\s+(?:went|was|came))\b"
        r"|\bmarked\s+(?:us|them|our\s+\w+|the\s+\w+)\s+down\b"
        r"|\b(?:progress|attainment)\s+8\b|\b(?:predicted\s+|provisional\s+)?(?:p8|a8)\b|\bresults\s+(?:came|come|have\s+come|landed|are\s+in|arrived)\b"
    )

    #: Results seen before release without a word of secrecy: a sneak look, "provisional",
    #: ahead of results day.
    RESULTS_EARLY = (
        r"\bsneak(?:y)?\s+(?:look|peek|peak|preview)\b|\b(?:early|first)\s+(?:look|sight|peek)\s+at\b|\bprovisional\b"
        r"|\bunvalidated\b|\bresults?\s+(?:came\s+|arrived\s+)?early\b|\b(?:before|ahead\s+of)\s+results\s+day\b"
        r"|\bresults\s+day\s+(?:is|will\s+be)\s+going\s+to\s+be\b"
    )
    #: A parent's complaint about the poster or a colleague, and where it went: the details
    #: of a complaint are the school's business until it is resolved.
    COMPLAINT = (
        r"\b(?:parent|parents|mum|dad|mother|father|carer|family|grandparent|nan|gran)(?:'s|s')?\s+(?:has\s+|have\s+|had\s+)?"
        r"(?:made\s+|put\s+in\s+|lodged\s+|raised\s+|escalated\s+|sent\s+in\s+)?(?:a\s+|an\s+|another\s+)?(?:formal\s+"
        r"|official\s+|stage\s+\w+\s+)?complain(?:t|ts|ed)\b"
        r"|\bcomplaint\s+from\s+(?:a|one|the|another|that)\s+(?:\w+\s+)?(?:parent|mum|dad|mother|father|carer|family)\b"
        # Or a legal threat from one: "threatened to take us to court over a detention".
        r"|\bthreat(?:en|ens|ened|ening)\s+(?:to\s+)?(?:take|taking|sue|suing)\s+(?:us|the\s+school|the\s+trust|the\s+academy"
        r"|me|him|her)(?:\s+to\s+court)?\b"
    )
    COMPLAINT_PROCESS = (
        r"\bescalat\w*|\bstage\s+(?:1|2|3|one|two|three)\b|\bformal(?:ly)?\b|\bgovernors?\b|\bthe\s+(?:head|principal|ceo"
        r"|trust|head\s*teacher|headteacher)\b|\binvestigat\w*|\bofsted\b|\bthe\s+(?:papers|press|local\s+paper)\b"
        r"|\bsolicitors?\b|\b(?:meeting|hearing|panel)\b|\bcourt\b|\b(?:head|principal|trust|governors)(?:'s|\s+is|\s+are)\s+involved\b"
    )

    RECORD = (
        r"diagnos\w*|\behcp\b|\biep\b|sen\s+support|(?:sen|send|cp)\s+register|\bcamhs\b|medication"
        r"|\bmeds\b|ritalin|attendance(?!\s+(?:officers?|leads?|team|managers?|leaders?|workers?|champions?|assistants?|policy"
        r"|awards?|certificates?|cup|trophy|rewards?|assembly|week|display))|persistent(?:ly)?\s+absen\w*|(?:late|absent)\s+again"
        r"|free\s+school\s+meals|\bfsm\b|pupil\s+premium|looked\s+after|\bin\s+care\b|reading\s+age"
        r"|behaviour\s+plan|speech\s+and\s+language|predicted\s+grades?|target\s+grades?|(?:has|have|with|and)\s+(?:severe\s+)?(?:adhd|autism|asd|"
        r"dyslexia|dyspraxia|epilepsy|diabetes|anxiety|depression|an?\s+eating\s+disorder)"
    )

    #: An exam or assessment run wrongly, or a breach the exam board or the STA hears about:
    #: papers opened early, the wrong paper, a tutor invigilating their own learners, marks
    #: "helped", malpractice. Private until the board has ruled on it.
    EXAM_IRREGULARITY = (
        r"\b(?:exam|exams|coursework|assessment|nea|sats|gcse|a[- ]level|btec|test)\s+(?:\w+\s+){0,2}?(?:malpractice"
        r"|maladministration)\b|\b(?:malpractice|maladministration)\b[^.!?]{0,60}?\b(?:exams?|coursework|papers?|sats"
        r"|gcses?|a[- ]levels?|btecs?|board|invigilat\w*|awarding|moderat\w*)\b"
        # Told about it, not telling us dates: "the exam board's been informed" (passive).
        r"|\b(?:exam|exams|awarding)\s+(?:board|body)(?:'s|\s+(?:has|have|is|are))?\s+(?:been\s+(?:told|informed|notified"
        r"|contacted|called|involved)|investigat\w*|asking\s+questions|looking\s+into)\b"
        r"|\binvestigat\w*\s+by\s+(?:the\s+)?(?:exam|exams|awarding)\s+(?:board|body)\b"
        r"|\b(?:the\s+)?(?:sta|ofqual|standards\s+and\s+testing\s+agency)(?:'s|\s+(?:have|has|are|is))\s+(?:apparently\s+"
        r"|now\s+|already\s+|reportedly\s+|also\s+)?(?:been\s+(?:told|informed|notified|involved|contacted)|investigating|involved)\b"
        r"|\b(?:papers?|scripts?|answers?|tests?|booklets?)\s+(?:(?:were|was|had\s+been|have\s+been|got|being)\s+)?"
        r"['\u2018\u201c\"](?:checked|tweaked|corrected|adjusted|amended"
        r"|improved|edited|looked\s+over)['\u2019\u201d\"]"
        r"|\bopened\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?papers?\s+(?:a\s+day\s+|\w+\s+days?\s+|an\s+hour\s+|\w+\s+hours?\s+)?(?:early|before)\b"
        r"|\bwrong\s+(?:[\w-]+\s+){0,2}?(?:paper|exam)\s+(?:was\s+|got\s+)?(?:opened|given\s+out|handed\s+out|sat)\b"
        r"|\binvigilated\s+by\s+(?:the\s+|their\s+)?(?:[\w']+\s+){0,2}?own\s+(?:teacher|tutor|class\s+teacher)\b"
        r"|['\u2018\u201c\"]help(?:ing|ed)['\u2019\u201d\"]\s+(?:\w+\s+){0,4}?(?:through|with|on|in)\s+(?:the|their|her|his)\s+"
        r"(?:[\w-]+\s+){0,3}?(?:check|tests?|exams?|sats|coursework|assessments?|papers?)\b"
        # Found out and passed on: "reported to the exam board", "a phone in the GCSE exam".
        r"|\b(?:reported|referred|notified)\s+to\s+(?:the\s+)?(?:exams?\s+|awarding\s+)?(?:board|body)\b"
        r"|\b(?:phone|mobile|notes|crib\s+sheet|smart\s*watch)\s+(?:in|during)\s+(?:the|a|their|his|her)\s+(?:[\w-]+\s+){0,3}?exam\b"
        r"|\bleaked\s+(?:the\s+)?(?:[\w-]+\s+)?(?:paper|papers|exam|(?:exam|test|mock|paper)\s+questions)\b"
    )
    #: A named or pointed-at colleague's health and whether they return: "our deputy has been
    #: signed off with stress and isn't coming back". A staff matter, not the poster's own.
    STAFF_HEALTH = (
        r"\b(?:signed\s+off|off\s+sick|off)\s+(?:long[- ]term\s+)?(?:with|for)\s+(?:work[- ]related\s+)?(?:stress|depression"
        r"|anxiety|a\s+breakdown|burnout|burn[- ]out|mental\s+health)\b"
        r"|\b(?:had|having)\s+a\s+(?:nervous\s+)?breakdown\b|\bon\s+long[- ]term\s+sick\b"
    )
    #: What makes a colleague's illness a staff matter rather than a get-well message: their
    #: job ("isn't coming back", "off till Easter") or secrecy. "Poor Sam has been signed off
    #: with depression, send her some love" is personal data about Sam, not a school matter.
    STAFF_ABSENCE = (
        r"\b(?:isn'?t|is\s+not|not|never|won'?t\s+be)\s+(?:coming|going)\s+back\b|\bwon'?t\s+be\s+back\b|\bnot\s+returning\b"
        r"|\bfor\s+the\s+rest\s+of\s+(?:the\s+)?(?:term|year)\b|\b(?:until|till|til)\s+(?:easter|christmas|the\s+summer|summer"
        r"|half[- ]term)\b|\blong[- ]term\b|\bcover\s+(?:for|until|till)\b|\bleaving\b"
    )
    #: The poster about themselves: "I've been signed off with stress" is their own news.
    OWN = r"\b(?:i|i'?ve|i'?m|i\s+am|i\s+was|me|myself)\b"

    def __init__(self, school, pack):
        super().__init__(school, pack)
        staff_names = set()
        for s in school.staff:
            staff_names.add(f"{s.first_name} {s.last_name}")
            for title in ("mr", "mrs", "miss", "ms", "dr"):
                staff_names.add(f"{title} {s.last_name}")
        self.staff = cues.compile_words(self.STAFF + tuple(staff_names))
        self.person = cues.compile_words(self.PERSON)
        self.pupil = cues.compile_rx(cues.PUPIL_REFERENT + "|" + self.PUPIL_IN_GROUP)
        self.discipline = cues.compile_rx(self.DISCIPLINE)
        self.tribunal = cues.compile_rx(self.TRIBUNAL)
        self.staff_removal_decided = cues.compile_rx(self.STAFF_REMOVAL_DECIDED)
        self.removed = cues.compile_rx(self.REMOVED.replace("{hanging}", self.HANGING))
        self.police_visit = cues.compile_rx(self.POLICE_VISIT)
        self.one_pupil = cues.compile_rx(self.ONE_PUPIL)
        self.safeguarding = cues.compile_rx(self.SAFEGUARDING)
        self.safeguarding_topic = cues.compile_rx(self.SAFEGUARDING_TOPIC)
        self.general = cues.compile_words(self.GENERAL_TOPIC)
        self.exclusion = cues.compile_rx(self.EXCLUSION)
        self.case = cues.compile_rx(self.CASE)
        self.inspection = cues.compile_rx(self.INSPECTION)
        self.inspection_specific = cues.compile_rx(self.INSPECTION_SPECIFIC)
        self.secrecy = cues.compile_rx(self.SECRECY)
        self.outcome = cues.compile_rx(self.OUTCOME)
        self.published = cues.compile_rx(self.PUBLISHED)
        self.grade = cues.compile_rx(self.GRADE)
        self.school_outcome = cues.compile_rx(self.SCHOOL_OUTCOME)
        self.report_word = cues.compile_rx(r"\breport\b")
        self.not_yet = cues.compile_rx(self.NOT_YET)
        self.finance = cues.compile_rx(self.FINANCE.replace("{closed_for_a_day}", self.CLOSED_FOR_A_DAY))
        self.staffing = cues.compile_rx(self.STAFFING)
        self.local = cues.compile_words(self.LOCAL + tuple(cues.school_names(school)))
        self.workplace = cues.compile_words(cues.WORKPLACE + tuple(cues.school_names(school)))
        self.record = cues.compile_rx(self.RECORD)
        self.results = cues.compile_rx(self.RESULTS)
        self.results_early = cues.compile_rx(self.RESULTS_EARLY)
        self.complaint = cues.compile_rx(self.COMPLAINT)
        self.complaint_process = cues.compile_rx(self.COMPLAINT_PROCESS)
        self.parent_word = cues.compile_rx(r"\b(?:parents?|mum|dad|mother|father|carers?|family|grandparents?|nan|gran)\b")
        self.inspection_feedback = cues.compile_rx(
            r"\b(?:verbal|oral|initial|informal)\s+feedback\b|\bfeedback\s+meeting\b")
        self.exam_irregularity = cues.compile_rx(self.EXAM_IRREGULARITY)
        self.staff_health = cues.compile_rx(self.STAFF_HEALTH)
        self.own = cues.compile_rx(self.OWN)
        self.staff_absence = cues.compile_rx(self.STAFF_ABSENCE)

    def detect(self, ctx: PostContext) -> Iterable[Hit]:
        text = ctx.text.folded
        if not text:
            return
        pupils = self._named_pupils(ctx)
        for check in (self._discipline_or_exclusion, self._safeguarding, self._inspection,
                      self._finance, self._record, self._results, self._exam_irregularity,
                      self._staff_health, self._complaint):
            yield from check(ctx, text, pupils)

    def _named_pupils(self, ctx: PostContext) -> list[tuple[int, int, str]]:
        """Spans of roster pupils named in the post (a word-name only when capitalised)."""
        out = []
        for m in ctx.mentions:
            if m.form is Form.FIRST_ONLY:
                token = ctx.tokens[m.first]
                if token.key in word_names() and not token.capitalised:
                    continue
            out.append((m.start, m.end, m.pupil.full_name))
        return out

    def _pupil_near(self, text: str, a: int, b: int, pupils) -> str | None:
        for start, end, _ in pupils:
            if a <= start < b:
                return text[start:end]
        m = cues.find(self.pupil, text, a, b)
        return m.group() if m else None

    def _discipline_or_exclusion(self, ctx, text, pupils) -> Iterable[Hit]:
        m = cues.find(self.discipline, text) or cues.find(self.staff_removal_decided, text)
        if not m and (tribunal := cues.find(self.tribunal, text)):
            if cues.find(self.staff, text) or cues.find(self.workplace, text):
                m = tribunal
        if m:
            yield self.text_hit(ctx, "staff_discipline", 0.9, *m.span(),
                                "discloses a staff disciplinary matter")
            return
        for a, b in cues.sentences(text):
            ex = cues.find(self.exclusion, text, a, b)
            rm = cues.find(self.removed, text, a, b)
            if not ex and not rm:
                continue
            window_a = max(0, (ex or rm).start() - 80)
            pupil = self._pupil_near(text, window_a, b, pupils)
            general = next((g for g in cues.find_all(self.general, text, a, b)
                            if not (ex and ex.start() <= g.start() and g.end() <= ex.end())), None)
            if ex and general and not pupil:
                continue  # "exclusion" in a training course, unless the course is what they left
            if ex or (rm and pupil):
                # The case may be pointed at in the next sentence: "First fixed-term exclusion
                # I've seen. Five days for a Year 4 who threw a chair."
                case_end = next((nb for na, nb in cues.sentences(text) if na >= b), b)
                case = pupil or (cues.find(self.case, text, a, case_end) or None)
                if case is None:
                    continue
                hit = ex or rm
                case_word = case if isinstance(case, str) else case.group()
                yield self.text_hit(ctx, "exclusion", 0.85, *hit.span(),
                                    "discloses a pupil's exclusion", f"a case: {case_word!r}")
                return
            staff = cues.find(self.staff, text, window_a, b)
            if not staff and cues.find(self.workplace, text):
                staff = cues.find(self.person, text, window_a, b)
            if staff:
                yield self.text_hit(ctx, "staff_discipline", 0.8, *rm.span(),
                                    "discloses that a member of staff was suspended or dismissed",
                                    f"who: {staff.group()!r}")
                return

    def _safeguarding(self, ctx, text, pupils) -> Iterable[Hit]:
        for a, b in cues.sentences(text):
            m = cues.find(self.safeguarding, text, a, b)
            why = "discloses a safeguarding case"
            if not m:
                topic = cues.find(self.safeguarding_topic, text, a, b)
                pupil = topic and self._pupil_near(text, max(0, a - 80), b, pupils)
                if not pupil:
                    continue
                m, why = topic, f"links a pupil ({pupil}) to a safeguarding matter"
            general = cues.find(self.general, text, a, b)
            if general and not cues.find(self.case, text, a, b):
                continue  # training or policy, not a case
            if self._police_visit(text, m, a, b, pupils):
                continue  # the police came in to give a talk: an event, not a case
            yield self.text_hit(ctx, "safeguarding_case", 0.9, *m.span(), why)
            return

    def _police_visit(self, text, m, a, b, pupils) -> bool:
        """Police in school for a talk, a demonstration or an assembly, with nobody singled
        out: the purpose is in the sentence (or a short one after: "Fab assembly.")."""
        if not m.group().startswith("police"):
            return False
        end = b
        for sa, sb in cues.sentences(text):
            if sa >= b:
                end = sb if sb - sa <= 40 else b
                break
        if not cues.find(self.police_visit, text, m.end(), end):
            return False
        named = any(a <= start < end for start, _, _ in pupils)
        return not named and not cues.find(self.one_pupil, text, a, end)

    def _inspection(self, ctx, text, pupils) -> Iterable[Hit]:
        m = cues.find(self.inspection, text)
        if not m and cues.find(self.report_word, text):
            m = cues.find(self.grade, text)  # "We got Inadequate. Report isn't out till March"
        if not m or self._published(text):
            return
        if not (cues.find(self.inspection_specific, text) or cues.find(self.workplace, text)
                or cues.find(self.grade, text) or cues.find(self.school_outcome, text)):
            return
        # The inspectors' verbal feedback comes before the report: "gave their verbal feedback
        # today and it's not great".
        secret = cues.find(self.secrecy, text) or cues.find(self.inspection_feedback, text)
        if not secret:
            return
        outcome = cues.find(self.outcome, text)
        why = [f"before release: {secret.group()!r}"]
        if outcome:
            why.append(f"hints at the outcome: {outcome.group()!r}")
        yield self.text_hit(ctx, "unpublished_inspection", 0.9 if outcome else 0.75, *m.span(),
                            "discusses an inspection outcome before the report is published", *why)

    def _published(self, text: str) -> bool:
        for m in cues.find_all(self.published, text):
            if not cues.find(self.not_yet, text, max(0, m.start() - 30), m.start()):
                return True
        return False

    def _finance(self, ctx, text, pupils) -> Iterable[Hit]:
        m = cues.find(self.finance, text)
        staffing_only = m is None
        if staffing_only:
            m = cues.find(self.staffing, text)
        if not m:
            return
        secret = cues.find(self.secrecy, text)
        if staffing_only and not secret:
            return  # a staffing change with no secrecy is news ("leaving at Christmas")
        local = cues.find(self.local, text)
        # A general word inside a finance match is its object ("cutting the beauty course"),
        # not a training course.
        spans = [f.span() for f in cues.find_all(self.finance, text)]
        general = next((g for g in cues.find_all(self.general, text)
                        if not any(s <= g.start() and g.end() <= e for s, e in spans)), None)
        if secret:
            why = f"not public: {secret.group()!r}"
        elif local and not general:
            why = f"about this workplace: {local.group()!r}"
        else:
            return
        yield self.text_hit(ctx, "internal_finance", 0.85, *m.span(),
                            "discloses internal finances or unannounced staffing changes", why)

    def _results(self, ctx, text, pupils) -> Iterable[Hit]:
        """Results the school has seen before they are released: secrecy says so ("before
        they go out", "not shared till Friday"); published results are the opposite."""
        m = cues.find(self.results, text)
        if not m or self._published(text):
            return
        secret = cues.find(self.secrecy, text)
        if not secret:
            # "a sneak look at the provisional A level results": seen early, unless the post is
            # about the nation's figures.
            secret = cues.find(self.results_early, text)
            if secret and cues.find(self.general, text):
                return
        if not secret:
            return
        yield self.text_hit(ctx, "unpublished_results", 0.8, *m.span(),
                            "discloses results before they are released",
                            f"not out yet: {secret.group()!r}")

    def _exam_irregularity(self, ctx, text, pupils) -> Iterable[Hit]:
        """An exam or check run wrongly at this school; a course on malpractice is training."""
        m = cues.find(self.exam_irregularity, text)
        if not m:
            return
        general = cues.find(self.general, text)
        if general and not cues.find(self.secrecy, text):
            return  # "a malpractice awareness session for our invigilators": training
        yield self.text_hit(ctx, "exam_irregularity", 0.85, *m.span(),
                            "discloses an exam or assessment irregularity before it is resolved")

    def _staff_health(self, ctx, text, pupils) -> Iterable[Hit]:
        """A colleague's health and absence, said of someone on the staff, not the poster."""
        for a, b in cues.sentences(text):
            m = cues.find(self.staff_health, text, a, b)
            if not m:
                continue
            staff = cues.find(self.staff, text, a, m.start())
            if not staff or cues.find(self.own, text, a, m.start()):
                continue
            why = cues.find(self.staff_absence, text) or cues.find(self.secrecy, text)
            if not why:
                continue
            yield self.text_hit(ctx, "staff_health", 0.8, *m.span(),
                                "discloses a colleague's health or absence",
                                f"who: {staff.group()!r}", f"a staff matter: {why.group()!r}")
            return

    def _complaint(self, ctx, text, pupils) -> Iterable[Hit]:
        """A parent's complaint and where it went (escalated, to governors, a stage 2
        meeting); "parents complained about the car park" goes nowhere, and a complaints
        policy or course is training."""
        m = cues.find(self.complaint, text)
        if not m or cues.find(self.general, text):
            return
        if m.group().startswith("threat") and not cues.find(self.parent_word, text):
            return  # a legal threat counts here only when a parent makes it
        process = cues.find(self.complaint_process, text)
        if not process:
            return
        yield self.text_hit(ctx, "parent_complaint", 0.8, *m.span(),
                            "discloses the details of a parent's complaint",
                            f"taken further: {process.group()!r}")

    def _record(self, ctx, text, pupils) -> Iterable[Hit]:
        for a, b in cues.sentences(text):
            m = cues.find(self.record, text, a, b)
            if not m:
                continue
            pupil = self._pupil_near(text, a, b, pupils)
            if not pupil:
                continue
            if cues.find(self.general, text, a, b):
                continue
            yield self.text_hit(ctx, "pupil_record", 0.85, *m.span(),
                                "discloses details from a pupil's record", f"the pupil: {pupil!r}")
            return

"""The one registry of detectors. Add a detector: write its module, list its class here."""
from .directed_time import DirectedTimeDetector
from .posting_hold import PostingHoldDetector
from .prohibited_platform import ProhibitedPlatformDetector
from .pupil_contact import PupilContactDetector
from .pupil_name import PupilNameDetector
from .workplace_profile import WorkplaceProfileDetector

DETECTORS = (
    DirectedTimeDetector,
    PostingHoldDetector,
    ProhibitedPlatformDetector,
    PupilNameDetector,
    PupilContactDetector,
    WorkplaceProfileDetector,
)

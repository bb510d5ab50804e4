"""The one registry of detectors. Add a detector: write its module, list its class here."""
from .confidential import ConfidentialDetector
from .directed_time import DirectedTimeDetector
from .logo import LogoDetector
from .meaning import ConfidentialModel, OffensiveModel, ReputationModel, SolicitationModel
from .offensive import OffensiveDetector
from .personal_data import PersonalDataDetector
from .posting_hold import PostingHoldDetector
from .prohibited_platform import ProhibitedPlatformDetector
from .pupil_contact import PupilContactDetector
from .pupil_image import PupilImageDetector
from .pupil_name import PupilNameDetector
from .reputation import ReputationDetector
from .solicitation import SolicitationDetector
from .workplace_profile import WorkplaceProfileDetector

DETECTORS = (
    DirectedTimeDetector,
    PostingHoldDetector,
    ProhibitedPlatformDetector,
    PupilNameDetector,
    PupilContactDetector,
    WorkplaceProfileDetector,
    SolicitationDetector,
    ConfidentialDetector,
    ReputationDetector,
    PersonalDataDetector,
    OffensiveDetector,
    PupilImageDetector,
    LogoDetector,
    # Second readers: run last, only on a post none of the detectors above reported in their
    # four categories (see detectors/meaning.py).
    ReputationModel,
    ConfidentialModel,
    SolicitationModel,
    OffensiveModel,
)

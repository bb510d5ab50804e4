"""The pupil roster page: the MIS CSV export uploaded, checked and mapped, applied only when
the admin confirms (the flow is server/ui/csv_flow.py; the loader is the config file's,
policies/schooldata/roster.py, with its encodings, header synonyms and per-line errors)."""
from __future__ import annotations

from policies.schooldata.roster import REQUIRED_ROSTER, ROSTER_FIELDS, read_roster
from server.ui.csv_flow import CsvUploadFlow

FIELD_LABELS = {"first_name": "First name", "last_name": "Last name", "preferred_name": "Preferred name",
                "year_group": "Year group", "date_of_birth": "Date of birth", "photo_consent": "Photo consent",
                "name_consent": "Name consent", "social_handles": "Social media handles",
                "preferred_last_name": "Preferred surname"}

FLOW = CsvUploadFlow(section="roster", noun="pupils", fields=ROSTER_FIELDS, required=REQUIRED_ROSTER,
                     labels=FIELD_LABELS, reader=read_roster, template="admin/roster.html",
                     in_force=lambda school: school.pupils)
setup = FLOW.setup

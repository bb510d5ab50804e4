"""The staff list page: who the school's staff are (the config's `staff:` CSV, or an uploaded
one), and an upload of a new staff CSV, checked and mapped, applied only when the admin
confirms (the flow is server/ui/csv_flow.py, shared with the roster)."""
from __future__ import annotations

from policies.schooldata.roster import REQUIRED_STAFF, STAFF_FIELDS, read_staff
from server.ui.csv_flow import CsvUploadFlow

FIELD_LABELS = {"username": "Username", "first_name": "First name", "last_name": "Last name", "role": "Role"}

FLOW = CsvUploadFlow(section="staff", noun="staff", fields=STAFF_FIELDS, required=REQUIRED_STAFF,
                     labels=FIELD_LABELS, reader=read_staff, template="admin/staff.html",
                     in_force=lambda school: school.staff)
setup = FLOW.setup

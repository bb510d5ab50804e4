"""The admin's upload preview reads an MIS export the way the loader does: a report's title
above the header row, TAB-separated, one whole-name column (else the preview shows the title
as the only header and the mapping choices are wrong, though the upload itself loads)."""
from server.ui.admin_roster import FLOW


def test_a_report_export_previews_its_real_header_and_rows():
    text = ("Quayside Primary - Pupil consents report (exported 01/09/2026)\n"
            "\n"
            "Pupil Name\tYear Group\tDate of Birth\tPhotos\tUse of Name\n"
            "O'SULLIVAN Ciara\tYear 3\t04/05/2018\tY\tFull name\n"
            "Daan VAN DER BERG\tYear 4\t11/12/2017\tN\tNo name\n"
            "Total pupils: 2\n")
    info = FLOW.inspect({"text": text, "filename": "consents.csv", "columns": {}})
    assert info["headers"][:2] == ["Pupil Name", "Year Group"]
    assert info["missing"] == []
    assert info["count"] == 2 and not info["problems"]
    first = dict(zip(FLOW.fields, info["preview"][0][1]))
    assert (first["first_name"], first["last_name"]) == ("Ciara", "O'SULLIVAN")
    assert info["preview"][0][0] == 4          # the line the row is on in the file

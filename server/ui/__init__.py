"""The web UI: server-rendered pages for reviewers, admins and staff.

Pages are Jinja2 templates with autoescaping on, styled and scripted only by files under
/static/ (the Content-Security-Policy forbids inline script and style). Every page reuses the
query and audit functions the JSON API uses (server/api/events.py, server/event_views.py),
so a page and the API cannot disagree about what a person may see or what gets audited.
"""

"""The Reports page's parts: the due list and report list, the "new report" dialog, the report
editor (figures, narrative, document details) and its dialogs. The page itself is
gui/pages/reports_page.py."""

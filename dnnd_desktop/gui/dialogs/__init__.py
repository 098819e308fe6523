"""Dialogs shared by several pages (Excel import and header mapping, export/print actions)."""

"""The Backups page's parts: kind names and sizes as shown, and the passphrase dialog for the
encrypted backup that moves an office to a new laptop. The page is gui/pages/backups_page.py."""

"""The PySide6 desktop UI. Importing it first protects the interpreter from a PySide6 bug
(see pyside_workarounds.py), so every entry point and test that uses the UI gets the fix."""
from .pyside_workarounds import protect_none

protect_none()

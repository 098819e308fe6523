"""`python -m dnnd_desktop`: the same as the `dnnd` command (the desktop app by default)."""
import sys

from dnnd_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())

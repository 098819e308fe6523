"""Frozen entry point of `dnnd` (console): the command line; no command starts the GUI."""
import os
import sys

if __name__ == "__main__":
    os.environ.setdefault("PYTHONIOENCODING", "utf-8")
    for stream in (sys.stdout, sys.stderr):
        if stream is not None and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")  # Vietnamese on a cp1258/cp437 console
    from dnnd_desktop.cli import main

    sys.exit(main())

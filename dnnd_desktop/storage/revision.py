"""Developer tool: write a new Alembic revision from the difference between the models and head.

    python -m dnnd_desktop.storage.revision "add twinning agreement file"

Revisions get sequential ids (0001, 0002, ...) so their order reads at a glance.
"""
from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

from alembic import command
from alembic.script import ScriptDirectory

from .migrate import alembic_config


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    message = " ".join(argv)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "head.sqlite3"
        cfg = alembic_config(db)
        script = ScriptDirectory.from_config(cfg)
        heads = script.get_heads()
        if len(heads) > 1:
            print(f"Several heads ({heads}): merge them first.")
            return 1
        number = len(list(script.walk_revisions())) + 1
        if heads:
            command.upgrade(cfg, "head")
        slug = re.sub(r"[^a-z0-9]+", "_", message.lower()).strip("_")[:40]
        command.revision(cfg, message=message, autogenerate=True, rev_id=f"{number:04d}",
                         )
        # Rename the file to NNNN_slug.py for readability.
        versions = Path(cfg.get_main_option("script_location")) / "versions"
        for f in versions.glob(f"{number:04d}_*.py"):
            f.rename(versions / f"{number:04d}_{slug}.py")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

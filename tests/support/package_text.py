"""Open a .dnnd package as an office that can (its recipient, or its sender through the archive
copy) and give back every byte it carries: for tests that read every line of a package."""
from __future__ import annotations

from pathlib import Path

from dnnd_desktop.exchange.package import open_package
from dnnd_desktop.services.identity import trust_lookup
from dnnd_desktop.services.packages.common import SCHEMA_VERSION


def package_files(office, path: Path) -> dict[str, bytes]:
    """Every file of the package, decrypted with `office`'s keys (tests/unit/test_packages_world.Office)."""
    with office.ctx.session() as s:
        lookup = trust_lookup(s)
    opened = open_package(path, trust=lookup, me_office_id=office.id, my_secret=office.secret,
                          max_schema_version=SCHEMA_VERSION)
    return dict(opened.files)


def package_lines(office, path: Path) -> list[str]:
    """Every line of every file of the package, as text (attachment bytes decoded leniently)."""
    out: list[str] = []
    for name, data in package_files(office, path).items():
        out += [f"{name}: {line}" for line in data.decode("utf-8", errors="replace").splitlines()]
    return out

"""The pages of the main window, in navigation order. Other issues fill the pages in.

To build a page, replace the placeholder in `dnnd_desktop/gui/pages/<key>_page.py` with a QWidget
subclass named as `class_name` below:

    class ActivitiesPage(QWidget):
        def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None): ...
        def on_shown(self) -> None: ...           # optional: called every time the page is shown
        def open_file(self, path: str) -> None: ...  # Packages page only: a .dnnd file to open

Pages are created the first time they are shown (so start-up stays fast), and created again after
the UI language changes (so a page only needs `self.tr()` in its constructor, no retranslate code).
Adding a page = one PageSpec line here + one module; the icon is resources/icons/<icon>.svg.
A page only some offices have names their levels (`levels=("province",)`); `pages_for(level)` is
what the main window shows. `PAGES` are the pages every office has.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from .i18n import QT_TRANSLATE_NOOP

PAGES_PACKAGE = "dnnd_desktop.gui.pages"


@dataclass(frozen=True)
class PageSpec:
    key: str         # module pages/<key>_page.py
    class_name: str
    title: str       # English source, translated in the "Navigation" context
    icon: str
    levels: tuple[str, ...] | None = None   # office levels that have this page; None: every level

    @property
    def module(self) -> str:
        return f"{PAGES_PACKAGE}.{self.key}_page"


_PROVINCE = ("province",)

ALL_PAGES: tuple[PageSpec, ...] = (
    PageSpec("overview", "OverviewPage", QT_TRANSLATE_NOOP("Navigation", "Overview"), "overview"),
    PageSpec("activities", "ActivitiesPage", QT_TRANSLATE_NOOP("Navigation", "Activities"), "activities"),
    PageSpec("twinning", "TwinningPage", QT_TRANSLATE_NOOP("Navigation", "Twinning"), "twinning"),
    PageSpec("households", "HouseholdsPage",
             QT_TRANSLATE_NOOP("Navigation", "Households & relatives abroad"), "households"),
    PageSpec("partners", "PartnersPage", QT_TRANSLATE_NOOP("Navigation", "Partners"), "partners"),
    PageSpec("work", "WorkPage", QT_TRANSLATE_NOOP("Navigation", "Border groups, associations, training"), "work"),
    PageSpec("tasks", "TasksPage", QT_TRANSLATE_NOOP("Navigation", "Tasks"), "tasks"),
    PageSpec("reports", "ReportsPage", QT_TRANSLATE_NOOP("Navigation", "Reports"), "reports"),
    PageSpec("lower_offices", "LowerOfficesPage", QT_TRANSLATE_NOOP("Navigation", "Lower offices"),
             "lower_offices", _PROVINCE),
    PageSpec("plans", "PlansPage", QT_TRANSLATE_NOOP("Navigation", "Plans for lower offices"), "plans", _PROVINCE),
    PageSpec("submissions", "SubmissionsPage", QT_TRANSLATE_NOOP("Navigation", "Reports received"),
             "submissions", _PROVINCE),
    PageSpec("consolidation", "ConsolidationPage", QT_TRANSLATE_NOOP("Navigation", "Consolidated report"),
             "consolidation", _PROVINCE),
    PageSpec("packages", "PackagesPage", QT_TRANSLATE_NOOP("Navigation", "Packages"), "packages"),
    PageSpec("audit", "AuditPage", QT_TRANSLATE_NOOP("Navigation", "Audit log"), "audit"),
    PageSpec("backups", "BackupsPage", QT_TRANSLATE_NOOP("Navigation", "Backups"), "backups"),
    PageSpec("settings", "SettingsPage", QT_TRANSLATE_NOOP("Navigation", "Settings"), "settings"),
)
# The pages of every office, whatever its level.
PAGES: tuple[PageSpec, ...] = tuple(p for p in ALL_PAGES if p.levels is None)


def pages_for(level: str | None) -> tuple[PageSpec, ...]:
    """The pages an office of this level sees, in navigation order."""
    return tuple(p for p in ALL_PAGES if p.levels is None or level in p.levels)


def page_spec(key: str) -> PageSpec:
    for spec in ALL_PAGES:
        if spec.key == key:
            return spec
    raise KeyError(key)


def page_title(spec: PageSpec) -> str:
    return QCoreApplication.translate("Navigation", spec.title)


def create_page(spec: PageSpec, ctx, runner, parent: QWidget | None = None) -> QWidget:
    cls = getattr(importlib.import_module(spec.module), spec.class_name)
    return cls(ctx, runner, parent)

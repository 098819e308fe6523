"""Overview: this year's figures (charts where a picture reads better), the next deadlines
(reports due or overdue, task deadlines), and who this installation is.

The figures come from the report engine (OverviewService) and are read off the UI thread through the
task runner: once after the window has shown, then once per committed change that touches what the
page shows (gui/change_bridge.py), or when the page is next shown if the change came while hidden."""
from __future__ import annotations

import datetime as dt
import logging
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QChartView, QHorizontalBarSeries, QValueAxis
from PySide6.QtCore import QMargins, Qt, QTimer
from PySide6.QtGui import QColor, QFontDatabase, QPainter
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DnndError
from ...domain.formatting import format_date, format_money, format_number
from ..change_bridge import RefreshOnChange
from ..roles_text import level_name
from ..style import ACCENT

if TYPE_CHECKING:   # the records package (its services and queries) is the worker's, after the window shows
    from ...services.records.types import CountRow, OverviewFigures

log = logging.getLogger(__name__)
CHART_ROWS = 6          # the biggest groups; the rest are summed as "others"
OVERDUE_COLOUR = QColor("#b3261e")
# What the page shows: records counted in the figures, and what the deadlines are made of. Not
# report templates: reading the due reports stores the built-in ones on first use, which would load
# the page a second time at the first start; a template that brings new deadlines comes with a plan.
SHOWN_KINDS = ("activity", "twinning", "household", "person", "contribution", "report", "plan", "task")


@dataclass
class OverviewData:
    """What one load reads, in a worker: plain data for the page to draw."""

    figures: OverviewFigures | None
    due_reports: list = field(default_factory=list)
    tasks: list = field(default_factory=list)


def load_overview(progress, cancel, ctx, today: dt.date) -> OverviewData:
    # Imported here, in the worker: the report engine is not needed before the window shows.
    from ...services.records.overview import OverviewService

    data = OverviewData(OverviewService(ctx).figures(today.year, cancel=cancel))
    try:
        from ...services.reports import ReportService

        data.due_reports = [i for i in ReportService(ctx).due_reports(today) if i.status in ("due", "overdue")]
    except (ImportError, AttributeError, DnndError) as exc:  # reports not available in this build
        log.info("due reports unavailable: %s", type(exc).__name__)
    try:
        from ...services import tasks

        data.tasks = [t for t in tasks.list_tasks(ctx, today=today)
                      if t.deadline is not None and t.status != tasks.DONE]
    except (ImportError, AttributeError, DnndError) as exc:
        log.info("tasks unavailable: %s", type(exc).__name__)
    return data


def top_rows(rows: Sequence[CountRow], others: str, n: int = CHART_ROWS) -> list[tuple[str, int]]:
    out = [(r.label, r.count) for r in rows[:n]]
    rest = sum(r.count for r in rows[n:])
    if rest:
        out.append((others, rest))
    return out


def integer_axis(maximum: float) -> tuple[int, int]:
    """(top, tick count) of a count axis whose ticks fall on whole numbers: with three ticks over
    0..1.15 the labels read "0 0 1"; now 1, 2 or 5 times a power of ten apart, a little above the
    biggest bar."""
    rough = max(float(maximum), 1.0) / 4
    magnitude = 10 ** math.floor(math.log10(rough)) if rough >= 1 else 1
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= rough)
    top = step * math.ceil(max(float(maximum), 1.0) * 1.1 / step)
    return int(top), int(top // step) + 1


class OverviewPage(QWidget):
    def __init__(self, ctx, runner, parent=None, today: dt.date | None = None):
        super().__init__(parent)
        self.ctx, self.runner = ctx, runner
        self.today = today or dt.date.today()
        self.figures: OverviewFigures | None = None
        self.charts: dict[str, QChartView] = {}
        self.tiles: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        self.data: OverviewData | None = None
        self.loads = 0            # finished loads (tests check there is one per change)
        self._loading = None      # the running load's Task
        self._again = False       # a change came during the load: load once more after it

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(area)
        body = QWidget()
        area.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(12)

        user = ctx.current_user.name if ctx.current_user else ""
        self.welcome = QLabel(self.tr("Hello, %1").replace("%1", user) if user else self.tr("Hello"))
        self.welcome.setObjectName("pageTitle")
        layout.addWidget(self.welcome)
        self.year_label = QLabel()
        self.year_label.setObjectName("pageDescription")
        layout.addWidget(self.year_label)

        tiles = QGridLayout()
        tiles.setSpacing(10)
        for i, (key, caption) in enumerate((
                ("activities", self.tr("Activities this year")),
                ("participants", self.tr("Participants")),
                ("twinnings_active", self.tr("Active twinning pairs")),
                ("households", self.tr("Households with relatives abroad")),
                ("persons", self.tr("Vietnamese people abroad")),
                ("contributions_vnd", self.tr("Contributions this year")))):
            tiles.addWidget(self._tile(key, caption), 0, i)
        layout.addLayout(tiles)

        bottom = QHBoxLayout()
        bottom.setSpacing(10)
        deadlines_card = QFrame()
        deadlines_card.setObjectName("card")
        dl = QVBoxLayout(deadlines_card)
        heading = QLabel(self.tr("Next deadlines"))
        heading.setStyleSheet(f"font-weight: bold; color: {ACCENT};")
        dl.addWidget(heading)
        self.deadlines = QListWidget()
        self.deadlines.setObjectName("deadlines")
        self.deadlines.setFrameShape(QFrame.Shape.NoFrame)
        self.deadlines.setWordWrap(True)
        self.deadlines.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.deadlines.setMinimumHeight(100)
        self.deadlines.setMaximumHeight(150)
        dl.addWidget(self.deadlines)
        bottom.addWidget(deadlines_card, 3)
        bottom.addWidget(self._office_card(), 2)
        layout.addLayout(bottom)
        charts = QHBoxLayout()
        charts.setSpacing(10)
        for key, title, stretch in (("activities_by_type", self.tr("Activities by type"), 4),
                                    ("activities_by_country", self.tr("Activities by partner country"), 3),
                                    ("persons_by_country", self.tr("Vietnamese people abroad by country"), 3)):
            view = QChartView()
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(240)
            view.setMaximumHeight(300)
            view.setObjectName(f"chart_{key}")
            view.setProperty("title", title)
            self.charts[key] = view
            charts.addWidget(view, stretch)
        layout.addLayout(charts)

        layout.addStretch(1)
        self.watch = RefreshOnChange(self, ctx, SHOWN_KINDS, self.refresh)
        # From the event loop, so after the main window has shown; never on the UI thread.
        QTimer.singleShot(0, self, self.refresh)

    # -- building blocks --------------------------------------------------------------------------
    def _tile(self, key: str, caption: str) -> QFrame:
        tile = QFrame()
        tile.setObjectName("card")
        v = QVBoxLayout(tile)
        v.setContentsMargins(12, 10, 12, 10)
        value = QLabel("–")
        value.setObjectName(f"tile_{key}")
        value.setStyleSheet(f"font-size: 17pt; font-weight: bold; color: {ACCENT};")
        label = QLabel(caption)
        label.setWordWrap(True)
        label.setObjectName("pageDescription")
        v.addWidget(value)
        v.addWidget(label)
        self.tiles[key] = value
        return tile

    def _office_card(self) -> QFrame:
        info = self.ctx.installation
        card = QFrame()
        card.setObjectName("card")
        form = QFormLayout(card)
        form.setContentsMargins(16, 12, 16, 12)
        form.setVerticalSpacing(4)

        def row(key: str, label: str, value: str) -> QLabel:
            value_label = QLabel(value)
            value_label.setObjectName(key)
            value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value_label.setWordWrap(True)
            self.values[key] = value_label
            form.addRow(QLabel(label), value_label)
            return value_label

        row("office_name", self.tr("Office:"), info.office_name).setStyleSheet("font-weight: bold;")
        row("level", self.tr("Level:"), level_name(info.level))
        row("unit", self.tr("Unit:"), info.unit_name)
        if info.province_name:
            row("province", self.tr("Province or city:"), info.province_name)
        fp = row("fingerprint", self.tr("Key fingerprint:"), info.fingerprint)
        fp.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        fp.setToolTip(self.tr("The key fingerprint identifies this office. When another office adds you to its "
                              "trusted list, read it out to them by phone so they can check it."))
        return card

    def _chart(self, key: str, rows: list[tuple[str, int]]) -> None:
        view = self.charts[key]
        chart = QChart()
        chart.setTitle(view.property("title"))
        chart.legend().hide()
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setBackgroundRoundness(6)
        if not rows:
            chart.setTitle(view.property("title") + "\n" + self.tr("(no data yet)"))
            view.setChart(chart)
            return
        rows = list(reversed(rows))  # biggest at the top of a horizontal bar chart
        bars = QBarSet("")
        bars.setColor(QColor(ACCENT))
        for _label, n in rows:
            bars.append(n)
        series = QHorizontalBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        series.setBarWidth(0.7)
        chart.addSeries(series)
        axis_y = QBarCategoryAxis()
        axis_y.append([label if len(label) <= 28 else label[:27] + "…" for label, _n in rows])
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_y)
        axis_x = QValueAxis()
        top, ticks = integer_axis(max(n for _l, n in rows))
        axis_x.setRange(0, top)
        axis_x.setLabelFormat("%d")
        axis_x.setTickCount(ticks)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_x)
        view.setChart(chart)

    # -- data -----------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the figures again in a worker; the page keeps showing the last ones meanwhile."""
        if self._loading is not None:
            self._again = True
            return
        self.watch.mark_fresh()
        self._loading = self.runner.run(load_overview, self.ctx, self.today, title=self.tr("Overview"),
                                        on_error=self._failed, writes=False, cancellable=False,
                                        show_dialog=False)
        if self._loading is not None:
            # Signals, not on_done: a page deleted meanwhile (language switch) is simply not called.
            self._loading.succeeded.connect(self._loaded)
            self._loading.finished.connect(self._load_finished)

    @property
    def loading(self):  # noqa: ANN201 - the runner's Task, None when no read is running
        """The read under way (the start-up report waits for it to say when the figures show)."""
        return self._loading

    def _load_finished(self) -> None:
        self._loading = None
        self.loads += 1
        if self._again:
            self._again = False
            self.refresh()

    def _failed(self, exc: BaseException) -> bool:
        if isinstance(exc, DnndError):
            log.warning("overview figures: code %s", exc.code)
            return True
        return False   # a bug: the crash dialog says so

    def _loaded(self, data: OverviewData) -> None:
        self.data = data
        if data.figures is not None:
            self.show_figures(data.figures)
        self._fill_deadlines()

    def show_figures(self, f: OverviewFigures) -> None:
        self.figures = f
        self.year_label.setText(self.tr("Figures of %1 (activities and contributions this year; households, "
                                        "persons and twinning pairs as they stand).").replace("%1", str(f.year)))
        p = f.participants
        self.tiles["activities"].setText(format_number(f.activities))
        self.tiles["participants"].setText(format_number(p.total))
        self.tiles["participants"].setToolTip(
            self.tr("Vietnamese: %1 · foreign: %2 · overseas Vietnamese: %3").replace("%1", format_number(p.vn))
            .replace("%2", format_number(p.foreign)).replace("%3", format_number(p.overseas)))
        self.tiles["twinnings_active"].setText(format_number(f.twinnings_active))
        self.tiles["households"].setText(format_number(f.households))
        self.tiles["persons"].setText(format_number(f.persons))
        self.tiles["contributions_vnd"].setText(self.tr("%1 VND").replace("%1", format_money(f.contributions_vnd)))
        others = self.tr("Others")
        self._chart("activities_by_type", top_rows(f.activities_by_type, others))
        self._chart("activities_by_country", top_rows(f.activities_by_country, others))
        self._chart("persons_by_country", top_rows(f.persons_by_country, others))

    def deadline_lines(self) -> list[tuple[dt.date, str, bool]]:
        """(due date, text, overdue) of open report obligations and task deadlines, soonest first,
        from the last load."""
        lines: list[tuple[dt.date, str, bool]] = []
        data = self.data or OverviewData(None)
        for item in data.due_reports:
            lines.append((item.due_date, self._when(item.due_date, item.days_left) + " — " +
                          self.tr("%1 (%2)").replace("%1", item.template_title)
                          .replace("%2", str(item.period.message)), item.days_left < 0))
        for t in data.tasks:
            days = (t.deadline - self.today).days
            lines.append((t.deadline, self._when(t.deadline, days) + " — " +
                          self.tr("Task %1: %2").replace("%1", t.code).replace("%2", t.title), days < 0))
        lines.sort(key=lambda x: x[0])
        return lines

    def _when(self, due: dt.date, days: int) -> str:
        if days < 0:
            return self.tr("%1 · overdue by %2 days").replace("%1", format_date(due)).replace("%2", str(-days))
        if days == 0:
            return self.tr("%1 · due today").replace("%1", format_date(due))
        return self.tr("%1 · %2 days left").replace("%1", format_date(due)).replace("%2", str(days))

    def _fill_deadlines(self) -> None:
        self.deadlines.clear()
        lines = self.deadline_lines()[:8]
        if not lines:
            item = QListWidgetItem(self.tr("No report or task deadline is coming up. Deadlines appear here when "
                                           "the province's plan arrives or a report period ends."))
            item.setForeground(QColor("#5a6b7d"))
            self.deadlines.addItem(item)
            return
        for _due, text, overdue in lines:
            item = QListWidgetItem(text)
            item.setToolTip(text)
            if overdue:
                item.setForeground(OVERDUE_COLOUR)
            self.deadlines.addItem(item)

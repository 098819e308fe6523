"""The Vietnamese UI has no English word left and the English UI no Vietnamese one.

A walker builds the main window of an office with records of every kind (a district office that
reports, and the province office that receives its reports: some pages are province-only), visits
every page and every tab, opens the dialogs reachable from the pages (clicking their buttons with
every confirmation declined and every file chooser cancelled, and instantiating the dialogs that
need a file directly), and collects every visible text: window titles, labels, buttons, group
boxes, tabs, table/tree headers and cells, combo items, placeholders, tooltips, menus, actions,
the status bar, message boxes.

- Vietnamese: no word of an English source of the catalogue may show (the words that are also
  Vietnamese syllables or neutral — Excel, PDF, USB... — excepted).
- English: no Vietnamese letter may show, except in the data the office holds (names, titles,
  places: collected from the database), language names, and the few document values that are
  Vietnamese by rule (the signer's default title).

Texts that come from BELOW the GUI (field and kind labels, vocabulary terms, error messages, period
labels) are being converted to catalogue Messages on other branches at the time of issue 11; the
ones seen here are listed in IN_CONVERSION (temporary: the lead empties it after the merge).
"""
from __future__ import annotations

import html
import re
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QTreeView,
    QWidget,
    QWizardPage,
)

from dnnd_desktop.paths import translations_dir
from tests.gui.test_gui_strings import VIETNAMESE

# Words of English sources that are also Vietnamese syllables, or read the same in both languages.
NEUTRAL = {
    "excel", "pdf", "usb", "id", "word", "email", "e", "mail", "ok", "cccd", "mttq", "ubnd", "vnd", "qr",
    "dnnd", "xlsx", "csv", "zip", "html", "url", "sha", "utf", "tcvn", "vni", "ngo", "fdi", "vn", "gso",
    "iso", "asean", "unicode", "windows", "tet", "https", "http", "www", "png", "svg", "json", "gpl",
    "bc", "hd", "btt", "kh", "tb", "ctrl", "shift", "alt", "del", "esc", "enter", "tab", "f1", "f5",
    "qt", "pyside",
    # place names written without tone marks in English sources ("e.g. Lao Cai") are Vietnamese syllables
    "lao", "cai", "bat", "xat",
    # file formats and extensions, and the signature marks of documents (TM., KT.)
    "vntime", "sqlite", "sqlite3", "dnndbak", "dnndid", "tm", "kt",
    "ii", "iii", "iv",   # roman numerals of plan sections and quarters
    "kb", "mb", "gb",    # units of size, written the same in Vietnamese
    "pin", "token", "pfx", "p12", "pkcs", "docx",   # signing terms Vietnamese uses as they are ("mã PIN")
    "postgresql", "psycopg", "pgpass", "db",   # a database server's product, driver and file names
}
# Names that read the same in both languages.
NEUTRAL_PHRASES = ("GNU General Public License", "GPL-3.0-or-later")
# Shown in their own language on purpose (the language picker).
LANGUAGE_NAMES = ("Tiếng Việt", "English")

# TEMPORARY — texts from below the GUI still Vietnamese-only at the time of issue 11 (other branches
# convert them to catalogue Messages): text -> the module it comes from. Empty it after the merge.
# Checked against main at cef7885 (this walker run on main's code with the lists emptied): there only
# The period labels (IN_CONVERSION_LISTS) stay: they are written into report documents;
# every other entry here, and the Vietnamese country names, are already converted on main.
IN_CONVERSION: dict[str, str] = {
}


def _country_names() -> list[str]:
    """Vietnamese country names (temporary: the record forms show them in both languages until
    countries are named in the UI language)."""
    from dnnd_desktop.domain.messages import render
    from dnnd_desktop.domain.vocab import countries

    return [render(t.label, "vi") for t in countries()]


def english_country_names() -> list[str]:
    """Country names in English have letters Vietnamese has too (Côte d’Ivoire, São Tomé, Réunion):
    they are names, not Vietnamese. Only where the domain names countries in both languages."""
    from dnnd_desktop.domain.messages import Message
    from dnnd_desktop.domain.vocab import countries

    return [t.label.text("en") for t in countries() if isinstance(t.label, Message)]


def _period_labels() -> list[str]:
    import datetime as dt

    from dnnd_desktop.domain.periods import HALF, MONTH, NINE_MONTHS, QUARTER, YEAR, Period

    labels = []
    for year in range(dt.date.today().year - 3, dt.date.today().year + 3):
        periods = [Period(year, YEAR), Period(year, NINE_MONTHS), *(Period(year, HALF, i) for i in (1, 2)),
                   *(Period(year, QUARTER, i) for i in range(1, 5)), *(Period(year, MONTH, i) for i in range(1, 13))]
        labels += [str(p.label) for p in periods]
    return labels + [label[:1].upper() + label[1:] for label in labels]


# TEMPORARY, like IN_CONVERSION, for whole lists from below the GUI: what -> the texts.
IN_CONVERSION_LISTS = {
    "country names: domain/vocab.py countries() takes Babel's Vietnamese names in every language": _country_names,
    # Vietnamese period labels are written into report documents (a template's section titles say
    # "Phương hướng, nhiệm vụ 6 tháng cuối năm 2026"): document content. The GUI's own period cells,
    # titles and combo items use Period.message, in the UI language.
    "period labels inside report documents (template section titles)": _period_labels,
}

# Widgets that show a document as it reads (documents are Vietnamese whatever the UI language):
# objectName -> what. Their texts are data, as a typed record is; a table's headers are still read.
DOCUMENT_VIEWS = {
    "receivedDetail": "a report received from a lower office, as its document reads",
    "indicators": "the report's figures, labelled as the report's document labels them (breakdown lines too)",
    "consolidationTable": "the consolidated report's figures, labelled as its document labels them",
    "recomputeChanges": "the figures «Compute again» would change, labelled as the report's document labels them",
}

MAX_ROWS = 40   # cells read from each table or tree


# --- the catalogue's words -------------------------------------------------------------------------

def _words(text: str) -> set[str]:
    text = re.sub(r"<[^<>]*>|\{\w+\}|%\d", " ", text or "")   # markup and placeholders are not words
    return {w.lower() for w in re.findall(r"[^\W\d_]+", html.unescape(text)) if len(w) > 1}


def catalogue_words() -> tuple[set[str], set[str]]:
    """(words of the English sources, Vietnamese words of the translations) of both catalogues. A
    translation's word counts as Vietnamese only when its source does not have it: names kept as they
    are (Excel, a command such as «dnnd report list», a code list) stay English words."""
    sources, translations = set(), set()
    for name in ("dnnd_vi.ts", "qt_standard_vi.ts"):
        root = ET.parse(translations_dir() / name).getroot()
        for message in root.iter("message"):
            source = _words(message.findtext("source") or "")
            sources |= source
            # "phím Delete": a key is named as printed on the keyboard; the word stays English elsewhere
            translations |= _words(re.sub(r"phím \w+", " ", message.findtext("translation") or "")) - source
    return sources, translations


def english_words() -> set[str]:
    sources, translations = catalogue_words()
    return sources - translations - NEUTRAL


# --- what a person sees ----------------------------------------------------------------------------

def _clean(text: str) -> str:
    text = text or ""
    if "<" in text:
        text = re.sub(r"<[^<>]*>", " ", text)
        text = html.unescape(text)
    # "&File": the mnemonic marker goes; "A & B" and "&&" stay an ampersand
    return re.sub(r"&(?=\w)", "", text.replace("&&", "\0")).replace("\0", "&").strip()


def _model_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    out = []

    def columns(parent) -> int:
        try:
            return model.columnCount(parent)
        except TypeError:
            return 1   # a list model (its columnCount is private in PySide)

    for section in range(columns(QModelIndex())):
        out.append(str(model.headerData(section, Qt.Orientation.Horizontal) or ""))
    if view.objectName() in DOCUMENT_VIEWS:
        return out

    def rows(parent, depth):
        for r in range(min(model.rowCount(parent), MAX_ROWS)):
            for c in range(columns(parent)):
                index = model.index(r, c, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.data(index, role)
                    if isinstance(value, str):
                        out.append(value)
            child = model.index(r, 0, parent)
            if depth < 2 and isinstance(view, QTreeView) and model.rowCount(child):
                rows(child, depth + 1)

    rows(QModelIndex(), 0)
    return out


def _action_texts(actions) -> list[str]:
    out = []
    for action in actions:
        if action.isSeparator() or not action.isVisible():
            continue
        out += [action.text(), action.toolTip(), action.statusTip()]
        if action.menu() is not None:
            out.append(action.menu().title())
            out += _action_texts(action.menu().actions())
    return out


def widget_texts(widget: QWidget) -> list[str]:
    """The texts a person can read on `widget` itself (not its children)."""
    w = widget
    out = [w.toolTip(), w.statusTip(), w.whatsThis(), w.accessibleName()]
    if w.isWindow():
        out.append(w.windowTitle())
    if isinstance(w, QLabel):
        out.append(w.text())
    if isinstance(w, QAbstractButton):
        out.append(w.text())
    if isinstance(w, QGroupBox):
        out.append(w.title())
    if isinstance(w, QTabBar):
        for i in range(w.count()):
            out += [w.tabText(i), w.tabToolTip(i)]
    if isinstance(w, QComboBox):
        out += [w.itemText(i) for i in range(w.count())]
        out += [str(w.itemData(i, Qt.ItemDataRole.ToolTipRole) or "") for i in range(w.count())]
    if isinstance(w, QLineEdit):
        out += [w.placeholderText(), w.text()]
    if isinstance(w, (QPlainTextEdit, QTextEdit)):
        out += [w.placeholderText(), w.toPlainText()]
    if isinstance(w, QAbstractSpinBox):
        out += [w.specialValueText(), w.text()]
    if isinstance(w, QSpinBox):
        out += [w.prefix(), w.suffix()]
    if isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView):
        out += _model_texts(w)   # (a header view shares its table's model: the table reads it)
    if isinstance(w, QMenu):
        out.append(w.title())
    if isinstance(w, QWizardPage):
        out += [w.title(), w.subTitle()]
    if isinstance(w, QMainWindow):
        out.append(w.statusBar().currentMessage())
        out += _action_texts(w.menuBar().actions())
    out += _action_texts(w.actions())
    return out


def _inside_calendar(widget: QWidget) -> bool:
    parent = widget
    while parent is not None:
        if isinstance(parent, QCalendarWidget):
            return True   # Qt's own month and day names, in the locale (not our catalogue)
        parent = parent.parentWidget()
    return False


def visible_texts(top: QWidget) -> list[str]:
    """Every text shown on `top` and its visible children; every tab of its tab widgets is shown in
    turn, so hidden tabs are read too."""
    texts = []
    for tabs in [top, *top.findChildren(QTabWidget)]:
        if isinstance(tabs, QTabWidget) and tabs.isVisibleTo(top) or tabs is top and isinstance(top, QTabWidget):
            current = tabs.currentIndex()
            for i in range(tabs.count()):
                tabs.setCurrentIndex(i)
                QApplication.processEvents()
                texts += _texts_of(tabs.widget(i), top)
            tabs.setCurrentIndex(current)
    return texts + _texts_of(top, top)


def _texts_of(root: QWidget, top: QWidget) -> list[str]:
    texts = widget_texts(root)
    for child in root.findChildren(QWidget):
        if not child.isVisibleTo(top) or _inside_calendar(child):
            continue
        if child.objectName() in DOCUMENT_VIEWS and not isinstance(child, QAbstractItemView):
            continue
        texts += widget_texts(child)
    return [t for t in (_clean(t) for t in texts) if t]


# --- the checks ------------------------------------------------------------------------------------

def _strip(text: str, allowed: list[str]) -> str:
    """`text` without the allowed pieces (user data, language names, texts in conversion), matched
    whole (a name must not eat part of a word)."""
    for piece in allowed:
        if piece in text:
            text = re.sub(r"(?<!\w)" + re.escape(piece) + r"(?!\w)", " ", text)
    return text


# Not words: paths and file names (they hold the test's folder names), e-mail addresses, web addresses.
NOT_WORDS = re.compile(r"\S*[/\\]\S*|\S+@\S+|\S+\.(?:dnnd\w*|sqlite3|xlsx|pdf|json|txt|zip)\b")


def english_in(text: str, english: set[str], allowed: list[str]) -> list[str]:
    rest = NOT_WORDS.sub(" ", _strip(text, allowed))
    rest = re.sub(r"phím \w+", " ", rest)   # "phím Delete": the key as printed on the keyboard
    for phrase in NEUTRAL_PHRASES:
        rest = rest.replace(phrase, " ")
    return sorted({w for w in re.findall(r"[^\W\d_]+", rest) if len(w) > 1 and w.lower() in english})


def vietnamese_in(text: str, allowed: list[str]) -> bool:
    return VIETNAMESE.search(NOT_WORDS.sub(" ", _strip(text, allowed))) is not None


def office_data(ctx) -> list[str]:
    """The texts the office holds (names, titles, places, reports' titles...): every text cell of the
    database that a person typed or a document carries. Codes (lower-case identifiers) are left out,
    so a raw code on screen is still caught."""
    from sqlalchemy import String, Text, inspect, select

    found: set[str] = set()
    with ctx.session() as s:
        engine = s.get_bind()
        for table_name in inspect(engine).get_table_names():
            if table_name.startswith(("alembic", "search", "fts")):
                continue
            from sqlalchemy import MetaData, Table

            table = Table(table_name, MetaData(), autoload_with=engine)
            columns = [c for c in table.columns if isinstance(c.type, (String, Text))]
            if not columns:
                continue
            for row in s.execute(select(*columns)):
                for value in row:
                    if not isinstance(value, str) or len(value) < 2 or len(value) > 2000:
                        continue
                    if re.fullmatch(r"[a-z0-9_.:/\-@]+", value):
                        continue   # a code, an id, a hash
                    found.add(value)
                    found |= {line.strip() for line in value.splitlines() if line.strip()}
                    found |= {part.strip() for part in re.split(r"[;,]", value) if len(part.strip()) > 1}
    inst = ctx.installation
    for value in (inst.office_name, inst.parent_body, inst.head_title, inst.head_name, inst.place_name,
                  getattr(inst, "unit_name", None), inst.symbol):
        if value:
            found.add(value)
    return sorted(found, key=len, reverse=True)


def document_values(ctx) -> list[str]:
    """Names and values that are Vietnamese in every language: official unit names of the office's
    province, values that go into Vietnamese documents and show as grey defaults, and the built-in
    report templates (a template is a Vietnamese document definition: its indicator codes, labels
    and section titles are data, as a typed record is)."""
    from dnnd_desktop.domain.units import communes, provinces
    from dnnd_desktop.exchange.excel.layouts import EXCEL_KINDS, excel_columns
    from dnnd_desktop.gui.office_naming import DEFAULT_HEAD_TITLE, FRONT
    from dnnd_desktop.services.installation import CENTRAL_BODY
    from dnnd_desktop.services.reports.document import DEFAULT_DEPUTY_TITLE
    from dnnd_desktop.services.reports.templates import builtin_templates

    values = [DEFAULT_HEAD_TITLE, DEFAULT_DEPUTY_TITLE, FRONT, CENTRAL_BODY,
              "Như trên"]   # services/reports/document.py: the usual first line of a document's copies
    # the headers of the app's Excel files (shown as the file's columns when one is imported)
    values += [str(c.header) for kind in EXCEL_KINDS for c in excel_columns(kind)]
    if WORLD is not None:   # the other offices of the test world (identity cards, packages)
        values += [card.name for card in WORLD.cards.values()]
    for p in provinces():
        values += [p.name, p.full_name]
    if ctx.installation.province_code:
        values += [c.name for c in communes(ctx.installation.province_code)]
    for template in builtin_templates():
        values += [template.title, template.intro]
        for ind in template.indicators:
            values += [ind.code, ind.label, ind.unit, ind.help or ""]
        for sec in template.sections:
            values += [sec.code, sec.title, sec.title.upper(), sec.hint or ""]
            values += [group.title for group in sec.groups]
    # "{next_period_label}" and the like are filled in: the fixed pieces around them are the data
    pieces = [piece.strip(" .,:;-") for v in values for piece in re.split(r"\{\w+\}", str(v or ""))]
    pieces = [re.sub(r"^\d+\.\s*", "", piece) for piece in pieces]   # "3. Phương hướng" numbered
    return [v for v in {*map(str, values), *pieces} if v and len(v) > 1]


class Walk:
    """Collects (where, text) while a test drives the UI."""

    def __init__(self, qtbot, runner):
        self.qtbot, self.runner = qtbot, runner
        self.seen: list[tuple[str, str]] = []
        self.where = ""
        self.classes: set[type] = set()   # every dialog and message box class shown during the walk

    def add(self, texts, where: str | None = None) -> None:
        self.seen += [(where or self.where, t) for t in texts if t]

    def read(self, widget: QWidget, where: str | None = None) -> None:
        self.settle()
        self.add(visible_texts(widget), where)

    def settle(self) -> None:
        QApplication.processEvents()
        self.qtbot.waitUntil(lambda: not self.runner.running_tasks, timeout=30000)
        QApplication.processEvents()

    def read_new_windows(self, before: set[int], where: str) -> None:
        """Read, then close, every top-level window that appeared since `before`."""
        self.settle()
        for w in QApplication.topLevelWidgets():
            if id(w) not in before and w.isVisible() and not isinstance(w, QMenu):
                self.classes.add(type(w))
                self.add(visible_texts(w), f"{where} / {w.windowTitle() or type(w).__name__}")
                if isinstance(w, QDialog):
                    w.reject()
                w.close()
        QApplication.processEvents()

    def open(self, opener, where: str) -> None:
        """Run `opener` (which may open dialogs), then read and close what it opened."""
        before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
        result = opener()
        QApplication.processEvents()
        if isinstance(result, QWidget) and result.isVisible() and id(result) in before:
            self.add(visible_texts(result), where)
        self.read_new_windows(before, where)


@pytest.fixture
def walk(qtbot, monkeypatch):
    """A Walk whose modal parts (exec, static message boxes, file choosers) are read and declined
    instead of blocking the test."""
    from dnnd_desktop.gui.task_runner import TaskRunner

    runner = TaskRunner()
    w = Walk(qtbot, runner)

    def dialog_exec(self, *_a):
        w.classes.add(type(self))
        w.add(visible_texts(self), f"{w.where} / {self.windowTitle() or type(self).__name__}")
        self.reject()
        return QDialog.DialogCode.Rejected.value

    def box_exec(self, *_a):
        w.classes.add(type(self))
        w.add(visible_texts(self), f"{w.where} / message box")
        return QMessageBox.StandardButton.Cancel.value

    def static_box(kind):
        def show(parent, title, text, *a, **k):
            w.classes.add(QMessageBox)
            w.add([_clean(title), _clean(text)], f"{w.where} / {kind}")
            return QMessageBox.StandardButton.No
        return show

    # Links open nothing outside the test (the guide, a folder, a saved file): the address is read.
    from PySide6.QtGui import QDesktopServices

    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: w.add([url.toString()], f"{w.where} / link") or True)

    monkeypatch.setattr(QDialog, "exec", dialog_exec)
    monkeypatch.setattr(QMessageBox, "exec", box_exec)
    for kind in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, kind, static_box(kind))

    def chooser(*a, **k):
        caption = a[1] if len(a) > 1 else k.get("caption", "")
        w.add([_clean(str(caption))], f"{w.where} / file chooser")
        return "", ""

    for name in ("getSaveFileName", "getOpenFileName", "getOpenFileNames"):
        monkeypatch.setattr(QFileDialog, name, chooser)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: "")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", False))

    from dnnd_desktop.gui.packages import secret
    from tests.conftest import PASSPHRASE

    def passphrase(parent, text):   # the offices' signing key opens, so package previews are reached
        w.add([_clean(text)], f"{w.where} / signing passphrase")
        return PASSPHRASE

    monkeypatch.setattr(secret, "ask_passphrase", passphrase)
    yield w
    runner.cancel_all()
    runner.wait_all(10000)


# Buttons the walker does not click: they leave the window (or the program) or start long work whose
# texts are read elsewhere.
DO_NOT_CLICK = {"logout", "quit"}


def click_buttons(walk: Walk, page: QWidget, where: str) -> None:
    """Click every enabled, visible button of `page` once, reading what each opens."""
    buttons = [b for b in page.findChildren(QAbstractButton)
               if b.isVisibleTo(page) and b.isEnabled() and type(b).__name__ in {"QPushButton", "QToolButton"}
               and b.objectName() not in DO_NOT_CLICK and not b.isCheckable()]
    for button in buttons:
        try:
            if not button.isVisibleTo(page) or not button.isEnabled():
                continue
        except RuntimeError:
            continue   # deleted by an earlier click (a page rebuilt its list)
        label = _clean(button.text()) or button.toolTip() or button.objectName()
        walk.open(button.click, f"{where} / [{label}]")


def walk_window(walk: Walk, window, extra=None) -> None:
    walk.where = "main window"
    walk.read(window)
    for spec in window.pages:
        walk.where = spec.key
        page = window.show_page(spec.key)
        walk.read(window, spec.key)
        if extra and spec.key in extra:
            extra[spec.key](walk, window, page)
        click_buttons(walk, page, spec.key)
        window.show_page(spec.key)
        walk.read(window, spec.key)
    walk.where = "about"
    walk.open(window.show_about, "about")
    walk.open(window.show_database_dialog, "database")
    walk_menus(walk, window)


# Menu items the walker does not trigger: they close the window.
DO_NOT_TRIGGER = {"quit_action"}


def walk_menus(walk: Walk, window) -> None:
    """Trigger every item of every menu of the window (Tệp, Đi tới, Bảo vệ dữ liệu cá nhân, Trợ giúp,
    and the submenus), reading what each opens; confirmations are declined as everywhere."""
    skip = {id(getattr(window, name)) for name in DO_NOT_TRIGGER if hasattr(window, name)}

    def items(menu):
        menu.aboutToShow.emit()   # menus that fill themselves when opened (Tệp gần đây)
        for action in menu.actions():
            if action.menu() is not None:
                yield from items(action.menu())
            elif not action.isSeparator() and action.isVisible() and action.isEnabled() and id(action) not in skip:
                yield menu, action

    for top in window.menuBar().actions():
        if top.menu() is None:
            continue
        for menu, action in list(items(top.menu())):
            where = f"menu / {_clean(menu.title())} / {_clean(action.text())}"
            walk.where = where
            walk.open(action.trigger, where)
            walk.settle()


def problems(walk: Walk, language: str, allowed: list[str]) -> list[str]:
    english = english_words()
    out = []
    for where, text in dict.fromkeys(walk.seen):
        if language == "vi":
            words = english_in(text, english, allowed)
            if words:
                out.append(f"{where}: {text!r}  English: {', '.join(words)}")
        elif vietnamese_in(text, allowed):
            out.append(f"{where}: {text!r}")
    return sorted(set(out))


# --- the offices -----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def world_template(tmp_path_factory):
    from tests.unit.test_province_offices import build_world

    return build_world(tmp_path_factory.mktemp("walk_world"))


def _open_copy(world, key: str, tmp_path: Path):
    from dnnd_desktop.paths import DataDir
    from dnnd_desktop.services.app_context import open_context

    target = tmp_path / key
    shutil.copytree(world.dirs[key].root, target)
    return open_context(DataDir(target))


@pytest.fixture
def district(world_template, tmp_path):
    """District "a": it imported the province's plan, recorded its half year and reported; demo data
    adds partners, twinning pairs, contributions, commendations and consents."""
    import datetime as dt

    from dnnd_desktop.services.demo import fill_demo
    from dnnd_desktop.services.reports import ReportService

    ctx = _open_copy(world_template, "a", tmp_path)
    fill_demo(ctx, households=4, activities=4, seed=7)
    ReportService(ctx).create(f"{dt.date.today().year}-H1")   # a draft: its editor is open to changes
    yield ctx
    ctx.close()


@pytest.fixture
def province(world_template, tmp_path):
    ctx = _open_copy(world_template, "p", tmp_path)
    yield ctx
    ctx.close()


def _records_dialogs(walk: Walk, window, page) -> None:
    for list_page in [page, *([page.show_persons()] if hasattr(page, "show_persons") else [])]:
        lp = getattr(list_page, "households", list_page)
        walk.open(lambda lp=lp: lp.open_editor(None), f"{walk.where} / new")
        if lp.model.rowCount():
            walk.open(lambda lp=lp: lp.edit_row(0), f"{walk.where} / edit")
        if hasattr(page, "households"):
            dialog = page.households.edit_row(0) or page.households.editor
            if dialog is not None:
                for opener in ("add_person",):
                    walk.open(getattr(dialog, opener), f"{walk.where} / household / {opener}")
                walk.open(lambda d=dialog: d.edit_consent(None), f"{walk.where} / household / consent")
                # a person's contribution and commendation editors (the plain ChildDialog)
                for table in (dialog.contributions, dialog.commendations):
                    walk.open(lambda t=table: t.edit(None), f"{walk.where} / household / {table.kind}")
                dialog.reject()
            walk.open(page.show_persons, f"{walk.where} / persons")
        if lp.model.rowCount():
            lp.select_row(0)
            click_buttons(walk, lp, f"{walk.where} / row selected")


def _reports(walk: Walk, window, page) -> None:
    walk.open(page.new_report, "reports / new report")
    for report in list(page.list_view.reports):
        page.open_report(report.id)
        walk.read(window, f"reports / editor ({report.status})")
        editor = page.editor
        rows = [i for i, entry in enumerate(editor.rows) if entry]
        if rows:
            editor.table.selectRow(rows[0])
            walk.open(editor.edit_selected_figure, "reports / editor / figure")
        click_buttons(walk, editor, f"reports / editor ({report.status})")
        if editor._editable():
            # a record added in the report's period: «Compute again» shows what would change
            from dnnd_desktop.domain.periods import parse_period
            from dnnd_desktop.services.records import RecordService

            start = parse_period(report.period_code).start
            RecordService(window.ctx).create("activity", {"title": "Giao lưu bổ sung", "activity_type": "other",
                                                          "start_date": start.isoformat()})
            walk.open(editor.recompute, "reports / editor / compute again")
        page.show_list()
    if page.list_view.reports:   # File → check signatures, on a report's PDF (unsigned)
        pdf = Path(window.ctx.data_dir.root) / "bao-cao.pdf"
        page.editor.service.export(page.list_view.reports[0].id, pdf)
        walk.open(lambda: window.check_signatures(str(pdf)), "reports / signatures of the PDF")


def _packages(walk: Walk, window, page) -> None:
    from dnnd_desktop.gui.packages.secret import SigningPassphraseDialog

    walk.open(lambda: _shown(SigningPassphraseDialog("x", page)), "packages / signing passphrase")
    from dnnd_desktop.gui.packages.secret import _retry_text

    walk.open(lambda: _shown(SigningPassphraseDialog(_retry_text(2), page)), "packages / passphrase asked again")
    walk.open(page.trust_tab.change_passphrase, "packages / change the key passphrase")
    from dnnd_desktop.gui.packages.shares_tab import ShareDialog

    walk.open(lambda: _shown(ShareDialog(window.ctx, page)), "packages / share records")
    if WORLD is not None:
        from dnnd_desktop.gui.packages.import_tab import OPENING
        from dnnd_desktop.gui.packages.trust_tab import TrustCardDialog

        walk.open(lambda: _shown(TrustCardDialog(window.ctx, WORLD.cards["c"], page)), "packages / trust card")
        # the packages of the test world: plans sent down, reports sent up (one is this office's to open)
        for path in sorted((WORLD.base / "out").glob("*.dnnd")):
            walk.open(lambda path=path: page.open_file(str(path)), f"packages / open {path.name}")
            walk.qtbot.waitUntil(lambda: page.import_tab.state != OPENING, timeout=20000)
            walk.read(window, f"packages / open {path.name}")


def _backups(walk: Walk, window, page) -> None:
    from dnnd_desktop.gui.backups.passphrase_dialog import PassphraseDialog

    walk.open(lambda: _shown(PassphraseDialog(True, "", page)), "backups / passphrase (new)")
    walk.open(lambda: _shown(PassphraseDialog(False, "sao-luu.dnndbak", page)), "backups / passphrase")


def _settings(walk: Walk, window, page) -> None:
    walk.open(page.add_user, "settings / add user")
    from dnnd_desktop.gui.widgets.saved_file_box import show_saved_file

    # the box after an export (issue 19): its title and «Mở tệp» / «Mở thư mục» buttons
    walk.open(lambda: show_saved_file(page, window.ctx.data_dir.root / "x.xlsx", "x"), "settings / file saved box")


WORLD = None   # the test world, for identity cards (set by the tests)


def _shown(dialog: QDialog) -> QDialog:
    dialog.open()
    return dialog


def _province_extra(world):
    def lower_offices(walk, window, page):
        from dnnd_desktop.gui.province.register_dialog import RegisterOfficeDialog

        walk.open(lambda: _shown(RegisterOfficeDialog(world.cards["c"], page)), "lower offices / register")

    def plans(walk, window, page):
        from dnnd_desktop.gui.province.plan_editor import PasteTextDialog

        walk.open(page.new_plan, "plans / new plan")
        if page.table.rowCount():
            page.table.selectRow(0)
            walk.open(page.edit_selected, "plans / edit plan")
            walk.open(page.publish_selected, "plans / publish")
        walk.open(lambda: _shown(PasteTextDialog(page)), "plans / paste text")

    def submissions(walk, window, page):
        if page.reports_table.rowCount():
            page.reports_table.selectRow(0)
            walk.read(window, "submissions / selected")
            walk.open(lambda: page.answer_selected(False), "submissions / acknowledge")
            walk.open(lambda: page.answer_selected(True), "submissions / return")

    return {"lower_offices": lower_offices, "plans": plans, "submissions": submissions}


def _activities(walk: Walk, window, page) -> None:
    from dnnd_desktop.gui.dialogs import excel_actions

    _records_dialogs(walk, window, page)
    path = Path(window.ctx.data_dir.root) / "mau-hoat-dong.xlsx"
    excel_actions.download_template(page, window.ctx, walk.runner, "activity", path=str(path))
    walk.settle()
    walk.open(lambda: excel_actions.import_from_excel(page, window.ctx, walk.runner, "activity", path=path),
              "activities / import a file")
    dialog = excel_actions.import_from_excel(page, window.ctx, walk.runner, "activity", path=path)
    walk.settle()
    dialog.next_button.click()   # the mapping is complete in the app's own template: on to the preview
    walk.read(dialog, "activities / import a file / preview")
    dialog.reject()


EXTRA = {"activities": _activities, "twinning": _records_dialogs, "partners": _records_dialogs,
         "households": _records_dialogs, "reports": _reports, "packages": _packages, "backups": _backups,
         "settings": _settings}


def _run(qtbot, walk, ctx, extra) -> None:
    from dnnd_desktop.gui.main_window import MainWindow

    window = MainWindow(ctx, walk.runner)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    walk_window(walk, window, extra)
    walk.runner.cancel_all()
    walk.runner.wait_all(10000)


def _allowed(ctx) -> list[str]:
    lists = [text for texts in IN_CONVERSION_LISTS.values() for text in texts()]
    names = [*office_data(ctx), *LANGUAGE_NAMES, *document_values(ctx), *english_country_names()]
    return sorted(set([*names, *IN_CONVERSION, *lists]),
                  key=len, reverse=True)


def dialog_classes() -> dict[str, type]:
    """Every dialog class of the GUI (the QDialog subclasses, wizards included, defined under
    dnnd_desktop.gui), by name."""
    import importlib
    import pkgutil

    import dnnd_desktop.gui as gui

    for module in pkgutil.walk_packages(gui.__path__, "dnnd_desktop.gui."):
        importlib.import_module(module.name)
    found: dict[str, type] = {}
    stack: list[type] = [QDialog]
    while stack:
        for sub in stack.pop().__subclasses__():
            stack.append(sub)
            if sub.__module__.startswith("dnnd_desktop.gui."):
                found[sub.__name__] = sub
    return found


# Dialogs only a province office has (its pages): walked by the province test.
PROVINCE_DIALOGS = {"PublishDialog", "AnswerDialog", "RegisterOfficeDialog", "PasteTextDialog", "PlanEditorDialog"}
# Dialogs shown before the main window or outside it: read by test_setup_wizard_and_login_speak_one_language.
BEFORE_THE_WINDOW = {"SetupWizard", "LoginDialog", "UnlockDialog", "RecoveryCodeDialog", "CrashDialog"}


BOX_KINDS = ("question", "warning", "information", "critical", "message box")


def message_boxes(walk: Walk) -> set[str]:
    """Where a message box was read (each flow that raised one)."""
    return {where for where, _ in walk.seen if where.rsplit(" / ", 1)[-1] in BOX_KINDS}


def assert_every_dialog_walked(walk: Walk, expected: set[str]) -> None:
    seen = {cls.__name__ for cls in walk.classes}
    missing = sorted(expected - seen)
    assert not missing, f"dialogs the walk never opened (open them from a page, a menu or EXTRA): {missing}"


@pytest.mark.parametrize("language", ["vi", "en"])
def test_district_office_speaks_one_language(qtbot, walk, district, world_template, monkeypatch, language):
    from dnnd_desktop.gui import i18n

    monkeypatch.setattr(sys.modules[__name__], "WORLD", world_template)
    assert i18n.set_language(language)
    _run(qtbot, walk, district, EXTRA)
    found = problems(walk, language, _allowed(district))
    assert len(walk.seen) > 500   # the walk really read the pages
    wheres = {where for where, _ in walk.seen}
    for reached in ("activities / import a file / preview", "settings / add user", "reports / editor / figure",
                    "households / household / consent", "tasks / ", "menu / "):
        assert any(w.startswith(reached) for w in wheres), reached
    # every dialog class and message boxes were read (issue 19: the walk read pages, not every dialog)
    assert_every_dialog_walked(walk, set(dialog_classes()) - PROVINCE_DIALOGS - BEFORE_THE_WINDOW)
    assert QMessageBox in walk.classes
    # message boxes of at least a dozen flows were read (confirmations, warnings, the menus' boxes)
    assert len(message_boxes(walk)) >= 10, sorted(message_boxes(walk))
    assert not found, f"{len(found)} texts in the wrong language:\n" + "\n".join(found)


@pytest.mark.parametrize("language", ["vi", "en"])
def test_province_office_speaks_one_language(qtbot, walk, province, world_template, monkeypatch, language):
    from dnnd_desktop.gui import i18n

    monkeypatch.setattr(sys.modules[__name__], "WORLD", world_template)
    assert i18n.set_language(language)
    _run(qtbot, walk, province, {**EXTRA, **_province_extra(world_template)})
    found = problems(walk, language, _allowed(province))
    assert {spec for spec, _ in walk.seen} >= {"lower_offices", "plans", "submissions", "consolidation"}
    assert_every_dialog_walked(walk, PROVINCE_DIALOGS)
    assert not found, f"{len(found)} texts in the wrong language:\n" + "\n".join(found)


def test_switching_language_leaves_no_text_behind(qtbot, walk, district, world_template, monkeypatch):
    """Settings → language: the running window and the pages it had made switch completely."""
    from dnnd_desktop.gui import i18n
    from dnnd_desktop.gui.main_window import MainWindow

    monkeypatch.setattr(sys.modules[__name__], "WORLD", world_template)
    assert i18n.set_language("vi")
    window = MainWindow(district, walk.runner)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    for spec in window.pages:
        window.show_page(spec.key)
        walk.settle()
    assert i18n.set_language("en")
    walk.settle()   # the window rebuilds its pages after the LanguageChange event
    walk.seen.clear()
    walk_window(walk, window)
    found = problems(walk, "en", _allowed(district))
    assert not found, f"{len(found)} texts left in Vietnamese:\n" + "\n".join(found)


CRASH_DETAILS = "Traceback (most recent call last): ZeroDivisionError"


@pytest.mark.parametrize("language", ["vi", "en"])
def test_setup_wizard_and_login_speak_one_language(qtbot, walk, ctx, tmp_path, language):
    """What comes before the main window: the first-start wizard (every page, each office level) and
    the login dialog."""
    from dnnd_desktop.gui import i18n
    from dnnd_desktop.gui.login_dialog import LoginDialog
    from dnnd_desktop.gui.setup_wizard import SetupWizard
    from dnnd_desktop.paths import DataDir
    from dnnd_desktop.services.users import UserService

    assert i18n.set_language(language)
    wizard = SetupWizard(DataDir(tmp_path / "new"), walk.runner)
    qtbot.addWidget(wizard)
    wizard.show()
    for level in ("commune", "district", "province"):
        wizard.level_page.set_level(level)
        for page_id in wizard.pageIds():
            page = wizard.page(page_id)
            page.initializePage()   # what Next does: the page fills in for the chosen level
            walk.add(_texts_of(page, page), f"wizard / {page.title()} / {level}")
    walk.read(wizard, "wizard")
    users = UserService(ctx).list_users()
    login = LoginDialog(users, lambda user, password: user, ctx.installation.office_name)
    qtbot.addWidget(login)
    login.show()
    walk.read(login, "login")
    # the store's passphrase (unlock, or convert a plain store), the recovery code shown once, and the
    # box a crash shows: before the main window or outside it
    from dnnd_desktop.gui.crash_dialog import CrashDialog
    from dnnd_desktop.gui.privacy.recovery_code_dialog import RecoveryCodeDialog
    from dnnd_desktop.gui.privacy.unlock_dialog import UnlockDialog

    for dialog, where in ((UnlockDialog(ctx.data_dir, convert=False), "unlock"),
                          (UnlockDialog(ctx.data_dir, convert=True), "unlock (convert)"),
                          (RecoveryCodeDialog("ABCD-EFGH-JKLM-NPQR", ctx.installation.office_name), "recovery code"),
                          (CrashDialog(CRASH_DETAILS, ""), "crash")):
        qtbot.addWidget(dialog)
        walk.open(lambda dialog=dialog: _shown(dialog), where)
    walk.classes |= {SetupWizard, LoginDialog}
    assert_every_dialog_walked(walk, BEFORE_THE_WINDOW)
    assert len({where for where, _ in walk.seen}) > 5
    found = problems(walk, language, [CRASH_DETAILS, *_allowed(ctx)])   # the details are for support, as they are
    assert not found, f"{len(found)} texts in the wrong language:\n" + "\n".join(found)


# --- the checks themselves -------------------------------------------------------------------------

def test_english_words_come_from_the_catalogue_minus_vietnamese_syllables():
    english = english_words()
    assert {"export", "save", "household", "report"} <= english
    assert not {"excel", "pdf", "an", "ban", "in"} & english   # neutral, or Vietnamese syllables too
    assert {"delete", "name", "user", "time"} <= english     # not taken for Vietnamese from a key name or {user}


def test_checks_allow_user_data_whole_only():
    english = {"export", "report"}
    assert english_in("Xuất Export", english, []) == ["Export"]
    assert english_in("Hội Export Việt", english, ["Hội Export Việt"]) == []
    assert vietnamese_in("Exported 3 rows", []) is False
    assert vietnamese_in("Head: Nguyễn Văn An", ["Nguyễn Văn An"]) is False
    assert vietnamese_in("Head: Nguyễn Văn Anh", ["Nguyễn Văn An"]) is True   # no partial match


def test_walker_reads_labels_tables_combos_tabs_and_menus(qtbot):
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView, QVBoxLayout

    top = QWidget()
    layout = QVBoxLayout(top)
    layout.addWidget(QLabel("<b>Bold label</b>"))
    combo = QComboBox()
    combo.addItems(["First item", "Second item"])
    layout.addWidget(combo)
    tabs = QTabWidget()
    tabs.addTab(QLabel("On tab one"), "Tab one")
    tabs.addTab(QLabel("On tab two"), "Tab two")
    layout.addWidget(tabs)
    model = QStandardItemModel(1, 1)
    model.setHorizontalHeaderLabels(["Header"])
    model.setItem(0, 0, QStandardItem("Cell"))
    view = QTableView()
    view.setModel(model)
    layout.addWidget(view)
    edit = QLineEdit()
    edit.setPlaceholderText("Placeholder")
    layout.addWidget(edit)
    qtbot.addWidget(top)
    top.show()
    texts = set(visible_texts(top))
    assert {"Bold label", "First item", "Second item", "Tab one", "Tab two", "On tab one", "On tab two",
            "Header", "Cell", "Placeholder"} <= texts


def test_walk_declines_what_would_block_and_reads_it(walk):
    # File choosers answer "cancelled", message boxes "No", modal dialogs "Rejected": their texts are read.
    walk.where = "here"
    assert QFileDialog.getSaveFileName(None, "Save as", "", "") == ("", "")
    assert QMessageBox.question(None, "Delete?", "Really delete") == QMessageBox.StandardButton.No
    dialog = QDialog()
    dialog.setWindowTitle("A modal one")
    assert dialog.exec() == QDialog.DialogCode.Rejected.value
    assert {("here / file chooser", "Save as"), ("here / question", "Delete?"), ("here / question", "Really delete"),
            ("here / A modal one", "A modal one")} <= set(walk.seen)

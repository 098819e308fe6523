"""The pages of the first-run setup wizard. Each page checks its own fields before Next and shows
what is wrong right under the field; the wizard (setup_wizard.py) puts the answers together."""
from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from ..domain.roles import COMMUNE, DISTRICT, PROVINCE
from ..domain.text import clean
from ..domain.units import Province, communes, province_by_code, provinces
from ..exchange.passphrase_strength import weakness
from . import office_naming
from .widgets.field_error import FieldWithError
from .widgets.search_combo import SearchCombo

if TYPE_CHECKING:
    from .setup_wizard import SetupWizard

MIN_PASSPHRASE = 8
MIN_PASSWORD = 4


def _wizard(page: QWizardPage) -> SetupWizard:
    """The wizard these pages are added to (Qt types it as a plain QWizard)."""
    return cast("SetupWizard", page.wizard())


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: #5a6b7d;")
    return label


class FormPage(QWizardPage):
    """A wizard page made of labelled fields, each with an error line under it."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.fields: dict[str, FieldWithError] = {}
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.outer = QVBoxLayout(self)
        self.outer.addLayout(self.form)

    def add_field(self, name: str, label: str, widget: QWidget, hint: str | None = None) -> QWidget:
        box = FieldWithError(widget, hint)
        self.fields[name] = box
        self.form.addRow(label, box)
        return widget

    def clear_errors(self) -> None:
        for box in self.fields.values():
            box.set_error(None)

    def show_errors(self, errors: dict[str, str]) -> bool:
        """Show the messages for this page's fields; True when any belonged here."""
        first = None
        for name, box in self.fields.items():
            if name in errors:
                box.set_error(errors[name])
                first = first or box
        if first is not None:
            first.field.setFocus()
        return first is not None

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        self.clear_errors()
        return not self.show_errors(self.check())

    def check(self) -> dict[str, str]:
        return {}


class WelcomePage(QWizardPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Welcome to People's Diplomacy"))
        self.setSubTitle(self.tr("First-time setup for your office. It takes about two minutes."))
        text = QLabel(self.tr(
            "<p>This software helps your Fatherland Front office record its people's diplomacy work "
            "and its work with Vietnamese people abroad, write periodic reports, and send them "
            "securely to the office above.</p>"
            "<p>Before you start, the software needs to know:</p>"
            "<ul><li>which office this computer belongs to (level, province, unit);</li>"
            "<li>how your official documents are headed and signed;</li>"
            "<li>who will use the software first;</li>"
            "<li>a passphrase that protects the office's signing key.</li></ul>"
            "<p>Everything stays on this computer.</p>"
        ))
        text.setWordWrap(True)
        QVBoxLayout(self).addWidget(text)


class LevelPage(FormPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Level of your office"))
        self.setSubTitle(self.tr("Which Front committee does this computer work for?"))
        self.group = QButtonGroup(self)
        choices = QWidget()
        lay = QVBoxLayout(choices)
        lay.setContentsMargins(0, 0, 0, 0)
        self.radios: dict[str, QRadioButton] = {}
        for level, title, explanation in (
            (COMMUNE, self.tr("Commune, ward or special zone"),
             self.tr("The Front committee of a commune, ward or special zone. Since 1 July 2025 this "
                     "is the level directly below the province.")),
            (PROVINCE, self.tr("Province or centrally-run city"),
             self.tr("The provincial Front committee. It gives tasks to the offices below it and "
                     "receives and combines their reports.")),
            (DISTRICT, self.tr("District (before 1 July 2025)"),
             self.tr("Since 1 July 2025 there are no district-level Front committees. Choose this only "
                     "if your office still has to keep or finish work from a district committee.")),
        ):
            radio = QRadioButton(title)
            radio.setObjectName(f"level_{level}")
            self.radios[level] = radio
            self.group.addButton(radio)
            lay.addWidget(radio)
            note = _hint(explanation)
            note.setContentsMargins(24, 0, 0, 8)
            lay.addWidget(note)
        self.radios[COMMUNE].setChecked(True)
        self.add_field("level", "", choices)

    def level(self) -> str:
        return next((lvl for lvl, r in self.radios.items() if r.isChecked()), "")

    def set_level(self, level: str) -> None:
        self.radios[level].setChecked(True)

    def check(self) -> dict[str, str]:
        return {} if self.level() else {"level": self.tr("Choose the level of your office.")}


class UnitPage(FormPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Your unit"))
        self.province_combo = SearchCombo()
        self.province_combo.setObjectName("province")
        self.province_combo.set_items((p.full_name, p.code, (p.name,)) for p in provinces())
        self.province_combo.lineEdit().setPlaceholderText(self.tr("Type to search, e.g. Lao Cai"))
        self.add_field("province_code", self.tr("Province or city:"), self.province_combo)

        self.commune_combo = SearchCombo()
        self.commune_combo.setObjectName("commune")
        self.commune_combo.lineEdit().setPlaceholderText(self.tr("Type to search, e.g. Bat Xat"))
        self.district_edit = QLineEdit()
        self.district_edit.setObjectName("district")
        self.district_edit.setPlaceholderText(self.tr("e.g. Bat Xat district"))
        self.province_label = QLabel()
        self.unit_stack = QStackedWidget()
        for w in (self.commune_combo, self.district_edit, self.province_label):
            self.unit_stack.addWidget(w)
        self.unit_stack.setSizePolicy(self.commune_combo.sizePolicy())
        self.unit_label = QLabel()
        box = FieldWithError(self.unit_stack)
        self.fields["unit_name"] = box
        self.form.addRow(self.unit_label, box)
        self.unit_hint = _hint("")
        self.form.addRow("", self.unit_hint)
        self.province_combo.currentIndexChanged.connect(self._province_changed)
        self.province_combo.editTextChanged.connect(self._province_changed)
        self._loaded_province: int | None = None

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        level = _wizard(self).level_page.level()
        self.setSubTitle({
            COMMUNE: self.tr("Choose your province, then your commune, ward or special zone."),
            DISTRICT: self.tr("Choose your province, then type the name of your former district."),
            PROVINCE: self.tr("Choose your province or centrally-run city."),
        }[level])
        self.unit_label.setText({
            COMMUNE: self.tr("Commune or ward:"), DISTRICT: self.tr("District:"), PROVINCE: self.tr("Unit:"),
        }[level])
        self.unit_stack.setCurrentWidget({
            COMMUNE: self.commune_combo, DISTRICT: self.district_edit, PROVINCE: self.province_label,
        }[level])
        self.unit_hint.setText(self.tr(
            "Districts are no longer in the official list of units, so type the name as it was, "
            "for example \"Bat Xat district\".") if level == DISTRICT else "")
        self.unit_hint.setVisible(level == DISTRICT)
        self._province_changed()

    def _province_changed(self, *_):
        province = self.province()
        self.province_label.setText(province.full_name if province else self.tr("(choose a province first)"))
        code = province.code if province else None
        if code != self._loaded_province:
            self._loaded_province = code
            self.commune_combo.set_items((c.name, c.code, (c.short_name,)) for c in communes(code)) if code else \
                self.commune_combo.set_items([])

    def province(self) -> Province | None:
        code = self.province_combo.value()
        return province_by_code(code) if code is not None else None

    def unit(self) -> tuple[str, int | None]:
        """(unit name, unit code) as the installation service takes them."""
        level = _wizard(self).level_page.level()
        province = self.province()
        if level == PROVINCE:
            return (province.full_name, province.code) if province else ("", None)
        if level == COMMUNE:
            code = self.commune_combo.value()
            match = [c for c in communes(province.code) if c.code == code] if province and code else []
            return (match[0].name, match[0].code) if match else (clean(self.commune_combo.currentText()) or "", None)
        return office_naming.district_unit_name(self.district_edit.text()), None

    def check(self) -> dict[str, str]:
        errors = {}
        if self.province() is None:
            errors["province_code"] = self.tr("Choose a province or city from the list.")
            return errors
        level = _wizard(self).level_page.level()
        name, code = self.unit()
        if level == COMMUNE and code is None:
            errors["unit_name"] = self.tr("Choose your commune, ward or special zone from the list.")
        elif level == DISTRICT and not clean(self.district_edit.text()):
            errors["unit_name"] = self.tr("Type the name of your district.")
        return errors


class OfficePage(FormPage):
    """Document header and signature details, pre-filled from the level and unit. A value the user
    edited is kept when they go back and change the unit; untouched ones follow the unit."""

    PREFILLED = ("office_name", "parent_body", "place_name", "symbol", "head_title")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Office details for documents"))
        self.setSubTitle(self.tr("These appear in the heading, date line and signature of your reports."))
        self.edits: dict[str, QLineEdit] = {}
        for name, label, hint in (
            ("office_name", self.tr("Office name:"), None),
            ("parent_body", self.tr("Body above:"),
             self.tr("Printed above your office name in the document heading.")),
            ("symbol", self.tr("Document symbol:"),
             self.tr("Used in document numbers, e.g. No. 05/BC-MTTQ-BTT.")),
            ("place_name", self.tr("Place on the date line:"),
             self.tr("e.g. \"Bat Xat\" gives the date line \"Bat Xat, 15 May 2026\".")),
            ("head_title", self.tr("Title of the head:"), None),
            ("head_name", self.tr("Name of the head:"), self.tr("Can be left empty and filled in later.")),
        ):
            edit = QLineEdit()
            edit.setObjectName(name)
            self.edits[name] = edit
            self.add_field(name, label, edit, hint)
        self._auto: dict[str, str] = {}

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        wiz = _wizard(self)
        level = wiz.level_page.level()
        province = wiz.unit_page.province()
        unit, _ = wiz.unit_page.unit()
        proposals = {
            "office_name": office_naming.office_name(level, province, unit),
            "parent_body": office_naming.parent_body(level, province),
            "place_name": office_naming.place_name(level, province, unit),
            "symbol": office_naming.DEFAULT_SYMBOL,
            "head_title": office_naming.DEFAULT_HEAD_TITLE,
        }
        for name, value in proposals.items():
            edit = self.edits[name]
            if not edit.text().strip() or edit.text() == self._auto.get(name):
                edit.setText(value)
                self._auto[name] = value

    def values(self) -> dict[str, str]:
        return {name: clean(edit.text()) or "" for name, edit in self.edits.items()}

    def check(self) -> dict[str, str]:
        v = self.values()
        errors = {}
        if not v["office_name"]:
            errors["office_name"] = self.tr("Type the name of your office.")
        if not v["symbol"]:
            errors["symbol"] = self.tr("Type the symbol used in your document numbers.")
        if not v["place_name"]:
            errors["place_name"] = self.tr("Type the place name for the date line.")
        if not v["head_title"]:
            errors["head_title"] = self.tr("Type the title of the head, e.g. Chair.")
        return errors


def _password_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class UserPage(FormPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("First user"))
        self.setSubTitle(self.tr("The person setting up the software. This user holds every role."))
        self.name_edit = self.add_field("officer_name", self.tr("Full name:"), QLineEdit())
        self.name_edit.setObjectName("officer_name")
        self.password_edit = self.add_field(
            "officer_password", self.tr("Password (optional):"), _password_edit("officer_password"),
            self.tr("Leave empty if only you use this computer. At least 4 characters otherwise."))
        self.confirm_edit = self.add_field("officer_password_again", self.tr("Password again:"),
                                           _password_edit("officer_password_again"))

    def check(self) -> dict[str, str]:
        errors = {}
        if not clean(self.name_edit.text()):
            errors["officer_name"] = self.tr("Type the name of the first user.")
        pw = self.password_edit.text()
        if pw and len(pw) < MIN_PASSWORD:
            errors["officer_password"] = self.tr("The password needs at least 4 characters, or leave it empty.")
        elif pw != self.confirm_edit.text():
            errors["officer_password_again"] = self.tr("The two passwords are not the same.")
        return errors


class KeyPage(FormPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Passphrase for the office key"))
        self.setSubTitle(self.tr("The software now creates your office's own signing key."))
        explain = QLabel(self.tr(
            "<p>Reports and data packages you send are <b>signed</b> with this key, so the office "
            "above knows they really come from you and were not changed on the way.</p>"
            "<p>The passphrase protects the key. You will type it each time you send a package. "
            "<b>It cannot be recovered if it is lost</b>: write it down and keep it in a safe place "
            "known to the head of the office.</p>"))
        explain.setWordWrap(True)
        self.outer.insertWidget(0, explain)
        self.passphrase_edit = self.add_field("passphrase", self.tr("Passphrase:"), _password_edit("passphrase"),
                                              self.tr("At least 8 characters. A short sentence is easy "
                                                      "to remember and hard to guess."))
        self.confirm_edit = self.add_field("passphrase_again", self.tr("Passphrase again:"),
                                           _password_edit("passphrase_again"))
        self.show_check = QCheckBox(self.tr("Show what I type"))
        self.show_check.toggled.connect(self._toggle_echo)
        self.form.addRow("", self.show_check)

    def _toggle_echo(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.passphrase_edit.setEchoMode(mode)
        self.confirm_edit.setEchoMode(mode)

    def check(self) -> dict[str, str]:
        pw = self.passphrase_edit.text()
        if len(pw) < MIN_PASSPHRASE:
            return {"passphrase": self.tr("The passphrase needs at least 8 characters.")}
        hint = weakness(pw)
        if hint is not None:
            return {"passphrase": hint.text()}
        if pw != self.confirm_edit.text():
            return {"passphrase_again": self.tr("The two passphrases are not the same.")}
        return {}


class SummaryPage(QWizardPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Check and finish"))
        self.setSubTitle(self.tr("Press Finish to create your office's data and keys. This takes a few "
                                 "seconds."))
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        QVBoxLayout(self).addWidget(self.summary)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        from html import escape

        wiz = _wizard(self)
        req = wiz.request()
        province = province_by_code(req.province_code)
        level_names = {PROVINCE: self.tr("Province"), DISTRICT: self.tr("District"), COMMUNE: self.tr("Commune")}
        rows = [
            (self.tr("Level"), level_names.get(req.level, req.level)),
            (self.tr("Province or city"), province.full_name if province else ""),
            (self.tr("Unit"), req.unit_name),
            (self.tr("Office name"), req.office_name),
            (self.tr("Body above"), req.parent_body or ""),
            (self.tr("Document symbol"), req.symbol),
            (self.tr("Place on the date line"), req.place_name),
            (self.tr("Head"), f"{req.head_title} {req.head_name}".strip()),
            (self.tr("First user"), req.officer_name),
            (self.tr("User password"), self.tr("set") if req.officer_password else self.tr("none")),
        ]
        self.summary.setText("<table cellspacing='6'>" + "".join(
            f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in rows) + "</table>")

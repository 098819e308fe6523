"""Publish a plan: which lower offices (all by default) and where to save the packages."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from ..roles_text import level_name


class PublishDialog(QDialog):
    def __init__(self, plan_title: str, offices, folder: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Send the plan to lower offices"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        head = QLabel(self.tr("Plan: %1").replace("%1", plan_title))
        head.setWordWrap(True)
        layout.addWidget(head)
        layout.addWidget(QLabel(self.tr("Send to:")))
        self.offices = QListWidget()
        self.offices.setObjectName("publishOffices")
        for o in offices:
            item = QListWidgetItem(f"{o.name} ({level_name(o.level)})")
            item.setData(Qt.ItemDataRole.UserRole, o.office_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.offices.addItem(item)
        layout.addWidget(self.offices, 1)
        self.per_office = QCheckBox(
            self.tr("One file per office (it also carries the answers to that office's reports)"))
        self.per_office.setChecked(True)
        layout.addWidget(self.per_office)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Save in:")))
        self.folder = QLineEdit(folder)
        self.folder.setObjectName("publishFolder")
        row.addWidget(self.folder, 1)
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        row.addWidget(browse)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Make the packages"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Folder for the packages"), self.folder.text())
        if path:
            self.folder.setText(path)

    def chosen(self) -> list[str]:
        out = []
        for i in range(self.offices.count()):
            item = self.offices.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(item.data(Qt.ItemDataRole.UserRole))
        return out

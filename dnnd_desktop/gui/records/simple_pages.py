"""List pages whose records are edited in one RecordDialog (activities, twinning pairs, partners)."""
from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ...services.records import ListRow
from .list_page import RecordListPage
from .record_dialog import RecordDialog


class DialogListPage(RecordListPage):
    def open_editor(self, record_id: str | None, row: ListRow | None = None) -> RecordDialog:
        dialog = RecordDialog(self.ctx, self.runner, self.kind, record_id, self)
        dialog.accepted.connect(self.editor_saved)
        dialog.setModal(True)
        self.editor = dialog
        dialog.open()
        return dialog

    def page_parent(self) -> QWidget:
        return self

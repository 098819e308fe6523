# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'twinning_form.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QGridLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QSpacerItem, QWidget)

from dnnd_desktop.gui.widgets.search_combo import SearchCombo

class Ui_TwinningForm(object):
    def setupUi(self, TwinningForm):
        if not TwinningForm.objectName():
            TwinningForm.setObjectName(u"TwinningForm")
        self.grid = QGridLayout(TwinningForm)
        self.grid.setObjectName(u"grid")
        self.grid.setHorizontalSpacing(18)
        self.grid.setVerticalSpacing(3)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.label_kind = QLabel(TwinningForm)
        self.label_kind.setObjectName(u"label_kind")

        self.grid.addWidget(self.label_kind, 0, 0, 1, 1)

        self.kind = SearchCombo(TwinningForm)
        self.kind.setObjectName(u"kind")

        self.grid.addWidget(self.kind, 1, 0, 1, 1)

        self.error_kind = QLabel(TwinningForm)
        self.error_kind.setObjectName(u"error_kind")
        self.error_kind.setWordWrap(True)

        self.grid.addWidget(self.error_kind, 2, 0, 1, 1)

        self.label_local_name = QLabel(TwinningForm)
        self.label_local_name.setObjectName(u"label_local_name")

        self.grid.addWidget(self.label_local_name, 0, 1, 1, 1)

        self.local_name = QLineEdit(TwinningForm)
        self.local_name.setObjectName(u"local_name")

        self.grid.addWidget(self.local_name, 1, 1, 1, 1)

        self.error_local_name = QLabel(TwinningForm)
        self.error_local_name.setObjectName(u"error_local_name")
        self.error_local_name.setWordWrap(True)

        self.grid.addWidget(self.error_local_name, 2, 1, 1, 1)

        self.label_commune_code = QLabel(TwinningForm)
        self.label_commune_code.setObjectName(u"label_commune_code")

        self.grid.addWidget(self.label_commune_code, 3, 0, 1, 1)

        self.commune_code = SearchCombo(TwinningForm)
        self.commune_code.setObjectName(u"commune_code")

        self.grid.addWidget(self.commune_code, 4, 0, 1, 1)

        self.error_commune_code = QLabel(TwinningForm)
        self.error_commune_code.setObjectName(u"error_commune_code")
        self.error_commune_code.setWordWrap(True)

        self.grid.addWidget(self.error_commune_code, 5, 0, 1, 1)

        self.label_counterpart_name = QLabel(TwinningForm)
        self.label_counterpart_name.setObjectName(u"label_counterpart_name")

        self.grid.addWidget(self.label_counterpart_name, 3, 1, 1, 1)

        self.counterpart_name = QLineEdit(TwinningForm)
        self.counterpart_name.setObjectName(u"counterpart_name")

        self.grid.addWidget(self.counterpart_name, 4, 1, 1, 1)

        self.error_counterpart_name = QLabel(TwinningForm)
        self.error_counterpart_name.setObjectName(u"error_counterpart_name")
        self.error_counterpart_name.setWordWrap(True)

        self.grid.addWidget(self.error_counterpart_name, 5, 1, 1, 1)

        self.label_counterpart_country = QLabel(TwinningForm)
        self.label_counterpart_country.setObjectName(u"label_counterpart_country")

        self.grid.addWidget(self.label_counterpart_country, 6, 0, 1, 1)

        self.counterpart_country = SearchCombo(TwinningForm)
        self.counterpart_country.setObjectName(u"counterpart_country")

        self.grid.addWidget(self.counterpart_country, 7, 0, 1, 1)

        self.error_counterpart_country = QLabel(TwinningForm)
        self.error_counterpart_country.setObjectName(u"error_counterpart_country")
        self.error_counterpart_country.setWordWrap(True)

        self.grid.addWidget(self.error_counterpart_country, 8, 0, 1, 1)

        self.label_counterpart_locality = QLabel(TwinningForm)
        self.label_counterpart_locality.setObjectName(u"label_counterpart_locality")

        self.grid.addWidget(self.label_counterpart_locality, 6, 1, 1, 1)

        self.counterpart_locality = QLineEdit(TwinningForm)
        self.counterpart_locality.setObjectName(u"counterpart_locality")

        self.grid.addWidget(self.counterpart_locality, 7, 1, 1, 1)

        self.error_counterpart_locality = QLabel(TwinningForm)
        self.error_counterpart_locality.setObjectName(u"error_counterpart_locality")
        self.error_counterpart_locality.setWordWrap(True)

        self.grid.addWidget(self.error_counterpart_locality, 8, 1, 1, 1)

        self.label_signed_date = QLabel(TwinningForm)
        self.label_signed_date.setObjectName(u"label_signed_date")

        self.grid.addWidget(self.label_signed_date, 9, 0, 1, 1)

        self.signed_date = QLineEdit(TwinningForm)
        self.signed_date.setObjectName(u"signed_date")

        self.grid.addWidget(self.signed_date, 10, 0, 1, 1)

        self.error_signed_date = QLabel(TwinningForm)
        self.error_signed_date.setObjectName(u"error_signed_date")
        self.error_signed_date.setWordWrap(True)

        self.grid.addWidget(self.error_signed_date, 11, 0, 1, 1)

        self.label_status = QLabel(TwinningForm)
        self.label_status.setObjectName(u"label_status")

        self.grid.addWidget(self.label_status, 9, 1, 1, 1)

        self.status = SearchCombo(TwinningForm)
        self.status.setObjectName(u"status")

        self.grid.addWidget(self.status, 10, 1, 1, 1)

        self.error_status = QLabel(TwinningForm)
        self.error_status.setObjectName(u"error_status")
        self.error_status.setWordWrap(True)

        self.grid.addWidget(self.error_status, 11, 1, 1, 1)

        self.label_agreement_ref = QLabel(TwinningForm)
        self.label_agreement_ref.setObjectName(u"label_agreement_ref")

        self.grid.addWidget(self.label_agreement_ref, 12, 0, 1, 1)

        self.agreement_ref = QLineEdit(TwinningForm)
        self.agreement_ref.setObjectName(u"agreement_ref")

        self.grid.addWidget(self.agreement_ref, 13, 0, 1, 1)

        self.error_agreement_ref = QLabel(TwinningForm)
        self.error_agreement_ref.setObjectName(u"error_agreement_ref")
        self.error_agreement_ref.setWordWrap(True)

        self.grid.addWidget(self.error_agreement_ref, 14, 0, 1, 1)

        self.label_notes = QLabel(TwinningForm)
        self.label_notes.setObjectName(u"label_notes")

        self.grid.addWidget(self.label_notes, 15, 0, 1, 2)

        self.notes = QPlainTextEdit(TwinningForm)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumSize(QSize(16777215, 84))

        self.grid.addWidget(self.notes, 16, 0, 1, 2)

        self.error_notes = QLabel(TwinningForm)
        self.error_notes.setObjectName(u"error_notes")
        self.error_notes.setWordWrap(True)

        self.grid.addWidget(self.error_notes, 17, 0, 1, 2)

        self.bottomSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.grid.addItem(self.bottomSpacer, 18, 0, 1, 1)

        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.label_kind.setBuddy(self.kind)
        self.label_local_name.setBuddy(self.local_name)
        self.label_commune_code.setBuddy(self.commune_code)
        self.label_counterpart_name.setBuddy(self.counterpart_name)
        self.label_counterpart_country.setBuddy(self.counterpart_country)
        self.label_counterpart_locality.setBuddy(self.counterpart_locality)
        self.label_signed_date.setBuddy(self.signed_date)
        self.label_status.setBuddy(self.status)
        self.label_agreement_ref.setBuddy(self.agreement_ref)
        self.label_notes.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TwinningForm)

        QMetaObject.connectSlotsByName(TwinningForm)
    # setupUi

    def retranslateUi(self, TwinningForm):
        self.label_kind.setText(QCoreApplication.translate("TwinningForm", u"Form of twinning", None))
        self.label_local_name.setText(QCoreApplication.translate("TwinningForm", u"Vietnamese side (village, commune, border post)", None))
        self.label_commune_code.setText(QCoreApplication.translate("TwinningForm", u"Commune or ward", None))
        self.label_counterpart_name.setText(QCoreApplication.translate("TwinningForm", u"Twinned side across the border", None))
        self.label_counterpart_country.setText(QCoreApplication.translate("TwinningForm", u"Country", None))
        self.label_counterpart_locality.setText(QCoreApplication.translate("TwinningForm", u"Locality across the border", None))
        self.label_signed_date.setText(QCoreApplication.translate("TwinningForm", u"Date signed", None))
        self.signed_date.setPlaceholderText(QCoreApplication.translate("TwinningForm", u"dd/mm/yyyy", None))
        self.label_status.setText(QCoreApplication.translate("TwinningForm", u"Status", None))
        self.label_agreement_ref.setText(QCoreApplication.translate("TwinningForm", u"Agreement number", None))
        self.label_notes.setText(QCoreApplication.translate("TwinningForm", u"Notes", None))
        pass
    # retranslateUi


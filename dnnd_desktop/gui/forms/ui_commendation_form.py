# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'commendation_form.ui'
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

class Ui_CommendationForm(object):
    def setupUi(self, CommendationForm):
        if not CommendationForm.objectName():
            CommendationForm.setObjectName(u"CommendationForm")
        self.grid = QGridLayout(CommendationForm)
        self.grid.setObjectName(u"grid")
        self.grid.setHorizontalSpacing(18)
        self.grid.setVerticalSpacing(3)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.label_date = QLabel(CommendationForm)
        self.label_date.setObjectName(u"label_date")

        self.grid.addWidget(self.label_date, 0, 0, 1, 1)

        self.date = QLineEdit(CommendationForm)
        self.date.setObjectName(u"date")

        self.grid.addWidget(self.date, 1, 0, 1, 1)

        self.error_date = QLabel(CommendationForm)
        self.error_date.setObjectName(u"error_date")
        self.error_date.setWordWrap(True)

        self.grid.addWidget(self.error_date, 2, 0, 1, 1)

        self.label_level = QLabel(CommendationForm)
        self.label_level.setObjectName(u"label_level")

        self.grid.addWidget(self.label_level, 0, 1, 1, 1)

        self.level = SearchCombo(CommendationForm)
        self.level.setObjectName(u"level")

        self.grid.addWidget(self.level, 1, 1, 1, 1)

        self.error_level = QLabel(CommendationForm)
        self.error_level.setObjectName(u"error_level")
        self.error_level.setWordWrap(True)

        self.grid.addWidget(self.error_level, 2, 1, 1, 1)

        self.label_status = QLabel(CommendationForm)
        self.label_status.setObjectName(u"label_status")

        self.grid.addWidget(self.label_status, 3, 0, 1, 1)

        self.status = SearchCombo(CommendationForm)
        self.status.setObjectName(u"status")

        self.grid.addWidget(self.status, 4, 0, 1, 1)

        self.error_status = QLabel(CommendationForm)
        self.error_status.setObjectName(u"error_status")
        self.error_status.setWordWrap(True)

        self.grid.addWidget(self.error_status, 5, 0, 1, 1)

        self.label_issuer = QLabel(CommendationForm)
        self.label_issuer.setObjectName(u"label_issuer")

        self.grid.addWidget(self.label_issuer, 3, 1, 1, 1)

        self.issuer = QLineEdit(CommendationForm)
        self.issuer.setObjectName(u"issuer")

        self.grid.addWidget(self.issuer, 4, 1, 1, 1)

        self.error_issuer = QLabel(CommendationForm)
        self.error_issuer.setObjectName(u"error_issuer")
        self.error_issuer.setWordWrap(True)

        self.grid.addWidget(self.error_issuer, 5, 1, 1, 1)

        self.label_decision_no = QLabel(CommendationForm)
        self.label_decision_no.setObjectName(u"label_decision_no")

        self.grid.addWidget(self.label_decision_no, 6, 0, 1, 1)

        self.decision_no = QLineEdit(CommendationForm)
        self.decision_no.setObjectName(u"decision_no")

        self.grid.addWidget(self.decision_no, 7, 0, 1, 1)

        self.error_decision_no = QLabel(CommendationForm)
        self.error_decision_no.setObjectName(u"error_decision_no")
        self.error_decision_no.setWordWrap(True)

        self.grid.addWidget(self.error_decision_no, 8, 0, 1, 1)

        self.label_reason = QLabel(CommendationForm)
        self.label_reason.setObjectName(u"label_reason")

        self.grid.addWidget(self.label_reason, 9, 0, 1, 2)

        self.reason = QPlainTextEdit(CommendationForm)
        self.reason.setObjectName(u"reason")
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumSize(QSize(16777215, 84))

        self.grid.addWidget(self.reason, 10, 0, 1, 2)

        self.error_reason = QLabel(CommendationForm)
        self.error_reason.setObjectName(u"error_reason")
        self.error_reason.setWordWrap(True)

        self.grid.addWidget(self.error_reason, 11, 0, 1, 2)

        self.bottomSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.grid.addItem(self.bottomSpacer, 12, 0, 1, 1)

        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.label_date.setBuddy(self.date)
        self.label_level.setBuddy(self.level)
        self.label_status.setBuddy(self.status)
        self.label_issuer.setBuddy(self.issuer)
        self.label_decision_no.setBuddy(self.decision_no)
        self.label_reason.setBuddy(self.reason)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CommendationForm)

        QMetaObject.connectSlotsByName(CommendationForm)
    # setupUi

    def retranslateUi(self, CommendationForm):
        self.label_date.setText(QCoreApplication.translate("CommendationForm", u"Date", None))
        self.date.setPlaceholderText(QCoreApplication.translate("CommendationForm", u"dd/mm/yyyy", None))
        self.label_level.setText(QCoreApplication.translate("CommendationForm", u"Form of commendation", None))
        self.label_status.setText(QCoreApplication.translate("CommendationForm", u"Status", None))
        self.label_issuer.setText(QCoreApplication.translate("CommendationForm", u"Awarding body", None))
        self.label_decision_no.setText(QCoreApplication.translate("CommendationForm", u"Decision number", None))
        self.label_reason.setText(QCoreApplication.translate("CommendationForm", u"Achievements", None))
        pass
    # retranslateUi


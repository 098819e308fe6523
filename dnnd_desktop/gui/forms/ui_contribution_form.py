# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'contribution_form.ui'
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

class Ui_ContributionForm(object):
    def setupUi(self, ContributionForm):
        if not ContributionForm.objectName():
            ContributionForm.setObjectName(u"ContributionForm")
        self.grid = QGridLayout(ContributionForm)
        self.grid.setObjectName(u"grid")
        self.grid.setHorizontalSpacing(18)
        self.grid.setVerticalSpacing(3)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.label_date = QLabel(ContributionForm)
        self.label_date.setObjectName(u"label_date")

        self.grid.addWidget(self.label_date, 0, 0, 1, 1)

        self.date = QLineEdit(ContributionForm)
        self.date.setObjectName(u"date")

        self.grid.addWidget(self.date, 1, 0, 1, 1)

        self.error_date = QLabel(ContributionForm)
        self.error_date.setObjectName(u"error_date")
        self.error_date.setWordWrap(True)

        self.grid.addWidget(self.error_date, 2, 0, 1, 1)

        self.label_purpose = QLabel(ContributionForm)
        self.label_purpose.setObjectName(u"label_purpose")

        self.grid.addWidget(self.label_purpose, 0, 1, 1, 1)

        self.purpose = SearchCombo(ContributionForm)
        self.purpose.setObjectName(u"purpose")

        self.grid.addWidget(self.purpose, 1, 1, 1, 1)

        self.error_purpose = QLabel(ContributionForm)
        self.error_purpose.setObjectName(u"error_purpose")
        self.error_purpose.setWordWrap(True)

        self.grid.addWidget(self.error_purpose, 2, 1, 1, 1)

        self.label_amount_vnd = QLabel(ContributionForm)
        self.label_amount_vnd.setObjectName(u"label_amount_vnd")

        self.grid.addWidget(self.label_amount_vnd, 3, 0, 1, 1)

        self.amount_vnd = QLineEdit(ContributionForm)
        self.amount_vnd.setObjectName(u"amount_vnd")

        self.grid.addWidget(self.amount_vnd, 4, 0, 1, 1)

        self.error_amount_vnd = QLabel(ContributionForm)
        self.error_amount_vnd.setObjectName(u"error_amount_vnd")
        self.error_amount_vnd.setWordWrap(True)

        self.grid.addWidget(self.error_amount_vnd, 5, 0, 1, 1)

        self.label_contribution_kind = QLabel(ContributionForm)
        self.label_contribution_kind.setObjectName(u"label_contribution_kind")

        self.grid.addWidget(self.label_contribution_kind, 3, 1, 1, 1)

        self.contribution_kind = SearchCombo(ContributionForm)
        self.contribution_kind.setObjectName(u"contribution_kind")

        self.grid.addWidget(self.contribution_kind, 4, 1, 1, 1)

        self.error_contribution_kind = QLabel(ContributionForm)
        self.error_contribution_kind.setObjectName(u"error_contribution_kind")
        self.error_contribution_kind.setWordWrap(True)

        self.grid.addWidget(self.error_contribution_kind, 5, 1, 1, 1)

        self.label_description = QLabel(ContributionForm)
        self.label_description.setObjectName(u"label_description")

        self.grid.addWidget(self.label_description, 6, 0, 1, 2)

        self.description = QPlainTextEdit(ContributionForm)
        self.description.setObjectName(u"description")
        self.description.setTabChangesFocus(True)
        self.description.setMaximumSize(QSize(16777215, 84))

        self.grid.addWidget(self.description, 7, 0, 1, 2)

        self.error_description = QLabel(ContributionForm)
        self.error_description.setObjectName(u"error_description")
        self.error_description.setWordWrap(True)

        self.grid.addWidget(self.error_description, 8, 0, 1, 2)

        self.bottomSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.grid.addItem(self.bottomSpacer, 9, 0, 1, 1)

        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.label_date.setBuddy(self.date)
        self.label_purpose.setBuddy(self.purpose)
        self.label_amount_vnd.setBuddy(self.amount_vnd)
        self.label_contribution_kind.setBuddy(self.contribution_kind)
        self.label_description.setBuddy(self.description)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ContributionForm)

        QMetaObject.connectSlotsByName(ContributionForm)
    # setupUi

    def retranslateUi(self, ContributionForm):
        self.label_date.setText(QCoreApplication.translate("ContributionForm", u"Date", None))
        self.date.setPlaceholderText(QCoreApplication.translate("ContributionForm", u"dd/mm/yyyy", None))
        self.label_purpose.setText(QCoreApplication.translate("ContributionForm", u"Purpose", None))
        self.label_amount_vnd.setText(QCoreApplication.translate("ContributionForm", u"Amount (VND)", None))
        self.amount_vnd.setPlaceholderText(QCoreApplication.translate("ContributionForm", u"e.g. 5.000.000", None))
        self.label_contribution_kind.setText(QCoreApplication.translate("ContributionForm", u"Kind of contribution", None))
        self.label_description.setText(QCoreApplication.translate("ContributionForm", u"Description (goods, works\u2026)", None))
        pass
    # retranslateUi


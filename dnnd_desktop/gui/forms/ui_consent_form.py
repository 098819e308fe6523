# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'consent_form.ui'
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
    QListWidget, QListWidgetItem, QPlainTextEdit, QSizePolicy,
    QSpacerItem, QWidget)

from dnnd_desktop.gui.widgets.search_combo import SearchCombo

class Ui_ConsentForm(object):
    def setupUi(self, ConsentForm):
        if not ConsentForm.objectName():
            ConsentForm.setObjectName(u"ConsentForm")
        self.grid = QGridLayout(ConsentForm)
        self.grid.setObjectName(u"grid")
        self.grid.setHorizontalSpacing(18)
        self.grid.setVerticalSpacing(3)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.label_given_date = QLabel(ConsentForm)
        self.label_given_date.setObjectName(u"label_given_date")

        self.grid.addWidget(self.label_given_date, 0, 0, 1, 1)

        self.given_date = QLineEdit(ConsentForm)
        self.given_date.setObjectName(u"given_date")

        self.grid.addWidget(self.given_date, 1, 0, 1, 1)

        self.error_given_date = QLabel(ConsentForm)
        self.error_given_date.setObjectName(u"error_given_date")
        self.error_given_date.setWordWrap(True)

        self.grid.addWidget(self.error_given_date, 2, 0, 1, 1)

        self.label_method = QLabel(ConsentForm)
        self.label_method.setObjectName(u"label_method")

        self.grid.addWidget(self.label_method, 0, 1, 1, 1)

        self.method = QLineEdit(ConsentForm)
        self.method.setObjectName(u"method")

        self.grid.addWidget(self.method, 1, 1, 1, 1)

        self.error_method = QLabel(ConsentForm)
        self.error_method.setObjectName(u"error_method")
        self.error_method.setWordWrap(True)

        self.grid.addWidget(self.error_method, 2, 1, 1, 1)

        self.label_withdrawn_date = QLabel(ConsentForm)
        self.label_withdrawn_date.setObjectName(u"label_withdrawn_date")

        self.grid.addWidget(self.label_withdrawn_date, 3, 0, 1, 1)

        self.withdrawn_date = QLineEdit(ConsentForm)
        self.withdrawn_date.setObjectName(u"withdrawn_date")

        self.grid.addWidget(self.withdrawn_date, 4, 0, 1, 1)

        self.error_withdrawn_date = QLabel(ConsentForm)
        self.error_withdrawn_date.setObjectName(u"error_withdrawn_date")
        self.error_withdrawn_date.setWordWrap(True)

        self.grid.addWidget(self.error_withdrawn_date, 5, 0, 1, 1)

        self.label_purposes = QLabel(ConsentForm)
        self.label_purposes.setObjectName(u"label_purposes")

        self.grid.addWidget(self.label_purposes, 3, 1, 1, 1)

        self.purposes = QListWidget(ConsentForm)
        self.purposes.setObjectName(u"purposes")
        self.purposes.setMaximumSize(QSize(16777215, 84))

        self.grid.addWidget(self.purposes, 4, 1, 1, 1)

        self.error_purposes = QLabel(ConsentForm)
        self.error_purposes.setObjectName(u"error_purposes")
        self.error_purposes.setWordWrap(True)

        self.grid.addWidget(self.error_purposes, 5, 1, 1, 1)

        self.label_scope = QLabel(ConsentForm)
        self.label_scope.setObjectName(u"label_scope")

        self.grid.addWidget(self.label_scope, 6, 0, 1, 1)

        self.scope = QPlainTextEdit(ConsentForm)
        self.scope.setObjectName(u"scope")
        self.scope.setTabChangesFocus(True)
        self.scope.setMaximumSize(QSize(16777215, 84))

        self.grid.addWidget(self.scope, 7, 0, 1, 1)

        self.error_scope = QLabel(ConsentForm)
        self.error_scope.setObjectName(u"error_scope")
        self.error_scope.setWordWrap(True)

        self.grid.addWidget(self.error_scope, 8, 0, 1, 1)

        self.label_notes = QLabel(ConsentForm)
        self.label_notes.setObjectName(u"label_notes")

        self.grid.addWidget(self.label_notes, 6, 1, 1, 1)

        self.notes = QPlainTextEdit(ConsentForm)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumSize(QSize(16777215, 84))

        self.grid.addWidget(self.notes, 7, 1, 1, 1)

        self.error_notes = QLabel(ConsentForm)
        self.error_notes.setObjectName(u"error_notes")
        self.error_notes.setWordWrap(True)

        self.grid.addWidget(self.error_notes, 8, 1, 1, 1)

        self.bottomSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.grid.addItem(self.bottomSpacer, 9, 0, 1, 1)

        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.label_given_date.setBuddy(self.given_date)
        self.label_method.setBuddy(self.method)
        self.label_withdrawn_date.setBuddy(self.withdrawn_date)
        self.label_purposes.setBuddy(self.purposes)
        self.label_scope.setBuddy(self.scope)
        self.label_notes.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ConsentForm)

        QMetaObject.connectSlotsByName(ConsentForm)
    # setupUi

    def retranslateUi(self, ConsentForm):
        self.label_given_date.setText(QCoreApplication.translate("ConsentForm", u"Date of consent", None))
        self.given_date.setPlaceholderText(QCoreApplication.translate("ConsentForm", u"dd/mm/yyyy", None))
        self.label_method.setText(QCoreApplication.translate("ConsentForm", u"How consent was given", None))
        self.label_withdrawn_date.setText(QCoreApplication.translate("ConsentForm", u"Date withdrawn", None))
        self.withdrawn_date.setPlaceholderText(QCoreApplication.translate("ConsentForm", u"dd/mm/yyyy", None))
        self.label_purposes.setText(QCoreApplication.translate("ConsentForm", u"Purposes consented to", None))
        self.label_scope.setText(QCoreApplication.translate("ConsentForm", u"Scope and purpose of processing", None))
        self.label_notes.setText(QCoreApplication.translate("ConsentForm", u"Notes", None))
        pass
    # retranslateUi


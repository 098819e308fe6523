# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'household_form.ui'
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

class Ui_HouseholdForm(object):
    def setupUi(self, HouseholdForm):
        if not HouseholdForm.objectName():
            HouseholdForm.setObjectName(u"HouseholdForm")
        self.grid = QGridLayout(HouseholdForm)
        self.grid.setObjectName(u"grid")
        self.grid.setHorizontalSpacing(18)
        self.grid.setVerticalSpacing(3)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.label_head_name = QLabel(HouseholdForm)
        self.label_head_name.setObjectName(u"label_head_name")

        self.grid.addWidget(self.label_head_name, 0, 0, 1, 1)

        self.head_name = QLineEdit(HouseholdForm)
        self.head_name.setObjectName(u"head_name")

        self.grid.addWidget(self.head_name, 1, 0, 1, 1)

        self.error_head_name = QLabel(HouseholdForm)
        self.error_head_name.setObjectName(u"error_head_name")
        self.error_head_name.setWordWrap(True)

        self.grid.addWidget(self.error_head_name, 2, 0, 1, 1)

        self.label_head_birth_year = QLabel(HouseholdForm)
        self.label_head_birth_year.setObjectName(u"label_head_birth_year")

        self.grid.addWidget(self.label_head_birth_year, 0, 1, 1, 1)

        self.head_birth_year = QLineEdit(HouseholdForm)
        self.head_birth_year.setObjectName(u"head_birth_year")

        self.grid.addWidget(self.head_birth_year, 1, 1, 1, 1)

        self.error_head_birth_year = QLabel(HouseholdForm)
        self.error_head_birth_year.setObjectName(u"error_head_birth_year")
        self.error_head_birth_year.setWordWrap(True)

        self.grid.addWidget(self.error_head_birth_year, 2, 1, 1, 1)

        self.label_commune_code = QLabel(HouseholdForm)
        self.label_commune_code.setObjectName(u"label_commune_code")

        self.grid.addWidget(self.label_commune_code, 3, 0, 1, 1)

        self.commune_code = SearchCombo(HouseholdForm)
        self.commune_code.setObjectName(u"commune_code")

        self.grid.addWidget(self.commune_code, 4, 0, 1, 1)

        self.error_commune_code = QLabel(HouseholdForm)
        self.error_commune_code.setObjectName(u"error_commune_code")
        self.error_commune_code.setWordWrap(True)

        self.grid.addWidget(self.error_commune_code, 5, 0, 1, 1)

        self.label_village = QLabel(HouseholdForm)
        self.label_village.setObjectName(u"label_village")

        self.grid.addWidget(self.label_village, 3, 1, 1, 1)

        self.village = QLineEdit(HouseholdForm)
        self.village.setObjectName(u"village")

        self.grid.addWidget(self.village, 4, 1, 1, 1)

        self.error_village = QLabel(HouseholdForm)
        self.error_village.setObjectName(u"error_village")
        self.error_village.setWordWrap(True)

        self.grid.addWidget(self.error_village, 5, 1, 1, 1)

        self.label_old_address = QLabel(HouseholdForm)
        self.label_old_address.setObjectName(u"label_old_address")

        self.grid.addWidget(self.label_old_address, 6, 0, 1, 1)

        self.old_address = QLineEdit(HouseholdForm)
        self.old_address.setObjectName(u"old_address")

        self.grid.addWidget(self.old_address, 7, 0, 1, 1)

        self.error_old_address = QLabel(HouseholdForm)
        self.error_old_address.setObjectName(u"error_old_address")
        self.error_old_address.setWordWrap(True)

        self.grid.addWidget(self.error_old_address, 8, 0, 1, 1)

        self.label_phone = QLabel(HouseholdForm)
        self.label_phone.setObjectName(u"label_phone")

        self.grid.addWidget(self.label_phone, 6, 1, 1, 1)

        self.phone = QLineEdit(HouseholdForm)
        self.phone.setObjectName(u"phone")

        self.grid.addWidget(self.phone, 7, 1, 1, 1)

        self.error_phone = QLabel(HouseholdForm)
        self.error_phone.setObjectName(u"error_phone")
        self.error_phone.setWordWrap(True)

        self.grid.addWidget(self.error_phone, 8, 1, 1, 1)

        self.label_ethnicity = QLabel(HouseholdForm)
        self.label_ethnicity.setObjectName(u"label_ethnicity")

        self.grid.addWidget(self.label_ethnicity, 9, 0, 1, 1)

        self.ethnicity = QLineEdit(HouseholdForm)
        self.ethnicity.setObjectName(u"ethnicity")

        self.grid.addWidget(self.ethnicity, 10, 0, 1, 1)

        self.error_ethnicity = QLabel(HouseholdForm)
        self.error_ethnicity.setObjectName(u"error_ethnicity")
        self.error_ethnicity.setWordWrap(True)

        self.grid.addWidget(self.error_ethnicity, 11, 0, 1, 1)

        self.label_religion = QLabel(HouseholdForm)
        self.label_religion.setObjectName(u"label_religion")

        self.grid.addWidget(self.label_religion, 9, 1, 1, 1)

        self.religion = QLineEdit(HouseholdForm)
        self.religion.setObjectName(u"religion")

        self.grid.addWidget(self.religion, 10, 1, 1, 1)

        self.error_religion = QLabel(HouseholdForm)
        self.error_religion.setObjectName(u"error_religion")
        self.error_religion.setWordWrap(True)

        self.grid.addWidget(self.error_religion, 11, 1, 1, 1)

        self.label_id_number = QLabel(HouseholdForm)
        self.label_id_number.setObjectName(u"label_id_number")

        self.grid.addWidget(self.label_id_number, 12, 0, 1, 1)

        self.id_number = QLineEdit(HouseholdForm)
        self.id_number.setObjectName(u"id_number")

        self.grid.addWidget(self.id_number, 13, 0, 1, 1)

        self.error_id_number = QLabel(HouseholdForm)
        self.error_id_number.setObjectName(u"error_id_number")
        self.error_id_number.setWordWrap(True)

        self.grid.addWidget(self.error_id_number, 14, 0, 1, 1)

        self.label_notes = QLabel(HouseholdForm)
        self.label_notes.setObjectName(u"label_notes")

        self.grid.addWidget(self.label_notes, 15, 0, 1, 2)

        self.notes = QPlainTextEdit(HouseholdForm)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumSize(QSize(16777215, 84))

        self.grid.addWidget(self.notes, 16, 0, 1, 2)

        self.error_notes = QLabel(HouseholdForm)
        self.error_notes.setObjectName(u"error_notes")
        self.error_notes.setWordWrap(True)

        self.grid.addWidget(self.error_notes, 17, 0, 1, 2)

        self.bottomSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.grid.addItem(self.bottomSpacer, 18, 0, 1, 1)

        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.label_head_name.setBuddy(self.head_name)
        self.label_head_birth_year.setBuddy(self.head_birth_year)
        self.label_commune_code.setBuddy(self.commune_code)
        self.label_village.setBuddy(self.village)
        self.label_old_address.setBuddy(self.old_address)
        self.label_phone.setBuddy(self.phone)
        self.label_ethnicity.setBuddy(self.ethnicity)
        self.label_religion.setBuddy(self.religion)
        self.label_id_number.setBuddy(self.id_number)
        self.label_notes.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(HouseholdForm)

        QMetaObject.connectSlotsByName(HouseholdForm)
    # setupUi

    def retranslateUi(self, HouseholdForm):
        self.label_head_name.setText(QCoreApplication.translate("HouseholdForm", u"Head of household", None))
        self.label_head_birth_year.setText(QCoreApplication.translate("HouseholdForm", u"Head's year of birth", None))
        self.label_commune_code.setText(QCoreApplication.translate("HouseholdForm", u"Commune or ward", None))
        self.label_village.setText(QCoreApplication.translate("HouseholdForm", u"Village or residential group", None))
        self.label_old_address.setText(QCoreApplication.translate("HouseholdForm", u"Old address (before 1 July 2025)", None))
        self.label_phone.setText(QCoreApplication.translate("HouseholdForm", u"Phone number", None))
        self.phone.setPlaceholderText(QCoreApplication.translate("HouseholdForm", u"e.g. 0912 345 678", None))
        self.label_ethnicity.setText(QCoreApplication.translate("HouseholdForm", u"Ethnicity", None))
        self.label_religion.setText(QCoreApplication.translate("HouseholdForm", u"Religion", None))
        self.label_id_number.setText(QCoreApplication.translate("HouseholdForm", u"Personal ID number (CCCD)", None))
        self.label_notes.setText(QCoreApplication.translate("HouseholdForm", u"Notes", None))
        pass
    # retranslateUi


# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'person_form.ui'
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

class Ui_PersonForm(object):
    def setupUi(self, PersonForm):
        if not PersonForm.objectName():
            PersonForm.setObjectName(u"PersonForm")
        self.grid = QGridLayout(PersonForm)
        self.grid.setObjectName(u"grid")
        self.grid.setHorizontalSpacing(18)
        self.grid.setVerticalSpacing(3)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.label_full_name = QLabel(PersonForm)
        self.label_full_name.setObjectName(u"label_full_name")

        self.grid.addWidget(self.label_full_name, 0, 0, 1, 1)

        self.full_name = QLineEdit(PersonForm)
        self.full_name.setObjectName(u"full_name")

        self.grid.addWidget(self.full_name, 1, 0, 1, 1)

        self.error_full_name = QLabel(PersonForm)
        self.error_full_name.setObjectName(u"error_full_name")
        self.error_full_name.setWordWrap(True)

        self.grid.addWidget(self.error_full_name, 2, 0, 1, 1)

        self.label_gender = QLabel(PersonForm)
        self.label_gender.setObjectName(u"label_gender")

        self.grid.addWidget(self.label_gender, 0, 1, 1, 1)

        self.gender = SearchCombo(PersonForm)
        self.gender.setObjectName(u"gender")

        self.grid.addWidget(self.gender, 1, 1, 1, 1)

        self.error_gender = QLabel(PersonForm)
        self.error_gender.setObjectName(u"error_gender")
        self.error_gender.setWordWrap(True)

        self.grid.addWidget(self.error_gender, 2, 1, 1, 1)

        self.label_birth_year = QLabel(PersonForm)
        self.label_birth_year.setObjectName(u"label_birth_year")

        self.grid.addWidget(self.label_birth_year, 3, 0, 1, 1)

        self.birth_year = QLineEdit(PersonForm)
        self.birth_year.setObjectName(u"birth_year")

        self.grid.addWidget(self.birth_year, 4, 0, 1, 1)

        self.error_birth_year = QLabel(PersonForm)
        self.error_birth_year.setObjectName(u"error_birth_year")
        self.error_birth_year.setWordWrap(True)

        self.grid.addWidget(self.error_birth_year, 5, 0, 1, 1)

        self.label_relation = QLabel(PersonForm)
        self.label_relation.setObjectName(u"label_relation")

        self.grid.addWidget(self.label_relation, 3, 1, 1, 1)

        self.relation = SearchCombo(PersonForm)
        self.relation.setObjectName(u"relation")

        self.grid.addWidget(self.relation, 4, 1, 1, 1)

        self.error_relation = QLabel(PersonForm)
        self.error_relation.setObjectName(u"error_relation")
        self.error_relation.setWordWrap(True)

        self.grid.addWidget(self.error_relation, 5, 1, 1, 1)

        self.label_country = QLabel(PersonForm)
        self.label_country.setObjectName(u"label_country")

        self.grid.addWidget(self.label_country, 6, 0, 1, 1)

        self.country = SearchCombo(PersonForm)
        self.country.setObjectName(u"country")

        self.grid.addWidget(self.country, 7, 0, 1, 1)

        self.error_country = QLabel(PersonForm)
        self.error_country.setObjectName(u"error_country")
        self.error_country.setWordWrap(True)

        self.grid.addWidget(self.error_country, 8, 0, 1, 1)

        self.label_city = QLabel(PersonForm)
        self.label_city.setObjectName(u"label_city")

        self.grid.addWidget(self.label_city, 6, 1, 1, 1)

        self.city = QLineEdit(PersonForm)
        self.city.setObjectName(u"city")

        self.grid.addWidget(self.city, 7, 1, 1, 1)

        self.error_city = QLabel(PersonForm)
        self.error_city.setObjectName(u"error_city")
        self.error_city.setWordWrap(True)

        self.grid.addWidget(self.error_city, 8, 1, 1, 1)

        self.label_residence_status = QLabel(PersonForm)
        self.label_residence_status.setObjectName(u"label_residence_status")

        self.grid.addWidget(self.label_residence_status, 9, 0, 1, 1)

        self.residence_status = SearchCombo(PersonForm)
        self.residence_status.setObjectName(u"residence_status")

        self.grid.addWidget(self.residence_status, 10, 0, 1, 1)

        self.error_residence_status = QLabel(PersonForm)
        self.error_residence_status.setObjectName(u"error_residence_status")
        self.error_residence_status.setWordWrap(True)

        self.grid.addWidget(self.error_residence_status, 11, 0, 1, 1)

        self.label_occupation = QLabel(PersonForm)
        self.label_occupation.setObjectName(u"label_occupation")

        self.grid.addWidget(self.label_occupation, 9, 1, 1, 1)

        self.occupation = SearchCombo(PersonForm)
        self.occupation.setObjectName(u"occupation")

        self.grid.addWidget(self.occupation, 10, 1, 1, 1)

        self.error_occupation = QLabel(PersonForm)
        self.error_occupation.setObjectName(u"error_occupation")
        self.error_occupation.setWordWrap(True)

        self.grid.addWidget(self.error_occupation, 11, 1, 1, 1)

        self.label_workplace = QLabel(PersonForm)
        self.label_workplace.setObjectName(u"label_workplace")

        self.grid.addWidget(self.label_workplace, 12, 0, 1, 1)

        self.workplace = QLineEdit(PersonForm)
        self.workplace.setObjectName(u"workplace")

        self.grid.addWidget(self.workplace, 13, 0, 1, 1)

        self.error_workplace = QLabel(PersonForm)
        self.error_workplace.setObjectName(u"error_workplace")
        self.error_workplace.setWordWrap(True)

        self.grid.addWidget(self.error_workplace, 14, 0, 1, 1)

        self.label_contact = QLabel(PersonForm)
        self.label_contact.setObjectName(u"label_contact")

        self.grid.addWidget(self.label_contact, 12, 1, 1, 1)

        self.contact = QLineEdit(PersonForm)
        self.contact.setObjectName(u"contact")

        self.grid.addWidget(self.contact, 13, 1, 1, 1)

        self.error_contact = QLabel(PersonForm)
        self.error_contact.setObjectName(u"error_contact")
        self.error_contact.setWordWrap(True)

        self.grid.addWidget(self.error_contact, 14, 1, 1, 1)

        self.label_left_year = QLabel(PersonForm)
        self.label_left_year.setObjectName(u"label_left_year")

        self.grid.addWidget(self.label_left_year, 15, 0, 1, 1)

        self.left_year = QLineEdit(PersonForm)
        self.left_year.setObjectName(u"left_year")

        self.grid.addWidget(self.left_year, 16, 0, 1, 1)

        self.error_left_year = QLabel(PersonForm)
        self.error_left_year.setObjectName(u"error_left_year")
        self.error_left_year.setWordWrap(True)

        self.grid.addWidget(self.error_left_year, 17, 0, 1, 1)

        self.label_id_number = QLabel(PersonForm)
        self.label_id_number.setObjectName(u"label_id_number")

        self.grid.addWidget(self.label_id_number, 15, 1, 1, 1)

        self.id_number = QLineEdit(PersonForm)
        self.id_number.setObjectName(u"id_number")

        self.grid.addWidget(self.id_number, 16, 1, 1, 1)

        self.error_id_number = QLabel(PersonForm)
        self.error_id_number.setObjectName(u"error_id_number")
        self.error_id_number.setWordWrap(True)

        self.grid.addWidget(self.error_id_number, 17, 1, 1, 1)

        self.label_aspirations = QLabel(PersonForm)
        self.label_aspirations.setObjectName(u"label_aspirations")

        self.grid.addWidget(self.label_aspirations, 18, 0, 1, 1)

        self.aspirations = QPlainTextEdit(PersonForm)
        self.aspirations.setObjectName(u"aspirations")
        self.aspirations.setTabChangesFocus(True)
        self.aspirations.setMaximumSize(QSize(16777215, 84))

        self.grid.addWidget(self.aspirations, 19, 0, 1, 1)

        self.error_aspirations = QLabel(PersonForm)
        self.error_aspirations.setObjectName(u"error_aspirations")
        self.error_aspirations.setWordWrap(True)

        self.grid.addWidget(self.error_aspirations, 20, 0, 1, 1)

        self.label_notes = QLabel(PersonForm)
        self.label_notes.setObjectName(u"label_notes")

        self.grid.addWidget(self.label_notes, 18, 1, 1, 1)

        self.notes = QPlainTextEdit(PersonForm)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumSize(QSize(16777215, 84))

        self.grid.addWidget(self.notes, 19, 1, 1, 1)

        self.error_notes = QLabel(PersonForm)
        self.error_notes.setObjectName(u"error_notes")
        self.error_notes.setWordWrap(True)

        self.grid.addWidget(self.error_notes, 20, 1, 1, 1)

        self.bottomSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.grid.addItem(self.bottomSpacer, 21, 0, 1, 1)

        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.label_full_name.setBuddy(self.full_name)
        self.label_gender.setBuddy(self.gender)
        self.label_birth_year.setBuddy(self.birth_year)
        self.label_relation.setBuddy(self.relation)
        self.label_country.setBuddy(self.country)
        self.label_city.setBuddy(self.city)
        self.label_residence_status.setBuddy(self.residence_status)
        self.label_occupation.setBuddy(self.occupation)
        self.label_workplace.setBuddy(self.workplace)
        self.label_contact.setBuddy(self.contact)
        self.label_left_year.setBuddy(self.left_year)
        self.label_id_number.setBuddy(self.id_number)
        self.label_aspirations.setBuddy(self.aspirations)
        self.label_notes.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PersonForm)

        QMetaObject.connectSlotsByName(PersonForm)
    # setupUi

    def retranslateUi(self, PersonForm):
        self.label_full_name.setText(QCoreApplication.translate("PersonForm", u"Full name", None))
        self.label_gender.setText(QCoreApplication.translate("PersonForm", u"Gender", None))
        self.label_birth_year.setText(QCoreApplication.translate("PersonForm", u"Year of birth", None))
        self.label_relation.setText(QCoreApplication.translate("PersonForm", u"Relation to the head", None))
        self.label_country.setText(QCoreApplication.translate("PersonForm", u"Country of residence", None))
        self.label_city.setText(QCoreApplication.translate("PersonForm", u"City or locality", None))
        self.label_residence_status.setText(QCoreApplication.translate("PersonForm", u"Residence status", None))
        self.label_occupation.setText(QCoreApplication.translate("PersonForm", u"Occupation", None))
        self.label_workplace.setText(QCoreApplication.translate("PersonForm", u"Place of work or study", None))
        self.label_contact.setText(QCoreApplication.translate("PersonForm", u"Contact details", None))
        self.label_left_year.setText(QCoreApplication.translate("PersonForm", u"Year of leaving", None))
        self.label_id_number.setText(QCoreApplication.translate("PersonForm", u"Passport or ID document number", None))
        self.label_aspirations.setText(QCoreApplication.translate("PersonForm", u"Wishes and aspirations", None))
        self.label_notes.setText(QCoreApplication.translate("PersonForm", u"Notes", None))
        pass
    # retranslateUi


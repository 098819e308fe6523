# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'partner_form.ui'
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

class Ui_PartnerForm(object):
    def setupUi(self, PartnerForm):
        if not PartnerForm.objectName():
            PartnerForm.setObjectName(u"PartnerForm")
        self.grid = QGridLayout(PartnerForm)
        self.grid.setObjectName(u"grid")
        self.grid.setHorizontalSpacing(18)
        self.grid.setVerticalSpacing(3)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.label_name = QLabel(PartnerForm)
        self.label_name.setObjectName(u"label_name")

        self.grid.addWidget(self.label_name, 0, 0, 1, 1)

        self.name = QLineEdit(PartnerForm)
        self.name.setObjectName(u"name")

        self.grid.addWidget(self.name, 1, 0, 1, 1)

        self.error_name = QLabel(PartnerForm)
        self.error_name.setObjectName(u"error_name")
        self.error_name.setWordWrap(True)

        self.grid.addWidget(self.error_name, 2, 0, 1, 1)

        self.label_kind = QLabel(PartnerForm)
        self.label_kind.setObjectName(u"label_kind")

        self.grid.addWidget(self.label_kind, 0, 1, 1, 1)

        self.kind = SearchCombo(PartnerForm)
        self.kind.setObjectName(u"kind")

        self.grid.addWidget(self.kind, 1, 1, 1, 1)

        self.error_kind = QLabel(PartnerForm)
        self.error_kind.setObjectName(u"error_kind")
        self.error_kind.setWordWrap(True)

        self.grid.addWidget(self.error_kind, 2, 1, 1, 1)

        self.label_country = QLabel(PartnerForm)
        self.label_country.setObjectName(u"label_country")

        self.grid.addWidget(self.label_country, 3, 0, 1, 1)

        self.country = SearchCombo(PartnerForm)
        self.country.setObjectName(u"country")

        self.grid.addWidget(self.country, 4, 0, 1, 1)

        self.error_country = QLabel(PartnerForm)
        self.error_country.setObjectName(u"error_country")
        self.error_country.setWordWrap(True)

        self.grid.addWidget(self.error_country, 5, 0, 1, 1)

        self.label_address = QLabel(PartnerForm)
        self.label_address.setObjectName(u"label_address")

        self.grid.addWidget(self.label_address, 3, 1, 1, 1)

        self.address = QLineEdit(PartnerForm)
        self.address.setObjectName(u"address")

        self.grid.addWidget(self.address, 4, 1, 1, 1)

        self.error_address = QLabel(PartnerForm)
        self.error_address.setObjectName(u"error_address")
        self.error_address.setWordWrap(True)

        self.grid.addWidget(self.error_address, 5, 1, 1, 1)

        self.label_contact_person = QLabel(PartnerForm)
        self.label_contact_person.setObjectName(u"label_contact_person")

        self.grid.addWidget(self.label_contact_person, 6, 0, 1, 1)

        self.contact_person = QLineEdit(PartnerForm)
        self.contact_person.setObjectName(u"contact_person")

        self.grid.addWidget(self.contact_person, 7, 0, 1, 1)

        self.error_contact_person = QLabel(PartnerForm)
        self.error_contact_person.setObjectName(u"error_contact_person")
        self.error_contact_person.setWordWrap(True)

        self.grid.addWidget(self.error_contact_person, 8, 0, 1, 1)

        self.label_phone = QLabel(PartnerForm)
        self.label_phone.setObjectName(u"label_phone")

        self.grid.addWidget(self.label_phone, 6, 1, 1, 1)

        self.phone = QLineEdit(PartnerForm)
        self.phone.setObjectName(u"phone")

        self.grid.addWidget(self.phone, 7, 1, 1, 1)

        self.error_phone = QLabel(PartnerForm)
        self.error_phone.setObjectName(u"error_phone")
        self.error_phone.setWordWrap(True)

        self.grid.addWidget(self.error_phone, 8, 1, 1, 1)

        self.label_email = QLabel(PartnerForm)
        self.label_email.setObjectName(u"label_email")

        self.grid.addWidget(self.label_email, 9, 0, 1, 1)

        self.email = QLineEdit(PartnerForm)
        self.email.setObjectName(u"email")

        self.grid.addWidget(self.email, 10, 0, 1, 1)

        self.error_email = QLabel(PartnerForm)
        self.error_email.setObjectName(u"error_email")
        self.error_email.setWordWrap(True)

        self.grid.addWidget(self.error_email, 11, 0, 1, 1)

        self.label_cooperation_areas = QLabel(PartnerForm)
        self.label_cooperation_areas.setObjectName(u"label_cooperation_areas")

        self.grid.addWidget(self.label_cooperation_areas, 12, 0, 1, 1)

        self.cooperation_areas = QPlainTextEdit(PartnerForm)
        self.cooperation_areas.setObjectName(u"cooperation_areas")
        self.cooperation_areas.setTabChangesFocus(True)
        self.cooperation_areas.setMaximumSize(QSize(16777215, 84))

        self.grid.addWidget(self.cooperation_areas, 13, 0, 1, 1)

        self.error_cooperation_areas = QLabel(PartnerForm)
        self.error_cooperation_areas.setObjectName(u"error_cooperation_areas")
        self.error_cooperation_areas.setWordWrap(True)

        self.grid.addWidget(self.error_cooperation_areas, 14, 0, 1, 1)

        self.label_notes = QLabel(PartnerForm)
        self.label_notes.setObjectName(u"label_notes")

        self.grid.addWidget(self.label_notes, 12, 1, 1, 1)

        self.notes = QPlainTextEdit(PartnerForm)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumSize(QSize(16777215, 84))

        self.grid.addWidget(self.notes, 13, 1, 1, 1)

        self.error_notes = QLabel(PartnerForm)
        self.error_notes.setObjectName(u"error_notes")
        self.error_notes.setWordWrap(True)

        self.grid.addWidget(self.error_notes, 14, 1, 1, 1)

        self.bottomSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.grid.addItem(self.bottomSpacer, 15, 0, 1, 1)

        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.label_name.setBuddy(self.name)
        self.label_kind.setBuddy(self.kind)
        self.label_country.setBuddy(self.country)
        self.label_address.setBuddy(self.address)
        self.label_contact_person.setBuddy(self.contact_person)
        self.label_phone.setBuddy(self.phone)
        self.label_email.setBuddy(self.email)
        self.label_cooperation_areas.setBuddy(self.cooperation_areas)
        self.label_notes.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PartnerForm)

        QMetaObject.connectSlotsByName(PartnerForm)
    # setupUi

    def retranslateUi(self, PartnerForm):
        self.label_name.setText(QCoreApplication.translate("PartnerForm", u"Partner name", None))
        self.label_kind.setText(QCoreApplication.translate("PartnerForm", u"Type of partner", None))
        self.label_country.setText(QCoreApplication.translate("PartnerForm", u"Country", None))
        self.label_address.setText(QCoreApplication.translate("PartnerForm", u"Address", None))
        self.label_contact_person.setText(QCoreApplication.translate("PartnerForm", u"Contact person", None))
        self.label_phone.setText(QCoreApplication.translate("PartnerForm", u"Phone number", None))
        self.phone.setPlaceholderText(QCoreApplication.translate("PartnerForm", u"e.g. 0912 345 678", None))
        self.label_email.setText(QCoreApplication.translate("PartnerForm", u"Email", None))
        self.label_cooperation_areas.setText(QCoreApplication.translate("PartnerForm", u"Areas of cooperation", None))
        self.label_notes.setText(QCoreApplication.translate("PartnerForm", u"Notes", None))
        pass
    # retranslateUi


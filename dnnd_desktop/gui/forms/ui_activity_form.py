# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'activity_form.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QGridLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QSizePolicy, QSpacerItem, QWidget)

from dnnd_desktop.gui.widgets.search_combo import SearchCombo

class Ui_ActivityForm(object):
    def setupUi(self, ActivityForm):
        if not ActivityForm.objectName():
            ActivityForm.setObjectName(u"ActivityForm")
        self.grid = QGridLayout(ActivityForm)
        self.grid.setObjectName(u"grid")
        self.grid.setHorizontalSpacing(18)
        self.grid.setVerticalSpacing(3)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.label_title = QLabel(ActivityForm)
        self.label_title.setObjectName(u"label_title")

        self.grid.addWidget(self.label_title, 0, 0, 1, 1)

        self.title = QLineEdit(ActivityForm)
        self.title.setObjectName(u"title")

        self.grid.addWidget(self.title, 1, 0, 1, 1)

        self.error_title = QLabel(ActivityForm)
        self.error_title.setObjectName(u"error_title")
        self.error_title.setWordWrap(True)

        self.grid.addWidget(self.error_title, 2, 0, 1, 1)

        self.label_activity_type = QLabel(ActivityForm)
        self.label_activity_type.setObjectName(u"label_activity_type")

        self.grid.addWidget(self.label_activity_type, 0, 1, 1, 1)

        self.activity_type = SearchCombo(ActivityForm)
        self.activity_type.setObjectName(u"activity_type")

        self.grid.addWidget(self.activity_type, 1, 1, 1, 1)

        self.error_activity_type = QLabel(ActivityForm)
        self.error_activity_type.setObjectName(u"error_activity_type")
        self.error_activity_type.setWordWrap(True)

        self.grid.addWidget(self.error_activity_type, 2, 1, 1, 1)

        self.label_start_date = QLabel(ActivityForm)
        self.label_start_date.setObjectName(u"label_start_date")

        self.grid.addWidget(self.label_start_date, 0, 2, 1, 1)

        self.start_date = QLineEdit(ActivityForm)
        self.start_date.setObjectName(u"start_date")

        self.grid.addWidget(self.start_date, 1, 2, 1, 1)

        self.error_start_date = QLabel(ActivityForm)
        self.error_start_date.setObjectName(u"error_start_date")
        self.error_start_date.setWordWrap(True)

        self.grid.addWidget(self.error_start_date, 2, 2, 1, 1)

        self.label_end_date = QLabel(ActivityForm)
        self.label_end_date.setObjectName(u"label_end_date")

        self.grid.addWidget(self.label_end_date, 3, 0, 1, 1)

        self.end_date = QLineEdit(ActivityForm)
        self.end_date.setObjectName(u"end_date")

        self.grid.addWidget(self.end_date, 4, 0, 1, 1)

        self.error_end_date = QLabel(ActivityForm)
        self.error_end_date.setObjectName(u"error_end_date")
        self.error_end_date.setWordWrap(True)

        self.grid.addWidget(self.error_end_date, 5, 0, 1, 1)

        self.label_location = QLabel(ActivityForm)
        self.label_location.setObjectName(u"label_location")

        self.grid.addWidget(self.label_location, 3, 1, 1, 1)

        self.location = QLineEdit(ActivityForm)
        self.location.setObjectName(u"location")

        self.grid.addWidget(self.location, 4, 1, 1, 1)

        self.error_location = QLabel(ActivityForm)
        self.error_location.setObjectName(u"error_location")
        self.error_location.setWordWrap(True)

        self.grid.addWidget(self.error_location, 5, 1, 1, 1)

        self.label_commune_code = QLabel(ActivityForm)
        self.label_commune_code.setObjectName(u"label_commune_code")

        self.grid.addWidget(self.label_commune_code, 3, 2, 1, 1)

        self.commune_code = SearchCombo(ActivityForm)
        self.commune_code.setObjectName(u"commune_code")

        self.grid.addWidget(self.commune_code, 4, 2, 1, 1)

        self.error_commune_code = QLabel(ActivityForm)
        self.error_commune_code.setObjectName(u"error_commune_code")
        self.error_commune_code.setWordWrap(True)

        self.grid.addWidget(self.error_commune_code, 5, 2, 1, 1)

        self.border_area = QCheckBox(ActivityForm)
        self.border_area.setObjectName(u"border_area")

        self.grid.addWidget(self.border_area, 7, 0, 1, 1)

        self.error_border_area = QLabel(ActivityForm)
        self.error_border_area.setObjectName(u"error_border_area")
        self.error_border_area.setWordWrap(True)

        self.grid.addWidget(self.error_border_area, 8, 0, 1, 1)

        self.label_country = QLabel(ActivityForm)
        self.label_country.setObjectName(u"label_country")

        self.grid.addWidget(self.label_country, 6, 1, 1, 1)

        self.country = SearchCombo(ActivityForm)
        self.country.setObjectName(u"country")

        self.grid.addWidget(self.country, 7, 1, 1, 1)

        self.error_country = QLabel(ActivityForm)
        self.error_country.setObjectName(u"error_country")
        self.error_country.setWordWrap(True)

        self.grid.addWidget(self.error_country, 8, 1, 1, 1)

        self.label_counterpart = QLabel(ActivityForm)
        self.label_counterpart.setObjectName(u"label_counterpart")

        self.grid.addWidget(self.label_counterpart, 6, 2, 1, 1)

        self.counterpart = QLineEdit(ActivityForm)
        self.counterpart.setObjectName(u"counterpart")

        self.grid.addWidget(self.counterpart, 7, 2, 1, 1)

        self.error_counterpart = QLabel(ActivityForm)
        self.error_counterpart.setObjectName(u"error_counterpart")
        self.error_counterpart.setWordWrap(True)

        self.grid.addWidget(self.error_counterpart, 8, 2, 1, 1)

        self.label_counterpart_locality = QLabel(ActivityForm)
        self.label_counterpart_locality.setObjectName(u"label_counterpart_locality")

        self.grid.addWidget(self.label_counterpart_locality, 9, 0, 1, 1)

        self.counterpart_locality = QLineEdit(ActivityForm)
        self.counterpart_locality.setObjectName(u"counterpart_locality")

        self.grid.addWidget(self.counterpart_locality, 10, 0, 1, 1)

        self.error_counterpart_locality = QLabel(ActivityForm)
        self.error_counterpart_locality.setObjectName(u"error_counterpart_locality")
        self.error_counterpart_locality.setWordWrap(True)

        self.grid.addWidget(self.error_counterpart_locality, 11, 0, 1, 1)

        self.label_delegation_direction = QLabel(ActivityForm)
        self.label_delegation_direction.setObjectName(u"label_delegation_direction")

        self.grid.addWidget(self.label_delegation_direction, 9, 1, 1, 1)

        self.delegation_direction = SearchCombo(ActivityForm)
        self.delegation_direction.setObjectName(u"delegation_direction")

        self.grid.addWidget(self.delegation_direction, 10, 1, 1, 1)

        self.error_delegation_direction = QLabel(ActivityForm)
        self.error_delegation_direction.setObjectName(u"error_delegation_direction")
        self.error_delegation_direction.setWordWrap(True)

        self.grid.addWidget(self.error_delegation_direction, 11, 1, 1, 1)

        self.label_participants_vn = QLabel(ActivityForm)
        self.label_participants_vn.setObjectName(u"label_participants_vn")

        self.grid.addWidget(self.label_participants_vn, 9, 2, 1, 1)

        self.participants_vn = QLineEdit(ActivityForm)
        self.participants_vn.setObjectName(u"participants_vn")

        self.grid.addWidget(self.participants_vn, 10, 2, 1, 1)

        self.error_participants_vn = QLabel(ActivityForm)
        self.error_participants_vn.setObjectName(u"error_participants_vn")
        self.error_participants_vn.setWordWrap(True)

        self.grid.addWidget(self.error_participants_vn, 11, 2, 1, 1)

        self.label_participants_foreign = QLabel(ActivityForm)
        self.label_participants_foreign.setObjectName(u"label_participants_foreign")

        self.grid.addWidget(self.label_participants_foreign, 12, 0, 1, 1)

        self.participants_foreign = QLineEdit(ActivityForm)
        self.participants_foreign.setObjectName(u"participants_foreign")

        self.grid.addWidget(self.participants_foreign, 13, 0, 1, 1)

        self.error_participants_foreign = QLabel(ActivityForm)
        self.error_participants_foreign.setObjectName(u"error_participants_foreign")
        self.error_participants_foreign.setWordWrap(True)

        self.grid.addWidget(self.error_participants_foreign, 14, 0, 1, 1)

        self.label_overseas_participants = QLabel(ActivityForm)
        self.label_overseas_participants.setObjectName(u"label_overseas_participants")

        self.grid.addWidget(self.label_overseas_participants, 12, 1, 1, 1)

        self.overseas_participants = QLineEdit(ActivityForm)
        self.overseas_participants.setObjectName(u"overseas_participants")

        self.grid.addWidget(self.overseas_participants, 13, 1, 1, 1)

        self.error_overseas_participants = QLabel(ActivityForm)
        self.error_overseas_participants.setObjectName(u"error_overseas_participants")
        self.error_overseas_participants.setWordWrap(True)

        self.grid.addWidget(self.error_overseas_participants, 14, 1, 1, 1)

        self.label_funding_vnd = QLabel(ActivityForm)
        self.label_funding_vnd.setObjectName(u"label_funding_vnd")

        self.grid.addWidget(self.label_funding_vnd, 12, 2, 1, 1)

        self.funding_vnd = QLineEdit(ActivityForm)
        self.funding_vnd.setObjectName(u"funding_vnd")

        self.grid.addWidget(self.funding_vnd, 13, 2, 1, 1)

        self.error_funding_vnd = QLabel(ActivityForm)
        self.error_funding_vnd.setObjectName(u"error_funding_vnd")
        self.error_funding_vnd.setWordWrap(True)

        self.grid.addWidget(self.error_funding_vnd, 14, 2, 1, 1)

        self.label_funding_direction = QLabel(ActivityForm)
        self.label_funding_direction.setObjectName(u"label_funding_direction")

        self.grid.addWidget(self.label_funding_direction, 15, 0, 1, 1)

        self.funding_direction = SearchCombo(ActivityForm)
        self.funding_direction.setObjectName(u"funding_direction")

        self.grid.addWidget(self.funding_direction, 16, 0, 1, 1)

        self.error_funding_direction = QLabel(ActivityForm)
        self.error_funding_direction.setObjectName(u"error_funding_direction")
        self.error_funding_direction.setWordWrap(True)

        self.grid.addWidget(self.error_funding_direction, 17, 0, 1, 1)

        self.label_funding_source = QLabel(ActivityForm)
        self.label_funding_source.setObjectName(u"label_funding_source")

        self.grid.addWidget(self.label_funding_source, 15, 1, 1, 1)

        self.funding_source = SearchCombo(ActivityForm)
        self.funding_source.setObjectName(u"funding_source")

        self.grid.addWidget(self.funding_source, 16, 1, 1, 1)

        self.error_funding_source = QLabel(ActivityForm)
        self.error_funding_source.setObjectName(u"error_funding_source")
        self.error_funding_source.setWordWrap(True)

        self.grid.addWidget(self.error_funding_source, 17, 1, 1, 1)

        self.tet_meeting = QCheckBox(ActivityForm)
        self.tet_meeting.setObjectName(u"tet_meeting")

        self.grid.addWidget(self.tet_meeting, 16, 2, 1, 1)

        self.error_tet_meeting = QLabel(ActivityForm)
        self.error_tet_meeting.setObjectName(u"error_tet_meeting")
        self.error_tet_meeting.setWordWrap(True)

        self.grid.addWidget(self.error_tet_meeting, 17, 2, 1, 1)

        self.label_organisers = QLabel(ActivityForm)
        self.label_organisers.setObjectName(u"label_organisers")

        self.grid.addWidget(self.label_organisers, 18, 0, 1, 1)

        self.organisers = QListWidget(ActivityForm)
        self.organisers.setObjectName(u"organisers")
        self.organisers.setMaximumSize(QSize(16777215, 84))

        self.grid.addWidget(self.organisers, 19, 0, 1, 1)

        self.error_organisers = QLabel(ActivityForm)
        self.error_organisers.setObjectName(u"error_organisers")
        self.error_organisers.setWordWrap(True)

        self.grid.addWidget(self.error_organisers, 20, 0, 1, 1)

        self.label_content = QLabel(ActivityForm)
        self.label_content.setObjectName(u"label_content")

        self.grid.addWidget(self.label_content, 18, 1, 1, 1)

        self.content = QPlainTextEdit(ActivityForm)
        self.content.setObjectName(u"content")
        self.content.setTabChangesFocus(True)
        self.content.setMaximumSize(QSize(16777215, 84))

        self.grid.addWidget(self.content, 19, 1, 1, 1)

        self.error_content = QLabel(ActivityForm)
        self.error_content.setObjectName(u"error_content")
        self.error_content.setWordWrap(True)

        self.grid.addWidget(self.error_content, 20, 1, 1, 1)

        self.label_result = QLabel(ActivityForm)
        self.label_result.setObjectName(u"label_result")

        self.grid.addWidget(self.label_result, 18, 2, 1, 1)

        self.result = QPlainTextEdit(ActivityForm)
        self.result.setObjectName(u"result")
        self.result.setTabChangesFocus(True)
        self.result.setMaximumSize(QSize(16777215, 84))

        self.grid.addWidget(self.result, 19, 2, 1, 1)

        self.error_result = QLabel(ActivityForm)
        self.error_result.setObjectName(u"error_result")
        self.error_result.setWordWrap(True)

        self.grid.addWidget(self.error_result, 20, 2, 1, 1)

        self.label_notes = QLabel(ActivityForm)
        self.label_notes.setObjectName(u"label_notes")

        self.grid.addWidget(self.label_notes, 21, 0, 1, 3)

        self.notes = QPlainTextEdit(ActivityForm)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumSize(QSize(16777215, 84))

        self.grid.addWidget(self.notes, 22, 0, 1, 3)

        self.error_notes = QLabel(ActivityForm)
        self.error_notes.setObjectName(u"error_notes")
        self.error_notes.setWordWrap(True)

        self.grid.addWidget(self.error_notes, 23, 0, 1, 3)

        self.bottomSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.grid.addItem(self.bottomSpacer, 24, 0, 1, 1)

        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.label_title.setBuddy(self.title)
        self.label_activity_type.setBuddy(self.activity_type)
        self.label_start_date.setBuddy(self.start_date)
        self.label_end_date.setBuddy(self.end_date)
        self.label_location.setBuddy(self.location)
        self.label_commune_code.setBuddy(self.commune_code)
        self.label_country.setBuddy(self.country)
        self.label_counterpart.setBuddy(self.counterpart)
        self.label_counterpart_locality.setBuddy(self.counterpart_locality)
        self.label_delegation_direction.setBuddy(self.delegation_direction)
        self.label_participants_vn.setBuddy(self.participants_vn)
        self.label_participants_foreign.setBuddy(self.participants_foreign)
        self.label_overseas_participants.setBuddy(self.overseas_participants)
        self.label_funding_vnd.setBuddy(self.funding_vnd)
        self.label_funding_direction.setBuddy(self.funding_direction)
        self.label_funding_source.setBuddy(self.funding_source)
        self.label_organisers.setBuddy(self.organisers)
        self.label_content.setBuddy(self.content)
        self.label_result.setBuddy(self.result)
        self.label_notes.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ActivityForm)

        QMetaObject.connectSlotsByName(ActivityForm)
    # setupUi

    def retranslateUi(self, ActivityForm):
        self.label_title.setText(QCoreApplication.translate("ActivityForm", u"Activity name", None))
        self.label_activity_type.setText(QCoreApplication.translate("ActivityForm", u"Type of activity", None))
        self.label_start_date.setText(QCoreApplication.translate("ActivityForm", u"Start date", None))
        self.start_date.setPlaceholderText(QCoreApplication.translate("ActivityForm", u"dd/mm/yyyy", None))
        self.label_end_date.setText(QCoreApplication.translate("ActivityForm", u"End date", None))
        self.end_date.setPlaceholderText(QCoreApplication.translate("ActivityForm", u"dd/mm/yyyy", None))
        self.label_location.setText(QCoreApplication.translate("ActivityForm", u"Place", None))
        self.label_commune_code.setText(QCoreApplication.translate("ActivityForm", u"Commune or ward", None))
        self.border_area.setText(QCoreApplication.translate("ActivityForm", u"Border area", None))
        self.label_country.setText(QCoreApplication.translate("ActivityForm", u"Partner country", None))
        self.label_counterpart.setText(QCoreApplication.translate("ActivityForm", u"Foreign counterpart", None))
        self.label_counterpart_locality.setText(QCoreApplication.translate("ActivityForm", u"Locality across the border", None))
        self.label_delegation_direction.setText(QCoreApplication.translate("ActivityForm", u"Delegation in or out", None))
        self.label_participants_vn.setText(QCoreApplication.translate("ActivityForm", u"Vietnamese participants", None))
        self.label_participants_foreign.setText(QCoreApplication.translate("ActivityForm", u"Foreign participants", None))
        self.label_overseas_participants.setText(QCoreApplication.translate("ActivityForm", u"Overseas Vietnamese participants", None))
        self.label_funding_vnd.setText(QCoreApplication.translate("ActivityForm", u"Funding or value of support (VND)", None))
        self.funding_vnd.setPlaceholderText(QCoreApplication.translate("ActivityForm", u"e.g. 5.000.000", None))
        self.label_funding_direction.setText(QCoreApplication.translate("ActivityForm", u"Money mobilised or given", None))
        self.label_funding_source.setText(QCoreApplication.translate("ActivityForm", u"Whose money", None))
        self.tet_meeting.setText(QCoreApplication.translate("ActivityForm", u"Lunar New Year meeting with overseas Vietnamese", None))
        self.label_organisers.setText(QCoreApplication.translate("ActivityForm", u"Co-organising bodies", None))
        self.label_content.setText(QCoreApplication.translate("ActivityForm", u"Content", None))
        self.label_result.setText(QCoreApplication.translate("ActivityForm", u"Results", None))
        self.label_notes.setText(QCoreApplication.translate("ActivityForm", u"Notes", None))
        pass
    # retranslateUi


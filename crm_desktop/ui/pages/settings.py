"""My settings: language and text size for this PC."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QVBoxLayout

from crm_desktop.config import LANGUAGES, ZOOM_STEPS
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.i18n import LANGUAGE_NAMES
from crm_desktop.ui.pages.base import Page
from crm_desktop.ui.widgets.basics import button, heading, hint


class SettingsPage(Page):
    page_id = "settings"
    help_id = "settings"

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.heading = heading(parent=self, name="settingsHeading")
        self.explanation = hint(parent=self, name="settingsHint")
        self.language_label = QLabel(self)
        self.language_label.setObjectName("languageLabel")
        self.language = QComboBox(self)
        self.language.setObjectName("languageChoice")
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language_label.setBuddy(self.language)
        self.zoom_label = QLabel(self)
        self.zoom_label.setObjectName("zoomLabel")
        self.zoom = QComboBox(self)
        self.zoom.setObjectName("zoomChoice")
        for step in ZOOM_STEPS:
            self.zoom.addItem(f"{step} %", step)
        self.zoom_label.setBuddy(self.zoom)
        self.smaller = button("smallerTextButton", self)
        self.larger = button("largerTextButton", self)
        zoom_row = QHBoxLayout()
        zoom_row.addWidget(self.zoom, 1)
        zoom_row.addWidget(self.smaller)
        zoom_row.addWidget(self.larger)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self.language_label, self.language)
        form.addRow(self.zoom_label, zoom_row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        from crm_desktop.ui.sync.server_settings import OfficeServerSection

        self.office_server = OfficeServerSection(context, self)
        layout.addWidget(self.office_server)
        self.office_server.connected.connect(lambda: context.data_changed.emit("sync_settings"))
        layout.addStretch(1)
        self.language.activated.connect(self._language_chosen)
        self.zoom.activated.connect(self._zoom_chosen)
        self.smaller.clicked.connect(lambda: context.zoom_by(-1))
        self.larger.clicked.connect(lambda: context.zoom_by(1))
        context.preferences_changed.connect(self.refresh)
        self.retranslate()
        self.refresh()

    def title(self) -> str:
        return self.tr("My settings")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("My settings"))
        self.explanation.setText(
            self.tr("These choices are for this computer only. Your colleagues keep their own.")
        )
        self.language_label.setText(self.tr("&Language"))
        self.language.setAccessibleName(self.tr("Language"))
        self.zoom_label.setText(self.tr("&Text size"))
        self.zoom.setAccessibleName(self.tr("Text size"))
        self.smaller.setText(self.tr("Smaller"))
        self.smaller.setAccessibleName(self.tr("Make the text smaller"))
        self.larger.setText(self.tr("Larger"))
        self.larger.setAccessibleName(self.tr("Make the text larger"))

    def refresh(self) -> None:
        prefs = self.context.preferences
        self.language.setCurrentIndex(max(0, self.language.findData(prefs.language)))
        self.zoom.setCurrentIndex(max(0, self.zoom.findData(prefs.zoom_percent)))

    def _language_chosen(self, index: int) -> None:
        self.context.apply_preferences(
            self.context.preferences.with_language(self.language.itemData(index))
        )

    def _zoom_chosen(self, index: int) -> None:
        self.context.apply_preferences(self.context.preferences.with_zoom(self.zoom.itemData(index)))

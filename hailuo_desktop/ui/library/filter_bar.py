"""The search box and the filters beside it: they say what the user wants to see, as one
`LibraryFilter`, and word why nothing is shown when nothing matches."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSignalBlocker, Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QToolButton

from ...domain.library_filter import LibraryFilter, Period, StatusChoice
from ...domain.models import MODELS, model_by_id


def _combo(name: str, accessible: str, items: list[tuple[str, object]]) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setAccessibleName(accessible)
    combo.setToolTip(accessible)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(9)
    for text, value in items:
        combo.addItem(text, value)
    return combo


class LibraryFilters(QObject):
    changed = Signal(object)   # LibraryFilter

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.searchEdit = QLineEdit()
        self.searchEdit.setObjectName("searchEdit")
        self.searchEdit.setPlaceholderText(self.tr("Search prompts, task or trace ids (Ctrl+F)"))
        self.searchEdit.setClearButtonEnabled(True)
        self.searchEdit.setAccessibleName(self.tr("Search your videos"))
        self.searchEdit.setAccessibleDescription(self.tr(
            "Shows the videos whose prompt holds every word typed, in any case and with or "
            "without accents. A task id or trace id finds its video."))
        self.statusCombo = _combo("statusFilter", self.tr("Show videos in this state"), [
            (self.tr("Any state"), StatusChoice.ANY), (self.tr("Done"), StatusChoice.DONE),
            (self.tr("Failed"), StatusChoice.FAILED), (self.tr("Running"), StatusChoice.RUNNING),
            (self.tr("Unconfirmed"), StatusChoice.UNCONFIRMED)])
        self.modelCombo = _combo("modelFilter", self.tr("Show videos made with this model"),
                                 [(self.tr("Any model"), None),
                                  *((model.label, model.id) for model in MODELS)])
        self.dateCombo = _combo("dateFilter", self.tr("Show videos started in this period"), [
            (self.tr("Any time"), Period.ALL), (self.tr("Today"), Period.TODAY),
            (self.tr("This week"), Period.WEEK)])
        self.starredButton = QToolButton()
        self.starredButton.setObjectName("starredFilter")
        self.starredButton.setCheckable(True)
        self.starredButton.setText(self.tr("★ Starred"))
        self.starredButton.setAccessibleName(self.tr("Show starred videos only"))
        self.starredButton.setToolTip(self.tr("Show starred videos only"))
        self.searchEdit.textChanged.connect(self._emit)
        for combo in (self.statusCombo, self.modelCombo, self.dateCombo):
            combo.currentIndexChanged.connect(self._emit)
        self.starredButton.toggled.connect(self._emit)

    def widgets(self) -> list:
        """The filters beside the search box, in order."""
        return [self.statusCombo, self.modelCombo, self.dateCombo, self.starredButton]

    def value(self) -> LibraryFilter:
        # Qt hands enum members back as plain strings: made members again here.
        return LibraryFilter(text=self.searchEdit.text(),
                             status=StatusChoice(self.statusCombo.currentData()),
                             model=self.modelCombo.currentData(),
                             period=Period(self.dateCombo.currentData()),
                             starred=self.starredButton.isChecked())

    def setValue(self, choice: LibraryFilter) -> None:
        blockers = [QSignalBlocker(w) for w in (self.searchEdit, *self.widgets())]
        self.searchEdit.setText(choice.text)
        for combo, value in ((self.statusCombo, choice.status), (self.modelCombo, choice.model),
                             (self.dateCombo, choice.period)):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        self.starredButton.setChecked(choice.starred)
        del blockers
        self._emit()

    def clear(self) -> None:
        self.setValue(LibraryFilter())

    def describe(self, choice: LibraryFilter) -> str:
        """Why nothing is shown: every filter that is on, in plain words."""
        parts = []
        if choice.terms:
            parts.append(f"“{choice.text.strip()}”")
        if choice.status is not StatusChoice.ANY:
            parts.append(self.statusCombo.itemText(self.statusCombo.findData(choice.status)))
        if choice.model is not None:
            parts.append(model_by_id(choice.model).label)
        if choice.period is not Period.ALL:
            parts.append(self.dateCombo.itemText(self.dateCombo.findData(choice.period)))
        if choice.starred:
            parts.append(self.tr("Starred"))
        return self.tr("No videos match these filters: {filters}.").format(
            filters=" · ".join(parts))

    def _emit(self, *_args) -> None:
        self.changed.emit(self.value())

"""What every page needs: the open workspace, the undo stack, preferences and a change signal."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Concatenate, ParamSpec, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication

from crm_desktop.config import Paths, Preferences, clamp_zoom, save_preferences
from crm_desktop.services import records
from crm_desktop.services.actor import Actor
from crm_desktop.services.errors import ServiceError
from crm_desktop.services.records import ChangeSet
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui import theme
from crm_desktop.ui.i18n import Translations

P = ParamSpec("P")
T = TypeVar("T")


class AppContext(QObject):
    """Signals for the interface; plain method calls below it."""

    data_changed = Signal(str)
    #: (what was to be undone, the ServiceError that refused it)
    undo_refused = Signal(str, object)
    preferences_changed = Signal()
    actor_changed = Signal()

    def __init__(
        self,
        workspace: Workspace,
        preferences: Preferences,
        translations: Translations | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.preferences = preferences
        self.translations = translations or Translations()
        self.undo_stack = QUndoStack(self)

    @property
    def paths(self) -> Paths:
        return self.workspace.paths

    @property
    def actor(self) -> Actor:
        return self.workspace.actor

    def set_actor(self, actor: Actor) -> None:
        self.workspace.act_as(actor)
        self.undo_stack.clear()
        self.actor_changed.emit()

    def read(
        self, fn: Callable[Concatenate[Any, Actor, P], T], *args: P.args, **kwargs: P.kwargs
    ) -> T:
        return self.workspace.run(fn, *args, **kwargs)

    def write(
        self, fn: Callable[Concatenate[Any, Actor, P], T], *args: P.args, **kwargs: P.kwargs
    ) -> T:
        """Run a service that changes data; pages listening to data_changed refresh."""
        result = self.workspace.run(fn, *args, **kwargs)
        table = result.table if isinstance(result, ChangeSet) else "*"
        self.data_changed.emit(table)
        return result

    def edit(
        self,
        text: str,
        fn: Callable[Concatenate[Any, Actor, P], ChangeSet],
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> ChangeSet:
        """Run a change and put it on the undo stack (Ctrl+Z takes it back)."""
        change = self.write(fn, *args, **kwargs)
        if not change.is_empty:
            self.undo_stack.push(ChangeCommand(self, text, change))
        return change

    def apply_preferences(self, prefs: Preferences) -> None:
        prefs = prefs.with_zoom(prefs.zoom_percent)
        language_changed = prefs.language != self.translations.language
        self.preferences = prefs
        save_preferences(self.paths, prefs)
        if language_changed:
            self.translations.install(prefs.language)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply(app, prefs.zoom_percent, high_contrast=prefs.high_contrast,
                        practice=self.workspace.practice)
        self.preferences_changed.emit()

    def zoom_by(self, steps: int) -> None:
        self.apply_preferences(
            self.preferences.with_zoom(clamp_zoom(self.preferences.zoom_percent + 25 * steps))
        )


class ChangeCommand(QUndoCommand):
    """One undoable change; the first redo is skipped because the change already happened."""

    def __init__(self, context: AppContext, text: str, change: ChangeSet) -> None:
        super().__init__(text)
        self._context = context
        self._change = change
        self._done = True

    def undo(self) -> None:
        self._apply(self._change.inverse())

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._apply(self._change)

    def _apply(self, change: ChangeSet) -> None:
        """A refused undo says why and leaves the stack, so it never looks done when it is not."""
        try:
            self._context.write(records.apply, change)
        except ServiceError as exc:
            self.setObsolete(True)
            self._context.undo_refused.emit(self.text(), exc)

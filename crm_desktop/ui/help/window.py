"""The Help window: large type, a table of contents, search, and the company's own instructions."""

from __future__ import annotations

import html

from PySide6.QtCore import QDateTime, QEvent, QLocale, Qt, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QFont,
    QKeySequence,
    QShortcut,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services import instructions
from crm_desktop.services.errors import ServiceError
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.help.content import HelpPage, contents_order, find_page, load_pages
from crm_desktop.ui.help.search import HelpIndex
from crm_desktop.ui.widgets.basics import button, heading

HELP_SCHEME = "help"
INSTRUCTION_SCHEME = "instruction"
#: Help text is this much larger than the rest of the program.
TEXT_SCALE = 1.15
_ROLE_TARGET = Qt.ItemDataRole.UserRole


def help_url(help_id: str, anchor: str = "") -> str:
    return f"{HELP_SCHEME}:{help_id}" + (f"#{anchor}" if anchor else "")


def instruction_url(instruction_id: str) -> str:
    return f"{INSTRUCTION_SCHEME}:{instruction_id}"


def _markdown_to_html(markdown: str) -> str:
    document = QTextDocument()
    document.setMarkdown(markdown)
    return document.toHtml()


class HelpBrowser(QTextBrowser):
    """Shows help: and instruction: addresses; Back and Forward work across both."""

    def __init__(self, window: HelpWindow) -> None:
        super().__init__(window)
        self._window = window

    def loadResource(self, kind: int, url: QUrl) -> object:
        if url.scheme() in (HELP_SCHEME, INSTRUCTION_SCHEME) and kind in (
            QTextDocument.ResourceType.HtmlResource.value,
            QTextDocument.ResourceType.MarkdownResource.value,
            QTextDocument.ResourceType.HtmlResource,
        ):
            return self._window.document_for(url)
        return super().loadResource(kind, url)


class HelpWindow(QWidget):
    """One window for all of the help; show_topic() opens a page (and a part of it)."""

    help_id = "help"
    topic_shown = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.context = context
        self.setObjectName("helpWindow")
        self.current_topic = ""
        self.current_anchor = ""
        self._index: HelpIndex | None = None
        self._index_language = ""
        self._build()
        self._connect()
        self.retranslate()
        self.apply_text_size()
        self.resize(1100 * context.preferences.zoom_percent // 100,
                    760 * context.preferences.zoom_percent // 100)

    # -- construction -----------------------------------------------------------------------

    def _build(self) -> None:
        self.heading = heading(parent=self, name="helpHeading")
        self.search = QLineEdit(self)
        self.search.setObjectName("helpSearch")
        self.search.setClearButtonEnabled(True)
        self.search_label = QLabel(self)
        self.search_label.setObjectName("helpSearchLabel")
        self.search_label.setBuddy(self.search)
        self.contents = QTreeWidget(self)
        self.contents.setObjectName("helpContents")
        self.contents.setHeaderHidden(True)
        self.contents.setWordWrap(True)
        self.contents.setUniformRowHeights(False)
        self.browser = HelpBrowser(self)
        self.browser.setObjectName("helpBrowser")
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.back_button = button("helpBackButton", self)
        self.forward_button = button("helpForwardButton", self)
        self.home_button = button("helpContentsButton", self)
        self.new_instruction_button = button("newInstructionButton", self)
        self.edit_instruction_button = button("editInstructionButton", self)
        self.delete_instruction_button = button("deleteInstructionButton", self)
        self.close_button = button("helpCloseButton", self)

        left = QWidget(self)
        left.setObjectName("helpLeft")
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search_label)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.contents, 1)
        right = QWidget(self)
        right.setObjectName("helpRight")
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        tools = QHBoxLayout()
        for widget in (self.back_button, self.forward_button, self.home_button):
            tools.addWidget(widget)
        tools.addStretch(1)
        for widget in (self.new_instruction_button, self.edit_instruction_button,
                       self.delete_instruction_button):
            tools.addWidget(widget)
        right_layout.addLayout(tools)
        right_layout.addWidget(self.browser, 1)
        self.splitter = QSplitter(self)
        self.splitter.setObjectName("helpSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 2)
        zoom = self.context.preferences.zoom_percent
        self.splitter.setSizes([340 * zoom // 100, 740 * zoom // 100])
        left.setMinimumWidth(220 * zoom // 100)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(bottom)
        self.setTabOrder(self.search, self.contents)
        self.setTabOrder(self.contents, self.browser)

    def _connect(self) -> None:
        self.search.textChanged.connect(self._search_changed)
        self.search.returnPressed.connect(self._open_first_result)
        self.contents.itemActivated.connect(self._item_chosen)
        self.contents.itemClicked.connect(self._item_chosen)
        self.browser.anchorClicked.connect(self._link_clicked)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.browser.forwardAvailable.connect(self.forward_button.setEnabled)
        self.back_button.clicked.connect(self.browser.backward)
        self.forward_button.clicked.connect(self.browser.forward)
        self.browser.sourceChanged.connect(self._source_changed)
        self.home_button.clicked.connect(lambda: self.show_topic("welcome"))
        self.new_instruction_button.clicked.connect(self._new_instruction)
        self.edit_instruction_button.clicked.connect(self._edit_instruction)
        self.delete_instruction_button.clicked.connect(self._delete_instruction)
        self.close_button.clicked.connect(self.close)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self.back_button.setEnabled(False)
        self.forward_button.setEnabled(False)
        self.context.preferences_changed.connect(self._preferences_changed)
        self.context.data_changed.connect(self._data_changed)

    # -- what is shown ----------------------------------------------------------------------

    @property
    def language(self) -> str:
        return self.context.translations.language

    def pages(self) -> dict[str, HelpPage]:
        return load_pages(self.language)

    def index(self) -> HelpIndex:
        if self._index is None or self._index_language != self.language:
            self._index = HelpIndex(self.pages())
            self._index_language = self.language
        return self._index

    def show_topic(self, topic: str, anchor: str = "") -> bool:
        """Open a help page ("settings"), a part of one ("settings#zoom") or an instruction."""
        if "#" in topic and not anchor:
            topic, anchor = topic.split("#", 1)
        self.browser.setSource(QUrl(self._url_for(topic, anchor)))
        return self.current_topic == topic

    @staticmethod
    def _url_for(topic: str, anchor: str) -> str:
        if topic.startswith(f"{INSTRUCTION_SCHEME}:"):
            return topic
        return help_url(topic, anchor)

    def document_for(self, url: QUrl) -> str:
        """The HTML of a help: or instruction: address (HelpBrowser asks for it)."""
        scheme, _, rest = url.toString().partition(":")
        target = rest.partition("#")[0]
        if scheme == INSTRUCTION_SCHEME:
            return self._instruction_html(target)
        page = find_page(target, self.language)
        if page is None:
            return _markdown_to_html(
                "# " + self.tr("No help for this yet") + "\n\n"
                + self.tr("There is no help page for this screen yet. "
                          "Please look in the contents on the left."))
        width = max(480, min(720, self.browser.viewport().width() - 40))
        return _markdown_to_html(page.display_markdown()).replace(
            "<img src=", f'<img width="{width}" src=')

    def _source_changed(self, url: QUrl) -> None:
        """Every way of arriving at a page (link, Back, contents, F1) ends up here."""
        scheme, _, rest = url.toString().partition(":")
        target, _, anchor = rest.partition("#")
        if scheme == INSTRUCTION_SCHEME:
            self.current_topic, self.current_anchor = instruction_url(target), ""
            title = self._instruction_title(target)
        else:
            self.current_topic, self.current_anchor = target, anchor
            page = find_page(target, self.language)
            title = page.title if page is not None else ""
            self._scroll_to_heading(page.heading_for(anchor) if page and anchor else "")
        self.setWindowTitle(self.tr("Help — %1").replace("%1", title) if title
                            else self.tr("Help"))
        self._update_instruction_buttons()
        self._select_in_contents()
        self.topic_shown.emit(self.current_topic)

    def _instruction_title(self, instruction_id: str) -> str:
        try:
            return self.context.read(instructions.get_instruction, instruction_id).title
        except ServiceError:
            return ""

    def _instruction_html(self, instruction_id: str) -> str:
        try:
            found = self.context.read(instructions.get_instruction, instruction_id)
        except ServiceError:
            return _markdown_to_html("# " + self.tr("This instruction was deleted") + "\n\n"
                                     + self.tr("Ask your administrator where it went."))
        when = QLocale().toString(QDateTime(found.updated_at.astimezone()),
                                  QLocale.FormatType.ShortFormat)
        who = (self.tr("Written by %1, last changed %2")
               .replace("%1", html.escape(found.updated_by or "—")).replace("%2", when))
        return f"<h1>{html.escape(found.title)}</h1><p><i>{who}</i></p>{found.html}"

    def _scroll_to_heading(self, text: str) -> None:
        self.browser.moveCursor(QTextCursor.MoveOperation.Start)
        if not text:
            return
        block = self.browser.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel() > 0 and block.text().strip() == text:
                cursor = QTextCursor(block)
                self.browser.setTextCursor(cursor)
                bar = self.browser.verticalScrollBar()
                bar.setValue(int(self.browser.document().documentLayout()
                                 .blockBoundingRect(block).top()))
                return
            block = block.next()

    # -- contents and search ----------------------------------------------------------------

    def rebuild_contents(self) -> None:
        self.contents.clear()
        query = self.search.text().strip()
        if query:
            self._fill_results(query)
            return
        pages_item = QTreeWidgetItem([self.tr("Help pages")])
        pages_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.contents.addTopLevelItem(pages_item)
        for page in contents_order(self.pages()):
            item = QTreeWidgetItem([page.title])
            item.setData(0, _ROLE_TARGET, page.help_id)
            pages_item.addChild(item)
        company, items = self._company_instructions()
        group = QTreeWidgetItem([
            self.tr("Work instructions of %1").replace("%1", company) if company
            else self.tr("Our company's work instructions")
        ])
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.contents.addTopLevelItem(group)
        for found in items:
            item = QTreeWidgetItem([found.title])
            item.setData(0, _ROLE_TARGET, instruction_url(found.id))
            group.addChild(item)
        if not items:
            empty = QTreeWidgetItem([self.tr("(none written yet)")])
            empty.setData(0, _ROLE_TARGET, "instructions")
            group.addChild(empty)
        self.contents.expandAll()
        self._select_in_contents()

    def _company_instructions(self) -> tuple[str, list[instructions.Instruction]]:
        try:
            company = self.context.read(lambda s, _a: instructions.company_name(s))
            return company, self.context.read(instructions.list_instructions)
        except Exception:  # the help must open even when the data file cannot be read
            return "", []

    def _fill_results(self, query: str) -> None:
        hits = self.index().search(query)
        company, items = self._company_instructions()
        folded = query.casefold()
        extra = [i for i in items if folded in i.title.casefold() or folded in i.html.casefold()]
        if not hits and not extra:
            none = QTreeWidgetItem([self.tr("Nothing found. Try fewer or other words.")])
            none.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.contents.addTopLevelItem(none)
            return
        for hit in hits:
            label = hit.page_title if not hit.heading or hit.heading == hit.page_title else (
                f"{hit.page_title} — {hit.heading}")
            item = QTreeWidgetItem([label])
            item.setData(0, _ROLE_TARGET, help_url(hit.help_id, hit.anchor)[len(HELP_SCHEME) + 1:])
            item.setToolTip(0, hit.snippet)
            self.contents.addTopLevelItem(item)
        for found in extra:
            item = QTreeWidgetItem([f"{company} — {found.title}" if company else found.title])
            item.setData(0, _ROLE_TARGET, instruction_url(found.id))
            self.contents.addTopLevelItem(item)

    def results(self) -> list[str]:
        """The targets listed on the left right now (for tests and screen readers)."""
        found: list[str] = []
        for i in range(self.contents.topLevelItemCount()):
            top = self.contents.topLevelItem(i)
            if top.data(0, _ROLE_TARGET):
                found.append(str(top.data(0, _ROLE_TARGET)))
            for j in range(top.childCount()):
                found.append(str(top.child(j).data(0, _ROLE_TARGET)))
        return found

    def _search_changed(self, _text: str) -> None:
        self.rebuild_contents()

    def _open_first_result(self) -> None:
        targets = self.results()
        if targets:
            self.show_topic(targets[0])
            self.browser.setFocus()

    def _item_chosen(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        target = item.data(0, _ROLE_TARGET)
        if target:
            self.show_topic(str(target))

    def _select_in_contents(self) -> None:
        for i in range(self.contents.topLevelItemCount()):
            top = self.contents.topLevelItem(i)
            for j in range(top.childCount()):
                child = top.child(j)
                if child.data(0, _ROLE_TARGET) == self.current_topic:
                    self.contents.setCurrentItem(child)
                    return

    def _link_clicked(self, url: QUrl) -> None:
        if url.scheme() in (HELP_SCHEME, INSTRUCTION_SCHEME):
            self.browser.setSource(url)
        elif url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)

    # -- company instructions (administrators write them) -----------------------------------

    def _update_instruction_buttons(self) -> None:
        is_admin = self.context.actor.is_admin
        on_instruction = self.current_topic.startswith(f"{INSTRUCTION_SCHEME}:")
        self.new_instruction_button.setVisible(is_admin)
        self.edit_instruction_button.setVisible(is_admin and on_instruction)
        self.delete_instruction_button.setVisible(is_admin and on_instruction)

    def _current_instruction_id(self) -> str:
        return self.current_topic.partition(":")[2]

    def _new_instruction(self) -> None:
        from crm_desktop.ui.help.instruction_editor import InstructionEditor

        editor = InstructionEditor(self.context, None, self)
        if editor.exec() and editor.saved is not None:
            self.rebuild_contents()
            self.show_topic(instruction_url(editor.saved.id))

    def _edit_instruction(self) -> None:
        from crm_desktop.ui.help.instruction_editor import InstructionEditor

        try:
            found = self.context.read(instructions.get_instruction,
                                      self._current_instruction_id())
        except ServiceError:
            return
        editor = InstructionEditor(self.context, found, self)
        if editor.exec() and editor.saved is not None:
            self.rebuild_contents()
            self.show_topic(instruction_url(editor.saved.id))

    def _delete_instruction(self) -> None:
        from crm_desktop.ui.help.instruction_editor import confirm_delete

        instruction_id = self._current_instruction_id()
        if confirm_delete(self):
            try:
                self.context.write(instructions.delete_instruction, instruction_id)
            except ServiceError:
                return
            self.rebuild_contents()
            self.show_topic("welcome")

    # -- look and language ------------------------------------------------------------------

    def apply_text_size(self) -> None:
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * TEXT_SCALE)
        self.browser.document().setDefaultFont(font)
        self.browser.setFont(font)

    def _preferences_changed(self) -> None:
        self.apply_text_size()
        if self.current_topic:
            self.show_topic(self.current_topic, self.current_anchor)
            self.browser.reload()

    def _data_changed(self, table: str) -> None:
        if table in ("*", "company_setting") and self.isVisible():
            self.rebuild_contents()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Help"))
        self.heading.setText(self.tr("Help"))
        self.search_label.setText(self.tr("&Search the help"))
        self.search.setAccessibleName(self.tr("Search the help"))
        self.search.setPlaceholderText(self.tr("Type a word, for example: delete"))
        self.contents.setAccessibleName(self.tr("Contents of the help"))
        self.browser.setAccessibleName(self.tr("Help page"))
        self.back_button.setText(self.tr("&Back"))
        self.back_button.setAccessibleName(self.tr("Back to the page before"))
        self.forward_button.setText(self.tr("&Forward"))
        self.forward_button.setAccessibleName(self.tr("Forward again"))
        self.home_button.setText(self.tr("&Start page"))
        self.home_button.setAccessibleName(self.tr("The help's start page"))
        self.new_instruction_button.setText(self.tr("&New instruction"))
        self.new_instruction_button.setAccessibleName(
            self.tr("Write a new work instruction for the company"))
        self.edit_instruction_button.setText(self.tr("&Change instruction"))
        self.edit_instruction_button.setAccessibleName(self.tr("Change this work instruction"))
        self.delete_instruction_button.setText(self.tr("&Delete instruction"))
        self.delete_instruction_button.setAccessibleName(
            self.tr("Send this work instruction to the recycle bin"))
        self.close_button.setText(self.tr("&Close help"))
        self.close_button.setAccessibleName(self.tr("Close the help window"))
        self.rebuild_contents()
        self._update_instruction_buttons()
        if self.current_topic:
            self.show_topic(self.current_topic, self.current_anchor)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

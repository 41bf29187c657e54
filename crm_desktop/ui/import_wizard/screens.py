"""The import and export screens for the catalogue (ui/screens.py): every page of the import
wizard on an example list written into the renderer's own data folder, and the export dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QElapsedTimer
from PySide6.QtWidgets import QWidget

from crm_desktop.ui.context import AppContext
from crm_desktop.ui.import_wizard.answers import ImportAnswers
from crm_desktop.ui.import_wizard.export_dialog import ExportDialog
from crm_desktop.ui.import_wizard.wizard import ImportWizard
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.screens import Screen

Build = Callable[[AppContext, MainWindow], QWidget]

#: An old Excel-style list, as a salesperson keeps it: Chinese, Russian and English names,
#: one row without a name, one bad e-mail and one grade the program does not know.
EXAMPLE = """客户名称,联系人,手机,邮箱,地址,等级,负责人
华东贸易有限公司,张伟,13812345678,zhangwei@huadong.cn,上海市浦东新区,A,
王氏面包坊,王芳,13987654321,wangfang@example.com,北京市朝阳区,B,
ООО «Петров и партнёры»,Иван Петров,+7 495 123-45-67,petrov@example.ru,Москва,A,
Green Garden Ltd,Mary Green,+44 20 7946 0958,mary@greengarden.co.uk,London,C,
,,,,,B,
北方机械厂,李强,13700001111,liqiang(at)beifang,天津市,甲,
南方五金,陈静,13600002222,chenjing@nanfang.cn,广州市,VIP,
"""


def example_file(context: AppContext) -> Path:
    path = context.paths.data_dir / "example_clients.csv"
    if not path.exists():
        path.write_text(EXAMPLE, encoding="utf-8")
    return path


def _wait(done: Callable[[], bool], limit_ms: int = 15000) -> None:
    timer = QElapsedTimer()
    timer.start()
    while not done() and timer.elapsed() < limit_ms:
        QCoreApplication.processEvents()


def _wizard_at(steps: int) -> Build:
    def build(context: AppContext, window: MainWindow) -> QWidget:
        answers = ImportAnswers(path=str(example_file(context)), on_duplicate="skip") \
            if steps else ImportAnswers()
        wizard = ImportWizard(context, answers, window, resume=False)
        wizard.show()
        for _ in range(min(steps, 4)):
            wizard.next()
        if steps >= 4:
            _wait(lambda: wizard.dry_run_step.result is not None)
        if steps >= 5:
            wizard.next()
            _wait(lambda: wizard.import_step.result is not None)
            _wait(lambda: wizard.current_step() is wizard.result_step, 3000)
        return wizard

    return build


def _importing(context: AppContext, window: MainWindow) -> QWidget:
    """The import page while it runs: the picture holds it a third of the way through."""
    wizard = _wizard_at(4)(context, window)
    assert isinstance(wizard, ImportWizard)

    def held(_done: object, _failed: object, progress: Callable[[int], None]) -> None:
        progress(max(1, wizard.expected_rows() // 3))

    wizard.start_import = held  # type: ignore[method-assign]
    wizard.next()
    return wizard


def _export(context: AppContext, window: MainWindow) -> QWidget:
    return ExportDialog(context, window)


def import_screens() -> list[Screen]:
    return [
        Screen("wizard_import_file", "import-file", _wizard_at(0)),
        Screen("wizard_import_preview", "import-preview", _wizard_at(1)),
        Screen("wizard_import_columns", "import-columns", _wizard_at(2)),
        Screen("wizard_import_duplicates", "import-duplicates", _wizard_at(3)),
        Screen("wizard_import_dry_run", "import-dry-run", _wizard_at(4)),
        Screen("wizard_import_run", "import-run", _importing),
        Screen("wizard_import_result", "import-result", _wizard_at(5)),
        Screen("dialog_export", "export", _export),
    ]

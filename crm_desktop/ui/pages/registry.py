"""The navigation pages, in the order they appear down the left side."""

from __future__ import annotations

from crm_desktop.ui.clients.list_page import ClientsPage
from crm_desktop.ui.followups.today_page import TodayPage
from crm_desktop.ui.pages.base import Page
from crm_desktop.ui.pages.recycle_bin import RecycleBinPage
from crm_desktop.ui.pages.settings import SettingsPage


def page_classes() -> list[type[Page]]:
    """Each issue adds its page here; only pages that exist are listed."""
    return [
        TodayPage,
        ClientsPage,
        RecycleBinPage,
        SettingsPage,
    ]

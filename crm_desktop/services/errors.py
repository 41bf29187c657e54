"""Errors a service raises for the caller to show in plain words.

Services sit below the interface and cannot translate, so each error carries a
stable `code` (the UI and CLI turn it into words) and an English `message`.
"""

from __future__ import annotations

from typing import Any


class ServiceError(Exception):
    code = "error"

    def __init__(self, message: str, **params: Any) -> None:
        super().__init__(message)
        self.message = message
        self.params = params


class NotFound(ServiceError):
    code = "not_found"


class PermissionDenied(ServiceError):
    code = "permission_denied"


class ValidationError(ServiceError):
    """Bad input for one field; `field` names it and `reason` says what is wrong."""

    code = "invalid"

    def __init__(self, field: str, reason: str, message: str, **params: Any) -> None:
        super().__init__(message, **params)
        self.field = field
        self.reason = reason


class Conflict(ServiceError):
    code = "conflict"

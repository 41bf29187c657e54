"""E-mail normalising."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crm_desktop.domain.emails import EmailError, normalize_email


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ivan@mail.ru", "ivan@mail.ru"),
        ("  Ivan.Petrov@Mail.RU  ", "ivan.petrov@mail.ru"),
        ("ＺＨＡＮＧ＠ＥＸＡＭＰＬＥ．ＣＯＭ", "zhang@example.com"),
        ("user+tag@sub.example.co.uk", "user+tag@sub.example.co.uk"),
        ("user@例子.中国", "user@xn--fsqu00a.xn--fiqs8s"),
        ("Info@Почта.РФ", "info@xn--80a1acny.xn--p1ai"),
        ("用户@example.com", "用户@example.com"),
        ("mailto:Sales@Example.com", "sales@example.com"),
        ("o'brien@example.ie", "o'brien@example.ie"),
    ],
)
def test_normalises(raw: str, expected: str) -> None:
    assert normalize_email(raw) == expected


def test_case_variants_are_equal() -> None:
    assert normalize_email("Ivan@Mail.ru") == normalize_email("IVAN@MAIL.RU")


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("ivan.mail.ru", "no_at"),
        ("a@@b.com", "bad_local"),
        ("a@b@c.com", "bad_local"),
        ("@b.com", "bad_local"),
        ("a b@c.com", "bad_local"),
        (".a@b.com", "bad_local"),
        ("a..b@c.com", "bad_local"),
        ("a<b@c.com", "bad_local"),
        ("a@", "bad_domain"),
        ("a@localhost", "bad_domain"),
        ("a@b .com", "bad_domain"),
        ("a@b..com", "bad_domain"),
        ("a@-b.com", "bad_domain"),
        ("a@b_c.com", "bad_domain"),
        ("a@1.2.3.4", "bad_domain"),
        ("a" * 65 + "@b.com", "too_long"),
        ("a@" + ".".join(["b" * 50] * 5) + ".com", "too_long"),
    ],
)
def test_refuses(raw: str, reason: str) -> None:
    with pytest.raises(EmailError) as info:
        normalize_email(raw)
    assert info.value.reason == reason
    assert reason in EmailError.REASONS
    assert isinstance(info.value, ValueError)


@given(st.text(max_size=80))
def test_only_email_errors_and_idempotent(raw: str) -> None:
    try:
        result = normalize_email(raw)
    except EmailError as exc:
        assert exc.reason in EmailError.REASONS
    else:
        assert normalize_email(result) == result
        assert len(result) <= 254
        assert result.count("@") == 1

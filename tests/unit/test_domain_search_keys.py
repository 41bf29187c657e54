"""Folding, pinyin, search tokens and name match keys."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crm_desktop.domain.search_keys import (
    fold_text,
    name_match_key,
    pinyin_full,
    pinyin_initials,
    search_tokens,
)
from crm_desktop.domain.transliterate import cyrillic_to_latin


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("张偉", "张伟"),
        ("張偉", "张伟"),
        ("華東貿易有限公司", "华东贸易有限公司"),
        ("Алёна", "АЛЕНА"),
        ("ЁЛКА", "елка"),
        ("ＡＢＣ１２３", "abc123"),
        ("Straße", "STRASSE"),
        ("  Ivan \t\n Petrov  ", "ivan petrov"),
    ],
)
def test_fold_equal(a: str, b: str) -> None:
    assert fold_text(a) == fold_text(b)


def test_fold_examples() -> None:
    assert fold_text("  Hello\u3000ＷＯＲＬＤ  ") == "hello world"
    assert fold_text("Алёна") == "алена"
    assert fold_text("") == ""


@given(st.text())
def test_fold_idempotent(text: str) -> None:
    once = fold_text(text)
    assert fold_text(once) == once


@given(st.text(alphabet=st.characters(min_codepoint=0x3400, max_codepoint=0x9FFF), max_size=20))
def test_fold_idempotent_on_han(text: str) -> None:
    once = fold_text(text)
    assert fold_text(once) == once


def test_pinyin_basic() -> None:
    assert pinyin_full("张伟") == "zhangwei"
    assert pinyin_initials("张伟") == "zw"
    assert pinyin_full("張偉") == "zhangwei"
    assert pinyin_full("吕布") == "lvbu"


def test_pinyin_keeps_other_letters_folded_and_drops_spaces() -> None:
    assert pinyin_full("Tom 张伟 3号") == "tomzhangwei3hao"
    assert pinyin_initials("ABC 公司") == "abcgs"
    assert pinyin_full("") == ""
    assert pinyin_full("Иван") == "иван"


@pytest.mark.parametrize(
    ("name", "full", "initials"),
    [
        ("曾国藩", "zengguofan", "zgf"),
        ("单雄信", "shanxiongxin", "sxx"),
        ("解缙", "xiejin", "xj"),
        ("仇英", "qiuying", "qy"),
        ("朴树", "piaoshu", "ps"),
        ("查良镛", "zhaliangyong", "zly"),
        ("区明", "ouming", "om"),
        ("尉迟恭", "yuchigong", "ycg"),
        ("万俟卨", "moqixie", "mqx"),
        ("乐毅", "yueyi", "yy"),
        ("盖聂", "genie", "gn"),
        ("缪明", "miaoming", "mm"),
        ("覃明", "qinming", "qm"),
        ("召明", "shaoming", "sm"),
        ("种师道", "chongshidao", "csd"),
        ("秘明", "biming", "bm"),
        ("折克行", "shekexing", "skx"),
        ("翟明", "zhaiming", "zm"),
        ("單雄信", "shanxiongxin", "sxx"),
    ],
)
def test_surname_readings(name: str, full: str, initials: str) -> None:
    assert pinyin_full(name, surname_first=True) == full
    assert pinyin_initials(name, surname_first=True) == initials


def test_surname_reading_only_for_first_character() -> None:
    assert pinyin_full("曾经", surname_first=False) == "cengjing"
    assert pinyin_full("张曾", surname_first=True).startswith("zhang")
    assert not pinyin_full("张曾", surname_first=True).endswith("zeng")
    assert pinyin_full("Tom 曾", surname_first=True) == "tomceng"


def test_search_tokens_person_name() -> None:
    tokens = search_tokens("张伟", person_name=True).split()
    for expected in ["张伟", "张", "伟", "zhangwei", "zw"]:
        assert expected in tokens
    assert "zeng" in search_tokens("曾国藩", person_name=True).split()
    assert "ceng" not in search_tokens("曾国藩", person_name=True).split()


def test_search_tokens_mixed_texts() -> None:
    tokens = search_tokens("華東貿易有限公司", "Ivan Petrov", "138-0013-8000").split()
    for expected in ["华东贸易有限公司", "华", "东", "huadongmaoyiyouxiangongsi", "hdmyyxgs"]:
        assert expected in tokens
    for expected in ["ivan", "petrov", "13800138000"]:
        assert expected in tokens
    assert "華" not in tokens


def test_search_tokens_folds_cyrillic() -> None:
    assert search_tokens("Алёна") == "алена"


def test_search_tokens_deterministic_and_unique() -> None:
    a = search_tokens("张伟 张伟", "Zhang Wei", person_name=True)
    b = search_tokens("张伟 张伟", "Zhang Wei", person_name=True)
    assert a == b
    assert len(a.split()) == len(set(a.split()))
    assert search_tokens() == ""
    assert search_tokens("", "  ") == ""


@given(st.lists(st.text(), max_size=4), st.booleans())
def test_search_tokens_never_raises(texts: list[str], person_name: bool) -> None:
    result = search_tokens(*texts, person_name=person_name)
    assert isinstance(result, str)
    assert "  " not in result
    assert result == result.strip()


def test_search_tokens_odd_input() -> None:
    text = "😀\x00\x1b张\u200b伟\ufeff Ивáн 𠀀 \U0010ffff"
    assert isinstance(search_tokens(text, person_name=True), str)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("华东贸易有限公司", "华东贸易"),
        ("华东贸易股份有限公司", "华东贸易"),
        ("华东贸易有限责任公司", "华东贸易"),
        ("華東貿易集團有限公司", "华东贸易"),
        ("华东贸易 公司", "华东贸易"),
        ("ООО «Ромашка»", "Ромашка"),
        ('"Ромашка" ООО', "Ромашка"),
        ("ЗАО Ромашка", "ромашка"),
        ("ИП Иванов", "Иванов"),
        ("Ivanov", "Иванов"),
        ("Acme Co., Ltd.", "ACME"),
        ("Acme Inc.", "acme"),
        ("Acme LLC", "Acme"),
        ("Müller GmbH", "Muller"),
        ("Acme Corp", "Acme Limited"),
        ("Алёна", "Alena"),
        ("Юрий Щукин", "Yuriy Shchukin"),
        ("Zhang Wei", "张伟"),
    ],
)
def test_name_match_key_equal(a: str, b: str) -> None:
    assert name_match_key(a) == name_match_key(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [("华东贸易", "华南贸易"), ("Ivanov", "Petrov"), ("ООО Ромашка", "ООО Лютик")],
)
def test_name_match_key_different(a: str, b: str) -> None:
    assert name_match_key(a) != name_match_key(b)


def test_name_match_key_examples() -> None:
    assert name_match_key("华东贸易有限公司") == "huadongmaoyi"
    assert name_match_key("ООО «Ромашка»") == "romashka"
    assert name_match_key("Иванов") == "ivanov"
    assert name_match_key("公司") == "gongsi"  # nothing left but the legal form: keep it
    assert name_match_key("ООО") == "ooo"
    assert name_match_key("") == ""
    assert name_match_key("«»") == ""


@given(st.text())
def test_name_match_key_never_raises(text: str) -> None:
    key = name_match_key(text)
    assert " " not in key
    assert key == name_match_key(key) or not key.isascii()


def test_cyrillic_to_latin() -> None:
    assert cyrillic_to_latin("щукин") == "shchukin"
    assert cyrillic_to_latin("abc") == "abc"

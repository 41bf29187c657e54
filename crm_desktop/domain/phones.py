"""Phone number normalising (E.164) on top of the ``phonenumbers`` library.

Numbers without a country code are read in the caller's default region; when
that gives no valid number, or the text looks like a Russian "8 (xxx)" trunk
number, Russia is tried too, since the product is used in China and Russia.
A number that is not valid under the library's metadata but has a possible
length is still accepted when its country is known (explicit country code or
the default region), because numbering plans change faster than metadata and
refusing what a user typed is worse than storing it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # phonenumbers is imported on the first phone, not at start-up
    from phonenumbers import PhoneNumber

FALLBACK_REGION = "RU"

# Words that introduce an extension which phonenumbers does not know itself.
_EXTENSION_WORDS = re.compile(r"\s*(?:转|轉|分机|分機)\s*")
_RUSSIAN_TRUNK_LOOK = re.compile(r"8\s*\(|8-9")
_RUSSIAN_DIGITS = re.compile(r"8[3-9]\d{9}")
_EXPLICIT_COUNTRY = re.compile(r"[(\s]*(?:\+|00)")
_DIGIT = re.compile(r"[0-9]")


class PhoneError(ValueError):
    """Text that is not a usable phone number; ``reason`` is a stable code for the UI."""

    REASONS = ("empty", "too_short", "invalid", "too_long")

    def __init__(self, reason: str, raw: str = "") -> None:
        super().__init__(f"{reason}: {raw!r}")
        self.reason = reason
        self.raw = raw


@dataclass(frozen=True)
class Phone:
    """A normalised phone number."""

    e164: str
    extension: str | None
    national_digits: str

    def display(self) -> str:
        """International format, with " ext. N" when there is an extension."""
        import phonenumbers
        from phonenumbers import PhoneNumberFormat

        number = phonenumbers.parse(self.e164, None)
        text = phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
        if self.extension:
            text += f" ext. {self.extension}"
        return text


def _fold(raw: str) -> str:
    """NFKC folds full-width digits, plus signs and brackets to ASCII."""
    return unicodedata.normalize("NFKC", raw).strip()


def phone_digits(raw: str) -> str:
    """All ASCII digits of the text after full-width folding (for digit search)."""
    return "".join(_DIGIT.findall(_fold(raw)))


def _parse(text: str, region: str | None) -> PhoneNumber | None:
    import phonenumbers
    from phonenumbers import NumberParseException

    try:
        return phonenumbers.parse(text, region)
    except NumberParseException:
        return None


def _looks_russian(text: str) -> bool:
    if _RUSSIAN_TRUNK_LOOK.match(text):
        return True
    return _RUSSIAN_DIGITS.fullmatch(phone_digits(text)) is not None


def _error_for(text: str, number: PhoneNumber | None) -> PhoneError:
    if number is None:
        digits = phone_digits(text)
        if not digits:
            return PhoneError("invalid", text)
        if len(digits) > 17:
            return PhoneError("too_long", text)
        if len(digits) < 3:
            return PhoneError("too_short", text)
        return PhoneError("invalid", text)
    import phonenumbers
    from phonenumbers import ValidationResult as VR

    result = phonenumbers.is_possible_number_with_reason(number)
    if result == VR.TOO_SHORT:
        return PhoneError("too_short", text)
    if result == VR.TOO_LONG:
        return PhoneError("too_long", text)
    return PhoneError("invalid", text)


def _to_phone(number: PhoneNumber) -> Phone:
    import phonenumbers
    from phonenumbers import PhoneNumber, PhoneNumberFormat

    extension = number.extension or None
    plain = PhoneNumber(country_code=number.country_code, national_number=number.national_number)
    plain.italian_leading_zero = number.italian_leading_zero
    plain.number_of_leading_zeros = number.number_of_leading_zeros
    return Phone(
        e164=phonenumbers.format_number(plain, PhoneNumberFormat.E164),
        extension=extension,
        national_digits=phonenumbers.national_significant_number(plain),
    )


def normalize_phone(raw: str, default_region: str = "CN") -> Phone:
    """Parse any common written form into a :class:`Phone`; raises :class:`PhoneError`."""
    text = _fold(raw)
    if text[:4].lower() == "tel:":
        text = text[4:].strip()
    if not text:
        raise PhoneError("empty", raw)
    import phonenumbers

    text = _EXTENSION_WORDS.sub(" ext ", text)
    explicit = _EXPLICIT_COUNTRY.match(text) is not None

    regions = [default_region]
    if not explicit and default_region != FALLBACK_REGION:
        if _looks_russian(text):
            regions.insert(0, FALLBACK_REGION)
        else:
            regions.append(FALLBACK_REGION)

    candidates = [(region, _parse(text, region)) for region in regions]
    for _, number in candidates:
        if number is not None and phonenumbers.is_valid_number(number):
            return _to_phone(number)
    # Nothing valid: accept a possible number in the country the user meant.
    primary = next(
        (num for region, num in candidates if region == default_region), candidates[0][1]
    )
    if primary is not None and phonenumbers.is_possible_number(primary):
        return _to_phone(primary)
    raise _error_for(text, primary)


def phone_search_variants(phone: Phone) -> list[str]:
    """Digit strings under which this phone should be found by digit search.

    The E.164 digits without "+", the national significant number, and the
    national form with trunk prefix ("8495…" in Russia, "0755…" in China).
    """
    import phonenumbers
    from phonenumbers import PhoneNumberFormat

    variants = [phone.e164.lstrip("+"), phone.national_digits]
    number = phonenumbers.parse(phone.e164, None)
    national = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    variants.append("".join(_DIGIT.findall(national)))
    region = phonenumbers.region_code_for_country_code(number.country_code or 0)
    prefix = phonenumbers.ndd_prefix_for_region(region, True) if region else None
    if prefix and not phonenumbers.is_valid_number(number):
        # Metadata has no format to add the prefix for us; add it by hand.
        variants.append(prefix + phone.national_digits)
    seen: dict[str, None] = {}
    for variant in variants:
        if variant:
            seen.setdefault(variant, None)
    return list(seen)

"""Finding people without opening what is sealed: keyed hashes (HMAC-SHA256) of identifiers.

An identifier is normalised first (spaces and dashes out, letters upper case, a phone without
+86), so 138 1234 5678 and +8613812345678 hash alike. The hash key (HUB_PII_HASH_KEY) is not a
sealing key and is never rotated: every stored hash would have to be made again from clear text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from hub.privacy.keys import keyring
from hub.privacy.models import PersonalKey

ID_NUMBER, PASSPORT, PHONE = "id_number", "passport", "phone"
_ID = re.compile(r"(?<![0-9A-Za-z])[1-9]\d{16}[0-9Xx](?![0-9A-Za-z])")
_MOBILE = re.compile(r"(?<![0-9])(?:\+?86[ -]?)?1[3-9]\d[ -]?\d{4}[ -]?\d{4}(?![0-9])")
_SEPARATORS = re.compile(r"[\s\-()（）]+")
_KEY_WORDS = (
    (ID_NUMBER, ("id_number", "id_card", "身份证")),
    (PASSPORT, ("passport", "permit", "document_number", "护照", "证件")),
    (PHONE, ("phone", "mobile", "电话", "手机")),
)
_SHAPES = (
    (ID_NUMBER, re.compile(r"\d{17}[0-9X]")),
    (PHONE, re.compile(r"1[3-9]\d{9}|0\d{9,11}")),
    (PASSPORT, re.compile(r"[A-Z]{1,2}[0-9A-Z]{4,18}")),
)


def normalised(kind: str, value: str) -> str:
    plain = _SEPARATORS.sub("", value).upper()
    if kind == PHONE:
        plain = plain.removeprefix("+").removeprefix("0086")
        if len(plain) == 13 and plain.startswith("86"):
            plain = plain[2:]
    return plain


def digest_of(kind: str, value: str) -> str:
    return keyring().digest(f"{kind}:{normalised(kind, value)}")


def digests_for_search(wanted: str) -> list[str]:
    """The hashes a search term may stand for: an ID number, a phone or a passport number."""
    return [
        digest_of(kind, wanted)
        for kind, shape in _SHAPES
        if shape.fullmatch(normalised(kind, wanted)) and any(c.isdigit() for c in wanted)
    ]


def identifiers(text: str, details: Any, phone: str | None = None) -> set[tuple[str, str]]:
    """(kind, hash) of every identifier in a report: by the field it is in, and in free text."""
    found = {(PHONE, phone)} if phone else set()
    found.update(_in_text(text))
    found.update(_in_fields(details, ""))
    return {(kind, digest_of(kind, value)) for kind, value in found if value.strip()}


async def remember_identifiers(
    case_id: int, text: str, details: Any, phone: str | None, *, joined: bool = False
) -> None:
    """The keyed hashes of the ID numbers, passports and phones a report names, for its case
    (`joined`: the report joined a case that may know some of them already)."""
    found = identifiers(text, details, phone)
    if found and joined:
        found -= set(await PersonalKey.filter(case_id=case_id).values_list("kind", "digest"))
    if found:
        await PersonalKey.bulk_create(
            [PersonalKey(case_id=case_id, kind=kind, digest=digest) for kind, digest in found]
        )


def _in_fields(value: Any, key: str) -> Iterator[tuple[str, str]]:
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _in_fields(v, str(k))
    elif isinstance(value, list):
        for v in value:
            yield from _in_fields(v, key)
    elif isinstance(value, str):
        kind = _kind_of(key)
        if kind is not None:
            yield kind, value
        yield from _in_text(value)


def _in_text(text: str) -> Iterator[tuple[str, str]]:
    for match in _ID.finditer(text):
        yield ID_NUMBER, match.group(0)
    for match in _MOBILE.finditer(text):
        yield PHONE, match.group(0)


def _kind_of(key: str) -> str | None:
    key = key.lower()
    return next((kind for kind, words in _KEY_WORDS if any(w in key for w in words)), None)

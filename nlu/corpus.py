"""The NLU corpus in Rasa's NLU YAML format: read it fully, and write it back for a Rasa project.

Reads intents with their examples (block text or `- text:` items with metadata), entity
annotations in all of Rasa's forms (`[text](entity)`, `[text](entity:value)`,
`[text]{"entity": ..., "value": ...}` and `[text][{...}, {...}]`), synonyms and lookup tables.
Lookup tables and synonyms of the places, districts, streets, police stations and departments are
generated from the catalogue, never written by hand (config/nlu/GUIDELINES.md).
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from agencies.catalog import CARRIERS, Catalogue
from config import CONFIG_DIR

NLU_DIR = CONFIG_DIR / "nlu"
TRAIN_DIR = NLU_DIR / "train"
HELDOUT_DIR = NLU_DIR / "heldout"
DIALOGUE_FILE = "dialogue.yml"

# [text](entity) or [text](entity:value) | [text]{json} | [text][{json}, {json}]
_ANNOTATION = re.compile(
    r"\[(?P<text>[^\]\[]+)\]"
    r"(?:\((?P<short>[^)]+)\)|(?P<json>\{[^{}]*\})|(?P<list>\[\s*\{.*?\}\s*\]))"
)


class CorpusError(ValueError):
    """The corpus cannot be read: the message names the file and what is wrong."""


@dataclass(frozen=True)
class EntitySpan:
    entity: str
    start: int
    end: int
    text: str
    value: str | None = None  # a synonym's canonical value, when the annotation gives one
    role: str | None = None
    group: str | None = None


@dataclass(frozen=True)
class Example:
    text: str
    intent: str
    entities: tuple[EntitySpan, ...] = ()
    source: str = ""
    metadata: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def spans_of(self, entity: str) -> tuple[EntitySpan, ...]:
        return tuple(e for e in self.entities if e.entity == entity)


@dataclass
class Corpus:
    examples: list[Example] = field(default_factory=list)
    synonyms: dict[str, list[str]] = field(default_factory=dict)  # canonical value -> its variants
    lookups: dict[str, list[str]] = field(default_factory=dict)
    regexes: dict[str, list[str]] = field(default_factory=dict)

    def intents(self) -> list[str]:
        return sorted({e.intent for e in self.examples})

    def by_intent(self) -> dict[str, list[Example]]:
        grouped: dict[str, list[Example]] = {}
        for example in self.examples:
            grouped.setdefault(example.intent, []).append(example)
        return grouped

    def extend(self, other: Corpus) -> None:
        self.examples.extend(other.examples)
        for mapping, more in ((self.synonyms, other.synonyms), (self.lookups, other.lookups)):
            for key, values in more.items():
                mapping.setdefault(key, []).extend(v for v in values if v not in mapping[key])
        for key, values in other.regexes.items():
            self.regexes.setdefault(key, []).extend(values)

    def fingerprint(self) -> str:
        """Changes whenever an example or its label changes: tells a stale model apart."""
        digest = hashlib.sha256()
        for example in self.examples:
            digest.update(f"{example.intent}\t{example.text}\n".encode())
        return digest.hexdigest()[:16]


def parse_example(raw: str, intent: str, source: str = "") -> Example:
    """One annotated line: the plain text and its entity spans (offsets in the plain text)."""
    plain: list[str] = []
    spans: list[EntitySpan] = []
    position = 0
    cursor = 0
    for match in _ANNOTATION.finditer(raw):
        before = raw[cursor : match.start()]
        plain.append(before)
        position += len(before)
        text = match.group("text")
        for annotation in _annotations(match, source):
            spans.append(
                EntitySpan(
                    entity=str(annotation["entity"]),
                    start=position,
                    end=position + len(text),
                    text=text,
                    value=_optional(annotation.get("value")),
                    role=_optional(annotation.get("role")),
                    group=_optional(annotation.get("group")),
                )
            )
        plain.append(text)
        position += len(text)
        cursor = match.end()
    plain.append(raw[cursor:])
    return Example("".join(plain).strip(), intent, tuple(_shift(spans, "".join(plain))), source)


def _annotations(match: re.Match[str], source: str) -> list[dict[str, Any]]:
    if match.group("short") is not None:
        entity, _, value = match.group("short").partition(":")
        return [{"entity": entity.strip(), "value": value.strip() or None}]
    raw = match.group("json") or match.group("list")
    try:
        loaded = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise CorpusError(f"{source}: unreadable annotation {match.group(0)!r}: {exc}") from None
    items = loaded if isinstance(loaded, list) else [loaded]
    for item in items:
        if not isinstance(item, dict) or "entity" not in item:
            raise CorpusError(f"{source}: annotation without an entity: {match.group(0)!r}")
    return items


def _optional(value: Any) -> str | None:
    return None if value is None else str(value)


def _shift(spans: list[EntitySpan], plain: str) -> Iterator[EntitySpan]:
    """Offsets after the example is stripped of leading white space."""
    lead = len(plain) - len(plain.lstrip())
    for span in spans:
        yield EntitySpan(
            span.entity,
            span.start - lead,
            span.end - lead,
            span.text,
            span.value,
            span.role,
            span.group,
        )


def _items(block: Any) -> Iterator[tuple[str, dict[str, Any]]]:
    """The examples of one intent: a `- ` list in a block string, or a list of `text:` items."""
    if isinstance(block, str):
        for line in block.splitlines():
            stripped = line.strip()
            if stripped.startswith("- "):
                yield stripped[2:], {}
            elif stripped and stripped != "-":
                yield stripped, {}
    elif isinstance(block, list):
        for item in block:
            if isinstance(item, dict):
                yield str(item.get("text", "")).strip(), dict(item.get("metadata") or {})
            else:
                yield str(item).strip(), {}


def read_file(path: Path) -> Corpus:
    """One Rasa NLU YAML file."""
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise CorpusError(f"{path}: not valid YAML: {exc}") from None
    corpus = Corpus()
    for entry in document.get("nlu") or []:
        if not isinstance(entry, dict):
            raise CorpusError(f"{path}: an nlu entry is not a mapping: {entry!r}")
        items = list(_items(entry.get("examples")))
        if "intent" in entry:
            for raw, metadata in items:
                if raw:
                    example = parse_example(raw, str(entry["intent"]), path.name)
                    corpus.examples.append(_with_metadata(example, metadata))
        elif "synonym" in entry:
            corpus.synonyms.setdefault(str(entry["synonym"]), []).extend(t for t, _ in items)
        elif "lookup" in entry:
            corpus.lookups.setdefault(str(entry["lookup"]), []).extend(t for t, _ in items)
        elif "regex" in entry:
            corpus.regexes.setdefault(str(entry["regex"]), []).extend(t for t, _ in items)
    return corpus


def _with_metadata(example: Example, metadata: dict[str, Any]) -> Example:
    if not metadata:
        return example
    return Example(example.text, example.intent, example.entities, example.source, metadata)


def read_corpus(directory: Path) -> Corpus:
    """Every *.yml file of a folder (an absent or empty folder is an empty corpus)."""
    corpus = Corpus()
    if directory.is_dir():
        for path in sorted(directory.glob("*.yml")):
            corpus.extend(read_file(path))
    return corpus


def text_key(text: str) -> str:
    """What makes two examples one message: the text without widths, case, spaces, punctuation."""
    folded = unicodedata.normalize("NFKC", text).lower()
    # punctuation (P), separators such as spaces (Z), control characters (C)
    return "".join(ch for ch in folded if unicodedata.category(ch)[0] not in "PZC")


def without_heldout(corpus: Corpus, heldout: Corpus) -> tuple[Corpus, list[Example]]:
    """The corpus minus every example whose text is also in the held-out split, and the dropped."""
    seen = {text_key(e.text) for e in heldout.examples}
    kept: list[Example] = []
    dropped: list[Example] = []
    for example in corpus.examples:
        (dropped if text_key(example.text) in seen else kept).append(example)
    return Corpus(kept, corpus.synonyms, corpus.lookups, corpus.regexes), dropped


def training_corpus(directory: Path = TRAIN_DIR, heldout: Path = HELDOUT_DIR) -> Corpus:
    """The corpus the models (and the Rasa export) learn from: never a held-out message."""
    corpus, _ = without_heldout(read_corpus(directory), read_corpus(heldout))
    return corpus


def split_reports(corpus: Corpus, categories: Iterable[str]) -> tuple[list[Example], list[Example]]:
    """Reports (intent is a category code) and dialogue turns (every other intent)."""
    codes = set(categories)
    reports = [e for e in corpus.examples if e.intent in codes]
    dialogue = [e for e in corpus.examples if e.intent not in codes]
    return reports, dialogue


# --- generated from the catalogue -------------------------------------------------------------


def generated_lookups(catalogue: Catalogue) -> dict[str, list[str]]:
    """Lookup tables of the catalogue: places, streets, districts, police stations, departments."""
    rows = catalogue.jurisdictions
    places = [p for j in rows for p in j.places]
    return {
        "place": list(dict.fromkeys(places)),
        "street": list(dict.fromkeys(j.street for j in rows)),
        "district": list(catalogue.districts),
        "police_station": list(dict.fromkeys(j.police_station for j in rows)),
        "department": [d.name_zh for d in catalogue.departments.values()],
        "carrier": [*CARRIERS, *(f"中国{c}" for c in CARRIERS)],
    }


def generated_synonyms(catalogue: Catalogue) -> dict[str, list[str]]:
    """Canonical value -> the other ways people write it (short district and department names)."""
    synonyms: dict[str, list[str]] = {}
    for district in catalogue.districts:
        short = district.removesuffix("区")
        if short != district:
            synonyms.setdefault(district, []).append(short)
    for carrier in CARRIERS:
        synonyms.setdefault(carrier, []).append(f"中国{carrier}")
    for department in catalogue.departments.values():
        short = short_department_name(department.name_zh)
        if short and short != department.name_zh:
            synonyms.setdefault(department.name_zh, []).append(short)
    return synonyms


def short_department_name(name: str) -> str:
    """厦门市公安局 -> 公安局, 思明区人民政府 -> 思明区政府: how residents name a department."""
    short = name
    for prefix in ("中共厦门市委", "厦门市", "厦门", "国家税务总局厦门市", "中华人民共和国厦门"):
        if short.startswith(prefix) and len(short) - len(prefix) >= 2:
            short = short[len(prefix) :]
            break
    return short.replace("人民政府", "政府")


def to_rasa_yaml(corpus: Corpus, catalogue: Catalogue) -> str:
    """A Rasa `data/nlu.yml`: the corpus's examples plus the generated lookups and synonyms."""
    nlu: list[dict[str, Any]] = []
    for intent, examples in corpus.by_intent().items():
        lines = "".join(f"- {annotate(e)}\n" for e in examples)
        nlu.append({"intent": intent, "examples": lines})
    synonyms = generated_synonyms(catalogue)
    for value, variants in corpus.synonyms.items():
        synonyms.setdefault(value, []).extend(v for v in variants if v not in synonyms[value])
    for value, variants in synonyms.items():
        nlu.append({"synonym": value, "examples": "".join(f"- {v}\n" for v in variants)})
    lookups = generated_lookups(catalogue)
    for name, values in corpus.lookups.items():
        lookups.setdefault(name, []).extend(v for v in values if v not in lookups[name])
    for name, values in lookups.items():
        nlu.append({"lookup": name, "examples": "".join(f"- {v}\n" for v in values)})
    for name, patterns in corpus.regexes.items():
        nlu.append({"regex": name, "examples": "".join(f"- {p}\n" for p in patterns)})
    return yaml.dump(
        {"version": "3.1", "nlu": nlu},
        Dumper=_BlockDumper,
        allow_unicode=True,
        sort_keys=False,
        width=10_000,
    )


def annotate(example: Example) -> str:
    """The example back in Rasa's markup."""
    parts: list[str] = []
    cursor = 0
    for span in sorted(example.entities, key=lambda s: s.start):
        if span.start < cursor:
            continue  # a second annotation of the same span: the first one is written
        parts.append(example.text[cursor : span.start])
        same = [s for s in example.entities if (s.start, s.end) == (span.start, span.end)]
        parts.append(f"[{span.text}]{_markup(same)}")
        cursor = span.end
    parts.append(example.text[cursor:])
    return "".join(parts)


def _markup(spans: list[EntitySpan]) -> str:
    plain = spans[0].role is None and spans[0].group is None and spans[0].value is None
    if len(spans) == 1 and plain:
        return f"({spans[0].entity})"
    items = [
        {
            k: v
            for k, v in (
                ("entity", s.entity),
                ("value", s.value),
                ("role", s.role),
                ("group", s.group),
            )
            if v is not None
        }
        for s in spans
    ]
    if len(items) == 1:
        return json.dumps(items[0], ensure_ascii=False)
    return json.dumps(items, ensure_ascii=False)


class _BlockDumper(yaml.SafeDumper):
    pass


def _block_strings(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_BlockDumper.add_representer(str, _block_strings)

"""The project's dictionaries and the tokeniser built on them, loaded once per process.

jieba gets the gazetteer (districts, streets, police stations, roads, neighbourhoods, landmarks),
the department names and the domain terms of config/nlu/dictionary, so that 飞线充电, 群租房
or 莲前西路 stay one token.
"""

from __future__ import annotations

import logging
import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import jieba

from agencies.catalog import Catalogue, catalogue
from config import CONFIG_DIR
from nlu.corpus import generated_lookups, short_department_name
from nlu.segment import Segmenter

DICTIONARY_DIR = CONFIG_DIR / "nlu" / "dictionary"
_lock = threading.Lock()


@dataclass(frozen=True)
class Lexicon:
    domain_terms: tuple[str, ...]
    surnames: frozenset[str]
    countries: dict[str, str]  # any way of naming it -> the country
    department_names: dict[str, str]  # full or short name -> department code

    def words(self, catalogue: Catalogue) -> list[tuple[str, str]]:
        """(word, part of speech) pairs the tokeniser must keep whole."""
        lookups = generated_lookups(catalogue)
        words = [(w, "ns") for key in ("place", "street", "district") for w in lookups[key]]
        words += [(w, "nt") for w in lookups["police_station"]]
        words += [(name, "nt") for name in self.department_names]
        words += [(w, "ns") for w in self.countries]
        for line in self.domain_terms:
            term, _, pos = line.partition(" ")
            words.append((term, pos or "n"))
        return words


def _lines(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def load_lexicon(directory: Path = DICTIONARY_DIR, catalog: Catalogue | None = None) -> Lexicon:
    catalog = catalog or catalogue()
    countries: dict[str, str] = {}
    for line in _lines(directory / "countries.txt"):
        names = [n.strip() for n in line.split(",") if n.strip()]
        for name in names:
            countries[name] = names[0]
    departments: dict[str, str] = {}
    for department in catalog.departments.values():
        departments[department.name_zh] = department.code
        departments.setdefault(short_department_name(department.name_zh), department.code)
    surnames = frozenset(s for line in _lines(directory / "surnames.txt") for s in line.split())
    return Lexicon(tuple(_lines(directory / "domain.txt")), surnames, countries, departments)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The lexicon of this process."""
    return load_lexicon()


@lru_cache(maxsize=1)
def tokenizer() -> jieba.Tokenizer:
    """jieba with the project's words, initialised once per process (thread-safe)."""
    with _lock:
        jieba.setLogLevel(logging.WARNING)
        instance = jieba.Tokenizer()
        instance.initialize()
        for word, pos in lexicon().words(catalogue()):
            instance.add_word(word, freq=None, tag=pos)
        return instance


@lru_cache(maxsize=1)
def segmenter() -> Segmenter:
    """The tokeniser's dictionary segmentation (jieba without its HMM), faster."""
    return Segmenter(tokenizer())


def normalise(text: str) -> str:
    """Full-width forms to half-width, letters to lower case, runs of white space to one space."""
    return " ".join(unicodedata.normalize("NFKC", text).lower().split())


def tokens(text: str) -> list[str]:
    """jieba's words of a normalised text, white space dropped."""
    return [t for t in tokenizer().lcut(text) if not t.isspace()]

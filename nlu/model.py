"""The text classifier at run time: n-gram features, one linear layer, calibrated scores.

Features: TF-IDF of the character 1-3 grams of the normalised text and of its jieba words, each
block L2-normalised and weighted. A character n-gram is one integer (up to three 21-bit code
points), so a message is vectorised by numpy, one `searchsorted` over all its n-grams, instead of a
Python loop per n-gram; words go through one dictionary.
Scores: one float32 weight matrix (features x labels: the weights of the linear models of
nlu/learn.py added up) and a bias: a message's decision values are its feature values times the
rows of its features, and each feature's contribution to a label is readable (the evidence stored
with every routing decision). Confidence is a softmax with a temperature fitted on out-of-fold
scores (Guo et al. 2017), so that a score of 0.6 is right about 60% of the time: the triage
threshold of routing depends on it.
This module needs numpy only; learning the weights (scikit-learn) is nlu/learn.py.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Any

import numpy as np

CODE_BITS = 21  # every Unicode code point fits in 21 bits; three fit in a signed 64-bit integer
MAX_GRAM = 3
_EMPTY_INDICES = np.empty(0, dtype=np.int64)
_EMPTY_VALUES = np.empty(0, dtype=np.float32)
Vector = tuple[np.ndarray, np.ndarray]  # (feature indices, values)


@dataclass(frozen=True)
class Config:
    """How a classifier is learnt (nlu/learn.py); kept with it for the record."""

    grams: tuple[int, int] = (1, 3)
    char_min_df: int = 2
    word_min_df: int = 2
    word_weight: float = 0.5
    sublinear: bool = False
    # (kind, C, mixing weight): "svm" one-vs-rest LinearSVC, "logistic" multinomial regression
    models: tuple[tuple[str, float, float], ...] = (("svm", 1.0, 1.0),)
    balanced: bool = False  # weight classes inversely to their frequency
    folds: int = 5
    seed: int = 0


@dataclass(frozen=True)
class Doc:
    """A message as the features see it: normalised text and its words."""

    text: str
    words: tuple[str, ...]


def gram_keys(text: str, low: int = 1, high: int = MAX_GRAM) -> np.ndarray:
    """Every character n-gram (low <= n <= high) of a text as an integer, one per occurrence.

    An n-gram of n characters is its code points side by side in 21-bit fields; a NUL character
    (code 0) is dropped so that keys of different lengths never meet.
    """
    if not 1 <= low <= high <= MAX_GRAM:
        raise ValueError(f"character n-grams run from 1 to {MAX_GRAM} characters")
    codes = np.frombuffer(text.replace("\0", "").encode("utf-32-le"), dtype=np.uint32)
    codes = codes.astype(np.int64)
    parts = []
    for n in range(low, high + 1):
        width = len(codes) - n + 1
        if width <= 0:
            break
        key = codes[:width].copy()
        for j in range(1, n):
            key <<= CODE_BITS
            key |= codes[j : j + width]
        parts.append(key)
    return np.concatenate(parts) if parts else _EMPTY_INDICES


def gram_text(key: int) -> str:
    """The n-gram an integer key stands for."""
    chars = []
    key = int(key)
    while key:
        chars.append(chr(key & ((1 << CODE_BITS) - 1)))
        key >>= CODE_BITS
    return "".join(reversed(chars))


@dataclass
class Block:
    """One feature block: its vocabulary, idf and weight.

    `keys` (sorted character n-gram keys) for the character block, `words` (in feature order) for
    the word block.
    """

    name: str
    idf: np.ndarray  # float32, one per feature of the block
    weight: float
    offset: int = 0
    keys: np.ndarray | None = None
    words: list[str] | None = None
    grams: tuple[int, int] = (1, MAX_GRAM)
    sublinear: bool = False
    _index: dict[str, int] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        if self.words is not None and not self._index:
            self._index = {w: i for i, w in enumerate(self.words)}

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["_index"] = {}  # rebuilt on load from `words`: not stored twice
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self.__post_init__()

    @property
    def size(self) -> int:
        return len(self.idf)

    def counts(self, doc: Doc) -> Vector:
        """(indices within the block, counts) of the document's known features."""
        if self.keys is not None:
            grams, counts = np.unique(gram_keys(doc.text, *self.grams), return_counts=True)
            if not len(grams) or not len(self.keys):
                return _EMPTY_INDICES, _EMPTY_VALUES
            at = np.searchsorted(self.keys, grams)  # sorted queries: few cache misses
            at[at == len(self.keys)] = 0
            hit = self.keys[at] == grams
            return at[hit], counts[hit]
        words = doc.words
        found = np.fromiter(
            map(self._index.get, words, itertools.repeat(-1, len(words))), np.int64, len(words)
        )
        return np.unique(found[found >= 0], return_counts=True)

    def vector(self, doc: Doc) -> Vector:
        """(indices, values) of this block for one document: TF-IDF, L2-normalised, weighted."""
        indices, counts = self.counts(doc)
        if not len(indices):
            return _EMPTY_INDICES, _EMPTY_VALUES
        tf = counts.astype(np.float32)
        if self.sublinear:
            tf = np.float32(1.0) + np.log(tf)
        values = tf * self.idf[indices]
        values *= np.float32(self.weight / np.sqrt(float(values @ values)))
        return indices + self.offset, values

    def name_of(self, index: int) -> str:
        """The n-gram or word of a feature of this block."""
        if self.keys is not None:
            return gram_text(int(self.keys[index]))
        assert self.words is not None
        return self.words[index]


@dataclass
class TextClassifier:
    labels: list[str]
    blocks: list[Block]
    weights: np.ndarray  # (features, labels), float32
    bias: np.ndarray  # (labels,)
    temperature: float = 1.0
    details: dict[str, Any] = field(default_factory=dict)  # how it was trained, for the record

    @property
    def width(self) -> int:
        return sum(block.size for block in self.blocks)

    def vector(self, doc: Doc) -> Vector:
        parts = [block.vector(doc) for block in self.blocks]
        return np.concatenate([p[0] for p in parts]), np.concatenate([p[1] for p in parts])

    def decision(self, doc: Doc, vector: Vector | None = None) -> np.ndarray:
        return self.weigh(vector if vector is not None else self.vector(doc)).decision

    def probabilities(self, doc: Doc, vector: Vector | None = None) -> np.ndarray:
        return self.weigh(vector if vector is not None else self.vector(doc)).probabilities

    def evidence(
        self, doc: Doc, label: str, top: int = 5, vector: Vector | None = None
    ) -> list[str]:
        """The features that pushed the document towards a label most."""
        return self.weigh(vector if vector is not None else self.vector(doc)).evidence(label, top)

    def weigh(self, vector: Vector) -> Weighing:
        """The decision values of a document and what each of its features contributed."""
        indices, values = vector
        rows = self.weights[indices]  # (features of the document, labels)
        decision = (values @ rows).astype(np.float64) + self.bias
        return Weighing(self, indices, values, rows, decision)

    def name_of(self, index: int) -> str:
        for block in self.blocks:
            if block.offset <= index < block.offset + block.size:
                return block.name_of(index - block.offset)
        raise IndexError(index)


@dataclass(frozen=True)
class Weighing:
    """One document weighed by a classifier: its decision values and each feature's share."""

    model: TextClassifier
    indices: np.ndarray  # the document's features
    values: np.ndarray  # their values
    rows: np.ndarray  # their weights (features of the document, labels)
    decision: np.ndarray  # per label

    @property
    def probabilities(self) -> np.ndarray:
        return softmax(self.decision / self.model.temperature)

    def evidence(self, label: str, top: int = 5) -> list[str]:
        """The features that pushed the document towards a label most."""
        if not len(self.indices):
            return []
        contributions = self.values * self.rows[:, self.model.labels.index(label)]
        found: list[str] = []
        for i in np.argsort(-contributions)[: top * 3]:
            if contributions[i] <= 0 or len(found) == top:
                break
            name = self.model.name_of(int(self.indices[i])).strip()
            if name and name not in found:
                found.append(name)
        return found


def softmax(scores: np.ndarray) -> np.ndarray:
    shifted = np.exp(scores - scores.max(axis=-1, keepdims=True))
    return shifted / shifted.sum(axis=-1, keepdims=True)

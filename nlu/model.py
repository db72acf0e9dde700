"""The text classifier: word and character n-grams, an NB-weighted linear SVM, calibrated scores.

Features: TF-IDF of character 1-3 grams of the normalised text and of jieba words (with the
project's dictionaries), each block L2-normalised, the word block weighted by `word_weight`.
Model: one linear SVM per label on features scaled by their naive-Bayes log-count ratio (NBSVM,
Wang & Manning 2012), which beats a plain linear SVM on topic classification; the NB scaling folds
into the weights, so scoring is one sparse dot product.
Confidence: a softmax of the decision values with a temperature fitted on out-of-fold decision
values (temperature scaling, Guo et al. 2017), so that a score of 0.6 is right about 60% of the
time; the triage threshold of routing depends on it.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np
import scipy.sparse as sp
from scipy.optimize import minimize_scalar
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.model_selection import StratifiedKFold
from sklearn.svm import LinearSVC

Progress = Callable[[str], None]


@dataclass(frozen=True)
class Doc:
    """A message as the features see it: normalised text and its words."""

    text: str
    words: tuple[str, ...]


@dataclass(frozen=True)
class Config:
    char_range: tuple[int, int] = (1, 3)
    char_min_df: int = 2
    word_min_df: int = 2
    word_weight: float = 0.5
    c: float = 1.0
    nb_alpha: float = 1.0
    folds: int = 5
    seed: int = 0


def char_grams(doc: Doc, low: int = 1, high: int = 3) -> list[str]:
    text = doc.text
    return [text[i : i + n] for n in range(low, high + 1) for i in range(len(text) - n + 1)]


def word_grams(doc: Doc) -> list[str]:
    return [w for w in doc.words if not w.isspace()]


class _Chars:
    """A picklable analyzer for one n-gram range."""

    def __init__(self, low: int, high: int) -> None:
        self.low, self.high = low, high

    def __call__(self, doc: Doc) -> list[str]:
        return char_grams(doc, self.low, self.high)


@dataclass
class Block:
    """One feature block: its vocabulary, idf and weight (what TfidfVectorizer learnt)."""

    name: str
    vocabulary: dict[str, int]
    idf: np.ndarray
    weight: float
    offset: int = 0

    def grams(self, doc: Doc, config: Config) -> list[str]:
        if self.name == "chars":
            return char_grams(doc, *config.char_range)
        return word_grams(doc)

    def vector(self, doc: Doc, config: Config) -> tuple[np.ndarray, np.ndarray]:
        """(indices, values) of this block for one document, as sklearn would compute them."""
        vocabulary = self.vocabulary
        counts = {
            vocabulary[gram]: n
            for gram, n in Counter(self.grams(doc, config)).items()
            if gram in vocabulary
        }
        if not counts:
            return np.empty(0, dtype=np.int64), np.empty(0)
        indices = np.fromiter(counts, dtype=np.int64, count=len(counts))
        values = (
            np.fromiter(counts.values(), dtype=np.float64, count=len(counts)) * self.idf[indices]
        )
        values *= self.weight / math.sqrt(float(values @ values))
        return indices + self.offset, values


@dataclass
class TextClassifier:
    labels: list[str]
    config: Config
    blocks: list[Block]
    coef: np.ndarray  # (features, labels), float32
    intercept: np.ndarray
    temperature: float = 1.0
    feature_names: list[str] = field(default_factory=list)

    def vector(self, doc: Doc) -> tuple[np.ndarray, np.ndarray]:
        parts = [block.vector(doc, self.config) for block in self.blocks]
        return np.concatenate([p[0] for p in parts]), np.concatenate([p[1] for p in parts])

    def decision(self, doc: Doc, vector: tuple[np.ndarray, np.ndarray] | None = None) -> np.ndarray:
        indices, values = vector or self.vector(doc)
        return values @ self.coef[indices] + self.intercept

    def probabilities(
        self, doc: Doc, vector: tuple[np.ndarray, np.ndarray] | None = None
    ) -> np.ndarray:
        return softmax(self.decision(doc, vector) / self.temperature)

    def evidence(
        self,
        doc: Doc,
        label: str,
        top: int = 5,
        vector: tuple[np.ndarray, np.ndarray] | None = None,
    ) -> list[str]:
        """The features that pushed the document towards a label most."""
        indices, values = vector or self.vector(doc)
        if not len(indices):
            return []
        contributions = values * self.coef[indices, self.labels.index(label)]
        order = np.argsort(-contributions)
        found: list[str] = []
        for i in order:
            name = self.feature_names[indices[i]].strip()
            if contributions[i] <= 0 or len(found) == top:
                break
            if name and name not in found:
                found.append(name)
        return found


def softmax(scores: np.ndarray) -> np.ndarray:
    shifted = np.exp(scores - scores.max(axis=-1, keepdims=True))
    return shifted / shifted.sum(axis=-1, keepdims=True)


def _vectorizers(config: Config) -> list[tuple[str, TfidfVectorizer, float]]:
    return [
        (
            "chars",
            TfidfVectorizer(
                analyzer=_Chars(*config.char_range), min_df=config.char_min_df, dtype=np.float64
            ),
            1.0,
        ),
        (
            "words",
            TfidfVectorizer(analyzer=word_grams, min_df=config.word_min_df, dtype=np.float64),
            config.word_weight,
        ),
    ]


def _features(docs: Sequence[Doc], config: Config) -> tuple[sp.csr_matrix, list[Block], list[str]]:
    matrices, blocks, names = [], [], []
    offset = 0
    for name, vectorizer, weight in _vectorizers(config):
        try:
            matrix = vectorizer.fit_transform(docs) * weight
        except ValueError:  # nothing survives min_df (a tiny corpus): the block is left out
            continue
        vocabulary = {k: int(v) for k, v in vectorizer.vocabulary_.items()}
        blocks.append(Block(name, vocabulary, vectorizer.idf_.copy(), weight, offset))
        names += list(vectorizer.get_feature_names_out())
        matrices.append(matrix)
        offset += matrix.shape[1]
    return sp.hstack(matrices).tocsr(), blocks, names


def _transform(docs: Sequence[Doc], blocks: list[Block], config: Config) -> sp.csr_matrix:
    rows, cols, vals = [], [], []
    for row, doc in enumerate(docs):
        for block in blocks:
            indices, values = block.vector(doc, config)
            rows += [row] * len(indices)
            cols += indices.tolist()
            vals += values.tolist()
    width = blocks[-1].offset + len(blocks[-1].vocabulary)
    return sp.csr_matrix((vals, (rows, cols)), shape=(len(docs), width))


def fit_nbsvm(
    x: sp.csr_matrix, y: np.ndarray, labels: list[str], config: Config
) -> tuple[np.ndarray, np.ndarray]:
    """One-vs-rest SVMs on NB-scaled features; the scaling folded into the returned weights."""
    present = (x > 0).astype(np.float64).tocsc()
    coef = np.zeros((x.shape[1], len(labels)), dtype=np.float32)
    intercept = np.zeros(len(labels))
    total = np.asarray(present.sum(axis=0)).ravel()
    for k, label in enumerate(labels):
        positive = y == label
        p = config.nb_alpha + np.asarray(present[positive].sum(axis=0)).ravel()
        q = config.nb_alpha + total - (p - config.nb_alpha)
        ratio = np.log((p / p.sum()) / (q / q.sum()))
        svm = LinearSVC(C=config.c, random_state=config.seed)
        svm.fit(x.multiply(ratio).tocsr(), positive.astype(int))
        coef[:, k] = svm.coef_.ravel() * ratio
        intercept[k] = svm.intercept_[0]
    return coef, intercept


def fit_temperature(scores: np.ndarray, y_index: np.ndarray) -> float:
    """The temperature that minimises the negative log-likelihood of out-of-fold scores."""

    def nll(log_t: float) -> float:
        probabilities = softmax(scores / math.exp(log_t))
        return float(-np.mean(np.log(probabilities[np.arange(len(y_index)), y_index] + 1e-12)))

    found = minimize_scalar(nll, bounds=(-5.0, 3.0), method="bounded")
    return float(math.exp(found.x))


def train(
    docs: Sequence[Doc],
    targets: Sequence[str],
    config: Config | None = None,
    progress: Progress | None = None,
    name: str = "model",
) -> TextClassifier:
    """Fit features, the NBSVM and its temperature on labelled documents."""
    config = config or Config()
    say = progress or (lambda _: None)
    y = np.asarray(targets)
    labels = sorted(set(targets))
    if len(labels) < 2:
        raise ValueError(f"{name}: at least two labels are needed to train, got {labels}")
    say(f"{name}: {len(docs)} examples, {len(labels)} labels; features")
    x, blocks, names = _features(docs, config)
    temperature = _calibrate(docs, y, labels, config, say, name)
    say(f"{name}: final fit on {x.shape[1]} features")
    coef, intercept = fit_nbsvm(x, y, labels, config)
    return TextClassifier(labels, config, blocks, coef, intercept, temperature, names)


def _calibrate(
    docs: Sequence[Doc], y: np.ndarray, labels: list[str], config: Config, say: Progress, name: str
) -> float:
    smallest = min(int((y == label).sum()) for label in labels)
    folds = min(config.folds, smallest)
    if folds < 2:
        return 1.0
    scores = np.zeros((len(docs), len(labels)))
    splitter = StratifiedKFold(folds, shuffle=True, random_state=config.seed)
    for fold, (inside, outside) in enumerate(splitter.split(np.zeros(len(y)), y), 1):
        say(f"{name}: calibration fold {fold}/{folds}")
        part = [docs[i] for i in inside]
        x, blocks, _ = _features(part, config)
        coef, intercept = fit_nbsvm(x, y[inside], labels, config)
        held = _transform([docs[i] for i in outside], blocks, config)
        scores[outside] = held @ coef + intercept
    index = {label: k for k, label in enumerate(labels)}
    temperature = fit_temperature(scores, np.array([index[v] for v in y]))
    say(f"{name}: temperature {temperature:.3f}")
    return temperature

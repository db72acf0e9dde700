"""Learning the text classifier of nlu/model.py from labelled documents (scikit-learn).

The vocabulary (character n-grams and words seen in at least `min_df` documents) and its idf are
counted here; documents are vectorised by the very code the engine runs (nlu/model.py Block.vector),
so training and serving can never disagree on a feature.
Models: one-vs-rest linear SVMs and a multinomial logistic regression on the same features, their
weights added with the mixing weights of the Config (an ensemble that is still one linear layer: a
word's contribution to a label stays readable). The temperature of the softmax is fitted on
out-of-fold scores.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import asdict

import numpy as np
import scipy.sparse as sp
from scipy.optimize import minimize_scalar
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold
from sklearn.svm import LinearSVC

from nlu.model import Block, Config, Doc, TextClassifier, gram_keys, softmax

Progress = Callable[[str], None]


def fit_blocks(docs: Sequence[Doc], config: Config) -> list[Block]:
    """The vocabulary and idf of each block (smoothed idf, as scikit-learn's TfidfVectorizer)."""
    n = len(docs)
    blocks: list[Block] = []
    seen = [np.unique(gram_keys(d.text, *config.grams)) for d in docs]
    keys, df = np.unique(
        np.concatenate(seen) if seen else np.empty(0, np.int64), return_counts=True
    )
    kept = df >= config.char_min_df
    if kept.any():
        idf = (np.log((1 + n) / (1 + df[kept])) + 1).astype(np.float32)
        blocks.append(
            Block(
                "chars", idf, 1.0, keys=keys[kept], grams=config.grams, sublinear=config.sublinear
            )
        )
    counts = Counter(w for d in docs for w in set(d.words) if not w.isspace())
    words = sorted(w for w, c in counts.items() if c >= config.word_min_df)
    if words:
        idf = np.array([math.log((1 + n) / (1 + counts[w])) + 1 for w in words], dtype=np.float32)
        blocks.append(
            Block("words", idf, config.word_weight, words=words, sublinear=config.sublinear)
        )
    offset = 0
    for block in blocks:
        block.offset = offset
        offset += block.size
    return blocks


def matrix(docs: Sequence[Doc], blocks: list[Block]) -> sp.csr_matrix:
    """The documents' feature vectors, exactly as the engine computes them, as rows."""
    width = sum(b.size for b in blocks)
    indptr = [0]
    indices: list[np.ndarray] = []
    values: list[np.ndarray] = []
    for doc in docs:
        for block in blocks:
            i, v = block.vector(doc)
            indices.append(i)
            values.append(v)
        indptr.append(indptr[-1] + sum(len(i) for i in indices[-len(blocks) :]))
    return sp.csr_matrix(
        (
            np.concatenate(values) if values else np.empty(0, np.float32),
            np.concatenate(indices) if indices else np.empty(0, np.int64),
            np.array(indptr),
        ),
        shape=(len(docs), width),
        dtype=np.float64,
    )


def fit_linear(
    x: sp.csr_matrix, y: np.ndarray, labels: list[str], config: Config
) -> tuple[np.ndarray, np.ndarray]:
    """(weights (features, labels), bias): the models of the Config, mixed."""
    weights = np.zeros((x.shape[1], len(labels)))
    bias = np.zeros(len(labels))
    balance = "balanced" if config.balanced else None
    for kind, c, mix in config.models:
        if kind == "nbsvm":
            coef, intercept = fit_nbsvm(x, y, labels, c, balance)
            weights += mix * coef
            bias += mix * intercept
            continue
        model: LinearSVC | LogisticRegression
        if kind == "svm":
            model = LinearSVC(C=c, class_weight=balance, random_state=config.seed)
        elif kind == "logistic":
            model = LogisticRegression(C=c, class_weight=balance, max_iter=3000)
        else:
            raise ValueError(f"unknown model kind {kind!r}")
        model.fit(x, y)
        coef, intercept = model.coef_, model.intercept_
        if len(labels) == 2:  # a binary model has one row: the score of the second label
            coef = np.vstack([-coef[0], coef[0]])
            intercept = np.array([-intercept[0], intercept[0]])
        order = [list(model.classes_).index(label) for label in labels]
        weights += mix * coef[order].T
        bias += mix * intercept[order]
    return weights, bias


def fit_nbsvm(
    x: sp.csr_matrix,
    y: np.ndarray,
    labels: list[str],
    c: float,
    balance: str | None,
    alpha: float = 1.0,
) -> tuple[np.ndarray, np.ndarray]:
    """One-vs-rest SVMs on features scaled by their naive-Bayes log-count ratio (NBSVM, Wang &
    Manning 2012); the scaling folded into the returned weights (features, labels)."""
    present = (x > 0).astype(np.float64).tocsc()
    weights = np.zeros((x.shape[1], len(labels)))
    bias = np.zeros(len(labels))
    total = np.asarray(present.sum(axis=0)).ravel()
    for k, label in enumerate(labels):
        positive = y == label
        p = alpha + np.asarray(present[positive].sum(axis=0)).ravel()
        q = alpha + total - (p - alpha)
        ratio = np.log((p / p.sum()) / (q / q.sum()))
        svm = LinearSVC(C=c, class_weight=balance, random_state=0)
        svm.fit(x.multiply(ratio).tocsr(), positive.astype(int))
        weights[:, k] = svm.coef_.ravel() * ratio
        bias[k] = svm.intercept_[0]
    return weights, bias


def fit_temperature(scores: np.ndarray, y_index: np.ndarray) -> float:
    """The temperature that minimises the negative log-likelihood of out-of-fold scores."""

    def nll(log_t: float) -> float:
        probabilities = softmax(scores / math.exp(log_t))
        return float(-np.mean(np.log(probabilities[np.arange(len(y_index)), y_index] + 1e-12)))

    found = minimize_scalar(nll, bounds=(-5.0, 3.0), method="bounded")
    return float(math.exp(found.x))


def fit(docs: Sequence[Doc], y: np.ndarray, labels: list[str], config: Config) -> TextClassifier:
    """Vocabulary and weights from documents (no calibration: temperature 1)."""
    blocks = fit_blocks(docs, config)
    weights, bias = fit_linear(matrix(docs, blocks), y, labels, config)
    return TextClassifier(labels, blocks, weights.astype(np.float32), bias)


def out_of_fold(
    docs: Sequence[Doc],
    y: np.ndarray,
    labels: list[str],
    config: Config,
    say: Progress | None = None,
    name: str = "model",
) -> np.ndarray | None:
    """Decision values of every document from a model that never saw it (stratified k-fold).

    Vocabulary, idf and weights are fitted inside each fold. None when a label has too few
    examples for two folds.
    """
    folds = min(config.folds, min(int((y == label).sum()) for label in labels))
    if folds < 2:
        return None
    scores = np.zeros((len(docs), len(labels)))
    splitter = StratifiedKFold(folds, shuffle=True, random_state=config.seed)
    for fold, (inside, outside) in enumerate(splitter.split(np.zeros(len(y)), y), 1):
        if say:
            say(f"{name}: cross-validation fold {fold}/{folds}")
        model = fit([docs[i] for i in inside], y[inside], labels, config)
        for i in outside:
            scores[i] = model.decision(docs[i])
    return scores


def by_confidence(probabilities: np.ndarray, truth: np.ndarray) -> list[dict[str, float]]:
    """Share and accuracy of the predictions in each tenth of confidence (the triage threshold
    is chosen from this: below it a prediction is wrong more often than right)."""
    confidence = probabilities.max(axis=1)
    right = probabilities.argmax(axis=1) == truth
    bands = []
    for low in np.arange(0.0, 1.0, 0.1):
        inside = (confidence >= low) & (confidence < low + 0.1 + (1e-9 if low >= 0.9 else 0))
        if inside.any():
            bands.append(
                {
                    "from": float(low),
                    "to": float(low + 0.1),
                    "share": float(inside.mean()),
                    "accuracy": float(right[inside].mean()),
                }
            )
    return bands


def train(
    docs: Sequence[Doc],
    targets: Sequence[str],
    config: Config | None = None,
    progress: Progress | None = None,
    name: str = "model",
) -> TextClassifier:
    """Fit features and weights on labelled documents, and the temperature out of fold."""
    config = config or Config()
    say = progress or (lambda _: None)
    y = np.asarray(targets)
    labels = sorted(set(targets))
    if len(labels) < 2:
        raise ValueError(f"{name}: at least two labels are needed to train, got {labels}")
    say(f"{name}: {len(docs)} examples, {len(labels)} labels")
    scores = out_of_fold(docs, y, labels, config, say, name)
    temperature = 1.0
    details: dict[str, object] = {"config": asdict(config), "examples": len(docs)}
    if scores is not None:
        index = {label: k for k, label in enumerate(labels)}
        truth = np.array([index[v] for v in y])
        temperature = fit_temperature(scores, truth)
        details["cv_accuracy"] = float((scores.argmax(axis=1) == truth).mean())
        accuracy = details["cv_accuracy"]
        say(f"{name}: out-of-fold accuracy {accuracy:.3f}, temperature {temperature:.3f}")
        bands = by_confidence(softmax(scores / temperature), truth)
        details["by_confidence"] = bands
        for band in bands:
            say(
                f"{name}: confidence {band['from']:.1f}-{band['to']:.1f}: {band['share']:6.1%} "
                f"of examples, {band['accuracy']:.3f} right (out of fold)"
            )
    model = fit(docs, y, labels, config)
    model.temperature = temperature
    model.details = details
    say(f"{name}: {model.width} features")
    return model

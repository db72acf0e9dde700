"""Benchmark: the hub's classifier architecture on 1,377 real government messages (7 topics).

5-fold stratified cross-validation (seed 0, text = subject + " " + detail): the hub's pipeline
(nlu/model.py and nlu/learn.py with the hub's category Config: character 1-3 grams + jieba words,
the linear ensemble) beside the plain baseline (character 1-3 gram TF-IDF + LinearSVC), both
trained inside each fold only. The data is never part of the hub's corpus.

    .venv/bin/python bench/nlu_gov7.py        # HUB_BENCH_GOV7 overrides the dataset path
"""

from __future__ import annotations

import csv
import os
import statistics
import sys
import time
from pathlib import Path

import numpy as np

DEFAULT = Path(__file__).resolve().parents[2] / "shared/benchmarks/gov-messages-7class/messages.tsv"
DATASET = Path(
    os.environ.get("HUB_BENCH_GOV7", "/work/shared/benchmarks/gov-messages-7class/messages.tsv")
)


def load(path: Path) -> tuple[list[str], np.ndarray]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return [f"{r['subject']} {r['detail']}" for r in rows], np.array([r["label"] for r in rows])


def main() -> int:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics import f1_score
    from sklearn.model_selection import StratifiedKFold
    from sklearn.pipeline import make_pipeline
    from sklearn.svm import LinearSVC

    from nlu.learn import fit
    from nlu.pipeline import document
    from nlu.training import CATEGORIES

    path = DATASET if DATASET.exists() else DEFAULT
    if not path.exists():
        print(f"dataset not found: {DATASET} (set HUB_BENCH_GOV7)", file=sys.stderr)
        return 2
    texts, labels = load(path)
    print(f"{len(texts)} messages, {len(set(labels))} labels, 5-fold stratified CV, seed 0")
    print(f"hub Config: {CATEGORIES}")
    started = time.monotonic()
    docs = [document(t) for t in texts]
    print(f"tokenised in {time.monotonic() - started:.1f} s")
    folds = StratifiedKFold(5, shuffle=True, random_state=0).split(texts, labels)
    names = sorted(set(labels))
    ours, base = [], []
    for k, (inside, outside) in enumerate(folds, 1):
        # the hub's features and models; the temperature does not change the argmax
        model = fit([docs[i] for i in inside], labels[inside], names, CATEGORIES)
        predicted = [model.labels[int(np.argmax(model.decision(docs[i])))] for i in outside]
        ours.append(f1_score(labels[outside], predicted, average="macro"))
        baseline = make_pipeline(TfidfVectorizer(analyzer="char", ngram_range=(1, 3)), LinearSVC())
        baseline.fit([texts[i] for i in inside], labels[inside])
        base.append(
            f1_score(
                labels[outside], baseline.predict([texts[i] for i in outside]), average="macro"
            )
        )
        print(f"fold {k}: hub pipeline {ours[-1]:.4f}   baseline {base[-1]:.4f}")
    print(f"\n{'':<44}{'macro-F1':>9}{'median':>9}")
    for name, scores in (("hub pipeline (chars+words, linear ensemble)", ours), ("baseline", base)):
        print(f"{name:<44}{np.mean(scores):>9.4f}{statistics.median(scores):>9.4f}")
    print(f"difference {np.mean(ours) - np.mean(base):+.4f} (target: hub pipeline >= 0.87)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

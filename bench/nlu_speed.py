"""Benchmark: messages per second through the hub's NLU beside bare jieba.lcut, and peak memory.

The same messages (the real government messages of bench/nlu_gov7.py, one at a time) go through
`engine.understand` (tokenisation, classification, entity extraction, gazetteer) and through bare
`jieba.lcut`, in the same process and run; the median of 5 rounds is reported. Peak RSS is that of
this process with the model loaded (trained into a temporary folder first if needed).

    .venv/bin/python bench/nlu_speed.py       # HUB_BENCH_GOV7 overrides the dataset path
"""

from __future__ import annotations

import logging
import os
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import jieba

sys.path.insert(0, str(Path(__file__).resolve().parent))
from nlu_gov7 import DATASET, DEFAULT, load

from nlu.training import load_engine

ROUNDS = 5


def rate(work: Callable[[str], object], texts: list[str]) -> float:
    started = time.perf_counter()
    for text in texts:
        work(text)
    return len(texts) / (time.perf_counter() - started)


def main() -> int:
    path = DATASET if DATASET.exists() else DEFAULT
    texts, _ = load(path)
    data_dir = Path(os.environ.get("HUB_DATA_DIR", tempfile.mkdtemp(prefix="hub-bench-")))
    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    engine = load_engine(data_dir)
    engine.understand(texts[0])
    ours, bare = [], []
    for _ in range(ROUNDS):
        bare.append(rate(jieba.lcut, texts))
        ours.append(rate(engine.understand, texts))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    chars = sum(len(t) for t in texts) / len(texts)
    print(f"{len(texts)} messages, {chars:.0f} characters on average, median of {ROUNDS} rounds")
    print(f"{'bare jieba.lcut':<40}{statistics.median(bare):>10.0f} msg/s")
    print(f"{'hub NLU (classify + entities + place)':<40}{statistics.median(ours):>10.0f} msg/s")
    ratio = statistics.median(ours) / statistics.median(bare)
    print(f"ratio {ratio:.2f} of jieba's rate (target >= 0.60)")
    print(f"peak RSS with the model loaded {peak:.0f} MB (target < 300 MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

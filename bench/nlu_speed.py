"""Benchmark: messages per second through the hub's NLU beside bare jieba.lcut, and peak memory.

The same messages (the real government messages of bench/nlu_gov7.py, one at a time) go through
`engine.understand` (tokenisation, classification, entity extraction, gazetteer) and through bare
`jieba.lcut` (jieba's defaults), in the same process and run. Rounds alternate between the two, so
that a machine busy with other work slows both alike; the ratio is the median of the rounds' ratios.
Peak RSS is measured in a separate process that does what a hub worker does: load the model and
read messages (no training, no bare jieba beside it). The model is trained first, in its own
process, when the data folder has none.

    .venv/bin/python bench/nlu_speed.py       # HUB_BENCH_GOV7 overrides the dataset path
"""

from __future__ import annotations

import logging
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from nlu_gov7 import DATASET, DEFAULT, load

ROUNDS = 7


def rate(work: Callable[[str], object], texts: list[str]) -> float:
    started = time.perf_counter()
    for text in texts:
        work(text)
    return len(texts) / (time.perf_counter() - started)


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def worker(data_dir: Path, path: Path) -> int:
    """A hub worker's footprint: the engine loaded and every message read once."""
    from nlu.training import load_engine

    texts, _ = load(path)
    before = peak_mb()
    engine = load_engine(data_dir)
    loaded = peak_mb()
    for text in texts:
        engine.understand(text)
    print(f"{before:.0f} {loaded:.0f} {peak_mb():.0f}")
    return 0


def prepare(data_dir: Path) -> int:
    """Train the model into the data folder when it has none (or a stale one)."""
    from nlu.training import load_engine

    load_engine(data_dir, progress=lambda message: print(message, file=sys.stderr))
    return 0


def main() -> int:
    path = DATASET if DATASET.exists() else DEFAULT
    data_dir = Path(os.environ.get("HUB_DATA_DIR", tempfile.mkdtemp(prefix="hub-bench-")))
    here = [sys.executable, str(Path(__file__).resolve())]
    env = os.environ | {"HUB_DATA_DIR": str(data_dir)}
    subprocess.run([*here, "--prepare", str(data_dir)], env=env, check=True)
    footprint = subprocess.run(
        [*here, "--worker", str(data_dir), str(path)], env=env, check=True, capture_output=True
    )
    started_mb, loaded_mb, worker_mb = (float(x) for x in footprint.stdout.split())

    import jieba

    from nlu.training import load_engine

    texts, _ = load(path)
    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    engine = load_engine(data_dir)
    engine.understand(texts[0])
    ours, bare, bare_plain = [], [], []
    for _ in range(ROUNDS):
        bare.append(rate(jieba.lcut, texts))
        ours.append(rate(engine.understand, texts))
        bare_plain.append(rate(lambda t: jieba.lcut(t, HMM=False), texts))
    ratios = [o / b for o, b in zip(ours, bare, strict=True)]
    chars = sum(len(t) for t in texts) / len(texts)
    print(f"{len(texts)} messages, {chars:.0f} characters on average, {ROUNDS} alternating rounds")
    print(f"{'':<44}{'msg/s (median)':>15}")
    print(f"{'bare jieba.lcut (baseline)':<44}{statistics.median(bare):>15.0f}")
    print(f"{'bare jieba.lcut, HMM off (for reference)':<44}{statistics.median(bare_plain):>15.0f}")
    print(f"{'hub NLU (classify + entities + place)':<44}{statistics.median(ours):>15.0f}")
    print(
        f"ratio {statistics.median(ratios):.2f} of bare jieba.lcut's rate "
        f"(rounds {min(ratios):.2f}-{max(ratios):.2f}; target >= 0.60)"
    )
    print(
        f"peak RSS of a worker: {started_mb:.0f} MB with the code imported, {loaded_mb:.0f} MB "
        f"with the model loaded, {worker_mb:.0f} MB after reading every message (target < 300 MB)"
    )
    print(f"peak RSS of this process (bare jieba and the engine side by side) {peak_mb():.0f} MB")
    return 0


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--prepare":
        raise SystemExit(prepare(Path(sys.argv[2])))
    if len(sys.argv) == 4 and sys.argv[1] == "--worker":
        raise SystemExit(worker(Path(sys.argv[2]), Path(sys.argv[3])))
    raise SystemExit(main())

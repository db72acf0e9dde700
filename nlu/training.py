"""Training the NLU from the corpus, and the model artifact under the data folder.

`hub nlu train` and `load_engine` use this: the artifact records the fingerprint of the corpus it
was trained on, so a changed corpus is trained again instead of served stale.
"""

from __future__ import annotations

import logging
import os
import random
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from datetime import date
from pathlib import Path
from typing import Any

import joblib

from agencies.catalog import catalogue
from nlu.corpus import HELDOUT_DIR, TRAIN_DIR, Corpus, Example, split_reports, training_corpus
from nlu.engine import Intent, Reading
from nlu.meaning import Meaning, PlaceMatch
from nlu.model import Config, TextClassifier
from nlu.pipeline import REPORT, NluEngine, document

log = logging.getLogger(__name__)
Progress = Callable[[str], None]
# The models, chosen by 5-fold cross-validation on the training corpus (never the held-out split;
# mean accuracy over three seeds): character 1-2 grams beat 1-3 grams (0.836 against 0.827),
# sublinear tf and words seen once help a little (0.839), an NBSVM mixed in at half weight helps
# again (0.842; alone it reaches 0.815). A logistic regression mixed in added 0.001 for ten times
# the training time. bench/nlu_gov7.py checks the same architecture on real government messages.
CATEGORIES = Config(
    grams=(1, 2),
    sublinear=True,
    word_min_df=1,
    models=(("svm", 1.0, 1.0), ("nbsvm", 1.0, 0.5)),
)
INTENTS = Config(grams=(1, 2), sublinear=True, word_min_df=1)  # CV 0.893
CONFIGS = repr((CATEGORIES, INTENTS))  # a model trained with other settings is trained again
ARTIFACT_VERSION = 2  # 2: n-gram keys, sparse float32 weights (nlu/model.py)
REPORTS_PER_CATEGORY_FOR_INTENTS = 12
NOT_A_REPORT = "other"  # vague messages: too close to start_report to teach `report`


def model_path(data_dir: Path) -> Path:
    return data_dir / "nlu" / "model.joblib"


def intent_examples(corpus: Corpus, seed: int = 0) -> list[tuple[str, str]]:
    """Dialogue turns with their intents, plus a sample of reports as the intent `report`."""
    reports, dialogue = split_reports(corpus, catalogue().categories)
    chosen = [(e.text, e.intent) for e in dialogue]
    by_category: dict[str, list[Example]] = {}
    for example in reports:
        if example.intent != NOT_A_REPORT:
            by_category.setdefault(example.intent, []).append(example)
    rng = random.Random(seed)
    for examples in by_category.values():
        picked = rng.sample(examples, min(REPORTS_PER_CATEGORY_FOR_INTENTS, len(examples)))
        chosen += [(e.text, REPORT) for e in picked]
    return chosen


def train_models(
    corpus: Corpus, progress: Progress | None = None, config: Config | None = None
) -> dict[str, Any]:
    """Both classifiers, from the corpus."""
    from nlu.learn import train

    say = progress or (lambda _: None)
    reports, dialogue = split_reports(corpus, catalogue().categories)
    if not reports or not dialogue:
        raise ValueError("the corpus needs report examples and dialogue examples to train")
    say(f"reading {len(reports)} reports and {len(dialogue)} dialogue turns")
    started = time.monotonic()
    categories = train(
        [document(e.text) for e in reports],
        [e.intent for e in reports],
        config or CATEGORIES,
        say,
        "categories",
    )
    pairs = intent_examples(corpus)
    intents = train(
        [document(t) for t, _ in pairs], [i for _, i in pairs], config or INTENTS, say, "intents"
    )
    say(f"trained in {time.monotonic() - started:.1f} s")
    return {
        "version": ARTIFACT_VERSION,
        "configs": CONFIGS,
        "fingerprint": corpus.fingerprint(),
        "categories": categories,
        "intents": intents,
    }


def save(models: dict[str, Any], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(f".{os.getpid()}.tmp")  # workers training at once never share one
    joblib.dump(models, partial, compress=3)
    partial.replace(path)  # a reader never sees half a file


def _load(path: Path, fingerprint: str) -> dict[str, Any] | None:
    if not path.exists():
        return None
    try:
        models: dict[str, Any] = joblib.load(path)
    except Exception:  # an unreadable artifact is retrained, not fatal
        log.warning("NLU model at %s is unreadable; training again", path)
        return None
    if (
        models.get("version") != ARTIFACT_VERSION
        or models.get("configs") != CONFIGS
        or models.get("fingerprint") != fingerprint
    ):
        log.info("NLU model at %s was trained on another corpus; training again", path)
        return None
    return models


def train_and_save(
    data_dir: Path,
    corpus_dir: Path = TRAIN_DIR,
    progress: Progress | None = None,
    heldout_dir: Path = HELDOUT_DIR,
) -> Path:
    corpus = training_corpus(corpus_dir, heldout_dir)
    path = model_path(data_dir)
    save(train_models(corpus, progress), path)
    return path


_trained: dict[str, dict[str, Any]] = {}  # fingerprint -> models trained in this process
_training = threading.Lock()  # one training at a time; the others then reuse its models


def load_engine(
    data_dir: Path,
    *,
    corpus_dir: Path = TRAIN_DIR,
    heldout_dir: Path = HELDOUT_DIR,
    today: Callable[[], date] | None = None,
    progress: Progress | None = None,
) -> NluEngine:
    """The engine of the artifact under the data folder, trained first if missing or stale.

    It learns from the corpus minus every held-out message (nlu.corpus.training_corpus).
    """
    with _training:
        return _load_engine(data_dir, corpus_dir, heldout_dir, today, progress)


def _load_engine(
    data_dir: Path,
    corpus_dir: Path,
    heldout_dir: Path,
    today: Callable[[], date] | None,
    progress: Progress | None,
) -> NluEngine:
    corpus = training_corpus(corpus_dir, heldout_dir)
    path = model_path(data_dir)
    fingerprint = corpus.fingerprint()
    models = _load(path, fingerprint)
    if models is None:
        models = _trained.get(fingerprint)
        if models is None:
            log.info("training the NLU model into %s", path)
            models = train_models(corpus, progress or log.info)
        save(models, path)
    _trained[fingerprint] = models
    categories: TextClassifier = models["categories"]
    intents: TextClassifier = models["intents"]
    return NluEngine(categories, intents, today=today)


class BackgroundEngine:
    """The engine of a running hub, loaded (or trained) in a thread while the hub already serves.

    Its methods wait for the load; callers run them through `run_nlu`, off the event loop.
    """

    def __init__(self, data_dir: Path, today: Callable[[], date] | None = None) -> None:
        self.data_dir = data_dir
        self.today = today
        self._lock = threading.Lock()
        self._future: Future[NluEngine] | None = None

    def start(self) -> Future[NluEngine]:
        with self._lock:
            if self._future is None:
                self._future = Future()
                threading.Thread(target=self._load, name="nlu-load", daemon=True).start()
            return self._future

    def _load(self) -> None:
        assert self._future is not None
        try:
            self._future.set_result(load_engine(self.data_dir, today=self.today))
        except BaseException as exc:  # the waiting callers get the error
            self._future.set_exception(exc)

    @property
    def ready(self) -> bool:
        """False while a started load has not finished, or when it failed (readiness waits)."""
        future = self._future
        return future is None or (future.done() and future.exception() is None)

    @property
    def loaded_now(self) -> bool:
        """The model is loaded: a call answers without waiting (nlu/engine.py `run_nlu`)."""
        future = self._future
        return future is not None and future.done() and future.exception() is None

    def engine(self) -> NluEngine:
        return self.start().result()

    def understand(self, text: str) -> Meaning:
        return self.engine().understand(text)

    def intent(self, text: str) -> Intent:
        return self.engine().intent(text)

    def entities(self, text: str) -> dict[str, Any]:
        return self.engine().entities(text)

    def place(self, text: str) -> PlaceMatch | None:
        return self.engine().place(text)

    def read(self, text: str, about: bool = True) -> Reading:
        return self.engine().read(text, about)

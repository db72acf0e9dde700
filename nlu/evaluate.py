"""`hub nlu evaluate`: how well the trained NLU does on the held-out split it never saw.

Per-category precision/recall/F1, the most frequent confusions, department accuracy (the department
routing would pick against the one the true category and the annotated place give, triage included),
the triage threshold's trade-off, calibration, entity exact-match and dialogue-intent accuracy.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from sklearn.metrics import precision_recall_fscore_support

from agencies.catalog import Catalogue
from nlu.corpus import Corpus, Example, split_reports
from nlu.meaning import Meaning
from nlu.pipeline import NluEngine
from routing.decide import TRIAGE, decide

ENTITY_TYPES = (
    "address",
    "name",
    "phone",
    "id_number",
    "passport",
    "nationality",
    "date",
    "count",
    "carrier",
)
THRESHOLDS = tuple(round(t, 2) for t in np.arange(0.0, 0.951, 0.05))


@dataclass(frozen=True)
class Scored:
    example: Example
    meaning: Meaning
    department: str  # what routing would do with the prediction
    gold_department: str  # what routing does with the true category and the annotated place


def department_of(meaning: Meaning, catalogue: Catalogue, threshold: float) -> str:
    return decide(meaning, catalogue, threshold=threshold).department or TRIAGE


def score_reports(
    engine: NluEngine, reports: Sequence[Example], catalogue: Catalogue, threshold: float
) -> list[Scored]:
    scored = []
    for example in reports:
        meaning = engine.understand(example.text)
        gold_place = engine.gazetteer.resolve(" ".join(s.text for s in example.spans_of("address")))
        gold = Meaning(example.text, example.intent, 1.0, place=gold_place, carrier=meaning.carrier)
        scored.append(
            Scored(
                example,
                meaning,
                department_of(meaning, catalogue, threshold),
                department_of(gold, catalogue, 0.0),
            )
        )
    return scored


def evaluate(
    engine: NluEngine, heldout: Corpus, catalogue: Catalogue, threshold: float
) -> dict[str, Any]:
    reports, dialogue = split_reports(heldout, catalogue.categories)
    if not reports and not dialogue:
        raise ValueError("the held-out split is empty")
    scored = score_reports(engine, reports, catalogue, threshold)
    result: dict[str, Any] = {
        "threshold": threshold,
        "reports": len(reports),
        "dialogue": len(dialogue),
    }
    if scored:
        result |= _categories(scored, catalogue)
        result["departments"] = _departments(scored, catalogue, threshold)
        result["thresholds"] = [_departments(scored, catalogue, t) for t in THRESHOLDS]
        result["calibration"] = _calibration(scored)
        result["entities"] = _entities(engine, reports)
    if dialogue:
        result["intents"] = _intents(engine, dialogue)
    return result


def _categories(scored: list[Scored], catalogue: Catalogue) -> dict[str, Any]:
    gold = [s.example.intent for s in scored]
    predicted = [s.meaning.category or "other" for s in scored]
    labels = sorted(set(gold) | set(predicted))
    p, r, f, n = precision_recall_fscore_support(gold, predicted, labels=labels, zero_division=0)
    per = {
        label: {
            "precision": float(p[i]),
            "recall": float(r[i]),
            "f1": float(f[i]),
            "support": int(n[i]),
        }
        for i, label in enumerate(labels)
    }
    groups: dict[str, list[float]] = {}
    for label, figures in per.items():
        if figures["support"] and label in catalogue.categories:
            groups.setdefault(catalogue.categories[label].group, []).append(figures["f1"])
    confusions = Counter((g, q) for g, q in zip(gold, predicted, strict=True) if g != q)
    return {
        "accuracy": float(np.mean([g == q for g, q in zip(gold, predicted, strict=True)])),
        "macro_f1": float(np.mean([per[label]["f1"] for label in set(gold)])),
        "per_category": per,
        "per_group_f1": {g: float(np.mean(v)) for g, v in sorted(groups.items())},
        "confusions": [
            {"true": g, "predicted": q, "count": c} for (g, q), c in confusions.most_common(20)
        ],
    }


def _departments(scored: list[Scored], catalogue: Catalogue, threshold: float) -> dict[str, Any]:
    predicted = [department_of(s.meaning, catalogue, threshold) for s in scored]
    right = [p == s.gold_department for p, s in zip(predicted, scored, strict=True)]
    routed = [ok for ok, p in zip(right, predicted, strict=True) if p != TRIAGE]
    return {
        "threshold": threshold,
        "accuracy": float(
            np.mean(right)
        ),  # triage counts as right only when routing itself would triage
        "routed_share": len(routed) / len(scored),
        "routed_accuracy": float(np.mean(routed)) if routed else None,
        "misrouted_share": (len(routed) - sum(routed)) / len(scored),
    }


def _calibration(scored: list[Scored], bins: int = 10) -> dict[str, Any]:
    confidence = np.array([s.meaning.confidence for s in scored])
    correct = np.array([s.meaning.category == s.example.intent for s in scored], dtype=float)
    edges = np.linspace(0, 1, bins + 1)
    error = 0.0
    for low, high in itertools.pairwise(edges):
        inside = (confidence > low) & (confidence <= high)
        if inside.any():
            error += inside.mean() * abs(confidence[inside].mean() - correct[inside].mean())
    return {
        "ece": float(error),
        "mean_confidence": float(confidence.mean()),
        "accuracy": float(correct.mean()),
    }


def _entities(engine: NluEngine, examples: Sequence[Example]) -> dict[str, Any]:
    tally: dict[str, Counter[str]] = {kind: Counter() for kind in ENTITY_TYPES}
    exact = 0
    for example in examples:
        gold = {(s.entity, s.text) for s in example.entities if s.entity in ENTITY_TYPES}
        found = {
            (f.entity, f.text)
            for f in engine.extraction(example.text).spans
            if f.entity in ENTITY_TYPES
        }
        exact += gold == found
        for kind in ENTITY_TYPES:
            g = {x for x in gold if x[0] == kind}
            p = {x for x in found if x[0] == kind}
            tally[kind]["tp"] += len(g & p)
            tally[kind]["fp"] += len(p - g)
            tally[kind]["fn"] += len(g - p)
    per = {}
    for kind, c in tally.items():
        precision = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else None
        recall = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else None
        f1 = 2 * precision * recall / (precision + recall) if precision and recall else None
        per[kind] = {"precision": precision, "recall": recall, "f1": f1, "gold": c["tp"] + c["fn"]}
    return {"exact_match": exact / len(examples) if examples else None, "per_entity": per}


def _intents(engine: NluEngine, dialogue: Sequence[Example]) -> dict[str, Any]:
    gold = [e.intent for e in dialogue]
    predicted = [engine.intent(e.text).name for e in dialogue]
    labels = sorted(set(gold))
    *_, f, n = precision_recall_fscore_support(gold, predicted, labels=labels, zero_division=0)
    return {
        "accuracy": float(np.mean([g == q for g, q in zip(gold, predicted, strict=True)])),
        "per_intent": {
            label: {"f1": float(f[i]), "support": int(n[i])} for i, label in enumerate(labels)
        },
    }


def render(result: dict[str, Any]) -> str:
    """The evaluation as tables for a terminal."""
    lines = [f"held-out: {result['reports']} reports, {result['dialogue']} dialogue turns"]
    if "per_category" in result:
        lines.append(f"\n{'category':<28}{'P':>7}{'R':>7}{'F1':>7}{'n':>5}")
        for label, f in sorted(result["per_category"].items()):
            lines.append(
                f"{label:<28}{f['precision']:>7.3f}{f['recall']:>7.3f}{f['f1']:>7.3f}{f['support']:>5}"
            )
        lines.append(
            f"\ncategory accuracy {result['accuracy']:.3f}, macro-F1 {result['macro_f1']:.3f}"
        )
        lines.append(
            "\nper group macro-F1: "
            + ", ".join(f"{g} {v:.2f}" for g, v in result["per_group_f1"].items())
        )
        lines.append("\nmost frequent confusions (true -> predicted):")
        lines += [
            f"  {c['count']:>3}  {c['true']} -> {c['predicted']}" for c in result["confusions"][:12]
        ]
        d = result["departments"]
        lines.append(
            f"\ndepartment accuracy {d['accuracy']:.3f} at threshold {d['threshold']:.2f} "
            f"(routed {d['routed_share']:.1%}, of which right {d['routed_accuracy'] or 0:.3f}; "
            f"misrouted {d['misrouted_share']:.1%} of all)"
        )
        lines.append(
            f"\n{'threshold':>9}{'dept acc':>10}{'routed':>8}{'routed acc':>12}{'misrouted':>11}"
        )
        for t in result["thresholds"]:
            lines.append(
                f"{t['threshold']:>9.2f}{t['accuracy']:>10.3f}{t['routed_share']:>8.1%}"
                f"{t['routed_accuracy'] or 0:>12.3f}{t['misrouted_share']:>11.1%}"
            )
        c = result["calibration"]
        lines.append(
            f"\ncalibration: ECE {c['ece']:.3f} (mean confidence "
            f"{c['mean_confidence']:.3f}, accuracy {c['accuracy']:.3f})"
        )
        e = result["entities"]
        lines.append(f"\nentities: exact match of whole messages {e['exact_match']:.3f}")
        for kind, f in e["per_entity"].items():
            if f["gold"]:
                lines.append(
                    f"  {kind:<12} P {_f(f['precision'])}  R {_f(f['recall'])}  "
                    f"F1 {_f(f['f1'])}  (n={f['gold']})"
                )
    if "intents" in result:
        lines.append(f"\ndialogue intents: accuracy {result['intents']['accuracy']:.3f}")
        lines += [
            f"  {k:<14} F1 {v['f1']:.3f} (n={v['support']})"
            for k, v in result["intents"]["per_intent"].items()
        ]
    return "\n".join(lines)


def _f(value: float | None) -> str:
    return "  -  " if value is None else f"{value:.3f}"

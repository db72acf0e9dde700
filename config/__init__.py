"""Data, not logic: catalogues, SLA classes, calendar, NLU corpus, Rasa project, templates."""

from pathlib import Path

CONFIG_DIR = Path(__file__).resolve().parent

"""The shipped Rasa project (config/rasa) is current and valid under Rasa's own schemas."""

from __future__ import annotations

import logging
import warnings
from pathlib import Path
from typing import Any

import pytest
import yaml
from pykwalify.core import Core
from pykwalify.errors import SchemaError

from intake.domain import domain
from intake.rasa_project import RASA_DIR, export

SCHEMAS = Path(__file__).parent / "rasa_schemas"
EXTENSIONS = [str(SCHEMAS / "pykwalify_extensions.py")]


def load(name: str) -> Any:
    return yaml.safe_load((RASA_DIR / name).read_text(encoding="utf-8"))


def validate(data: Any, *schemas: str) -> None:
    """Validate as Rasa does (rasa/shared/utils/validation.py: pykwalify with its extension)."""
    files = [str(SCHEMAS / s) for s in schemas]
    logging.getLogger("pykwalify").setLevel(logging.CRITICAL)
    with warnings.catch_warnings():  # pykwalify loads the extension with the old import API
        warnings.filterwarnings("ignore", "the load_module", DeprecationWarning)
        Core(source_data=data, schema_files=files, extensions=EXTENSIONS).validate(True)


def test_generated_files_are_current(tmp_path: Path) -> None:
    for path in export(tmp_path):
        shipped = RASA_DIR / path.relative_to(tmp_path)
        assert shipped.read_text(encoding="utf-8") == path.read_text(encoding="utf-8"), (
            f"{shipped} is stale: run `hub rasa export`"
        )


def test_domain_validates() -> None:
    validate(load("domain.yml"), "domain.yml", "responses.yml")


def test_a_broken_domain_does_not_validate() -> None:
    broken = load("domain.yml")
    del broken["slots"]["phone"]["type"]
    with pytest.raises(SchemaError):
        validate(broken, "domain.yml", "responses.yml")


def test_nlu_data_validates_and_matches_the_domain() -> None:
    data = load("data/nlu.yml")
    validate(data, "nlu.yml", "responses.yml")
    intents = {item["intent"] for item in data["nlu"] if "intent" in item}
    assert intents <= set(domain()["intents"])
    assert {"tenant_report", "greet", "correct", "ask_status"} <= intents
    assert any(item.get("lookup") == "place" for item in data["nlu"])


def test_rules_validate_and_name_only_what_the_domain_has() -> None:
    data = load("data/rules.yml")
    validate(data, "stories.yml")
    known = set(domain()["actions"]) | set(domain()["responses"]) | set(domain()["forms"])
    known |= {"action_deactivate_loop", "action_listen"}
    for rule in data["rules"]:
        for step in rule["steps"]:
            assert step.get("action", "action_listen") in known, rule["rule"]
            for option in step.get("or", [step]):
                assert option.get("intent", "greet") in domain()["intents"], rule["rule"]


def test_config_uses_jieba_and_endpoints_name_the_action_server() -> None:
    config = load("config.yml")
    validate(config, "model_config.yml")
    assert config["language"] == "zh"
    assert config["pipeline"][0]["name"] == "JiebaTokenizer"
    endpoints = load("endpoints.yml")
    validate(endpoints, "config.yml")
    assert endpoints["action_endpoint"]["url"].endswith(":5055/webhook")

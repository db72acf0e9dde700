"""The project's catalogue keeps every code of the spec exactly."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from agencies.catalog import CATALOG_DIR, load_catalogue

SPEC_DIR = Path(
    os.environ.get("HUB_SPEC_DIR", Path(__file__).resolve().parents[2] / "shared" / "spec")
)


@pytest.mark.parametrize(
    "name", ["departments.tsv", "categories.tsv", "sla_classes.tsv", "jurisdictions.tsv"]
)
def test_copies_agree_with_the_spec(name: str) -> None:
    if not (SPEC_DIR / name).exists():
        pytest.skip(f"the spec is not on this machine ({SPEC_DIR}); set HUB_SPEC_DIR")
    assert (CATALOG_DIR / name).read_text(encoding="utf-8") == (SPEC_DIR / name).read_text(
        encoding="utf-8"
    )


def test_the_catalogue_is_complete_and_consistent() -> None:
    cat = load_catalogue()
    assert len(cat.departments) == 85
    assert len(cat.categories) == 80
    assert set(cat.sla_classes) == {"emergency", "urgent", "standard", "complex", "registration"}
    assert cat.categories["telecom_service"].lead == "telecom_admin"
    assert cat.district_governments["湖里区"] == "huli_district"
    assert cat.sla_of("gas_hazard").sign_within.minutes == 30
    assert cat.sla_of("residence_report").extension_max is not None
    assert cat.sla_of("domestic_violence").extension_max is None

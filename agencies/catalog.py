"""The catalogue of config/catalog: departments, categories, SLA classes and the gazetteer.

Loaded once per process into plain frozen objects, so routing can decide without the database.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Literal

from config import CONFIG_DIR
from hub.sla.limits import Limit

CATALOG_DIR = CONFIG_DIR / "catalog"
DISTRICT_LEAD = "@district"
TRIAGE_LEAD = "@triage"
HUB_CONTACT = "@hub"  # the row of contacts.tsv with the hub operators' own address
POLICE = "police"
CARRIERS = {"电信": "china_telecom", "移动": "china_mobile", "联通": "china_unicom"}


@dataclass(frozen=True)
class Department:
    code: str
    name_zh: str
    name_en: str
    kind: str
    scope: str


@dataclass(frozen=True)
class Contact:
    """Where a department's (or the hub's) messages go: its desk, and its supervisor."""

    email: str | None
    supervisor_email: str | None


@dataclass(frozen=True)
class SlaClass:
    code: str
    clock: Literal["calendar", "working"]
    sign_within: Limit
    resolve_within: Limit
    remind_at: float
    extension_max: Limit | None
    examples: str


@dataclass(frozen=True)
class Category:
    code: str
    name_zh: str
    group: str
    lead: str
    assist: tuple[str, ...]
    sla_class: str

    @property
    def self_report(self) -> bool:
        return self.group == "self_report"


@dataclass(frozen=True)
class Jurisdiction:
    """One row of the gazetteer: a street (or town) and the police station serving some places."""

    district: str
    street: str
    police_station: str
    places: tuple[str, ...]


@dataclass(frozen=True)
class Catalogue:
    departments: dict[str, Department]
    categories: dict[str, Category]
    sla_classes: dict[str, SlaClass]
    jurisdictions: tuple[Jurisdiction, ...]
    contacts: dict[str, Contact] = field(default_factory=dict)

    @property
    def hub_email(self) -> str | None:
        """The hub operators' address (escalations, the overdue list, returns, extensions)."""
        hub = self.contacts.get(HUB_CONTACT)
        return hub.email if hub else None

    @cached_property
    def district_governments(self) -> dict[str, str]:
        """District name (思明区) -> code of its government (siming_district)."""
        return {d.scope: d.code for d in self.departments.values() if d.kind == "district"}

    def sla_of(self, category: str) -> SlaClass:
        return self.sla_classes[self.categories[category].sla_class]

    def jurisdictions_of(self, place: str) -> tuple[Jurisdiction, ...]:
        """The gazetteer rows a place name (road, neighbourhood, landmark) belongs to."""
        return tuple(j for j in self.jurisdictions if place in j.places)

    @cached_property
    def districts(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(j.district for j in self.jurisdictions))


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def _percent(text: str) -> float:
    return int(text.rstrip("%")) / 100


def _split(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(",") if part.strip())


def load_catalogue(directory: Path = CATALOG_DIR) -> Catalogue:
    departments = {r["code"]: Department(**r) for r in _rows(directory / "departments.tsv")}
    sla_classes = {
        r["class"]: SlaClass(
            code=r["class"],
            clock=r["clock"],  # type: ignore[arg-type]
            sign_within=Limit.parse(r["sign_within"]),
            resolve_within=Limit.parse(r["resolve_within"]),
            remind_at=_percent(r["remind_at"]),
            extension_max=None if r["extension_max"] == "none" else Limit.parse(r["extension_max"]),
            examples=r["examples"],
        )
        for r in _rows(directory / "sla_classes.tsv")
    }
    categories = {
        r["code"]: Category(
            code=r["code"],
            name_zh=r["name_zh"],
            group=r["group"],
            lead=r["lead"],
            assist=_split(r["assist"]),
            sla_class=r["sla_class"],
        )
        for r in _rows(directory / "categories.tsv")
    }
    jurisdictions = tuple(
        Jurisdiction(r["district"], r["street"], r["police_station"], _split(r["places"]))
        for r in _rows(directory / "jurisdictions.tsv")
    )
    contacts = {
        r["code"]: Contact(r["email"].strip() or None, r["supervisor_email"].strip() or None)
        for r in _rows(directory / "contacts.tsv")
    }
    catalogue = Catalogue(departments, categories, sla_classes, jurisdictions, contacts)
    check_catalogue(catalogue)
    return catalogue


def check_catalogue(catalogue: Catalogue) -> None:
    """Every reference in the catalogue names something that exists."""
    known = set(catalogue.departments) | {DISTRICT_LEAD, TRIAGE_LEAD}
    for category in catalogue.categories.values():
        for ref in (category.lead, *category.assist):
            if ref not in known:
                raise ValueError(f"category {category.code} names unknown department {ref}")
        if category.sla_class not in catalogue.sla_classes:
            raise ValueError(f"category {category.code} names unknown SLA class")
    for code in catalogue.contacts:
        if code not in catalogue.departments and code != HUB_CONTACT:
            raise ValueError(f"contacts.tsv names unknown department {code}")
    for j in catalogue.jurisdictions:
        if j.district not in catalogue.district_governments:
            raise ValueError(f"gazetteer district {j.district} has no district government")


@lru_cache(maxsize=1)
def catalogue() -> Catalogue:
    """The catalogue of this process."""
    return load_catalogue()

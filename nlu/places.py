"""Addresses resolved through the gazetteer: district, street and police station of a place.

Every name of config/catalog/jurisdictions.tsv is indexed with the short forms people use (思明 for
思明区, 江头 for 江头街道, 莲花 for 莲花新村 and 莲花镇). A name that fits rows in different
districts is
ambiguous: the other places of the message decide it (莲花 beside 同安 is 莲花镇), and when nothing
does, the match says so through its candidates instead of guessing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from agencies.catalog import Catalogue, catalogue
from nlu.meaning import PlaceMatch

Level = int  # 0 district, 1 street, 2 police station, 3 place
DISTRICT, STREET, STATION, PLACE = 0, 1, 2, 3

# What may follow a place name and still belong to the address: a road named after it, numbers,
# buildings and units (江头北路102号, 台湾街288号, 5栋1203).
_NUMERAL = r"[0-9一二三四五六七八九十百零〇两]+"
_ROAD = r"(?:[东西南北中]?(?:路|街|大道)|[东西南北中]区)"
_UNIT = rf"(?:(?:{_NUMERAL}|[A-Za-z])(?:号楼|号院|号|栋|幢|座|单元|楼|室|层|弄|巷|期))"
_TAIL = re.compile(rf"{_ROAD}?{_UNIT}*(?:(?<=[栋幢座楼号])\d+)?")
_NEIGHBOURHOOD = re.compile(
    r"[\u4e00-\u9fff]{0,6}?(?:小区|新城|新区|工业区|片区|园区|花园|公寓|大厦|广场|新村|社区|村|菜市场|市场|公园|码头|大学|中学|小学)"
)


@dataclass(frozen=True)
class Site:
    """One reading of a name: where it is and how precise it is."""

    level: Level
    name: str  # the gazetteer name (台湾街, 江头街道, 思明区)
    district: str
    street: str | None = None
    police_station: str | None = None


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    alias: str
    sites: tuple[Site, ...]


class Gazetteer:
    """The place names of the catalogue, with their readings."""

    def __init__(self, catalog: Catalogue) -> None:
        self.index: dict[str, list[Site]] = {}
        stations_of: dict[str, set[str]] = {}
        for row in catalog.jurisdictions:
            stations_of.setdefault(row.street, set()).add(row.police_station)
        for row in catalog.jurisdictions:
            only = (
                next(iter(stations_of[row.street])) if len(stations_of[row.street]) == 1 else None
            )
            district = Site(DISTRICT, row.district, row.district)
            street = Site(STREET, row.street, row.district, row.street, only)
            station = Site(
                STATION, row.police_station, row.district, row.street, row.police_station
            )
            self._add(row.district, district)
            self._add(row.district.removesuffix("区"), district)
            self._add(row.street, street)
            self._add(_short_street(row.street), street)
            self._add(row.police_station, station)
            self._add(row.police_station.removesuffix("派出所") + "所", station)
            for name in row.places:
                site = Site(PLACE, name, row.district, row.street, row.police_station)
                self._add(name, site)
                for alias in _place_aliases(name):
                    self._add(alias, site)
        aliases = sorted(self.index, key=len, reverse=True)
        self.pattern = re.compile("|".join(re.escape(a) for a in aliases if len(a) >= 2))

    def _add(self, alias: str, site: Site) -> None:
        sites = self.index.setdefault(alias, [])
        if site not in sites:
            sites.append(site)

    def mentions(self, text: str, boundaries: set[int] | None = None) -> list[Mention]:
        """Names of the gazetteer in the text, longest first, on word boundaries when given."""
        found: list[Mention] = []
        position = 0
        while match := self.pattern.search(text, position):
            start, end = match.span()
            alias = match.group()
            whole = len(alias) >= 3 and any(s.name == alias for s in self.index[alias])
            if boundaries is None or whole or (start in boundaries and end in boundaries):
                found.append(Mention(start, end, match.group(), tuple(self.index[match.group()])))
                position = end
            else:
                position = start + 1
        return found

    def resolve(self, text: str, boundaries: set[int] | None = None) -> PlaceMatch | None:
        """The most precise place the text names, consistent with its other places."""
        mentions = self.mentions(text, boundaries)
        if not mentions:
            return None
        districts = _certain_districts(mentions)
        best: tuple[tuple[int, int], PlaceMatch] | None = None
        for mention in mentions:
            sites = _narrow(mention.sites, districts)
            match = _reading(text, mention, sites, mentions)
            precision = min(s.level for s in sites) if sites else -1
            rank = (0 if match.ambiguous else 1, precision)
            if best is None or rank > best[0]:
                best = (rank, match)
        return best[1] if best else None


def _short_street(street: str) -> str:
    return street.removesuffix("街道").removesuffix("镇") if len(street) > 3 else street


def _place_aliases(name: str) -> Iterable[str]:
    for suffix in ("新村", "镇"):
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            yield name.removesuffix(suffix)


def _certain_districts(mentions: Sequence[Mention]) -> set[str]:
    """Districts the message names without doubt (a name with one district among its readings)."""
    certain: set[str] = set()
    for mention in mentions:
        districts = {s.district for s in mention.sites}
        if len(districts) == 1:
            certain |= districts
    return certain


def _narrow(sites: tuple[Site, ...], districts: set[str]) -> tuple[Site, ...]:
    """Readings in the districts the message names, when that leaves any."""
    if len({s.district for s in sites}) <= 1 or not districts:
        return sites
    inside = tuple(s for s in sites if s.district in districts)
    return inside or sites


def _reading(
    text: str, mention: Mention, sites: tuple[Site, ...], all_: list[Mention]
) -> PlaceMatch:
    start, end = address_span(text, mention, all_)
    span = text[start:end]
    if len({s.district for s in sites}) > 1:
        streets = tuple(dict.fromkeys(s.street or s.name for s in sites))
        return PlaceMatch(text=span, candidates=streets)
    site = max(sites, key=lambda s: s.level)
    common_street = {s.street for s in sites}
    street = site.street if len(common_street) == 1 else None
    places = {s.name for s in sites if s.level == PLACE}
    place = places.pop() if len(places) == 1 and len(common_street) == 1 else None
    station = site.police_station if street else None
    if site.level == STREET and len(sites) > 1:
        station = None
    return PlaceMatch(
        text=span,
        place=place,
        district=site.district,
        street=street,
        police_station=station,
    )


def address_span(text: str, mention: Mention, mentions: list[Mention]) -> tuple[int, int]:
    """The whole address around a gazetteer name: names before it that join it, and its tail."""
    start = mention.start
    for other in reversed(mentions):
        if other.end == start or (other.end < start and text[other.end : start] in ("", " ")):
            start = other.start
    end = mention.end
    for other in mentions:
        if other.start == end:
            end = other.end
    end = _TAIL.match(text, end).end()  # type: ignore[union-attr]
    more = _NEIGHBOURHOOD.match(text, end)
    if more and not re.search(r"[，。！？,.!?\s的在我你他她是有]", more.group()):
        end = _TAIL.match(text, more.end()).end()  # type: ignore[union-attr]
    return start, end


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The gazetteer of this process's catalogue."""
    return Gazetteer(catalogue())

from agencies.catalog import catalogue
from agencies.models import Category, Department, Place, Unit


async def test_catalogue_is_loaded(orm: str) -> None:
    assert await Department.all().count() == 85
    assert await Category.all().count() == 80
    stations = {j.police_station for j in catalogue().jurisdictions}
    assert await Unit.filter(kind="police_station").count() == len(stations) == 44
    assert await Place.all().count() > 50

from contextlib import nullcontext

from tortoise.transactions import in_transaction

from agencies.catalog import catalogue
from agencies.models import Category, Department, Place, Unit
from hub.db import connection, transaction


async def test_catalogue_is_loaded(orm: str) -> None:
    assert await Department.all().count() == 85
    assert await Category.all().count() == 80
    stations = {j.police_station for j in catalogue().jurisdictions}
    assert await Unit.filter(kind="police_station").count() == len(stations) == 44
    assert await Place.all().count() > 50


class Abandoned(Exception):
    """The caller's work fails after the inner verb succeeded."""


async def test_a_verb_inside_a_transaction_joins_it(orm: str) -> None:
    """`transaction()` is the caller's own when there is one (no savepoint): what the verb wrote
    commits or rolls back with the caller's work; on its own it commits by itself."""
    async with in_transaction():
        outer = connection()
        joined = transaction()
        assert isinstance(joined, nullcontext)  # no SAVEPOINT, no RELEASE
        async with joined:
            assert connection() is outer
    assert not isinstance(transaction(), nullcontext)
    try:
        async with in_transaction():
            async with transaction():
                await Place.create(
                    name="共享测试点",
                    street="鹭江街道",
                    district="思明区",
                    police_station="鹭江派出所",
                )
            raise Abandoned
    except Abandoned:
        pass
    assert not await Place.filter(name="共享测试点").exists()
    async with transaction():
        await Place.create(
            name="共享测试点", street="鹭江街道", district="思明区", police_station="鹭江派出所"
        )
    assert await Place.filter(name="共享测试点").count() == 1

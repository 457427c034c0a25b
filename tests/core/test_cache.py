"""The versioned cache on its own: what a lookup finds, what is evicted, who builds when."""

import asyncio

from core.cache import VersionedCache


def test_a_result_is_found_for_the_version_it_was_made_from_only() -> None:
    cache: VersionedCache[str, str] = VersionedCache(max_bytes=100, concurrent_builds=1)
    cache.put("a", 7, "seven", 5)
    assert cache.get("a", 7) == "seven"
    assert cache.get("a", 8) is None
    assert cache.get("b", 7) is None
    cache.put("a", 8, "eight", 5)
    assert cache.get("a", 7) is None
    assert cache.get("a", 8) == "eight"


def test_the_least_recently_used_results_go_first_and_an_oversized_one_is_not_kept() -> None:
    cache: VersionedCache[str, str] = VersionedCache(max_bytes=10, concurrent_builds=1)
    cache.put("a", 1, "a", 4)
    cache.put("b", 1, "b", 4)
    assert cache.get("a", 1) == "a"
    cache.put("c", 1, "c", 4)
    assert [cache.get(key, 1) for key in "abc"] == ["a", None, "c"]
    cache.put("d", 1, "d", 11)
    assert [cache.get(key, 1) for key in "acd"] == ["a", "c", None]
    cache.put("a", 2, "a2", 10)
    assert [cache.get("a", 2), cache.get("c", 1)] == ["a2", None]


async def test_one_build_of_a_key_at_a_time_and_a_bounded_number_in_all() -> None:
    cache: VersionedCache[str, int] = VersionedCache(max_bytes=100, concurrent_builds=2)
    inside: list[str] = []
    most = 0
    builds: list[str] = []

    async def build(key: str) -> int:
        nonlocal most
        async with cache.turn(key):
            if (kept := cache.get(key, 1)) is not None:
                return kept
            inside.append(key)
            most = max(most, len(inside))
            assert inside.count(key) == 1
            await asyncio.sleep(0.01)
            builds.append(key)
            inside.remove(key)
            cache.put(key, 1, len(builds), 1)
            return len(builds)

    results = await asyncio.gather(*(build(key) for key in "aaabbbcccd"))
    assert sorted(builds) == ["a", "b", "c", "d"]
    assert most == 2
    assert len(set(results[0:3])) == len(set(results[3:6])) == len(set(results[6:9])) == 1


async def test_a_failed_build_leaves_the_key_to_the_next_caller() -> None:
    cache: VersionedCache[str, str] = VersionedCache(max_bytes=100, concurrent_builds=1)

    async def failing() -> None:
        async with cache.turn("a"):
            raise ValueError("no")

    outcome = await asyncio.gather(failing(), return_exceptions=True)
    assert isinstance(outcome[0], ValueError)

    async def building() -> None:
        async with cache.turn("a"):
            cache.put("a", 1, "built", 5)

    await asyncio.wait_for(building(), timeout=5)
    assert cache.get("a", 1) == "built"

"""The annotations export against the MUST assertions of the W3C Web Annotation test suite.

The suite's JSON schemas (draft-04) are vendored under tests/fixtures/w3c with their licence, so
these tests run on a clone without ../shared; when ../shared is present the copy is checked
against it. The suite leaves ``format`` checks to the validator, so ``uri`` and ``date-time`` are
checked here (RFC 3986 absolute URI without spaces, RFC 3339 date-time); the known-correct and
known-incorrect samples of the suite show the harness accepts and rejects what it should.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from functools import cache
from pathlib import Path
from typing import Any

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft4Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

from consultations.annotations import (
    ANNOTATION_CONTEXT,
    AnnotationInput,
    annotation,
    collection_head,
    iter_collection_json,
    page,
    page_id,
)

W3C = Path(__file__).resolve().parents[1] / "fixtures" / "w3c"
SHARED_W3C = Path(__file__).resolve().parents[3] / "shared" / "conformance" / "w3c-web-annotation"
ANNOTATION_MUSTS = "annotations/annotationMusts.test"
COLLECTION_MUSTS = "collections/collectionMusts.test"
PAGE_MUSTS = "collections/pages/pageMusts.test"
BASE = "https://plenary.example.org"
COLLECTION = f"{BASE}/v1/rounds/r-42/comments/export?format=annotations"

_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:[^\s<>\"{}|\\^`]*$")
_DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$", re.I)


def _load(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def _format_checker() -> FormatChecker:
    checker = FormatChecker(formats=())

    @checker.checks("uri")
    def is_uri(value: object) -> bool:
        return not isinstance(value, str) or bool(_URI.match(value))

    @checker.checks("date-time")
    def is_date_time(value: object) -> bool:
        return not isinstance(value, str) or bool(_DATE_TIME.match(value))

    return checker


@cache
def _validators(test: str) -> tuple[tuple[str, Draft4Validator], ...]:
    definitions = [_load(path) for path in sorted((W3C / "definitions").glob("*.json"))]
    # The assertions' ids and $refs are relative ("annotations.json#/definitions/..."), so the
    # definitions are registered under those same relative ids.
    registry: Registry[Any] = Registry().with_resources(
        (schema["id"], Resource(schema, specification=DRAFT4)) for schema in definitions
    )
    checker = _format_checker()
    return tuple(
        (name, Draft4Validator(_load(W3C / name), registry=registry, format_checker=checker))
        for name in _load(W3C / test)["assertions"]
    )


def must_failures(test: str, document: Any) -> list[str]:
    return [
        f"{name}: {error.message}"
        for name, validator in _validators(test)
        for error in list(validator.iter_errors(document))[:1]
    ]


def _comment(**overrides: Any) -> AnnotationInput:
    fields: dict[str, Any] = {
        "comment_id": "c-1",
        "kind": "comment",
        "body": "Operative paragraph 8 (c) should name the least developed countries explicitly.",
        "proposed_text": None,
        "position": "support",
        "language": "en",
        "anchor": "8.c",
        "quote_exact": None,
        "quote_prefix": None,
        "quote_suffix": None,
        "organization_id": "org-7",
        "organization_name": "Réseau des femmes juristes",
        "submitted_at": datetime(2026, 3, 1, 9, 0, tzinfo=UTC),
        "modified_at": None,
        "document_id": "doc-3",
        "version": 2,
    }
    fields.update(overrides)
    return AnnotationInput(**fields)


CASES = {
    "comment": _comment(),
    "amendment_with_quote": _comment(
        comment_id="c-2",
        kind="amendment",
        body="Capacity building is needed, not only financing.",
        proposed_text="financing and capacity-building for developing countries",
        position="oppose",
        anchor="annex-1/8.c.ii",
        quote_exact="financing for developing countries",
        quote_prefix="mobilize ",
        quote_suffix=", in particular",
        modified_at=datetime(2026, 3, 2, 14, 30, 5, tzinfo=UTC),
    ),
    "general_comment": _comment(comment_id="c-3", anchor=None, position=None),
    "group_only": _comment(comment_id="c-4", organization_id=None, organization_name=None),
    "chinese_comment": _comment(
        comment_id="c-5",
        kind="amendment",
        body="建议在“发展中国家”之后加上“特别是最不发达国家”。",
        proposed_text="发展中国家，特别是最不发达国家，",
        position="neutral",
        language="zh",
        anchor="action-35",
        quote_exact="发展中国家",
        quote_prefix="支持",
        quote_suffix="（包括小岛屿发展中国家）",
        organization_name="中国民间组织国际交流促进会",
        submitted_at=datetime(2026, 3, 1, 17, 0, tzinfo=timezone(timedelta(hours=8))),
    ),
}


def _many(count: int) -> Iterator[AnnotationInput]:
    for index in range(count):
        base = CASES[list(CASES)[index % len(CASES)]]
        yield _comment(**{**_fields(base), "comment_id": f"c-{index}"})


def _fields(item: AnnotationInput) -> dict[str, Any]:
    return {name: getattr(item, name) for name in AnnotationInput.__slots__}


# The harness itself -----------------------------------------------------------------------------


def test_vendored_schemas_match_the_shared_suite() -> None:
    if not SHARED_W3C.is_dir():
        pytest.skip("../shared is not present")
    vendored = [path for path in W3C.rglob("*") if path.is_file()]
    assert len(vendored) > 80
    for path in vendored:
        relative = path.relative_to(W3C)
        assert path.read_bytes() == (SHARED_W3C / relative).read_bytes(), relative


@pytest.mark.parametrize(
    ("sample", "test"),
    [
        ("correct/anno1.json", ANNOTATION_MUSTS),
        ("correct/anno32.json", ANNOTATION_MUSTS),
        ("correct/example41.json", COLLECTION_MUSTS),
        ("correct/collection1.json", COLLECTION_MUSTS),
        ("correct/collection1.json", PAGE_MUSTS),
    ],
)
def test_harness_accepts_the_suites_correct_samples(sample: str, test: str) -> None:
    assert must_failures(test, _load(W3C / "tools" / "samples" / sample)) == []


@pytest.mark.parametrize("sample", ["anno3.json", "anno9.json", "anno28.json", "anno38.json"])
def test_harness_rejects_the_suites_incorrect_samples(sample: str) -> None:
    document = _load(W3C / "tools" / "samples" / "incorrect" / sample)
    assert must_failures(ANNOTATION_MUSTS, document) != []


def test_every_listed_assertion_is_loaded() -> None:
    assert len(_validators(ANNOTATION_MUSTS)) == 54
    assert len(_validators(COLLECTION_MUSTS)) == 10
    assert len(_validators(PAGE_MUSTS)) == 15


# Single annotations ---------------------------------------------------------------------------


@pytest.mark.parametrize("case", list(CASES))
def test_annotation_meets_every_must(case: str) -> None:
    assert must_failures(ANNOTATION_MUSTS, annotation(CASES[case], BASE)) == []


def test_comment_mapping() -> None:
    result = annotation(CASES["comment"], BASE + "/")
    assert result["@context"] == ANNOTATION_CONTEXT
    assert result["id"] == f"{BASE}/v1/comments/c-1"
    assert result["type"] == "Annotation"
    assert result["motivation"] == "commenting"
    assert result["created"] == "2026-03-01T09:00:00Z"
    assert "modified" not in result
    assert result["creator"] == {
        "id": f"{BASE}/v1/organizations/org-7",
        "type": "Organization",
        "name": "Réseau des femmes juristes",
    }
    assert result["body"] == [
        {
            "type": "TextualBody",
            "value": CASES["comment"].body,
            "format": "text/plain",
            "language": "en",
            "purpose": "commenting",
        },
        {"type": "TextualBody", "value": "support", "purpose": "tagging"},
    ]
    assert result["target"] == {
        "type": "SpecificResource",
        "source": f"{BASE}/v1/documents/doc-3/versions/2",
        "selector": {
            "type": "FragmentSelector",
            "conformsTo": "http://tools.ietf.org/rfc/rfc3986",
            "value": "8.c",
        },
    }


def test_amendment_carries_proposed_text_and_quote_within_the_paragraph() -> None:
    item = CASES["amendment_with_quote"]
    result = annotation(item, BASE)
    assert result["motivation"] == "editing"
    assert result["modified"] == "2026-03-02T14:30:05Z"
    purposes = [(body["purpose"], body["value"]) for body in result["body"]]
    assert purposes == [
        ("commenting", item.body),
        ("editing", item.proposed_text),
        ("tagging", "oppose"),
    ]
    assert result["target"]["selector"] == {
        "type": "FragmentSelector",
        "conformsTo": "http://tools.ietf.org/rfc/rfc3986",
        "value": "annex-1/8.c.ii",
        "refinedBy": {
            "type": "TextQuoteSelector",
            "exact": "financing for developing countries",
            "prefix": "mobilize ",
            "suffix": ", in particular",
        },
    }


def test_amendment_without_explanation_has_only_the_proposed_text() -> None:
    result = annotation(_comment(kind="amendment", body="", proposed_text="X", position=None), BASE)
    assert [body["purpose"] for body in result["body"]] == ["editing"]


def test_amendment_without_proposed_text_is_refused() -> None:
    with pytest.raises(ValueError, match="proposed text"):
        annotation(_comment(kind="amendment", proposed_text=None), BASE)


def test_unknown_position_is_refused() -> None:
    with pytest.raises(ValueError, match="position"):
        annotation(_comment(position="abstain"), BASE)


def test_general_comment_targets_the_document_version() -> None:
    result = annotation(CASES["general_comment"], BASE)
    assert result["target"] == f"{BASE}/v1/documents/doc-3/versions/2"
    assert [body["purpose"] for body in result["body"]] == ["commenting"]


def test_group_only_attribution_names_no_creator() -> None:
    result = annotation(CASES["group_only"], BASE)
    assert "creator" not in result
    assert "org-7" not in orjson.dumps(result).decode()


def test_chinese_comment_keeps_its_text_and_language() -> None:
    item = CASES["chinese_comment"]
    result = annotation(item, BASE)
    assert result["created"] == "2026-03-01T09:00:00Z"  # 17:00 in UTC+8
    assert {body["language"] for body in result["body"] if "language" in body} == {"zh"}
    assert result["body"][0]["value"] == item.body
    assert result["target"]["selector"]["refinedBy"]["suffix"] == "（包括小岛屿发展中国家）"
    encoded = orjson.dumps(result)
    assert "特别是最不发达国家".encode() in encoded  # UTF-8, not \\u escapes


def test_naive_timestamps_are_taken_as_utc() -> None:
    result = annotation(_comment(submitted_at=datetime(2026, 3, 1, 9, 0)), BASE)
    assert result["created"] == "2026-03-01T09:00:00Z"


# Collections and pages --------------------------------------------------------------------------


def test_collection_head_meets_every_must() -> None:
    head = collection_head(
        COLLECTION, "Comments", 250, page_id(COLLECTION, 1), page_id(COLLECTION, 3)
    )
    assert must_failures(COLLECTION_MUSTS, head) == []
    empty = collection_head(COLLECTION, "Comments", 0, None, None)
    assert must_failures(COLLECTION_MUSTS, empty) == []
    with pytest.raises(ValueError, match="first page"):
        collection_head(COLLECTION, "Comments", 3, None, None)


def test_standalone_page_meets_every_must() -> None:
    items = [annotation(item, BASE) for item in CASES.values()]
    standalone = page(
        page_id(COLLECTION, 2),
        {"id": COLLECTION, "type": "AnnotationCollection"},
        items,
        100,
        page_id(COLLECTION, 3),
        page_id(COLLECTION, 1),
    )
    assert standalone["@context"] == ANNOTATION_CONTEXT
    assert must_failures(PAGE_MUSTS, standalone) == []


def _stream(count: int, page_size: int = 100) -> dict[str, Any]:
    chunks = list(iter_collection_json(COLLECTION, "Comments", _many(count), BASE, page_size))
    document: dict[str, Any] = orjson.loads(b"".join(chunks))
    return document


def _pages(document: dict[str, Any]) -> list[dict[str, Any]]:
    if "first" not in document:
        return []
    return [document["first"], *document.get("@included", [])]


@pytest.mark.parametrize(("count", "pages"), [(0, 0), (1, 1), (100, 1), (101, 2), (250, 3)])
def test_streamed_collection_is_one_valid_document(count: int, pages: int) -> None:
    document = _stream(count)
    assert document["type"] == "AnnotationCollection"
    assert document["total"] == count
    assert must_failures(COLLECTION_MUSTS, document) == []
    if count:
        # The suite checks an embedded page through its collection.
        assert must_failures(PAGE_MUSTS, document) == []
    found = _pages(document)
    assert len(found) == pages
    for embedded in found:
        standalone = {"@context": document["@context"], **embedded}
        assert must_failures(PAGE_MUSTS, standalone) == []
    items = [item for each in found for item in each["items"]]
    assert [item["id"] for item in items] == [f"{BASE}/v1/comments/c-{i}" for i in range(count)]
    for item in items[:10]:
        assert must_failures(ANNOTATION_MUSTS, item) == []


def test_empty_collection_has_no_pages() -> None:
    document = _stream(0)
    assert document == {
        "@context": ANNOTATION_CONTEXT,
        "id": COLLECTION,
        "type": "AnnotationCollection",
        "label": "Comments",
        "total": 0,
    }


@settings(max_examples=60)
@given(st.integers(min_value=0, max_value=130), st.integers(min_value=1, max_value=40))
def test_pages_link_up_whatever_the_sizes(count: int, page_size: int) -> None:
    document = _stream(count, page_size)
    found = _pages(document)
    assert len(found) == -(-count // page_size)
    assert document["total"] == count
    index = 0
    for number, each in enumerate(found, start=1):
        assert each["id"] == page_id(COLLECTION, number)
        assert each["partOf"]["id"] == COLLECTION
        assert each["startIndex"] == index
        assert 1 <= len(each["items"]) <= page_size
        assert each.get("prev") == (page_id(COLLECTION, number - 1) if number > 1 else None)
        expected_next = page_id(COLLECTION, number + 1) if number < len(found) else None
        assert each.get("next") == expected_next
        index += len(each["items"])
    assert index == count
    assert document.get("last") == (found[-1]["id"] if found else None)


def test_stream_reads_comments_one_page_at_a_time() -> None:
    pulled = 0

    def source() -> Iterator[AnnotationInput]:
        nonlocal pulled
        for item in _many(1000):
            pulled += 1
            yield item

    stream = iter_collection_json(COLLECTION, "Comments", source(), BASE, page_size=50)
    next(stream)  # the collection head
    for pages_sent in range(1, 21):
        next(stream)
        assert pulled <= pages_sent * 50 + 1
    assert pulled == 1000


def test_collection_iri_with_a_fragment_is_refused() -> None:
    with pytest.raises(ValueError, match="fragment"):
        list(iter_collection_json(COLLECTION + "#x", "Comments", [], BASE))

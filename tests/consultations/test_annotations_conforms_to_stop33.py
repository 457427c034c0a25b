"""The FragmentSelector naming a paragraph says which specification its value follows, as the
W3C model says it SHOULD (4.2.1): RFC 3986, the anchor being a URI fragment as written."""

import re
from typing import Any

import pytest
from jsonschema import Draft4Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

from consultations.annotations import annotation
from tests.consultations.test_annotations import (
    ANNOTATION_MUSTS,
    BASE,
    CASES,
    W3C,
    _comment,
    _load,
    must_failures,
)

RFC_3986 = "http://tools.ietf.org/rfc/rfc3986"
# RFC 3986 3.5: fragment = *( pchar / "/" / "?" ), pchar = unreserved / pct-encoded /
# sub-delims / ":" / "@".
_FRAGMENT = re.compile(r"(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*")


def _suite_check(definition: str) -> Draft4Validator:
    """One detection of the W3C suite's specificResource.json, which its SHOULD checks use."""
    schema = _load(W3C / "definitions" / "specificResource.json")
    registry: Registry[Any] = Registry().with_resource(
        schema["id"], Resource(schema, specification=DRAFT4)
    )
    return Draft4Validator(
        {"$ref": f"specificResource.json#/definitions/{definition}"},
        registry=registry,
        format_checker=FormatChecker(),
    )


@pytest.mark.parametrize(
    "anchor", ["8.c", "annex-1/8.c.ii", "pp3", "action-35", "8bis", "p-12", "part-2/3_2"]
)
def test_a_paragraph_selector_conforms_to_rfc_3986(anchor: str) -> None:
    selector = annotation(_comment(anchor=anchor), BASE)["target"]["selector"]
    assert selector["type"] == "FragmentSelector"
    assert selector["conformsTo"] == RFC_3986
    assert selector["value"] == anchor
    assert _FRAGMENT.fullmatch(selector["value"])
    assert _suite_check("conformsToPropertyFound").is_valid(selector)


@pytest.mark.parametrize("case", ["amendment_with_quote", "chinese_comment"])
def test_a_quoted_paragraph_keeps_conforms_to_and_every_must(case: str) -> None:
    result = annotation(CASES[case], BASE)
    assert result["target"]["selector"]["conformsTo"] == RFC_3986
    assert result["target"]["selector"]["refinedBy"]["type"] == "TextQuoteSelector"
    assert must_failures(ANNOTATION_MUSTS, result) == []


def test_a_general_comment_has_no_fragment_selector() -> None:
    result = annotation(CASES["general_comment"], BASE)
    assert result["target"] == f"{BASE}/v1/documents/doc-3/versions/2"

"""Comments as W3C Web Annotations (JSON-LD), for ``comments/export?format=annotations``.

Each comment becomes one ``Annotation`` (https://www.w3.org/TR/annotation-model/):

- ``@context`` ``http://www.w3.org/ns/anno.jsonld`` on every annotation, embedded ones included.
  The model says an Annotation MUST have it; repeating the same context inside the collection is
  harmless JSON-LD, and it keeps every item a complete annotation when a client lifts it out.
- ``id`` ``{base_url}/v1/comments/{id}``; ``motivation`` ``commenting`` for a comment, ``editing``
  for an amendment; ``created`` the submission time and ``modified`` the last edit, RFC 3339 UTC.
- ``creator`` ``{id: {base_url}/v1/organizations/{id}, type: Organization, name}`` under named
  attribution. Under ``group_only`` attribution the database layer leaves the organization out
  and the annotation has no creator: the model has no way to say "an organization of group X"
  without inventing a name, and the stakeholder group is in the CSV and NDJSON exports.
- ``body`` a list of ``TextualBody`` objects (``format`` ``text/plain``): the comment text
  with purpose ``commenting`` and ``language`` the comment's language; for an amendment the
  proposed text with purpose ``editing`` (the explanation, when not empty, stays ``commenting``
  so that a client can tell the replacement text from the reasons for it) and ``language`` the
  version's, the language of the paragraph it replaces (the model's ``language`` is the body
  value's: a French delegation's English wording of an English paragraph is English; left out
  when the version's is unknown); the position
  (``support``, ``oppose``, ``neutral``) as a ``tagging`` body. Texts are exported exactly as
  stored, so they still match the ``body_sha256`` of the receipt.
- ``target`` for a general comment is the document version ``{base_url}/v1/documents/{id}/
  versions/{n}`` itself. For a paragraph it is a ``SpecificResource`` on that source whose
  selector is a ``FragmentSelector`` with the paragraph anchor as its value (``8.c``,
  ``annex-1/8.c``, the way example 32 of the model writes ``para5``). Its ``conformsTo``, which
  the model says a FragmentSelector SHOULD have, is RFC 3986
  (``http://tools.ietf.org/rfc/rfc3986``): an anchor is written only in letters, digits and
  ``._~/-`` (``consultations.comment_schemas``), so it is a URI fragment as RFC 3986 defines the
  syntax, needing no percent-encoding; what it names is Plenary's anchor scheme, documented with
  the API. The source is the version as JSON, which no media-type fragment specification (HTML
  element ids, RFC 5147 plain-text ranges) describes, so none of those is claimed. A quote is a
  ``TextQuoteSelector`` (``exact``, ``prefix``, ``suffix``) in the selector's ``refinedBy``:
  the quote lies within the paragraph, and in the model several selectors in a list would each
  have to describe the same segment, whereas ``refinedBy`` applies the quote to what the anchor
  selected. A quote without an anchor (which the API should not accept) becomes the selector
  on the document version itself.
- A quote is a segment of one language's text, and a comment may quote a translation of the
  version (in any language of its own: the body's ``language`` says nothing of the quote's).
  The model makes the ``source`` the resource a selector describes, so a quote that occurs only
  in a translation has for source that translation's text, the URL the API serves it at
  (``{base_url}/v1/documents/{id}/versions/{n}/paragraphs?language=fr``, where the quote can
  be found); the anchors are the same in every language. A quote in the original language (as
  well, when printed alike in several) keeps the version as its source, which is in that
  language.

The export is one JSON-LD document, streamed in constant memory (one page of annotations at a
time): the ``AnnotationCollection`` at the top, its first ``AnnotationPage`` embedded in
``first``, and the following pages as node objects in the collection's ``@included`` (JSON-LD
1.1), each linked from the previous one by ``next`` and back by ``prev``. Pages are identified
by fragments of the collection IRI (``{collection_id}#page-2``) because they live inside this
document. A page's ``partOf`` is an object ``{id, type}`` rather than the bare collection IRI:
the suite's page assertions only accept the object form. ``total`` and ``last`` are written at
the end of the collection object, from the annotations actually streamed, so the document stays
consistent even if rows change between a count and the stream. An empty collection has
``total`` 0 and no pages, as the model allows.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from itertools import islice
from typing import Any, Literal
from urllib.parse import urlencode

import orjson

from core.clock import rfc3339

ANNOTATION_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
POSITIONS = frozenset({"support", "oppose", "neutral"})
# The specification a FragmentSelector's value follows (see the module docstring).
URI_FRAGMENT_SYNTAX = "http://tools.ietf.org/rfc/rfc3986"


@dataclass(frozen=True, slots=True)
class AnnotationInput:
    """One comment as the database layer reads it for the export."""

    comment_id: str
    kind: Literal["comment", "amendment"]
    body: str
    proposed_text: str | None
    position: str | None
    language: str
    anchor: str | None  # None for a general comment
    quote_exact: str | None
    quote_prefix: str | None
    quote_suffix: str | None
    organization_id: str | None  # None under group_only attribution
    organization_name: str | None
    submitted_at: datetime
    modified_at: datetime | None
    document_id: str
    version: int
    # The translation the quote occurs in; None when in the original language, or no quote.
    quote_translation: str | None = None
    # The version's language, which an amendment's proposed text is in; None when unknown.
    version_language: str | None = None


def annotation(item: AnnotationInput, base_url: str) -> dict[str, Any]:
    """The W3C Annotation for one comment (see the module docstring for the mapping)."""
    base = base_url.rstrip("/")
    result: dict[str, Any] = {
        "@context": ANNOTATION_CONTEXT,
        "id": f"{base}/v1/comments/{item.comment_id}",
        "type": "Annotation",
        "motivation": "editing" if item.kind == "amendment" else "commenting",
        "created": rfc3339(item.submitted_at),
    }
    if item.modified_at is not None:
        result["modified"] = rfc3339(item.modified_at)
    if item.organization_id is not None:
        creator: dict[str, str] = {
            "id": f"{base}/v1/organizations/{item.organization_id}",
            "type": "Organization",
        }
        if item.organization_name:
            creator["name"] = item.organization_name
        result["creator"] = creator
    result["body"] = _bodies(item)
    result["target"] = _target(item, base)
    return result


def collection_head(
    collection_id: str,
    label: str,
    total: int,
    first_page_id: str | None,
    last_page_id: str | None,
) -> dict[str, Any]:
    """An ``AnnotationCollection`` description that links its pages by IRI."""
    if total < 0:
        raise ValueError("total must not be negative")
    if total > 0 and first_page_id is None:
        raise ValueError("a collection with annotations needs its first page")
    head: dict[str, Any] = {
        "@context": ANNOTATION_CONTEXT,
        "id": collection_id,
        "type": "AnnotationCollection",
        "label": label,
        "total": total,
    }
    if first_page_id is not None:
        head["first"] = first_page_id
    if last_page_id is not None:
        head["last"] = last_page_id
    return head


def page(
    page_id: str,
    part_of: dict[str, Any],
    items: list[dict[str, Any]],
    start_index: int,
    next_id: str | None,
    prev_id: str | None,
    *,
    embedded: bool = False,
) -> dict[str, Any]:
    """An ``AnnotationPage``; ``embedded`` pages inherit ``@context`` from their collection."""
    if start_index < 0:
        raise ValueError("start_index must not be negative")
    result: dict[str, Any] = {} if embedded else {"@context": ANNOTATION_CONTEXT}
    result.update(
        {
            "id": page_id,
            "type": "AnnotationPage",
            "partOf": part_of,
            "startIndex": start_index,
            "items": items,
        }
    )
    if next_id is not None:
        result["next"] = next_id
    if prev_id is not None:
        result["prev"] = prev_id
    return result


def page_id(collection_id: str, number: int) -> str:
    """The IRI of page ``number`` (from 1) inside the streamed collection document."""
    return f"{collection_id}#page-{number}"


def iter_collection_json(
    collection_id: str,
    label: str,
    items: Iterable[AnnotationInput],
    base_url: str,
    page_size: int = 100,
) -> Iterator[bytes]:
    """Stream the whole collection as one JSON document, one chunk per page.

    Holds at most ``page_size + 1`` comments in memory; see the module docstring for the framing.
    """
    if page_size < 1:
        raise ValueError("page_size must be at least 1")
    if "#" in collection_id:
        raise ValueError("the collection IRI must not have a fragment: its pages use fragments")
    head = {
        "@context": ANNOTATION_CONTEXT,
        "id": collection_id,
        "type": "AnnotationCollection",
        "label": label,
    }
    part_of = {"id": collection_id, "type": "AnnotationCollection"}
    remaining = iter(items)
    batch = list(islice(remaining, page_size))
    yield orjson.dumps(head)[:-1]
    number = 0
    streamed = 0
    while batch:
        number += 1
        # One comment of lookahead tells whether this page has a next one.
        following = list(islice(remaining, 1))
        body = page(
            page_id(collection_id, number),
            part_of,
            [annotation(item, base_url) for item in batch],
            streamed,
            page_id(collection_id, number + 1) if following else None,
            page_id(collection_id, number - 1) if number > 1 else None,
            embedded=True,
        )
        if number == 1:
            prefix = b',"first":'
        elif number == 2:
            prefix = b',"@included":['
        else:
            prefix = b","
        yield prefix + orjson.dumps(body)
        streamed += len(batch)
        batch = following + list(islice(remaining, page_size - 1)) if following else []
    tail: dict[str, Any] = {"total": streamed}
    if number:
        tail["last"] = page_id(collection_id, number)
    closing = b"]," if number > 1 else b","
    yield closing + orjson.dumps(tail)[1:]


def _bodies(item: AnnotationInput) -> list[dict[str, str]]:
    if item.kind == "amendment" and not item.proposed_text:
        raise ValueError(f"amendment {item.comment_id} has no proposed text")
    if item.position is not None and item.position not in POSITIONS:
        raise ValueError(f"unknown position {item.position!r} on comment {item.comment_id}")
    bodies: list[dict[str, str]] = []
    if item.body or item.kind == "comment":
        bodies.append(_text_body(item.body, item.language, "commenting"))
    if item.kind == "amendment" and item.proposed_text:
        bodies.append(_text_body(item.proposed_text, item.version_language, "editing"))
    if item.position is not None:
        bodies.append({"type": "TextualBody", "value": item.position, "purpose": "tagging"})
    return bodies


def _text_body(value: str, language: str | None, purpose: str) -> dict[str, str]:
    body = {"type": "TextualBody", "value": value, "format": "text/plain"}
    if language is not None:
        body["language"] = language
    body["purpose"] = purpose
    return body


def _target(item: AnnotationInput, base: str) -> str | dict[str, Any]:
    source = f"{base}/v1/documents/{item.document_id}/versions/{item.version}"
    if item.quote_translation is not None:
        source += f"/paragraphs?{urlencode({'language': item.quote_translation})}"
    quote = _quote_selector(item)
    if item.anchor is None:
        if quote is None:
            return source
        return {"type": "SpecificResource", "source": source, "selector": quote}
    selector: dict[str, Any] = {
        "type": "FragmentSelector",
        "conformsTo": URI_FRAGMENT_SYNTAX,
        "value": item.anchor,
    }
    if quote is not None:
        selector["refinedBy"] = quote
    return {"type": "SpecificResource", "source": source, "selector": selector}


def _quote_selector(item: AnnotationInput) -> dict[str, str] | None:
    if not item.quote_exact:
        return None
    selector = {"type": "TextQuoteSelector", "exact": item.quote_exact}
    if item.quote_prefix:
        selector["prefix"] = item.quote_prefix
    if item.quote_suffix:
        selector["suffix"] = item.quote_suffix
    return selector

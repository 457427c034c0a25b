"""The bulk CSV export writes exactly what ``csv_row`` and ``csv.writer`` would.

The export builds its lines partly in SQL and partly with string methods, for speed (see
consultations.exports); this pins it, byte for byte, to the reference writer on awkward text:
quotes, commas, line breaks, formula triggers, Chinese, empty and missing values, timestamps
with and without fractional seconds, hidden organizations.
"""

from __future__ import annotations

import csv
import io
import itertools
import uuid
from datetime import UTC, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel.ext.asyncio.session import AsyncSession

from api.state import AppState
from auth.models import Organization
from consultations import exports
from consultations.exports import CommentExport, comment_stream
from consultations.reports import round_context
from consultations.synthesis_model import SynthesisComment
from consultations.synthesis_render import CSV_BOM, csv_header, csv_row
from tests.consultations.test_reports_helpers import Row, insert_comments
from tests.factories import make_consultation, make_document, make_round

AWKWARD = st.text(
    alphabet=st.sampled_from(list("ab ,\"'\r\n\t=+-@中文，「」é")), min_size=0, max_size=12
)
MOMENTS = st.builds(
    datetime,
    st.just(2026),
    st.integers(1, 12),
    st.integers(1, 28),
    st.integers(0, 23),
    st.integers(0, 59),
    st.integers(0, 59),
    st.sampled_from((0, 1, 500_000, 999_999)),
    tzinfo=st.just(UTC),
)
ROWS = st.lists(
    st.tuples(
        AWKWARD,  # body
        st.one_of(st.none(), AWKWARD),  # proposed text
        st.sampled_from((None, "support", "oppose", "neutral")),
        st.sampled_from(("published", "pending", "hidden", "rejected")),
        st.sampled_from(("1", "3.a", None, "-x", "=a")),
        MOMENTS,
        st.booleans(),  # in a campaign
        st.one_of(st.none(), AWKWARD),  # quote
    ),
    min_size=1,
    max_size=12,
)


Values = tuple[str, str | None, str | None, str, str | None, datetime, bool, str | None]


def _reference(
    values: list[Values],
    ids: list[str],
    organization: Organization,
    campaign: str,
    hide: bool,
) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(exports.export_csv_header())
    ordered = sorted(zip(ids, values, strict=True))
    for comment_id, (
        body,
        proposed,
        position,
        status,
        anchor,
        moment,
        in_campaign,
        quote,
    ) in ordered:
        comment = SynthesisComment(
            id=comment_id,
            tracking_number="",
            anchor=anchor,
            kind="comment",
            position=position,
            language="en",
            body=body,
            proposed_text=proposed,
            organization_id=str(organization.id),
            organization_name=organization.name,
            stakeholder_group=organization.stakeholder_group,
            regional_group=organization.regional_group,
            campaign_id=campaign if in_campaign else None,
            cluster_id=None,
            submitted_at=moment,
        )
        guarded_quote = (
            "'" + quote if quote and quote.startswith(exports.FORMULA_TRIGGERS) else quote
        )
        cells = zip(csv_header(), csv_row(comment, hide_organization=hide), strict=True)
        shared = [cell for column, cell in cells if column not in exports.SYNTHESIS_ONLY_COLUMNS]
        writer.writerow([*shared, status, guarded_quote or ""])
    return CSV_BOM + buffer.getvalue().encode("utf-8")


@settings(
    max_examples=15,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(values=ROWS, name=AWKWARD.filter(bool), hide=st.booleans(), batch=st.integers(1, 5))
async def test_export_lines_equal_the_reference_writer(
    state: AppState,
    values: list[Values],
    name: str,
    hide: bool,
    batch: int,
) -> None:
    consultation = await make_consultation(state, attribution="group_only" if hide else "named")
    round_ = await make_round(state, consultation, await make_document(state, consultation))
    organization = Organization(
        name=name,
        stakeholder_group="civil_society",
        country="KEN",
        regional_group="african",
        verification="verified",
    )
    async with AsyncSession(state.engine, expire_on_commit=False) as session:
        session.add(organization)
        await session.commit()
    campaign = "01a20496-35c1-74d7-b1f7-5e9e031a397f"
    rows = [
        Row(
            organization.id,
            body=body,
            proposed_text=proposed,
            position=position,
            status=status,
            anchor=anchor,
            submitted_at=moment,
            campaign_id=uuid.UUID(campaign) if in_campaign else None,
            quote_exact=quote,
        )
        for body, proposed, position, status, anchor, moment, in_campaign, quote in values
    ]
    ids = [str(i) for i in await insert_comments(state, round_, rows)]
    async with AsyncSession(state.engine) as session:
        target = CommentExport.of(await round_context(session, round_.id))

    exported = b"".join(
        [
            chunk
            async for chunk in comment_stream(
                state.engine,
                target,
                "csv",
                exports.DEFAULT_STATUSES,
                "http://testserver",
                batch_rows=batch,
            )
        ]
    )
    expected = _reference(values, ids, organization, campaign, hide)
    # Tracking numbers are random in the helper: compare them apart.
    exported_rows = list(csv.reader(io.StringIO(exported.decode("utf-8-sig"), newline="")))
    tracking = {row[0]: row[1] for row in exported_rows[1:]}
    for comment_id in ids:
        expected = expected.replace(
            f"{comment_id},,".encode(), f"{comment_id},{tracking[comment_id]},".encode(), 1
        )
    assert exported == expected


def _copy_csv(rows: list[list[str]]) -> bytes:
    """CSV as PostgreSQL's COPY writes it: LF after each record, a cell quoted when it holds a
    comma, a quote, CR or LF (csv.writer with an LF terminator would leave CR unquoted)."""

    def cell(text: str) -> str:
        if any(special in text for special in ',"\r\n'):
            return '"' + text.replace('"', '""') + '"'
        return text

    return "".join(",".join(map(cell, row)) + "\n" for row in rows).encode("utf-8")


@settings(max_examples=200)
@given(
    # At least two cells a row, like the export (csv.writer quotes a lone empty cell).
    rows=st.lists(st.lists(AWKWARD, min_size=2, max_size=4), min_size=0, max_size=8),
    cuts=st.lists(st.integers(0, 400), max_size=6),
)
def test_lf_records_become_crlf_records_wherever_the_chunks_are_cut(
    rows: list[list[str]], cuts: list[int]
) -> None:
    lf = _copy_csv(rows)
    bounds = sorted({0, len(lf), *(cut for cut in cuts if cut < len(lf))})
    records = exports._CrlfRecords()
    converted = b"".join(records.convert(lf[a:b]) for a, b in itertools.pairwise(bounds))
    crlf = io.StringIO(newline="")
    csv.writer(crlf, lineterminator="\r\n").writerows(rows)
    assert converted == crlf.getvalue().encode("utf-8")
    assert records.records == len(rows)

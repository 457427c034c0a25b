"""Request and response bodies of the reports, syntheses, bulk exports and export jobs."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import AliasChoices, BaseModel, ConfigDict, Field, model_validator

from consultations.models import ExportJob
from consultations.reports import AnchorCoverage, CoverageReport, Dimension, RepresentationReport
from core.clock import rfc3339
from core.validation import field_problem

Status = Literal["over", "balanced", "under", "absent"]
CommentStatus = Literal["pending", "published", "hidden", "rejected", "withdrawn"]
SynthesisFormat = Literal["json", "markdown", "csv", "docx"]
CommentExportFormat = Literal["csv", "ndjson", "annotations"]
ExportFormat = Literal["json", "markdown", "csv", "docx", "ndjson", "annotations"]
ExportKind = Literal["synthesis", "comments"]
JobStatus = Literal["queued", "running", "done", "failed"]


class CountTotals(BaseModel):
    comments: int = Field(description="Published comments, every one (form letters included).")
    organizations: int = Field(description="Distinct organizations (distinct people for `gender`).")


class CategoryRead(BaseModel):
    key: str
    comments: int | None = Field(description="null when suppressed.")
    organizations: int | None = Field(
        description="Distinct organizations (people for `gender`); null when suppressed."
    )
    comment_share: float | None
    organization_share: float | None
    target_share: float
    status: Status | None = Field(description="null when suppressed.")
    suppressed: bool


class RepresentationRead(BaseModel):
    round_id: str
    dimension: Dimension
    anchor: str | None
    unit: Literal["organizations", "people"] = Field(
        description="What `organizations` counts: organizations, or people for `gender`."
    )
    totals: CountTotals
    categories: list[CategoryRead]
    balance_index: float | None = Field(
        description="Pielou's evenness of organization shares over the eligible categories "
        "(0..1); null when nobody took part or when a cell is suppressed."
    )
    under_represented: list[str]
    overlapping: bool = Field(description="true for `country_group`: shares need not sum to 1.")
    suppressed: bool = Field(description="Whether any cell is hidden (small-cell suppression).")
    suppress_below: int | None = Field(
        description="Cells of 1 to this many minus one are hidden; null when nothing is."
    )
    note: str | None = None

    @classmethod
    def of(cls, report: RepresentationReport) -> RepresentationRead:
        summary = report.summary
        return cls(
            round_id=str(report.round_id),
            dimension=report.dimension,
            anchor=report.anchor,
            unit=report.unit,
            totals=CountTotals(
                comments=summary.totals_comments, organizations=summary.totals_organizations
            ),
            categories=[
                CategoryRead(
                    key=row.key,
                    comments=row.comments,
                    organizations=row.organizations,
                    comment_share=row.comment_share,
                    organization_share=row.organization_share,
                    target_share=row.target_share,
                    status=row.status,
                    suppressed=row.suppressed,
                )
                for row in summary.categories
            ],
            balance_index=summary.balance_index,
            under_represented=list(summary.under_represented),
            overlapping=summary.overlapping,
            suppressed=any(row.suppressed for row in summary.categories),
            suppress_below=report.suppress_below,
            note=report.note,
        )


class GroupCountRead(BaseModel):
    comments: int
    organizations: int


class AnchorCoverageRead(BaseModel):
    anchor: str
    comments: int
    organizations: int
    by_group: dict[str, GroupCountRead] = Field(
        description="Per stakeholder group with input on this paragraph."
    )


class GeneralCoverageRead(BaseModel):
    comments: int
    organizations: int
    by_group: dict[str, GroupCountRead]


class CoverageRead(BaseModel):
    round_id: str
    anchors: list[AnchorCoverageRead] = Field(description="Every paragraph, in document order.")
    no_input: list[str] = Field(
        description=(
            "Paragraphs without a published comment, but for those that ask for none: headings "
            'that are titles (the document\'s title, "II. Objectives") and the chapeau ("The '
            'General Assembly,"). A heading that is a sentence ("Action 1. We will …") is in.'
        )
    )
    single_voice: list[str] = Field(
        description="Paragraphs whose input all comes from one stakeholder group."
    )
    general: GeneralCoverageRead | None = Field(
        description="General comments (no anchor); null when there are none."
    )

    @classmethod
    def of(cls, report: CoverageReport) -> CoverageRead:
        return cls(
            round_id=str(report.round_id),
            anchors=[
                AnchorCoverageRead(
                    anchor=row.anchor or "",
                    comments=row.comments,
                    organizations=row.organizations,
                    by_group=_groups(row),
                )
                for row in report.anchors
            ],
            no_input=list(report.no_input),
            single_voice=list(report.single_voice),
            general=(
                GeneralCoverageRead(
                    comments=report.general.comments,
                    organizations=report.general.organizations,
                    by_group=_groups(report.general),
                )
                if report.general is not None
                else None
            ),
        )


def _groups(row: AnchorCoverage) -> dict[str, GroupCountRead]:
    return {
        group: GroupCountRead(comments=count.comments, organizations=count.organizations)
        for group, count in row.by_group.items()
    }


class ExportJobCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    format: ExportFormat
    kind: ExportKind | None = Field(
        None,
        description="`synthesis` (json, markdown, csv, docx) or `comments`, the bulk export "
        "(csv, ndjson, annotations). Default: `comments` for csv, ndjson and annotations, "
        "`synthesis` otherwise.",
    )
    # The job answers its statuses as `statuses` (its `status` is the job's own), so a client
    # sending back what it read is understood.
    status: list[CommentStatus] | None = Field(
        None,
        validation_alias=AliasChoices("status", "statuses"),
        description="Comment statuses of a `comments` export; default every status but "
        "`withdrawn` (`published` only for `annotations`). Not for `synthesis` exports (422). "
        "May be sent as `statuses`, the name the job gives them (`status` is the job's "
        "state there); not both (422).",
    )
    language: str | None = Field(
        None,
        max_length=35,
        description="A `synthesis` export's paragraph texts in this language (BCP 47, a "
        "translation of the round's version), as `GET /v1/rounds/{id}/synthesis?language=`; "
        "default the version's original language. Not for `comments` exports.",
    )

    @model_validator(mode="before")
    @classmethod
    def _one_name_for_the_statuses(cls, data: Any) -> Any:
        if isinstance(data, dict) and "status" in data and "statuses" in data:
            raise field_problem("statuses", "give the statuses as `status` or `statuses`, not both")
        return data


class ExportJobRead(BaseModel):
    id: str
    round_id: str
    kind: ExportKind
    format: ExportFormat
    statuses: list[str] = Field(description="Comment statuses exported (`comments` exports).")
    language: str | None = Field(
        description="The language of a `synthesis` export's paragraph texts; null for "
        "`comments` exports."
    )
    status: JobStatus
    progress: float = Field(ge=0, le=1)
    error: str | None
    media_type: str | None
    filename: str | None
    size_bytes: int | None
    file_url: str | None = Field(description="Where to download the file once `done`.")
    created_at: str
    started_at: str | None
    finished_at: str | None

    @classmethod
    def of(cls, job: ExportJob) -> ExportJobRead:
        return cls(
            id=str(job.id),
            round_id=str(job.round_id),
            kind=job.kind,
            format=job.format,
            statuses=list(job.statuses),
            language=job.language,
            status=job.status,
            progress=round(min(1.0, max(0.0, job.progress)), 4),
            error=job.error,
            media_type=job.media_type,
            filename=job.filename,
            size_bytes=job.size_bytes,
            file_url=f"/v1/exports/{job.id}/file" if job.status == "done" else None,
            created_at=rfc3339(job.created_at),
            started_at=rfc3339(job.started_at) if job.started_at else None,
            finished_at=rfc3339(job.finished_at) if job.finished_at else None,
        )

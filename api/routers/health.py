from typing import Literal

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from api.db import current_revision, head_revision
from api.deps import StateDep
from api.problems import problem_doc, problem_response

router = APIRouter(tags=["health"])


class Readiness(BaseModel):
    status: Literal["ready"]
    migration: str = Field(description="The database's migration, this release's head.")


@router.get("/healthz", summary="The process is up")
async def healthz() -> dict[str, str]:
    return {"status": "ok"}


@router.get(
    "/readyz",
    summary="The database is reachable and migrated",
    response_model=Readiness,
    responses={503: problem_doc("Not ready; the problem says why.")},
)
async def readyz(state: StateDep) -> JSONResponse:
    try:
        current = await current_revision(state.engine)
    except Exception:
        return problem_response(503, "The database cannot be reached.")  # type: ignore[return-value]
    head = head_revision(state.settings.database_url)
    if current != head:
        return problem_response(  # type: ignore[return-value]
            503, f"The database is at migration {current or 'none'}, this release needs {head}."
        )
    return JSONResponse(Readiness(status="ready", migration=head).model_dump())

"""`/redoc` loads an exact ReDoc version, as `/docs` loads an exact Swagger UI, may not be
framed, and the README says where it loads its code from."""

import re
from pathlib import Path

import httpx

from api.openapi import REDOC_VERSION

FRAMED_NEVER = {"x-frame-options": "DENY", "content-security-policy": "frame-ancestors 'none'"}
README = " ".join(
    (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8").split()
)


async def test_the_redoc_page_pins_redoc_and_is_never_framed(
    client: httpx.AsyncClient,
) -> None:
    page = await client.get("/redoc")
    assert page.status_code == 200
    scripts = re.findall(r'src="(https://cdn\.jsdelivr\.net/[^"]+)"', page.text)
    assert scripts, page.text
    for script in scripts:
        assert re.search(r"/redoc@\d+\.\d+\.\d+/", script), script
    assert 'spec-url="/openapi.json"' in page.text
    for header, value in FRAMED_NEVER.items():
        assert page.headers.get(header) == value, header
    assert page.headers.get("x-content-type-options") == "nosniff"


def test_the_readme_names_the_pinned_redoc_version() -> None:
    assert f"`redoc@{REDOC_VERSION}`" in README
    assert "`/redoc`" in README

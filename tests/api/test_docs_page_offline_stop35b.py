"""`/docs` is Swagger UI loaded from a CDN: the README says so where it mentions the page, and
that the API and `/openapi.json` need nothing from outside."""

import re
from pathlib import Path
from urllib.parse import urlsplit

import httpx

README = " ".join(
    (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8").split()
)


async def test_the_readme_names_where_the_docs_page_loads_its_code_from(
    client: httpx.AsyncClient,
) -> None:
    page = await client.get("/docs")
    assert page.status_code == 200
    hosts = {urlsplit(src).hostname for src in re.findall(r'src="([^"]+)"', page.text)}
    assert hosts - {None}, page.text
    assert (await client.get("/openapi.json")).status_code == 200

    mention = README.index("`make run` serves the interactive documentation at")
    nearby = README[mention : mention + 900]
    for host in hosts - {None}:
        assert f"`{host}`" in nearby, host
    assert "`/openapi.json` is served" in nearby

"""PLENARY_CORS_ORIGINS holds origins as browsers send them (RFC 6454: lower-case scheme and
host, no default port, no path): each entry is read as one, and what cannot be one stops the
commands in one line, as PLENARY_PUBLIC_URL does."""

from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner

from api.app import create_app
from api.cli import main
from api.settings import get_settings
from tests.conftest import BASE_URL, make_settings


@pytest.mark.parametrize(
    ("written", "origin"),
    [
        ("https://app.example.org/", "https://app.example.org"),
        ("HTTPS://Other.Example.ORG", "https://other.example.org"),
        ("https://app.example.org:443", "https://app.example.org"),
        ("http://app.example.org:80/", "http://app.example.org"),
        ("http://localhost:3000", "http://localhost:3000"),
        ("http://[::1]:8080", "http://[::1]:8080"),
        ("https://bücher.example", "https://xn--bcher-kva.example"),
    ],
)
async def test_an_origin_as_written_allows_the_origin_a_browser_sends(
    database_url: str, written: str, origin: str
) -> None:
    app = create_app(make_settings(database_url, cors_origins=f" {written} , https://x.example"))
    preflight = {"Origin": origin, "Access-Control-Request-Method": "POST"}
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url=BASE_URL) as http:
            response = await http.options("/v1/consultations", headers=preflight)
    assert response.status_code == 200, response.text
    assert response.headers["access-control-allow-origin"] == origin


def test_every_origin_is_kept_once_and_every_origin_stays_allowed(database_url: str) -> None:
    settings = make_settings(
        database_url, cors_origins="https://a.example/, HTTPS://A.example, *, https://b.example"
    )
    assert settings.cors_origins == ["https://a.example", "*", "https://b.example"]


@pytest.mark.parametrize(
    "value",
    [
        "app.example.org",
        "localhost:3000",
        "https://app.example.org/app",
        "https://app.example.org?x=1",
        "https://app.example.org#top",
        "https://user@app.example.org",
        "https://",
        "https://app.example.org:99999",
        "https://app.example.org, //app.example.org",
        "https://app example.org",
    ],
)
def test_what_is_no_origin_stops_the_commands_in_one_line(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, value: str
) -> None:
    database = tmp_path / "plenary.db"
    monkeypatch.setenv("PLENARY_DATABASE_URL", f"sqlite:///{database}")
    monkeypatch.setenv("PLENARY_CORS_ORIGINS", value)
    get_settings.cache_clear()
    try:
        result = CliRunner().invoke(main, ["db", "upgrade"])
    finally:
        get_settings.cache_clear()
    assert result.exit_code == 1, result.output
    (line,) = result.output.strip().splitlines()
    assert line.startswith("Error: PLENARY_CORS_ORIGINS must be origins"), line
    assert not database.exists()

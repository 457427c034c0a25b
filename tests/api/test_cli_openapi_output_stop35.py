"""`plenary openapi -o`: the same conventions as `plenary export -o` (it created missing
directories, wrote a file named "-" and printed a traceback for a path it could not write)."""

from pathlib import Path

import pytest
from click.testing import CliRunner

from api.app import create_app
from api.cli import main
from api.openapi import render_openapi


def test_a_missing_directory_is_refused_not_created(tmp_path: Path) -> None:
    missing = tmp_path / "missing"
    result = CliRunner().invoke(main, ["openapi", "-o", str(missing / "x.json")])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [f"Error: {missing} is not a directory"]
    assert not missing.exists()


def test_a_path_that_cannot_be_written_is_one_line(tmp_path: Path) -> None:
    dangling = tmp_path / "openapi.json"
    dangling.symlink_to(tmp_path / "gone" / "openapi.json")
    result = CliRunner().invoke(main, ["openapi", "-o", str(dangling)])
    assert result.exit_code == 1
    (line,) = result.output.strip().splitlines()
    assert line == f"Error: cannot write {dangling}: No such file or directory"


def test_dash_writes_the_document_to_stdout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["openapi", "-o", "-"])
    assert result.exit_code == 0, result.output
    assert result.stdout_bytes == render_openapi(create_app())
    assert not (tmp_path / "-").exists()


def test_check_of_stdout_is_a_usage_error() -> None:
    result = CliRunner().invoke(main, ["openapi", "--check", "-o", "-"])
    assert result.exit_code == 2
    assert len(result.output.strip().splitlines()) == 1

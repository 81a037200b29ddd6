"""The README's quick start runs against the stub: from the source tree, and from the wheel
installed into a fresh virtual environment (what a newcomer does)."""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

import starrocks_sync
from conftest import Stub, required_env, vectors
from readme import quick_start, quick_start_against, quick_start_output

PROJECT = Path(__file__).resolve().parent.parent


def test_the_quick_start_has_at_most_ten_lines_of_code() -> None:
    lines = [line for line in quick_start().splitlines() if line.strip()]
    assert 0 < len(lines) <= 10


def _run(python: str, code: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [python, "-c", code], capture_output=True, text=True, timeout=120, env=env, check=False
    )


def test_the_quick_start_prints_the_check_results(fresh_stub: Stub) -> None:
    result = _run(sys.executable, quick_start_against(fresh_stub.base_url), dict(os.environ))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == quick_start_output()
    assert fresh_stub.violations() == []


def test_the_wheel_installs_into_a_fresh_venv_and_runs_the_quick_start(
    fresh_stub: Stub, tmp_path: Path
) -> None:
    dist = Path(required_env("STARROCKS_SDK_DIST_DIR"))
    wheels = sorted(dist.glob("starrocks_sync_client-*.whl"))
    sdists = sorted(dist.glob("starrocks_sync_client-*.tar.gz"))
    assert len(wheels) == 1 and len(sdists) == 1, f"expected one wheel and one sdist in {dist}"
    home = tmp_path / "consumer-venv"
    # Without pip of its own (ensurepip costs ~10 s): this venv's pip installs into it.
    venv.EnvBuilder(with_pip=False).create(home)
    python = str(home / "bin" / "python")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    pip = [sys.executable, "-m", "pip", "--python", python, "install", "--quiet",
           "--disable-pip-version-check"]
    runtime = str(PROJECT / "requirements-runtime.lock")
    install = [*pip, "--require-hashes", "--no-deps", "-r", runtime]
    subprocess.run(install, check=True, env=env, timeout=300)
    subprocess.run([*pip, "--no-deps", str(wheels[0])], check=True, env=env, timeout=120)
    # The wheel's declared dependencies are all met by the runtime lock.
    check = [sys.executable, "-m", "pip", "--python", python, "check"]
    subprocess.run(check, check=True, env=env, timeout=60)
    result = _run(python, quick_start_against(fresh_stub.base_url), env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == quick_start_output()
    imported = _run(python, "import starrocks_sync; print(starrocks_sync.__file__)", env)
    assert str(home) in imported.stdout
    # A consumer's strict type check passes on the quick start, against the installed wheel.
    program = tmp_path / "quick_start.py"
    program.write_text(quick_start(), encoding="utf-8")
    cache = dist.parent / "mypy-consumer-cache"  # kept between builds: ~60 s cold, ~5 s warm
    mypy = [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(cache),
            "--python-executable", python, str(program)]
    checked = subprocess.run(mypy, capture_output=True, text=True, env=env, timeout=300,
                             cwd=tmp_path, check=False)
    assert checked.returncode == 0, checked.stdout + checked.stderr


def _table(heading: str) -> list[list[str]]:
    text = (PROJECT / "README.md").read_text(encoding="utf-8")
    section = text.split(heading, 1)[1].split("\n#", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("|")]
    return [[cell.strip().strip("`") for cell in row.strip("|").split("|")] for row in rows[2:]]


def test_the_readme_says_what_happens_in_every_hostile_scenario() -> None:
    documented = [row[0] for row in _table("### Hostile answers")]
    scenarios = [scenario["name"] for scenario in vectors("hostile.json")["scenarios"]]
    assert sorted(documented) == sorted(scenarios)


def test_the_readme_error_table_names_each_error_class_and_its_kind() -> None:
    rows = _table("### Errors")
    assert rows
    for row in rows:
        error_class = getattr(starrocks_sync, row[0])
        assert issubclass(error_class, starrocks_sync.StarRocksSyncError)
        assert error_class.kind == row[1]

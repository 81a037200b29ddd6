"""Shared test fixtures: the conformance vectors and the stub, both given by Maven.

``STARROCKS_VECTORS_DIR`` (client/conformance/target/vectors) and ``STARROCKS_STUB_JAR``
(server-stub/stub/target/starrocks-sync-stub.jar) must be set; a missing one fails the run.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import threading
import time
import urllib.request
from pathlib import Path
from typing import Any, Iterator, List

import pytest

_LISTENING = re.compile(r"StarRocks sync stub listening on (http://localhost:\d+)")
_STUB_START_SECONDS = 60


def required_env(name: str) -> str:
    value = os.environ.get(name, "")
    if value == "":
        raise RuntimeError(
            f"{name} is not set. Run the tests through Maven "
            "(./mvnw -B verify -pl client/python -am), which sets it; see client/python/README.md"
        )
    return value


def vectors(file_name: str) -> Any:
    """One of the conformance vector files (signing.json, outcomes.json, hostile.json)."""
    path = Path(required_env("STARROCKS_VECTORS_DIR")) / file_name
    if not path.is_file():
        raise RuntimeError(f"{path} does not exist: build client/conformance first (-am)")
    return json.loads(path.read_text(encoding="utf-8"))


class Stub:
    """The standalone stub jar, started on a free port, and its WireMock journal."""

    def __init__(self, jar: str) -> None:
        if not Path(jar).is_file():
            raise RuntimeError(f"STARROCKS_STUB_JAR={jar} does not exist: build server-stub/stub")
        self._process = subprocess.Popen(
            ["java", "-jar", jar, "--port", "0"],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        self._output: List[str] = []
        self.base_url = self._await_url()
        threading.Thread(target=self._drain, daemon=True).start()

    def _await_url(self) -> str:
        assert self._process.stdout is not None
        deadline = time.monotonic() + _STUB_START_SECONDS
        while time.monotonic() < deadline:
            line = self._process.stdout.readline()
            if line == "":
                break
            self._output.append(line)
            match = _LISTENING.search(line)
            if match:
                return match.group(1)
        self.stop()
        raise RuntimeError("the stub did not start:\n" + "".join(self._output))

    def _drain(self) -> None:
        assert self._process.stdout is not None
        for line in self._process.stdout:
            self._output.append(line)

    def journal(self) -> List[Any]:
        with urllib.request.urlopen(f"{self.base_url}/__admin/requests", timeout=10) as answer:
            requests: List[Any] = json.load(answer)["requests"]
            return requests

    def clear_journal(self) -> None:
        request = urllib.request.Request(f"{self.base_url}/__admin/requests", method="DELETE")
        with urllib.request.urlopen(request, timeout=10):
            pass

    def violations(self) -> List[Any]:
        """The contract violations the stub attached to the requests in its journal."""
        return [
            event["data"]
            for entry in self.journal()
            for event in entry.get("subEvents", [])
            if event.get("type") == "CONTRACT_VIOLATION"
        ]

    def stop(self) -> None:
        self._process.terminate()
        try:
            self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()


@pytest.fixture(scope="session")
def stub() -> Iterator[Stub]:
    started = Stub(required_env("STARROCKS_STUB_JAR"))
    yield started
    started.stop()


@pytest.fixture
def fresh_stub(stub: Stub) -> Stub:
    """The stub with an empty journal."""
    stub.clear_journal()
    return stub

"""The quick start of client/python/README.md, as the tests run it."""

from __future__ import annotations

import re
from pathlib import Path

README = Path(__file__).resolve().parent.parent / "README.md"
#: The address the quick start names; the tests put the running stub's in its place.
README_BASE_URL = "http://localhost:8080"


def quick_start() -> str:
    text = README.read_text(encoding="utf-8")
    section = text.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    match = re.search(r"```python\n(.*?)```", section, re.DOTALL)
    assert match, "README.md's Quick start has no python block"
    return match.group(1)


def quick_start_against(base_url: str) -> str:
    code = quick_start()
    assert README_BASE_URL in code
    return code.replace(README_BASE_URL, base_url)


def quick_start_output() -> str:
    """What the README says the quick start prints (``It prints `...` ``)."""
    section = README.read_text(encoding="utf-8").split("## Quick start", 1)[1]
    match = re.search(r"It prints `([^`]+)`", section)
    assert match, "README.md's Quick start does not say what it prints"
    return match.group(1)

"""The package as built: its version is the document's info.version, and it is typed."""

from __future__ import annotations

import os
from pathlib import Path

from conftest import required_env, vectors

import starrocks_sync


def test_the_version_is_the_documents_info_version() -> None:
    version = vectors("outcomes.json")["document_version"]
    assert starrocks_sync.__version__ == version
    dist = Path(required_env("STARROCKS_SDK_DIST_DIR"))
    assert sorted(p.name for p in dist.iterdir()) == [
        f"starrocks_sync_client-{version}-py3-none-any.whl",
        f"starrocks_sync_client-{version}.tar.gz",
    ]


def test_the_package_says_it_is_typed() -> None:
    package = Path(starrocks_sync.__file__).parent
    assert (package / "py.typed").is_file()
    assert (package / "openapi" / "py.typed").is_file()
    assert os.path.getsize(package / "py.typed") == 0

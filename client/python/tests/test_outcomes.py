"""Every documented outcome of every operation (outcomes.json), with both credential forms:
a model equal to the example, or the typed ServiceError; the stub's journal shows no contract
violation in what the SDK sent."""

from __future__ import annotations

from typing import Any, Callable, Dict, List, Tuple

import pytest
from conftest import Stub, vectors
from operations import call

from starrocks_sync import (
    AkSkCredentials,
    Credentials,
    ServiceError,
    StarRocksSyncClient,
    TokenCredentials,
)

CREDENTIALS: Dict[str, Callable[[Dict[str, Any]], Credentials]] = {
    "iam_token": lambda operation: TokenCredentials("sdk-py-test-token"),
    "aksk": lambda operation: AkSkCredentials(
        "HPUAEXAMPLEKEY",
        "sdk-py-test-secret",
        project_id=(operation.get("path_parameters") or {}).get("project_id"),
    ),
}


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "outcome" in metafunc.fixturenames:
        cases: List[Tuple[Dict[str, Any], Dict[str, Any], str]] = []
        ids: List[str] = []
        for operation in vectors("outcomes.json")["operations"]:
            for outcome in operation["outcomes"]:
                for form in CREDENTIALS:
                    cases.append((operation, outcome, form))
                    name = outcome["example"] or outcome["prefer"]
                    ids.append(f"{operation['operation_id']}-{name}-{form}")
        assert cases, "outcomes.json has no outcome"
        metafunc.parametrize(("operation", "outcome", "credential_form"), cases, ids=ids)


def test_every_documented_outcome_arrives_typed(
    fresh_stub: Stub, operation: Dict[str, Any], outcome: Dict[str, Any], credential_form: str
) -> None:
    client = StarRocksSyncClient(fresh_stub.base_url, CREDENTIALS[credential_form](operation))
    if outcome["kind"] == "model":
        answer = call(client, operation, outcome["prefer"])
        if outcome["body"] is None:  # a documented status without a body, such as 204
            assert answer is None
        else:
            assert answer.to_dict() == outcome["body"]
    else:
        assert outcome["kind"] == "service_error"
        with pytest.raises(ServiceError) as raised:
            call(client, operation, outcome["prefer"])
        error = raised.value
        assert error.status == outcome["status"]
        assert error.error_code == outcome["error_code"]
        assert error.error_msg == outcome["error_msg"]
        assert error.request_id == outcome.get("request_id")
    assert len(fresh_stub.journal()) == 1
    assert fresh_stub.violations() == []

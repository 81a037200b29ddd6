"""Answers a real service or gateway gives that the document does not promise (hostile.json):
each arrives as a model with the surprise kept, or as the typed error the README names."""

from __future__ import annotations

from typing import Any, Dict, Type

import pytest
from conftest import Stub, vectors
from operations import at_pointer, call

from starrocks_sync import (
    ConnectionFailedError,
    EmptyResponseError,
    MalformedResponseError,
    RequestTimeoutError,
    ServiceError,
    StarRocksSyncClient,
    StarRocksSyncError,
    TokenCredentials,
    UnexpectedResponseError,
)

#: The neutral error kinds of client/conformance/VECTORS.md and this SDK's exceptions.
ERRORS: Dict[str, Type[StarRocksSyncError]] = {
    "service_error": ServiceError,
    "unexpected_response": UnexpectedResponseError,
    "empty_response": EmptyResponseError,
    "malformed_response": MalformedResponseError,
    "timeout": RequestTimeoutError,
    "connection_failed": ConnectionFailedError,
}


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "scenario" in metafunc.fixturenames:
        scenarios = vectors("hostile.json")["scenarios"]
        assert scenarios, "hostile.json has no scenario"
        metafunc.parametrize("scenario", scenarios, ids=[s["name"] for s in scenarios])


def _without_nulls(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_without_nulls(v) for v in value]
    return value


def _operation(operation_id: str) -> Dict[str, Any]:
    for operation in vectors("outcomes.json")["operations"]:
        if operation["operation_id"] == operation_id:
            found: Dict[str, Any] = operation
            return found
    raise AssertionError(f"outcomes.json has no operation {operation_id}")


def test_a_hostile_answer_arrives_as_a_model_or_a_typed_error(
    fresh_stub: Stub, scenario: Dict[str, Any]
) -> None:
    expect = scenario["expect"]
    client = StarRocksSyncClient(fresh_stub.base_url, TokenCredentials("sdk-py-test-token"))
    operation = _operation(scenario["operation_id"])
    timeout_ms = expect.get("client_timeout_ms")
    timeout = None if timeout_ms is None else timeout_ms / 1000
    if expect["kind"] == "model":
        answer = call(client, operation, scenario["prefer"], timeout)
        if "value_at" in expect:
            found, value = at_pointer(answer, expect["value_at"]["pointer"])
            assert found, f"{expect['value_at']['pointer']} is not in {answer!r}"
            assert value == expect["value_at"]["value"]
        if "absent" in expect:
            assert at_pointer(answer, expect["absent"])[1] is None
        if "null_at" in expect:
            found, value = at_pointer(answer, expect["null_at"])
            assert found and value is None
        if "body" in expect:
            # to_dict() leaves out what is None: absent and null are the same on this API.
            assert answer.to_dict() == _without_nulls(expect["body"])
        return
    assert expect["kind"] == "error"
    with pytest.raises(StarRocksSyncError) as raised:
        call(client, operation, scenario["prefer"], timeout)
    error = raised.value
    assert isinstance(error, ERRORS[expect["error"]]), f"{type(error).__name__}: {error}"
    assert error.kind == expect["error"]
    if "status" in expect:
        assert error.status == expect["status"]
    for attribute in ("error_code", "error_msg"):
        if attribute in expect:
            assert getattr(error, attribute) == expect[attribute]
    if "retry_after_seconds" in expect:
        assert isinstance(error, ServiceError)
        assert error.retry_after_seconds == expect["retry_after_seconds"]
    if "retryable" in expect:
        assert error.retryable == expect["retryable"]
    assert str(error) != ""

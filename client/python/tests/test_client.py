"""What the layer promises beside the vectors: what is sent, timeouts, credentials kept secret,
checks before sending."""

from __future__ import annotations

import base64
import re
import socket
from typing import Any, Dict

import pydantic
import pytest
from conftest import Stub, vectors
from operations import operation_method, python_name

from starrocks_sync import (
    AkSkCredentials,
    ConnectionFailedError,
    ModifyDataSynchronizationConfigRequest,
    RequestTimeoutError,
    StarRocksSyncClient,
    Timeout,
    TokenCredentials,
)

SECRET = "sdk-py-secret-never-shown"


def _operation() -> Dict[str, Any]:
    operation: Dict[str, Any] = vectors("outcomes.json")["operations"][0]
    return operation


def _send_empty_request(client: StarRocksSyncClient, **extra: Any) -> Any:
    operation = _operation()
    method = operation_method(client, operation["operation_id"])
    path = {python_name(k): v for k, v in operation["path_parameters"].items()}
    return method(**path, modify_data_synchronization_config_request=
                  ModifyDataSynchronizationConfigRequest(), **extra)


def _sent_body(entry: Any) -> str:
    return base64.b64decode(entry["request"].get("bodyAsBase64", "")).decode("utf-8")


def test_an_empty_request_is_sent_as_an_empty_object(fresh_stub: Stub) -> None:
    _send_empty_request(StarRocksSyncClient(fresh_stub.base_url, TokenCredentials("t0ken")))
    [entry] = fresh_stub.journal()
    assert _sent_body(entry) == "{}"
    assert entry["request"]["headers"]["X-Auth-Token"] == "t0ken"
    assert fresh_stub.violations() == []


def test_an_aksk_request_carries_a_signature_the_stub_accepts(fresh_stub: Stub) -> None:
    project_id = _operation()["path_parameters"]["project_id"]
    credentials = AkSkCredentials("HPUAEXAMPLEKEY", SECRET, project_id=project_id)
    _send_empty_request(StarRocksSyncClient(fresh_stub.base_url, credentials))
    [entry] = fresh_stub.journal()
    headers = entry["request"]["headers"]
    assert re.fullmatch(r"\d{8}T\d{6}Z", headers["X-Sdk-Date"])
    assert headers["Authorization"].startswith("SDK-HMAC-SHA256 Access=HPUAEXAMPLEKEY, ")
    assert "x-project-id" in headers["Authorization"]
    assert headers["X-Project-Id"] == project_id
    assert fresh_stub.violations() == []


def test_credentials_never_show_their_secrets() -> None:
    aksk = AkSkCredentials("HPUAEXAMPLEKEY", SECRET, security_token=SECRET + "2")
    token = TokenCredentials(SECRET)
    for shown in (repr(aksk), str(aksk), repr(token), repr(StarRocksSyncClient("http://x", aksk))):
        assert SECRET not in shown
        assert "HPUAEXAMPLEKEY" not in shown


def test_a_credential_with_a_line_break_is_refused_without_quoting_it() -> None:
    with pytest.raises(ValueError) as raised:
        TokenCredentials(SECRET + "\n")
    assert SECRET not in str(raised.value)


def test_the_default_read_timeout_ends_a_slow_call(fresh_stub: Stub) -> None:
    client = StarRocksSyncClient(
        fresh_stub.base_url, TokenCredentials("t0ken"), timeout=Timeout(connect=5, read=0.3)
    )
    with pytest.raises(RequestTimeoutError) as raised:
        _send_empty_request(client, _headers={"Prefer": "delay=2000"})
    assert raised.value.timeout_seconds == 0.3
    assert raised.value.retryable


def test_a_per_call_timeout_overrides_the_default(fresh_stub: Stub) -> None:
    client = StarRocksSyncClient(fresh_stub.base_url, TokenCredentials("t0ken"))
    with pytest.raises(RequestTimeoutError):
        _send_empty_request(client, _headers={"Prefer": "delay=2000"}, _request_timeout=0.3)
    assert _send_empty_request(client, _headers={"Prefer": "delay=200"}, _request_timeout=5.0)


def test_the_default_timeouts_are_ten_seconds_to_connect_and_thirty_to_read() -> None:
    assert Timeout() == Timeout(connect=10.0, read=30.0)


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def test_a_closed_port_is_a_connection_failure() -> None:
    client = StarRocksSyncClient(
        f"http://127.0.0.1:{_closed_port()}", TokenCredentials("t0ken"), timeout=Timeout(2, 2)
    )
    with pytest.raises(ConnectionFailedError) as raised:
        _send_empty_request(client)
    assert raised.value.status is None


def test_rejects_a_task_name_with_a_hyphen_before_sending(fresh_stub: Stub) -> None:
    with pytest.raises(pydantic.ValidationError):
        ModifyDataSynchronizationConfigRequest(task_name="nightly-orders")
    assert fresh_stub.journal() == []


def test_rejects_a_field_the_request_does_not_have() -> None:
    with pytest.raises(ValueError):
        ModifyDataSynchronizationConfigRequest.from_dict({"task_nme": "sales_to_olap"})


def test_rejects_a_project_id_with_a_hyphen_before_sending(fresh_stub: Stub) -> None:
    operation = _operation()
    client = StarRocksSyncClient(fresh_stub.base_url, TokenCredentials("t0ken"))
    method = operation_method(client, operation["operation_id"])
    path = {python_name(k): v for k, v in operation["path_parameters"].items()}
    project_id = path["project_id"]
    path["project_id"] = project_id[:-1] + "-"  # same length, one character the pattern refuses
    with pytest.raises(pydantic.ValidationError):
        method(**path, modify_data_synchronization_config_request=
               ModifyDataSynchronizationConfigRequest())
    assert fresh_stub.journal() == []


def test_a_client_used_as_a_context_manager_closes_its_connections(fresh_stub: Stub) -> None:
    with StarRocksSyncClient(fresh_stub.base_url, TokenCredentials("t0ken")) as client:
        _send_empty_request(client)
        assert client.rest_client.pool_manager.pools
    assert not client.rest_client.pool_manager.pools

"""The client: the generated ``ApiClient`` with the parts generation cannot give.

Credentials (IAM token or AK/SK signature), timeouts with a default and a per-call override,
and one typed error for every way a call can fail (``starrocks_sync.errors``). The generated
API classes (``DataSynchronizationApi``) take this client and work unchanged, so every
operation of the document gets the same behaviour with no code here per operation.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from typing import Any, Dict, List, Mapping, Optional, Tuple, Union

import urllib3

from starrocks_sync.credentials import Credentials
from starrocks_sync.errors import (
    ConnectionFailedError,
    EmptyResponseError,
    MalformedResponseError,
    RequestTimeoutError,
    ServiceError,
    StarRocksSyncError,
    UnexpectedResponseError,
)
from starrocks_sync.openapi import __version__
from starrocks_sync.openapi.api_client import ApiClient
from starrocks_sync.openapi.api_response import ApiResponse, T
from starrocks_sync.openapi.configuration import Configuration
from starrocks_sync.openapi.rest import RESTResponse

REQUEST_ID_HEADER = "X-Request-Id"
_JSON_CONTENT_TYPE = re.compile(r"^application/([\w!#$&.+\-^]+\+)?json\s*(;|$)", re.IGNORECASE)
_EXCERPT_CHARS = 200


@dataclass(frozen=True)
class Timeout:
    """How long a call may wait, in seconds: to connect, and for each read of the answer."""

    connect: float = 10.0
    read: float = 30.0

    def __post_init__(self) -> None:
        if not (self.connect > 0 and self.read > 0):
            raise ValueError("timeouts must be positive numbers of seconds")


#: What a call may pass as ``_request_timeout``: seconds for connect and read alike, or
#: ``(connect, read)``.
PerCallTimeout = Union[float, Tuple[float, float]]


class StarRocksSyncClient(ApiClient):
    """Sends the calls of the generated API classes, authenticated, with timeouts.

    >>> client = StarRocksSyncClient("http://localhost:8080", TokenCredentials("my-iam-token"))
    >>> api = DataSynchronizationApi(client)

    :param base_url: scheme, host and port of the service (or of the stub).
    :param credentials: ``TokenCredentials`` or ``AkSkCredentials``.
    :param timeout: the default of every call; a call overrides it with
        ``_request_timeout=seconds`` or ``_request_timeout=(connect, read)``.
    """

    def __init__(
        self,
        base_url: str,
        credentials: Credentials,
        *,
        timeout: Timeout = Timeout(),
    ) -> None:
        if not isinstance(credentials, Credentials):
            raise TypeError("credentials must be TokenCredentials or AkSkCredentials")
        super().__init__(Configuration(host=base_url.rstrip("/")))
        self._credentials = credentials
        self.timeout = timeout
        self.user_agent = f"starrocks-sync-client-python/{__version__}"

    def __enter__(self) -> StarRocksSyncClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Closes the pooled connections; the client opens new ones if used again."""
        self.rest_client.pool_manager.clear()

    def __repr__(self) -> str:
        return (
            f"StarRocksSyncClient(base_url={self.configuration.host!r}, "
            f"credentials={self._credentials!r}, timeout={self.timeout!r})"
        )

    # Called by the generated API classes with the request they built.
    def call_api(
        self,
        method: str,
        url: str,
        header_params: Optional[Mapping[str, Any]] = None,
        body: Any = None,
        post_params: Any = None,
        _request_timeout: Optional[PerCallTimeout] = None,
    ) -> RESTResponse:
        if post_params:
            raise NotImplementedError("form bodies are not part of this API")
        payload = _body_bytes(body)
        headers: List[Tuple[str, str]] = [
            (name, str(value)) for name, value in (header_params or {}).items()
        ]
        headers = self._credentials.authenticate(method, url, headers, payload or b"")
        timeout = self._timeout(_request_timeout)
        try:
            answer = self.rest_client.pool_manager.request(
                method,
                url,
                body=payload,
                headers=dict(headers),
                timeout=timeout,
                retries=False,
                redirect=False,
                preload_content=False,
            )
        except urllib3.exceptions.NewConnectionError as e:
            # Caught first: urllib3 derives it from ConnectTimeoutError, but a refused
            # connection or an unknown host is no timeout.
            raise ConnectionFailedError(f"{method} {url}: {_reason(e)}") from e
        except urllib3.exceptions.ConnectTimeoutError as e:
            raise RequestTimeoutError(
                f"{method} {url}: no connection within {timeout.connect_timeout} s",
                timeout_seconds=_seconds(timeout.connect_timeout),
            ) from e
        except urllib3.exceptions.ReadTimeoutError as e:
            raise RequestTimeoutError(
                f"{method} {url}: no answer within {timeout.read_timeout} s",
                timeout_seconds=_seconds(timeout.read_timeout),
            ) from e
        except urllib3.exceptions.HTTPError as e:
            raise ConnectionFailedError(f"{method} {url}: {_reason(e)}") from e
        try:
            answer.data  # reads the whole body, so the timeout and a cut are seen here
        except urllib3.exceptions.ReadTimeoutError as e:
            raise RequestTimeoutError(
                f"{method} {url}: HTTP {answer.status}, the body did not arrive within "
                f"{timeout.read_timeout} s",
                timeout_seconds=_seconds(timeout.read_timeout),
            ) from e
        except urllib3.exceptions.ProtocolError as e:
            raise MalformedResponseError(
                f"{method} {url}: HTTP {answer.status}, the body was cut short ({_reason(e)})",
                status=answer.status,
            ) from e
        except urllib3.exceptions.HTTPError as e:
            raise ConnectionFailedError(
                f"{method} {url}: HTTP {answer.status}, reading the body failed: {_reason(e)}",
                status=answer.status,
            ) from e
        finally:
            answer.release_conn()
        response = RESTResponse(answer)
        # Generated and unannotated; the body is loaded already, so this only keeps it.
        response.read()  # type: ignore[no-untyped-call]
        return response

    # Called by the generated API classes with the answer and the types the document declares.
    def response_deserialize(
        self,
        response_data: RESTResponse,
        response_types_map: Optional[Dict[str, T]] = None,
    ) -> ApiResponse[T]:
        types: Dict[str, Any] = dict(response_types_map or {})
        status: int = response_data.status
        raw: bytes = response_data.data or b""
        content_type: Optional[str] = response_data.headers.get("Content-Type")
        if not 200 <= status <= 299:
            raise self._error(status, raw, content_type, response_data.headers, types)
        response_type = _declared_type(types, status)
        if response_type is None:
            data: Any = None
        else:
            data = self._model(status, raw, content_type, response_type)
        return ApiResponse(
            status_code=status, data=data, headers=response_data.headers, raw_data=raw
        )

    def _model(
        self, status: int, raw: bytes, content_type: Optional[str], response_type: str
    ) -> Any:
        if raw.strip() == b"":
            raise EmptyResponseError(
                f"HTTP {status} with an empty body, where the contract promises "
                f"{response_type}",
                status=status,
            )
        if content_type is None or not _JSON_CONTENT_TYPE.match(content_type):
            raise UnexpectedResponseError(
                f"HTTP {status} with Content-Type {content_type}, not JSON: {_excerpt(raw)}",
                status=status,
                content_type=content_type,
            )
        text = _json_text(status, raw)
        try:
            model = self.deserialize(text, response_type, content_type)
        except (ValueError, TypeError) as e:  # pydantic's ValidationError is a ValueError
            raise MalformedResponseError(
                f"HTTP {status}: the body is not a {response_type} as the contract "
                f"describes it: {e}",
                status=status,
            ) from e
        if model is None:
            raise MalformedResponseError(
                f"HTTP {status}: the body is null, not a {response_type}", status=status
            )
        return model

    def _error(
        self,
        status: int,
        raw: bytes,
        content_type: Optional[str],
        headers: Mapping[str, str],
        types: Mapping[str, Optional[str]],
    ) -> StarRocksSyncError:
        request_id = (headers.get(REQUEST_ID_HEADER) or "").strip() or None
        error_type = _declared_type(types, status) or _any_error_type(types)
        parsed: Any = None
        if (
            error_type is not None
            and raw.strip() != b""
            and content_type is not None
            and _JSON_CONTENT_TYPE.match(content_type)
        ):
            try:
                parsed = self.deserialize(raw.decode("utf-8"), error_type, content_type)
            except (ValueError, TypeError):
                parsed = None
        error_code = getattr(parsed, "error_code", None)
        error_msg = getattr(parsed, "error_msg", None)
        if parsed is None or (error_code is None and error_msg is None):
            return UnexpectedResponseError(
                f"HTTP {status} without the API's error body (Content-Type {content_type}): "
                f"{_excerpt(raw)}"
                + (f" (request id {request_id})" if request_id else ""),
                status=status,
                content_type=content_type,
            )
        body_request_id = (getattr(parsed, "request_id", None) or "").strip() or None
        return ServiceError(
            status=status,
            error_code=error_code,
            error_msg=error_msg,
            request_id=request_id or body_request_id,
            retry_after_seconds=_retry_after(headers.get("Retry-After")),
        )

    def _timeout(self, override: Optional[PerCallTimeout]) -> urllib3.Timeout:
        if override is None:
            return urllib3.Timeout(connect=self.timeout.connect, read=self.timeout.read)
        if isinstance(override, tuple):
            return urllib3.Timeout(connect=override[0], read=override[1])
        return urllib3.Timeout(connect=override, read=override)


def _body_bytes(body: Any) -> Optional[bytes]:
    if body is None:
        return None
    if isinstance(body, bytes):
        return body
    if isinstance(body, str):
        return body.encode("utf-8")
    # Compact and UTF-8: the bytes signed are the bytes sent.
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _declared_type(types: Mapping[str, Optional[str]], status: int) -> Optional[str]:
    for key in (str(status), f"{str(status)[0]}XX", "default"):
        if key in types:
            return types[key]
    return None


def _any_error_type(types: Mapping[str, Optional[str]]) -> Optional[str]:
    """For a status the document does not list (429, 502): the type of its other errors."""
    for key, value in types.items():
        if value is not None and not key.startswith("2"):
            return value
    return None


def _json_text(status: int, raw: bytes) -> str:
    try:
        text = raw.decode("utf-8")
        json.loads(text)
    except ValueError as e:  # UnicodeDecodeError and JSONDecodeError are ValueErrors
        raise MalformedResponseError(
            f"HTTP {status}: the body is not complete JSON ({e}): {_excerpt(raw)}",
            status=status,
        ) from e
    return text


def _retry_after(value: Optional[str]) -> Optional[int]:
    """``Retry-After`` in whole seconds: delay-seconds or an HTTP date; ``None`` if neither."""
    if value is None:
        return None
    value = value.strip()
    if value.isdigit():
        return int(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0, math.ceil((when - datetime.now(timezone.utc)).total_seconds()))


def _excerpt(raw: bytes) -> str:
    text = raw[: _EXCERPT_CHARS * 4].decode("utf-8", errors="replace")
    text = " ".join(text.split())
    return repr(text[:_EXCERPT_CHARS] + ("..." if len(text) > _EXCERPT_CHARS else ""))


def _seconds(value: Any) -> Optional[float]:
    return float(value) if isinstance(value, (int, float)) else None


def _reason(error: Exception) -> str:
    reason = getattr(error, "reason", None)
    return str(reason if reason is not None else error)

"""The one exception family of the SDK: every failure of a call is a ``StarRocksSyncError``.

Kinds (the neutral names of client/conformance/VECTORS.md in brackets):

- ``ServiceError`` [service_error]: an error status with the API's error body;
- ``UnexpectedResponseError`` [unexpected_response]: an answer that is not the API's JSON, such
  as a gateway's HTML page;
- ``EmptyResponseError`` [empty_response]: a success status with no body where one is promised;
- ``MalformedResponseError`` [malformed_response]: a body that is not JSON, is cut short, or
  does not have the contract's shape;
- ``RequestTimeoutError`` [timeout]: no connection or no answer within the timeout;
- ``ConnectionFailedError`` [connection_failed]: the connection could not be made or broke.

No message, ``str`` or ``repr`` ever quotes a credential.
"""

from __future__ import annotations

from typing import Optional


class StarRocksSyncError(Exception):
    """Base of every error the SDK raises for a call."""

    #: The neutral kind, as client/conformance/VECTORS.md names it.
    kind: str = "error"

    def __init__(self, message: str, *, status: Optional[int] = None) -> None:
        super().__init__(message)
        self.message = message
        #: HTTP status of the answer, ``None`` when none arrived.
        self.status = status

    @property
    def retryable(self) -> bool:
        """Whether sending the same request again may succeed."""
        return False


class ServiceError(StarRocksSyncError):
    """The service (or its API gateway) answered with an error status and the API's error body."""

    kind = "service_error"

    def __init__(
        self,
        *,
        status: int,
        error_code: Optional[str],
        error_msg: Optional[str],
        request_id: Optional[str],
        retry_after_seconds: Optional[int] = None,
    ) -> None:
        super().__init__(
            f"HTTP {status} {error_code}: {error_msg}"
            + (f" (request id {request_id})" if request_id else ""),
            status=status,
        )
        self.status: int = status
        self.error_code = error_code
        self.error_msg = error_msg
        #: The provider's ID of the request (the ``X-Request-Id`` header, or the body's
        #: ``request_id`` for the gateway's own errors); quote it when asking for support.
        self.request_id = request_id
        #: Seconds the service asked to wait (``Retry-After``), ``None`` when it did not say.
        self.retry_after_seconds = retry_after_seconds

    @property
    def retryable(self) -> bool:
        """A 5xx (the service failed) or a 429 (too many requests) may succeed later."""
        return self.status >= 500 or self.status == 429


class UnexpectedResponseError(StarRocksSyncError):
    """An answer that is not the API's: another content type, or an error without its body."""

    kind = "unexpected_response"

    def __init__(self, message: str, *, status: int, content_type: Optional[str]) -> None:
        super().__init__(message, status=status)
        self.content_type = content_type

    @property
    def retryable(self) -> bool:
        return self.status is not None and (self.status >= 500 or self.status == 429)


class EmptyResponseError(StarRocksSyncError):
    """A success status whose body, promised by the contract, is empty."""

    kind = "empty_response"


class MalformedResponseError(StarRocksSyncError):
    """A body that is not JSON, is cut short, or does not have the contract's shape."""

    kind = "malformed_response"


class RequestTimeoutError(StarRocksSyncError):
    """No connection, or no complete answer, within the timeout."""

    kind = "timeout"

    def __init__(self, message: str, *, timeout_seconds: Optional[float]) -> None:
        super().__init__(message)
        self.timeout_seconds = timeout_seconds

    @property
    def retryable(self) -> bool:
        return True


class ConnectionFailedError(StarRocksSyncError):
    """The connection could not be made, or broke before the answer was complete."""

    kind = "connection_failed"

    @property
    def retryable(self) -> bool:
        return True

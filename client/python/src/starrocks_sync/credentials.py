"""The two credentials the API accepts: an IAM token, or an access key pair (AK/SK)."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Callable, List, Optional, Tuple

from starrocks_sync import signing

Headers = List[Tuple[str, str]]


def _require_header_value(value: str, name: str) -> str:
    """Non-blank visible ASCII; checked here so that no later error quotes a secret."""
    if not isinstance(value, str) or value.strip() == "":
        raise ValueError(f"{name} is blank")
    for index, char in enumerate(value):
        if not 0x21 <= ord(char) <= 0x7E:
            raise ValueError(f"{name} has a character a header cannot carry, at index {index}")
    return value


def _masked(access_key: str) -> str:
    return access_key[: min(4, len(access_key) // 4)] + "****"


class Credentials:
    """Adds the credential headers to a request about to be sent."""

    def authenticate(self, method: str, url: str, headers: Headers, body: bytes) -> Headers:
        """The request's headers with the credential added (``headers`` is not changed)."""
        raise NotImplementedError


class TokenCredentials(Credentials):
    """An IAM user token, sent in ``X-Auth-Token``."""

    HEADER = "X-Auth-Token"

    def __init__(self, token: str) -> None:
        self._token = _require_header_value(token, "token")

    def authenticate(self, method: str, url: str, headers: Headers, body: bytes) -> Headers:
        return [*headers, (self.HEADER, self._token)]

    def __repr__(self) -> str:
        return "TokenCredentials(token=****)"


class AkSkCredentials(Credentials):
    """An access key pair: every request is signed (``Authorization`` and ``X-Sdk-Date``).

    ``project_id`` is sent (and signed) as ``X-Project-Id``, as the provider's SDKs do;
    ``security_token`` (temporary keys) as ``X-Security-Token``.
    """

    PROJECT_ID_HEADER = "X-Project-Id"
    SECURITY_TOKEN_HEADER = "X-Security-Token"

    def __init__(
        self,
        access_key: str,
        secret_key: str,
        *,
        project_id: Optional[str] = None,
        security_token: Optional[str] = None,
        clock: Callable[[], datetime] = lambda: datetime.now(timezone.utc),
    ) -> None:
        self._access_key = _require_header_value(access_key, "access_key")
        if not isinstance(secret_key, str) or secret_key == "":
            raise ValueError("secret_key is empty")
        self._secret_key = secret_key
        self._project_id = (
            None if project_id is None else _require_header_value(project_id, "project_id")
        )
        self._security_token = (
            None
            if security_token is None
            else _require_header_value(security_token, "security_token")
        )
        self._clock = clock

    @property
    def access_key(self) -> str:
        return self._access_key

    def authenticate(self, method: str, url: str, headers: Headers, body: bytes) -> Headers:
        complete = list(headers)
        if self._project_id is not None:
            complete.append((self.PROJECT_ID_HEADER, self._project_id))
        if self._security_token is not None:
            complete.append((self.SECURITY_TOKEN_HEADER, self._security_token))
        signature = signing.sign(
            self._access_key,
            self._secret_key,
            method,
            url,
            complete,
            body,
            signing.format_sdk_date(self._clock()),
        )
        return complete + list(signature.headers_to_add)

    def __repr__(self) -> str:
        return (
            f"AkSkCredentials(access_key={_masked(self._access_key)}, secret_key=****"
            + (f", project_id={self._project_id}" if self._project_id else "")
            + (", security_token=****" if self._security_token else "")
            + ")"
        )

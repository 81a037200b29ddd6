"""The provider's AK/SK request signature, ``SDK-HMAC-SHA256``, byte for byte as the Java signer.

A port of ``io.contractkit.starrocks.client.auth.AkSkSigner`` (client/java); the conformance
vectors written by the Java side (``signing.json``) are checked by this package's tests.

The canonical request is, one per line: the method; the path, each segment percent-encoded
(RFC 3986 unreserved characters kept) and followed by ``/``; the query, parameters sorted by
encoded name, values in their order; one ``name:value`` line per signed header, sorted; the
signed header names joined by ``;``; the hex SHA-256 of the body (or the value of
``X-Sdk-Content-Sha256`` when the request sets it). Signed are all headers of the request except
``Content-Type`` and names with ``_``, plus ``host`` and ``X-Sdk-Date``.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Iterable, Tuple

ALGORITHM = "SDK-HMAC-SHA256"
DATE_HEADER = "X-Sdk-Date"
CONTENT_SHA256_HEADER = "X-Sdk-Content-Sha256"
AUTHORIZATION_HEADER = "Authorization"

_UNRESERVED = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
_HEX_DIGITS = "0123456789abcdefABCDEF"


@dataclass(frozen=True)
class Signature:
    """What signing one request produced; holds no secret (safe to log or compare)."""

    sdk_date: str
    canonical_request: str
    string_to_sign: str
    signed_headers: str
    authorization: str
    #: The headers to add to the request: ``Authorization``, and ``X-Sdk-Date`` unless the
    #: request already carried one.
    headers_to_add: Tuple[Tuple[str, str], ...] = field(default=())


def format_sdk_date(moment: datetime) -> str:
    """``moment`` in UTC, as ``X-Sdk-Date`` carries it (``20261125T021500Z``)."""
    return moment.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def sign(
    access_key: str,
    secret_key: str,
    method: str,
    url: str,
    headers: Iterable[Tuple[str, str]],
    body: bytes,
    sdk_date: str,
) -> Signature:
    """Signs one request; a pure function of its arguments.

    :param headers: the request's headers in sending order; for a name given more than once
        (in any case) the first value is signed, as java.net.http's first value is.
    :param body: the exact bytes the request sends, ``b""`` for none.
    :param sdk_date: the signing time, used unless ``headers`` already carries ``X-Sdk-Date``.
    """
    header_list = list(headers)
    carried_date = _first(header_list, DATE_HEADER)
    date = carried_date if carried_date is not None else sdk_date
    signed = _signed_headers(header_list, url, date)
    names = ";".join(sorted(signed))
    canonical_headers = "".join(f"{name}:{signed[name]}\n" for name in sorted(signed))
    payload_hash = _first(header_list, CONTENT_SHA256_HEADER)
    if payload_hash is None:
        payload_hash = hashlib.sha256(body).hexdigest()
    raw_path, raw_query = _raw_path_and_query(url)
    canonical = "\n".join(
        [
            method,
            _canonical_uri(raw_path),
            _canonical_query(raw_query),
            canonical_headers,
            names,
            payload_hash,
        ]
    )
    string_to_sign = "\n".join(
        [ALGORITHM, date, hashlib.sha256(canonical.encode("utf-8")).hexdigest()]
    )
    signature = hmac.new(
        secret_key.encode("utf-8"), string_to_sign.encode("utf-8"), hashlib.sha256
    ).hexdigest()
    authorization = (
        f"{ALGORITHM} Access={access_key}, SignedHeaders={names}, Signature={signature}"
    )
    added: Tuple[Tuple[str, str], ...] = ((AUTHORIZATION_HEADER, authorization),)
    if carried_date is None:
        added = ((DATE_HEADER, date),) + added
    return Signature(date, canonical, string_to_sign, names, authorization, added)


def _first(headers: Iterable[Tuple[str, str]], name: str) -> str | None:
    wanted = name.lower()
    for key, value in headers:
        if key.lower() == wanted:
            return value
    return None


def _signed_headers(headers: Iterable[Tuple[str, str]], url: str, date: str) -> dict[str, str]:
    signed: dict[str, str] = {}
    for name, value in headers:
        lower = name.lower()
        if lower != "content-type" and "_" not in name and lower not in signed:
            signed[lower] = value
    signed["host"] = _host(url)
    signed[DATE_HEADER.lower()] = date
    return signed


def _authority(url: str) -> Tuple[str, str]:
    scheme, _, rest = url.partition("://")
    end = len(rest)
    for stop in "/?#":
        index = rest.find(stop)
        if index >= 0:
            end = min(end, index)
    return scheme, rest[:end]


def _host(url: str) -> str:
    """The Host header java.net.http sends: the port only when it is not the scheme's default."""
    scheme, authority = _authority(url)
    authority = authority.rpartition("@")[2]
    if authority.startswith("["):
        host, _, port_part = authority.partition("]")
        host += "]"
        port_text = port_part[1:] if port_part.startswith(":") else ""
    elif ":" in authority:
        host, _, port_text = authority.rpartition(":")
    else:
        host, port_text = authority, ""
    if port_text == "":
        return host
    port = int(port_text)
    default = 443 if scheme.lower() == "https" else 80
    return host if port == default else f"{host}:{port}"


def _raw_path_and_query(url: str) -> Tuple[str, str]:
    scheme, authority = _authority(url)
    rest = url[len(scheme) + 3 + len(authority) :]
    rest = rest.partition("#")[0]
    path, _, query = rest.partition("?")
    return path, query


def _java_split(text: str, separator: str) -> list[str]:
    """``String.split`` of Java: trailing empty strings dropped, the text itself if no match."""
    if separator not in text:
        return [text]
    parts = text.split(separator)
    while parts and parts[-1] == "":
        parts.pop()
    return parts


def _canonical_uri(raw_path: str) -> str:
    if raw_path == "/":
        return "/"
    return "".join(_encode(_decode(segment)) + "/" for segment in _java_split(raw_path, "/"))


def _canonical_query(raw_query: str) -> str:
    if raw_query == "":
        return ""
    parameters: dict[str, list[str]] = {}
    for pair in _java_split(raw_query, "&"):
        if pair == "":
            continue
        name, equals, value = pair.partition("=")
        parameters.setdefault(_encode(_decode(name)), []).append(
            _encode(_decode(value if equals else ""))
        )
    return "&".join(f"{name}={value}" for name in sorted(parameters) for value in parameters[name])


def _encode(text: str) -> str:
    """Percent-encodes all but the RFC 3986 unreserved characters, with upper-case hex digits."""
    return "".join(
        chr(byte) if byte in _UNRESERVED else f"%{byte:02X}" for byte in text.encode("utf-8")
    )


def _decode(text: str) -> str:
    """Undoes percent-encoding (``+`` stays a plus sign); a malformed escape stays as it is."""
    if "%" not in text:
        return text
    out = bytearray()
    i = 0
    while i < len(text):
        c = text[i]
        if (
            c == "%"
            and i + 2 < len(text)
            and text[i + 1] in _HEX_DIGITS
            and text[i + 2] in _HEX_DIGITS
        ):
            out.append(int(text[i + 1 : i + 3], 16))
            i += 3
        else:
            out.extend(c.encode("utf-8", errors="surrogatepass"))
            i += 1
    return out.decode("utf-8", errors="replace")

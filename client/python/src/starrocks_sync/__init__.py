"""Python SDK of the StarRocks data synchronization API (TaurusDB HTAP).

The models and API classes are generated from the OpenAPI document at build time
(``starrocks_sync.openapi``); this package adds credentials, timeouts and typed errors.
"""

from starrocks_sync.client import PerCallTimeout, StarRocksSyncClient, Timeout
from starrocks_sync.credentials import AkSkCredentials, Credentials, TokenCredentials
from starrocks_sync.errors import (
    ConnectionFailedError,
    EmptyResponseError,
    MalformedResponseError,
    RequestTimeoutError,
    ServiceError,
    StarRocksSyncError,
    UnexpectedResponseError,
)
from starrocks_sync.openapi import *  # noqa: F403  (the generated API classes and models)
from starrocks_sync.openapi import __all__ as _generated
from starrocks_sync.openapi import __version__

__all__ = [
    "StarRocksSyncClient",
    "Timeout",
    "PerCallTimeout",
    "Credentials",
    "TokenCredentials",
    "AkSkCredentials",
    "StarRocksSyncError",
    "ServiceError",
    "UnexpectedResponseError",
    "EmptyResponseError",
    "MalformedResponseError",
    "RequestTimeoutError",
    "ConnectionFailedError",
    "__version__",
    *_generated,
]

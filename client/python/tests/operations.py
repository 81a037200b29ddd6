"""Calls an operation of the generated API by its operationId, with the vectors' arguments."""

from __future__ import annotations

import inspect
import re
from typing import Any, Dict, Mapping, Optional, Tuple, get_args, get_type_hints

from pydantic import BaseModel

import starrocks_sync
from starrocks_sync import StarRocksSyncClient


def python_name(name: str) -> str:
    """The generator's naming rule: snake_case (``modifyDataSynchronizationConfig``,
    ``X-Language`` -> ``modify_data_synchronization_config``, ``x_language``)."""
    snake = re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name)
    return re.sub(r"[^A-Za-z0-9]+", "_", snake).lower()


def operation_method(client: StarRocksSyncClient, operation_id: str) -> Any:
    wanted = python_name(operation_id)
    for name in starrocks_sync.openapi.__all__:
        api_class = getattr(starrocks_sync.openapi, name)
        if name.endswith("Api") and hasattr(api_class, wanted):
            return getattr(api_class(client), wanted)
    raise AssertionError(f"no generated API class has {wanted} (operationId {operation_id})")


def call(
    client: StarRocksSyncClient,
    operation: Mapping[str, Any],
    prefer: str,
    timeout: Optional[float] = None,
) -> Any:
    """Calls the operation with the vector's parameters and body, sending ``Prefer``."""
    method = operation_method(client, operation["operation_id"])
    hints = get_type_hints(method, include_extras=True)
    parameters: Dict[str, Any] = {}
    for location in ("path_parameters", "query_parameters", "header_parameters"):
        for name, value in (operation.get(location) or {}).items():
            parameters[python_name(name)] = value
    for name, parameter in inspect.signature(method).parameters.items():
        if name in parameters or name.startswith("_") or parameter.default is not inspect._empty:
            continue
        model = _model_class(hints[name])
        parameters[name] = model.from_dict(operation["request_body"])
    extra: Dict[str, Any] = {"_headers": {"Prefer": prefer}}
    if timeout is not None:
        extra["_request_timeout"] = timeout
    return method(**parameters, **extra)


def _model_class(hint: Any) -> Any:
    for candidate in (hint, *get_args(hint)):
        if isinstance(candidate, type) and issubclass(candidate, BaseModel):
            return candidate
    raise AssertionError(f"cannot tell the body model from {hint}")


def at_pointer(value: Any, pointer: str) -> Tuple[bool, Any]:
    """Follows a JSON pointer through models (fields, then additional_properties), lists and
    dicts; ``(found, value)``."""
    current = value
    for raw in pointer.split("/")[1:]:
        token = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(current, BaseModel):
            fields = type(current).model_fields
            field = next(
                (name for name, info in fields.items() if (info.alias or name) == token), None
            )
            if field is not None:
                current = getattr(current, field)
                continue
            extra = getattr(current, "additional_properties", {}) or {}
            if token not in extra:
                return False, None
            current = extra[token]
        elif isinstance(current, list):
            index = int(token)
            if index >= len(current):
                return False, None
            current = current[index]
        elif isinstance(current, dict):
            if token not in current:
                return False, None
            current = current[token]
        else:
            return False, None
    return True, current

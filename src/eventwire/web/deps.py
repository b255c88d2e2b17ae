"""Dependencies shared by the routes: the server's state and the write-key check.

Write semantics (also in the OpenAPI description of every write route):

* ``403`` when the server has no key (``EVENTWIRE_API_KEY`` unset): writes are switched off,
  and no key can change that;
* ``401`` when the server has a key and the request sends none in ``x-api-key``, or a wrong one.
"""

from __future__ import annotations

import secrets
from typing import Annotated

from fastapi import Depends, Request, Security
from fastapi.security import APIKeyHeader

from .errors import ApiError
from .settings import API_KEY_ENV
from .state import WebState

API_KEY_HEADER = "x-api-key"
api_key_header = APIKeyHeader(name=API_KEY_HEADER, auto_error=False,
                              description=f"The key set in the server's {API_KEY_ENV} environment variable.")

WRITE_RESPONSES: dict[int | str, dict] = {
    401: {"description": f"No key, or a wrong key, in the `{API_KEY_HEADER}` header."},
    403: {"description": f"Writes are disabled: the server was started without `{API_KEY_ENV}`."},
}


def get_state(request: Request) -> WebState:
    return request.app.state.eventwire


State = Annotated[WebState, Depends(get_state)]


def require_write_key(state: State, key: Annotated[str | None, Security(api_key_header)]) -> None:
    if state.api_key is None:
        raise ApiError(403, "writes are disabled on this server",
                       f"start the server with the environment variable {API_KEY_ENV} set to a secret, "
                       f"and send that secret in the {API_KEY_HEADER} header")
    if not key:
        raise ApiError(401, "missing API key", f"send the key in the {API_KEY_HEADER} header",
                       headers={"WWW-Authenticate": f'ApiKey header="{API_KEY_HEADER}"'})
    # constant-time comparison: response timing must not reveal how much of a guess was right
    if not secrets.compare_digest(key.encode(), state.api_key.encode()):
        raise ApiError(401, "wrong API key", f"the {API_KEY_HEADER} header does not match the server's key",
                       headers={"WWW-Authenticate": f'ApiKey header="{API_KEY_HEADER}"'})


WriteKey = Depends(require_write_key)

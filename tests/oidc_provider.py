"""A real OpenID Connect provider for tests: oidc-provider-mock served on 127.0.0.1, recording what it is asked.

The provider issues signed id_tokens (with the client's nonce) for the users it is given; its sign-in page
lists them as buttons, so a browser test signs in by clicking one, as a person would at their provider.
"""

from __future__ import annotations

import threading
import warnings
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import jinja2
import werkzeug.serving
from authlib.deprecate import AuthlibDeprecationWarning

with warnings.catch_warnings():  # the mock still imports authlib.jose, which warns on import
    warnings.simplefilter("ignore", AuthlibDeprecationWarning)
    import oidc_provider_mock
    from oidc_provider_mock import User

# The mock's pages load a stylesheet from a CDN; this base page has none, so no request leaves the machine.
_BASE_PAGE = "<!doctype html><html lang='en'><main>{% block content %}{{ content }}{% endblock %}</main></html>"


@dataclass
class LocalProvider:
    """A running provider: its issuer URL and the requests it received ("GET /jwks", ...)."""

    url: str
    requests: list[str] = field(default_factory=list)

    @property
    def metadata_url(self) -> str:
        return f"{self.url}/.well-known/openid-configuration"


def identity(sub: str, email: str, verified: bool = True, **claims: object) -> User:
    """A user the provider can sign in, with the claims it puts in the id_token."""
    return User(sub=sub, claims={"email": email, "email_verified": verified, **claims})


def _recording(app: Any, log: list[str]) -> Any:
    def wsgi(environ: dict[str, Any], start_response: Any) -> Iterable[bytes]:
        log.append(f"{environ['REQUEST_METHOD']} {environ['PATH_INFO']}")
        return app(environ, start_response)

    return wsgi


@contextmanager
def local_oidc_provider(users: Sequence[User]) -> Iterator[LocalProvider]:
    """Serve the provider on a free loopback port in a thread; stop it afterwards."""
    flask_app = oidc_provider_mock.app(require_nonce=True, user_claims=users)
    flask_app.jinja_env.loader = jinja2.ChoiceLoader(
        [jinja2.DictLoader({"_base.html": _BASE_PAGE}), flask_app.jinja_env.loader]  # type: ignore[list-item]
    )
    log: list[str] = []
    server = werkzeug.serving.make_server("127.0.0.1", 0, _recording(flask_app, log), threaded=True)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
    thread.start()
    try:
        yield LocalProvider(f"http://127.0.0.1:{server.server_port}", log)
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)

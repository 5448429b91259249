"""The FastAPI application: the API under /api, the dashboard at /, docs at /docs.

Everything the browser loads comes from this package (no CDN), the database is opened
read-only for each request, and a Content-Security-Policy keeps pages from loading or
running anything else even if some untrusted text slipped into markup.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from fastapi import FastAPI, Request, Response
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse
from fastapi.staticfiles import StaticFiles

from communique import __version__
from communique.api.routes import router
from communique.store import Store

STATIC = Path(str(files("communique").joinpath("web", "static")))
POLICY = (
    "default-src 'self'; script-src 'self'{inline}; style-src 'self' 'unsafe-inline';"
    " img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none';"
    " frame-ancestors 'none'; form-action 'self'"
)


def create_app(db_path: str | Path) -> FastAPI:
    """The app serving one database; raises StoreError now if it cannot be opened."""
    Store(db_path, read_only=True).close()  # fail at start, not on the first request
    app = FastAPI(
        title="communique",
        version=__version__,
        description="Political events with their evidence: who did what to whom, when, where.",
        docs_url=None,  # the default page loads Swagger UI from a CDN; /docs serves ours
        redoc_url=None,
    )
    app.state.db_path = Path(db_path)
    app.include_router(router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.add_api_route("/", dashboard, include_in_schema=False)
    app.add_api_route("/docs", docs, include_in_schema=False)
    app.middleware("http")(security_headers)
    return app


def dashboard() -> FileResponse:
    return FileResponse(STATIC / "index.html", media_type="text/html")


def docs() -> HTMLResponse:
    return get_swagger_ui_html(
        openapi_url="/openapi.json",
        title="communique API",
        swagger_js_url="/static/vendor/swagger-ui-bundle.js",
        swagger_css_url="/static/vendor/swagger-ui.css",
        swagger_favicon_url="/static/favicon.svg",
    )


async def security_headers(request: Request, call_next) -> Response:  # noqa: ANN001
    response = await call_next(request)
    # Swagger UI starts from one inline script; only its page may run inline code.
    inline = " 'unsafe-inline'" if request.url.path == "/docs" else ""
    response.headers["Content-Security-Policy"] = POLICY.format(inline=inline)
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    return response

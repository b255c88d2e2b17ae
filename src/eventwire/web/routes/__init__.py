"""The API's routes, one module per area; ``app.create_app`` includes them all."""

from . import analysis, coding, export, meta, reading

ROUTERS = [meta.router, coding.router, reading.router, analysis.router, export.router]

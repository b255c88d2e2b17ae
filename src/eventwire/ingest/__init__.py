"""Ingest: read documents, cut boilerplate, and prepare the parser's view of each article."""

from .normalize import ParseView, parse_view
from .readers import IngestError, make_article, read_inputs

__all__ = ["IngestError", "ParseView", "make_article", "parse_view", "read_inputs"]

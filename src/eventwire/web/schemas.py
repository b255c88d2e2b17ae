"""Request bodies and the shapes of responses, as they appear in the OpenAPI docs (``/docs``).

Event records themselves are plain JSON objects (``shared/spec/event-record.md``): declaring
them again as Pydantic models would be a second copy of the contract to keep in step.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field, model_validator

DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"
DOC_ID_PATTERN = r"^[\w.:@()\[\]+-]{1,200}$"


class CodeRequest(BaseModel):
    text: str | None = Field(None, description="Plain text of the article.")
    html: str | None = Field(None, description="An HTML page; boilerplate is removed before coding.")
    pub_date: str | None = Field(None, pattern=DATE_PATTERN, description="Publication date, YYYY[-MM[-DD]].")
    doc_id: str | None = Field(None, pattern=DOC_ID_PATTERN, description="Id for the document (default: from its text).")

    @model_validator(mode="after")
    def _one_input(self) -> CodeRequest:
        if (self.text is None) == (self.html is None):
            raise ValueError("give exactly one of 'text' or 'html'")
        if not (self.text or self.html or "").strip():
            raise ValueError("the text is empty")
        return self

    @property
    def content(self) -> str:
        return self.text if self.text is not None else self.html or ""


class DocumentRequest(CodeRequest):
    title: str | None = Field(None, max_length=1000)
    url: str | None = Field(None, max_length=2000)
    source: str | None = Field(None, max_length=200, description="The outlet that published it.")


class Span(BaseModel):
    kind: str = Field(description="evidence, trigger, source, target or attributed_to")
    start: int
    end: int
    event_id: str


class CodeResponse(BaseModel):
    doc_id: str
    text: str = Field(description="The cleaned text that evidence spans refer to.")
    events: list[dict[str, Any]]
    highlight: list[Span]
    warnings: list[str] = []


class StoredResponse(CodeResponse):
    stored: bool = True


class EventPage(BaseModel):
    events: list[dict[str, Any]]
    total: int
    limit: int
    offset: int
    filters: dict[str, str] = {}


class EventView(BaseModel):
    event: dict[str, Any]
    document: dict[str, Any] | None
    document_text: str | None
    highlight: list[Span]


class DocumentView(BaseModel):
    document: dict[str, Any]
    text: str
    events: list[dict[str, Any]]
    highlight: list[Span]


class ErrorBody(BaseModel):
    error: str
    detail: Any = None

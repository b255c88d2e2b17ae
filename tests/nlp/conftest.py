"""Fixtures of the spaCy-component tests."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def pipelines(request):
    """The stock model beside a second copy changed by the test module's own ``install``: each
    component that stands in for a stock one is checked against the one it replaces."""
    import spacy

    from eventwire.nlp import MODEL

    return spacy.load(MODEL), request.module.install(spacy.load(MODEL))

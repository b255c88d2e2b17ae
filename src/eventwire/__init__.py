"""eventwire: political event data from news articles.

Articles in; CAMEO and PLOVER event records out, each with date-aware actors, the event's own
date, factuality, attribution, place, evidence and the rule that coded it.

    >>> from eventwire import Eventwire
    >>> ew = Eventwire()
    >>> article, events = ew.code_text("Iran accused Israel of attacking its ships.", pub_date="2021-04-10")
"""

__version__ = "0.1.0"

from eventwire.pipeline import Eventwire  # noqa: E402

__all__ = ["Eventwire", "__version__"]

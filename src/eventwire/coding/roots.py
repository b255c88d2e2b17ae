"""The CAMEO roots (an event code's first two digits) that several coding stages test a code
against; a stage's own sets of roots, named for its rule, stay with that rule."""

THREAT_ROOT = "13"
PROTEST_ROOT = "14"
COERCION_ROOT = "17"
MEETING_ROOT = "04"
YIELD_ROOT = "08"
HARM_ROOTS = frozenset({"18", "19", "20"})  # assault, fighting, mass violence
HOSTILE_ROOTS = frozenset({"17", "18", "19", "20"})  # coercion and force
# judging another's act or thing: praise, defence, criticism, rejection
JUDGING_ROOTS = frozenset({"05", "11", "12"})

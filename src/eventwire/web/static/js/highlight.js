// Text with highlight spans from the API ({kind, start, end, event_id}), as flat <mark> runs.
//
// Spans nest and overlap (a trigger inside its evidence, two events in one sentence), so the
// text is cut at every span boundary and each run gets the classes of the spans covering it:
// "a-<kind>" for the active event's parts, "t-other" for other events' triggers.

export function renderText(text, spans, { from = 0, to = text.length, active = null } = {}) {
  const frag = document.createDocumentFragment();
  const inside = spans.filter((s) => s.end > from && s.start < to);
  const cuts = new Set([from, to]);
  for (const s of inside) { cuts.add(Math.max(s.start, from)); cuts.add(Math.min(s.end, to)); }
  const points = [...cuts].sort((a, b) => a - b);
  for (let i = 0; i < points.length - 1; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const piece = text.slice(a, b);
    const covering = inside.filter((s) => s.start <= a && s.end >= b);
    const classes = new Set();
    const events = new Set();
    for (const s of covering) {
      if (s.event_id === active) classes.add(`a-${s.kind}`);
      else if (s.kind === "trigger") classes.add("t-other");
      if (s.kind === "trigger" || s.event_id === active) events.add(s.event_id);
    }
    if (!classes.size) { frag.append(document.createTextNode(piece)); continue; }
    const mark = document.createElement("mark");
    mark.className = [...classes].join(" ");
    mark.dataset.events = [...events].join(" ");
    mark.textContent = piece;
    frag.append(mark);
  }
  return frag;
}

/** Spans of one event, and its evidence bounds. */
export function eventSpans(spans, eventId) {
  const own = spans.filter((s) => s.event_id === eventId);
  const ev = own.find((s) => s.kind === "evidence");
  return { own, from: ev ? ev.start : null, to: ev ? ev.end : null };
}

export function legend() {
  const item = (cls, label) => {
    const span = document.createElement("span");
    const i = document.createElement("i");
    i.className = cls;
    span.append(i, label);
    return span;
  };
  const el = document.createElement("div");
  el.className = "legend";
  el.append(item("l-source", "source"), item("l-trigger", "trigger"), item("l-target", "target"),
    item("l-attr", "attributed to"), item("l-evidence", "evidence"), item("l-other", "other events (click)"));
  return el;
}

// Browse stored events: GET /events with the CLI's filters, sorted and paged.
import { h, clear, errorBox, field, fmtNumber } from "../dom.js";
import { get, query as qs } from "../api.js";
import { cameoName } from "../labels.js";
import { FILTERS, filterInputs } from "../filters.js";

const ORDERS = ["doc", "date", "goldstein", "confidence"];
const SIZES = [25, 50, 100, 250, 1000];

export async function render(root, { query, navigate }) {
  document.title = "Events · eventwire";
  const { row, values } = filterInputs(FILTERS, query);
  const order = h("select", { id: "f-order" }, ORDERS.map((o) => h("option", { value: o, selected: (query.get("order") || "doc") === o }, o)));
  const limit = Number(query.get("limit") || 50);
  const offset = Number(query.get("offset") || 0);
  const size = h("select", { id: "f-limit" }, SIZES.map((n) => h("option", { value: n, selected: n === limit }, n)));
  const go = (extra = {}) => navigate("/events" + qs({ ...values(), order: order.value, limit: size.value, ...extra }));

  const form = h("form", { class: "panel", id: "events-form", onsubmit: (e) => { e.preventDefault(); go(); } },
    h("h1", {}, "Stored events"),
    row,
    h("div", { class: "form-row" }, field("Sort by", order, "field narrow"), field("Per page", size, "field narrow"),
      h("div", { class: "button-row" }, h("button", { class: "btn primary", type: "submit", id: "apply-filters" }, "Filter"),
        h("a", { class: "btn", href: "/events", "data-link": true }, "Reset"))));
  const results = h("section", { class: "panel", id: "events-results" }, h("p", { class: "empty" }, "Loading…"));
  root.append(form, results);

  const filters = Object.fromEntries(FILTERS.map((k) => [k, query.get(k)]).filter(([, v]) => v));
  let page;
  try {
    page = await get("/events", { ...filters, order: order.value, limit, offset });
  } catch (err) {
    clear(results).append(errorBox(err));
    return;
  }

  const exportLinks = ["csv", "plover", "gdelt", "parquet"].map((f) =>
    h("a", { class: "btn small", href: "/export" + qs({ ...filters, format: f }), download: "" }, f.toUpperCase()));
  const dyadLinks = [];
  if (filters.source && filters.target) {
    dyadLinks.push(h("a", { class: "btn small", id: "dyad-timeline", "data-link": true,
      href: `/dyads/${encodeURIComponent(filters.source)}/${encodeURIComponent(filters.target)}/series` + qs({ since: filters.since, until: filters.until, cameo: filters.cameo }) }, "Timeline of this dyad"));
  }
  dyadLinks.push(h("a", { class: "btn small", "data-link": true, href: "/network" + qs({ since: filters.since, until: filters.until, cameo: filters.cameo }) }, "Network"));

  const pager = h("span", { class: "pager" },
    h("button", { class: "btn small", disabled: offset === 0, onclick: () => go({ offset: Math.max(0, offset - limit) }) }, "‹ Prev"),
    h("span", { class: "hint" }, page.total ? `${offset + 1}–${offset + page.events.length} of ${page.total}` : "0"),
    h("button", { class: "btn small", disabled: offset + page.events.length >= page.total, onclick: () => go({ offset: offset + limit }) }, "Next ›"));

  const table = h("table", { class: "data", id: "events-table" },
    h("thead", {}, h("tr", {}, ["Date", "Source", "Target", "Event", "PLOVER", "Factuality", "Goldstein", "Document", "Evidence"].map((c) => h("th", {}, c)))),
    h("tbody", {}, page.events.map((e) => h("tr", { dataset: { eventId: e.event_id, cameo: e.cameo }, onclick: () => navigate(`/events/${encodeURIComponent(e.event_id)}`) },
      h("td", { class: "mono" }, e.date?.value || "–"),
      h("td", {}, h("code", {}, e.source?.cameo || "–")),
      h("td", {}, h("code", {}, e.target?.cameo || "–")),
      h("td", {}, h("span", { class: `code-badge q${e.quad_class}` }, e.cameo), " ", cameoName(e.cameo)),
      h("td", {}, e.plover?.event_type || "–"),
      h("td", {}, h("span", { class: `fact fact-${e.factuality}` }, e.factuality)),
      h("td", { class: "num" }, fmtNumber(e.goldstein)),
      h("td", {}, h("a", { href: `/documents/${encodeURIComponent(e.doc_id)}`, "data-link": true, onclick: (ev) => ev.stopPropagation() }, e.doc_id)),
      h("td", { class: "snippet" }, e.evidence.length > 160 ? e.evidence.slice(0, 160) + "…" : e.evidence)))));

  clear(results).append(
    h("div", { class: "toolbar" }, h("span", { class: "count", id: "events-total" }, `${page.total} event${page.total === 1 ? "" : "s"}`),
      dyadLinks, h("span", { class: "spacer" }), h("span", { class: "hint" }, "Export:"), exportLinks, pager),
    page.events.length ? table : h("p", { class: "empty" }, "No stored event matches these filters."));
}

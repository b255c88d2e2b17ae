// A dyad over time (GET /dyads/{a}/{b}/series): events per period stacked by quad class, and
// the mean Goldstein weight as a line on its own axis.
import { h, clear, errorBox, field, fmtNumber } from "../dom.js";
import { get, query as qs } from "../api.js";
import { QUAD_NAMES, QUAD_COLORS } from "../labels.js";
import { filterInputs } from "../filters.js";
import { vegaEmbed } from "../vendor.js";

const INTERVALS = ["month", "week", "day"];

/** Per-period totals: the Goldstein mean over all quad classes, weighted by events. */
export function periodTotals(rows) {
  const by = new Map();
  for (const r of rows) {
    const t = by.get(r.period) || { period: r.period, events: 0, goldstein_sum: 0 };
    t.events += r.events;
    t.goldstein_sum += r.goldstein_sum ?? r.goldstein_mean * r.events;
    by.set(r.period, t);
  }
  return [...by.values()].map((t) => ({ ...t, goldstein_mean: t.events ? t.goldstein_sum / t.events : null }))
    .sort((a, b) => a.period.localeCompare(b.period));
}

function spec(rows, totals, interval) {
  // whole events on the count axis: small counts would otherwise get ticks at 0.5
  const most = Math.max(...totals.map((t) => t.events));
  const countAxis = most <= 10 ? { values: [...Array(most + 1).keys()], format: "d" } : { format: "d" };
  const timeUnit = interval === "month" ? "yearmonth" : "yearmonthdate";
  const x = { field: "period", type: "temporal", timeUnit, title: null, axis: { format: interval === "month" ? "%b %Y" : "%d %b %Y", labelAngle: 0 } };
  const quads = [1, 2, 3, 4];
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v5.json",
    width: "container", height: 300, autosize: { type: "fit-x", contains: "padding" },
    layer: [
      {
        data: { values: rows.map((r) => ({ ...r, quad: `${r.quad_class} ${QUAD_NAMES[r.quad_class]}` })) },
        mark: { type: "bar", tooltip: true, cornerRadiusEnd: 1 },
        encoding: {
          x, y: { field: "events", type: "quantitative", aggregate: "sum", title: "events", stack: "zero", axis: countAxis },
          color: { field: "quad", type: "nominal", title: "quad class",
            scale: { domain: quads.map((q) => `${q} ${QUAD_NAMES[q]}`), range: quads.map((q) => QUAD_COLORS[q]) },
            legend: { orient: "top" } },
          order: { field: "quad_class" },
        },
      },
      {
        data: { values: totals },
        mark: { type: "line", point: { filled: true, size: 45 }, color: "#14213d", strokeWidth: 2, tooltip: true },
        encoding: {
          x: { ...x, bandPosition: 0.5 }, // the point in the middle of its period's bar
          y: { field: "goldstein_mean", type: "quantitative", title: "mean Goldstein", scale: { domain: [-10, 10] } },
        },
      },
    ],
    resolve: { scale: { y: "independent" } },
    config: { font: "system-ui, sans-serif", axis: { labelColor: "#5b6678", titleColor: "#5b6678", gridColor: "#edf0f4" }, view: { stroke: null } },
  };
}

export async function render(root, { params, query, navigate }) {
  const [a, b] = params.length ? params : [query.get("source") || "", query.get("target") || ""];
  document.title = a ? `${a} → ${b} timeline · eventwire` : "Timeline · eventwire";
  const src = h("input", { type: "text", id: "t-source", value: a === "*" ? "" : a, placeholder: "IRN", autocomplete: "off" });
  const tgt = h("input", { type: "text", id: "t-target", value: b === "*" ? "" : b, placeholder: "USA", autocomplete: "off" });
  const interval = h("select", { id: "t-interval" }, INTERVALS.map((i) => h("option", { value: i, selected: (query.get("interval") || "month") === i }, i)));
  const { row, values } = filterInputs(["since", "until", "cameo", "factuality"], query);
  const go = (s, t) => navigate(`/dyads/${encodeURIComponent(s || "*")}/${encodeURIComponent(t || "*")}/series` + qs({ interval: interval.value, ...values() }));
  const picks = h("div", { class: "chips", id: "top-dyads" });

  root.append(h("form", { class: "panel", onsubmit: (e) => { e.preventDefault(); go(src.value.trim(), tgt.value.trim()); } },
    h("h1", {}, "Timeline of a dyad"),
    h("p", { class: "subtitle" }, "Events from a source to a target actor per period, by quad class, with the mean Goldstein weight. Codes are prefixes: IRN covers IRNGOV."),
    h("div", { class: "form-row" }, field("Source", src), h("button", { class: "btn small", type: "button", title: "swap", onclick: () => go(tgt.value.trim(), src.value.trim()) }, "⇄"), field("Target", tgt), field("Interval", interval, "field narrow")),
    row,
    h("div", { class: "button-row" }, h("button", { class: "btn primary", type: "submit", id: "show-timeline" }, "Show timeline"), h("span", { class: "hint" }, "Top dyads:"), picks)));

  get("/summary").then((s) => picks.append(...(s.top_dyads || []).slice(0, 8).map((d) =>
    h("a", { class: "chip", "data-link": true, href: `/dyads/${encodeURIComponent(d.source)}/${encodeURIComponent(d.target)}/series` }, `${d.source} → ${d.target} (${d.events})`)))).catch(() => {});

  if (!params.length) return;
  const panel = h("section", { class: "panel", id: "timeline-panel" }, h("p", { class: "empty" }, "Loading…"));
  root.append(h("div", { style: "height:1rem" }), panel);
  const filters = values();
  let data;
  try {
    data = await get(`/dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}/series`, { interval: interval.value, ...filters });
  } catch (err) {
    clear(panel).append(errorBox(err));
    return;
  }
  const rows = data.series;
  const totals = periodTotals(rows);
  const eventsLink = h("a", { class: "btn small", "data-link": true, href: "/events" + qs({ source: data.source, target: data.target, ...filters, order: "date" }) }, "See these events");
  const head = h("div", { class: "toolbar" }, h("h2", { style: "margin:0" }, `${data.source || "any"} → ${data.target || "any"}`),
    h("span", { class: "hint" }, `${totals.reduce((n, t) => n + t.events, 0)} dated events in ${totals.length} ${data.interval}s`), h("span", { class: "spacer" }), eventsLink);
  if (!rows.length) {
    clear(panel).append(head, h("p", { class: "empty" }, "No dated events for this dyad."));
    return;
  }
  const chart = h("div", { class: "chart", id: "timeline-chart" });
  const table = h("table", { class: "data" }, h("thead", {}, h("tr", {}, ["Period", "Events", "Mean Goldstein", ...[1, 2, 3, 4].map((q) => `Q${q}`)].map((c) => h("th", {}, c)))),
    h("tbody", {}, totals.map((t) => h("tr", {}, h("td", { class: "mono" }, t.period), h("td", { class: "num" }, t.events), h("td", { class: "num" }, fmtNumber(t.goldstein_mean)),
      [1, 2, 3, 4].map((q) => h("td", { class: "num" }, rows.filter((r) => r.period === t.period && r.quad_class === q).reduce((n, r) => n + r.events, 0)))))));
  clear(panel).append(head, chart, h("details", {}, h("summary", { class: "hint" }, "Table"), table));
  const embed = await vegaEmbed();
  await embed(chart, spec(rows, totals, data.interval), { renderer: "svg", actions: { export: true, source: false, compiled: false, editor: false } });
  chart.dataset.periods = String(totals.length);
}

// The actor network (GET /network): actors as nodes sized by their events, dyads as directed
// edges as wide as their event count and coloured by mean Goldstein weight (red conflict,
// green cooperation). Clicking an edge opens the dyad's timeline; a node, its events.
import { h, clear, errorBox, field, fmtNumber } from "../dom.js";
import { get, query as qs } from "../api.js";
import { filterInputs } from "../filters.js";
import { cytoscape } from "../vendor.js";

function goldsteinColor(g) {
  // -10..+10 onto red .. grey .. green
  const t = Math.max(-1, Math.min(1, (g ?? 0) / 10));
  const grey = [150, 158, 172];
  const end = t < 0 ? [192, 57, 43] : [31, 111, 74];
  const k = Math.min(1, Math.abs(t) * 1.6); // weights cluster near zero: saturate early
  const mix = grey.map((c, i) => Math.round(c + (end[i] - c) * k));
  return `rgb(${mix.join(",")})`;
}

export async function render(root, { query, navigate }) {
  document.title = "Network · eventwire";
  const minEvents = h("input", { type: "number", id: "n-min", min: "1", value: query.get("min_events") || "1" });
  const { row, values } = filterInputs(["source", "target", "since", "until", "cameo", "factuality"], query);
  const go = () => navigate("/network" + qs({ ...values(), min_events: minEvents.value }));
  root.append(h("form", { class: "panel", onsubmit: (e) => { e.preventDefault(); go(); } },
    h("h1", {}, "Actor network"),
    h("p", { class: "subtitle" }, "Who acts on whom. Edge width: events; colour: mean Goldstein weight (red conflict, green cooperation). Click an edge for its timeline, an actor for its events."),
    row,
    h("div", { class: "form-row" }, field("Min. events per dyad", minEvents, "field narrow"),
      h("div", { class: "button-row" }, h("button", { class: "btn primary", type: "submit", id: "show-network" }, "Draw network")))));
  const panel = h("section", { class: "panel", id: "network-panel" }, h("p", { class: "empty" }, "Loading…"));
  root.append(h("div", { style: "height:1rem" }), panel);

  const filters = values();
  let data;
  try {
    data = await get("/network", { ...filters, min_events: minEvents.value });
  } catch (err) {
    clear(panel).append(errorBox(err));
    return;
  }
  if (!data.edges.length) {
    clear(panel).append(h("p", { class: "empty" }, "No dyads match these filters."));
    return;
  }
  const graph = h("div", { class: "graph", id: "network-graph" });
  const maxEvents = Math.max(...data.edges.map((e) => e.events));
  const maxNode = Math.max(...data.nodes.map((n) => n.events));
  const top = h("table", { class: "data" }, h("thead", {}, h("tr", {}, ["Source", "Target", "Events", "Mean Goldstein", "Q1", "Q2", "Q3", "Q4"].map((c) => h("th", {}, c)))),
    h("tbody", {}, data.edges.slice(0, 15).map((e) => h("tr", { onclick: () => navigate(`/dyads/${encodeURIComponent(e.source)}/${encodeURIComponent(e.target)}/series`) },
      h("td", {}, h("code", {}, e.source)), h("td", {}, h("code", {}, e.target)), h("td", { class: "num" }, e.events), h("td", { class: "num" }, fmtNumber(e.goldstein_mean)),
      ["q1", "q2", "q3", "q4"].map((q) => h("td", { class: "num" }, e[q] ?? 0))))));
  clear(panel).append(h("div", { class: "toolbar" }, h("h2", { style: "margin:0" }, `${data.nodes.length} actors, ${data.edges.length} dyads`)), graph,
    h("h3", { style: "margin-top:1rem" }, "Strongest dyads"), top);

  const cy = (await cytoscape())({
    container: graph,
    elements: [
      ...data.nodes.map((n) => ({ data: { id: n.id, label: n.id, size: 18 + 42 * Math.sqrt(n.events / maxNode), events: n.events } })),
      ...data.edges.map((e, i) => ({ data: { id: `e${i}`, source: e.source, target: e.target, events: e.events,
        width: 1.5 + 8 * Math.sqrt(e.events / maxEvents), color: goldsteinColor(e.goldstein_mean), label: `${e.events}` } })),
    ],
    style: [
      { selector: "node", style: { width: "data(size)", height: "data(size)", "background-color": "#14213d", label: "data(label)",
        color: "#1c2533", "font-size": 11, "font-family": "ui-monospace, monospace", "font-weight": 700, "text-valign": "bottom", "text-margin-y": 4,
        "border-width": 2, "border-color": "#fca311", "text-outline-color": "#fbfcfe", "text-outline-width": 2 } },
      { selector: "edge", style: { width: "data(width)", "line-color": "data(color)", "target-arrow-color": "data(color)", "target-arrow-shape": "triangle",
        "curve-style": "bezier", "arrow-scale": 0.9, opacity: 0.85, label: "data(label)", "font-size": 9, color: "#5b6678", "text-background-color": "#fbfcfe",
        "text-background-opacity": 1, "text-background-padding": 1 } },
      { selector: "edge:selected, node:selected", style: { "overlay-opacity": 0.12, "overlay-color": "#1d5bd8" } },
    ],
    layout: { name: "cose", animate: false, nodeRepulsion: () => 20000, idealEdgeLength: () => 150, padding: 30, randomize: false },
    minZoom: 0.2,
    maxZoom: 4,
  });
  // a small network fitted to the box would be drawn huge: keep it at natural size instead
  if (cy.zoom() > 1.6) { cy.zoom(1.6); cy.center(); }
  cy.on("tap", "edge", (e) => navigate(`/dyads/${encodeURIComponent(e.target.data("source"))}/${encodeURIComponent(e.target.data("target"))}/series` + qs({ since: filters.since, until: filters.until })));
  cy.on("tap", "node", (e) => navigate("/events" + qs({ source: e.target.id(), ...filters })));
  graph.dataset.nodes = String(cy.nodes().length);
  graph.dataset.edges = String(cy.edges().length);
}

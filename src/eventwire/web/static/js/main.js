// The page's router: the URL path picks a view (the same paths as the JSON API), each view
// fetches its JSON and renders it. Links marked data-link navigate without reloading.
import { clear, errorBox, h } from "./dom.js";
import { get } from "./api.js";
import { loadCameo } from "./labels.js";

const ROUTES = [
  [/^\/$/, "code", () => import("./views/code.js")],
  [/^\/events\/?$/, "events", () => import("./views/events.js")],
  [/^\/events\/([^/]+)$/, "events", () => import("./views/event.js")],
  [/^\/documents\/?$/, "documents", () => import("./views/documents.js")],
  [/^\/documents\/(.+)$/, "documents", () => import("./views/document.js")],
  [/^\/timeline\/?$/, "timeline", () => import("./views/timeline.js")],
  [/^\/dyads\/([^/]+)\/([^/]+)\/series$/, "timeline", () => import("./views/timeline.js")],
  [/^\/network\/?$/, "network", () => import("./views/network.js")],
];

const view = document.getElementById("view");
let renderSeq = 0;

export function navigate(url, { replace = false } = {}) {
  if (replace) history.replaceState(null, "", url);
  else history.pushState(null, "", url);
  render();
}

async function render() {
  const seq = ++renderSeq;
  const path = location.pathname;
  const route = ROUTES.find(([re]) => re.test(path));
  for (const a of document.querySelectorAll(".tabs a[data-tab]")) {
    a.classList.toggle("active", route && a.dataset.tab === route[1]);
  }
  if (!route) {
    clear(view).append(errorBox({ message: "No such page", detail: path }));
    return;
  }
  const params = path.match(route[0]).slice(1).map(decodeURIComponent);
  const query = new URLSearchParams(location.search);
  try {
    const [mod] = await Promise.all([route[2](), loadCameo()]);
    if (seq !== renderSeq) return; // a later navigation won
    const root = h("div", { class: "view-body" });
    clear(view).append(root);
    await mod.render(root, { params, query, navigate });
  } catch (err) {
    if (seq === renderSeq) clear(view).append(errorBox(err));
  }
}

document.addEventListener("click", (e) => {
  const a = e.target.closest("a[data-link]");
  if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  const url = new URL(a.href, location.href);
  if (url.origin !== location.origin) return;
  e.preventDefault();
  navigate(url.pathname + url.search);
});
window.addEventListener("popstate", render);

async function showStatus() {
  const el = document.getElementById("db-status");
  try {
    const health = await get("/health");
    el.textContent = `${health.db.split("/").pop()} · ${health.events} events`;
    el.title = `${health.db}\neventwire ${health.version}; writes ${health.writes_enabled ? "enabled" : "disabled"}`;
  } catch (err) {
    el.textContent = "database unavailable";
    el.title = err.message;
  }
}

render();
showStatus();

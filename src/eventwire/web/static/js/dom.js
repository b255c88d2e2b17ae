// Building DOM nodes without innerHTML: article text and record fields are untrusted input.

/** h("div", {class: "x", onclick: fn}, child, "text", [more]) -> HTMLElement */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith("on") && typeof value === "function") el.addEventListener(key.slice(2), value);
    else if (key === "dataset") Object.assign(el.dataset, value);
    else if (key === "value") el.value = value;
    else el.setAttribute(key, value === true ? "" : String(value));
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

/** An error box from an API error ({error, detail}) or a thrown Error. */
export function errorBox(err) {
  const detail = err.detail === undefined || err.detail === null ? null
    : typeof err.detail === "string" ? err.detail : JSON.stringify(err.detail, null, 1);
  return h("div", { class: "alert error", role: "alert" }, h("strong", {}, err.message || String(err)),
    detail ? h("span", { class: "detail" }, detail) : null);
}

export function field(labelText, input, cls = "field") {
  const id = input.id || `f-${Math.random().toString(36).slice(2, 8)}`;
  input.id = id;
  return h("div", { class: cls }, h("label", { for: id }, labelText), input);
}

export function fmtNumber(x, digits = 1) {
  return x === null || x === undefined || Number.isNaN(x) ? "–" : Number(x).toFixed(digits);
}

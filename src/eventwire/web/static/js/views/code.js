// Paste or upload an article, code it (POST /code, or POST /documents to store it) and see
// its events inline.
import { h, clear, errorBox, field } from "../dom.js";
import { post } from "../api.js";
import { docPane } from "../docpane.js";

// kept while the page is open, so switching tabs does not lose the text or the result
const draft = { text: "", mode: "text", pubDate: "", docId: "", result: null, stored: false };

function readFile(file) {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result);
    reader.onerror = () => reject(reader.error);
    reader.readAsText(file);
  });
}

export async function render(root) {
  document.title = "Code an article · eventwire";
  const textarea = h("textarea", { id: "article-text", placeholder: "Paste the text of a news article here, or upload a .txt or .html file.", spellcheck: "false" });
  textarea.value = draft.text;
  const pubDate = h("input", { type: "text", id: "pub-date", placeholder: "YYYY-MM-DD", value: draft.pubDate, pattern: "\\d{4}(-\\d{2}(-\\d{2})?)?", autocomplete: "off" });
  const docId = h("input", { type: "text", id: "doc-id", placeholder: "optional", value: draft.docId, autocomplete: "off" });
  const apiKey = h("input", { type: "password", id: "api-key", placeholder: "x-api-key", autocomplete: "off", value: sessionStorage.getItem("eventwire-key") || "" });
  const modeText = h("input", { type: "radio", name: "mode", value: "text", checked: draft.mode === "text" });
  const modeHtml = h("input", { type: "radio", name: "mode", value: "html", checked: draft.mode === "html" });
  const fileInput = h("input", { type: "file", id: "article-file", accept: ".txt,.html,.htm,text/plain,text/html" });
  const codeBtn = h("button", { class: "btn primary", id: "code-button", type: "submit" }, "Code article");
  const storeBtn = h("button", { class: "btn", id: "store-button", type: "button" }, "Code and store");
  const out = h("div", { id: "code-result" });
  const fileName = h("span", { class: "hint" });

  fileInput.addEventListener("change", async () => {
    const file = fileInput.files[0];
    if (!file) return;
    textarea.value = await readFile(file);
    const isHtml = /\.html?$/i.test(file.name) || /^\s*</.test(textarea.value);
    (isHtml ? modeHtml : modeText).checked = true;
    if (!docId.value) docId.value = file.name.replace(/\.[^.]+$/, "");
    fileName.textContent = file.name;
  });

  async function submit(store) {
    const text = textarea.value;
    Object.assign(draft, { text, mode: modeHtml.checked ? "html" : "text", pubDate: pubDate.value.trim(), docId: docId.value.trim() });
    if (!text.trim()) { clear(out).append(errorBox({ message: "Paste or upload an article first." })); return; }
    const body = { [draft.mode]: text, pub_date: draft.pubDate || null, doc_id: draft.docId || null };
    const busy = store ? storeBtn : codeBtn;
    const label = busy.textContent;
    codeBtn.disabled = storeBtn.disabled = true;
    busy.replaceChildren(h("span", { class: "spinner" }), " Coding…");
    try {
      if (store) sessionStorage.setItem("eventwire-key", apiKey.value);
      draft.result = await post(store ? "/documents" : "/code", body, store ? { "x-api-key": apiKey.value } : {});
      draft.stored = store;
      showResult();
    } catch (err) {
      clear(out).append(errorBox(err));
    } finally {
      codeBtn.disabled = storeBtn.disabled = false;
      busy.textContent = label;
    }
  }

  function showResult() {
    const r = draft.result;
    if (!r) return;
    const notes = [
      draft.stored ? h("div", { class: "alert ok" }, "Stored as ", h("a", { href: `/documents/${encodeURIComponent(r.doc_id)}`, "data-link": true }, r.doc_id), ".") : null,
      ...(r.warnings || []).map((w) => h("div", { class: "alert info" }, w)),
    ];
    clear(out).append(...notes.filter(Boolean), docPane(r, { links: draft.stored }));
  }

  const form = h("form", { class: "panel", id: "code-form", onsubmit: (e) => { e.preventDefault(); submit(false); } },
    h("h1", {}, "Code an article"),
    h("p", { class: "subtitle" }, "Who did what to whom, when, and on whose word: each event with its CAMEO and PLOVER codes, date, factuality and evidence."),
    textarea,
    h("div", { class: "form-row" },
      h("div", { class: "field" }, h("label", {}, "Input"), h("div", { class: "radio-group" },
        h("label", {}, modeText, h("span", {}, "Text")), h("label", {}, modeHtml, h("span", {}, "HTML")))),
      field("Published", pubDate, "field narrow"),
      field("Document id", docId, "field"),
      h("div", { class: "field" }, h("label", {}, "File"), h("span", { class: "btn file-btn" }, "Upload .txt / .html", fileInput), " ", fileName)),
    h("div", { class: "button-row" }, codeBtn,
      h("span", { class: "hint" }, "Coding does not store anything. The date fills in “last Tuesday” and “in September”.")),
    h("details", { class: "store-box" }, h("summary", {}, "Store in the database (needs the server's API key)"),
      h("div", { class: "form-row" }, field("API key", apiKey, "field"), storeBtn)));

  storeBtn.addEventListener("click", () => submit(true));
  root.append(form, h("div", { style: "height:1rem" }), out);
  showResult();
}

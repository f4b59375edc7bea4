// The rasd web page: plain DOM and fetch, nothing loaded from elsewhere.
//
// Offsets in rasd's JSON count code points (so that Python's text[start:end] works); JavaScript
// strings index UTF-16 units. Every span is converted at this boundary, with `utf16Offsets`,
// before it touches a string. Text is always inserted with textContent, never as HTML.
"use strict";

const EVENT_TYPES = {
  MEET: "لقاء", AGREE: "اتفاق", WITHDRAW: "انسحاب", ASSAULT: "هجوم", PROTEST: "احتجاج",
  ARREST: "اعتقال", ELECT: "انتخاب", AID: "مساعدة", PRAISE: "إشادة", ACCUSE: "اتهام",
  THREATEN: "تهديد", DEMAND: "مطالبة", STATEMENT: "بيان",
};
const ENTITY_TYPES = { PER: "شخص", ORG: "منظمة", LOC: "مكان", GPE: "مكان", MISC: "أخرى" };
const COUNT_KINDS = {
  killed: "قتلى", injured: "جرحى", arrested: "معتقلون", abducted: "مخطوفون",
  munitions: "ذخائر", attacks: "هجمات", participants: "مشاركون",
};
const MODES = {
  rockets: "صواريخ", air_strike: "غارة جوية", drone: "مسيّرة", strike: "ضربة", bombing: "تفجير",
  shooting: "إطلاق نار", assassination: "اغتيال", abduction: "خطف", stabbing: "طعن",
  clash: "اشتباك", demonstration: "مظاهرة", sit_in: "اعتصام", strike_action: "إضراب",
  raid: "مداهمة", sign: "توقيع", visit: "زيارة", call: "اتصال",
};
const PAGE_SIZE = 10;

const $ = (id) => document.getElementById(id);

/** Builds an element; children are nodes or strings (inserted as text). */
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (key === "class") node.className = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else if (value !== undefined && value !== null) node.setAttribute(key, value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === "") continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

/** Fetches JSON; a non-2xx answer throws its `error` message. */
async function api(path, options) {
  const response = await fetch(path, options);
  let body = null;
  try { body = await response.json(); } catch (_) { /* not JSON: reported below */ }
  if (!response.ok) throw new Error((body && body.error) || `HTTP ${response.status}`);
  return body;
}

/** offsets[i] is the UTF-16 index of code point i of `text` (and offsets[n] its length). */
function utf16Offsets(text) {
  const offsets = [0];
  let units = 0;
  for (const ch of text) { units += ch.length; offsets.push(units); }
  return offsets;
}

/** A code-point span as a UTF-16 [start, end), clamped to the text. */
function toUtf16(offsets, span) {
  const last = offsets.length - 1;
  const at = (i) => offsets[Math.max(0, Math.min(last, i))];
  return [at(span.start), at(span.end)];
}

/**
 * `text` as nodes, with `marks` ({start, end, class, title}, UTF-16) wrapped in spans. Marks are
 * taken in the order given and one that overlaps a mark already taken is left out, so the most
 * important kinds go first.
 */
function marked(text, marks, tag = "span") {
  const taken = [];
  for (const m of marks) {
    if (m.end <= m.start) continue;
    if (taken.some((t) => m.start < t.end && t.start < m.end)) continue;
    taken.push(m);
  }
  taken.sort((a, b) => a.start - b.start);
  const nodes = [];
  let at = 0;
  for (const m of taken) {
    nodes.push(text.slice(at, m.start));
    nodes.push(el(tag, { class: m.class, title: m.title }, text.slice(m.start, m.end)));
    at = m.end;
  }
  nodes.push(text.slice(at));
  return nodes;
}

// ---------------------------------------------------------------- tabs

for (const tab of document.querySelectorAll("nav [role=tab]")) {
  tab.addEventListener("click", () => {
    for (const other of document.querySelectorAll("nav [role=tab]")) {
      const selected = other === tab;
      other.setAttribute("aria-selected", String(selected));
      $(other.dataset.panel).hidden = !selected;
    }
    $("doc-view").hidden = true;
  });
}

// ---------------------------------------------------------------- store counts and filters

async function loadStats() {
  for (const [type, label] of Object.entries(EVENT_TYPES)) {
    $("f-event").append(el("option", { value: type }, `${label} (${type})`));
  }
  try {
    const stats = await api("/api/stats");
    $("store-counts").textContent =
      `${stats.documents} وثيقة · ${stats.events} حدثًا · ${stats.entities} كيانًا`;
    for (const [source, count] of stats.by_source) {
      $("f-source").append(el("option", { value: source }, `${source} (${count})`));
    }
    for (const [month, count] of stats.by_month) {
      $("f-month").append(el("option", { value: month }, `${month} (${count})`));
    }
  } catch (err) {
    $("store-counts").textContent = `تعذّر قراءة المخزن: ${err.message}`;
  }
}

// ---------------------------------------------------------------- search

let offset = 0;

function searchParams() {
  const params = new URLSearchParams();
  params.set("q", $("q").value.trim());
  const filters = { source: "f-source", month: "f-month", entity: "f-entity", event: "f-event" };
  for (const [name, id] of Object.entries(filters)) {
    const value = $(id).value.trim();
    if (value) params.set(name, value);
  }
  params.set("limit", String(PAGE_SIZE));
  params.set("offset", String(offset));
  return params;
}

async function search() {
  const status = $("search-status");
  if (!$("q").value.trim()) { status.textContent = "اكتب كلمة للبحث."; return; }
  status.textContent = "…";
  status.classList.remove("error");
  try {
    const results = await api(`/api/search?${searchParams()}`);
    status.textContent = `${results.total} نتيجة لـ «${results.query}»`;
    renderHits(results.hits);
    renderFacets(results.facets);
    renderPager(results.total);
  } catch (err) {
    status.textContent = err.message;
    status.classList.add("error");
    $("results").replaceChildren();
    $("facets").replaceChildren();
    $("pager").replaceChildren();
  }
}

/** The snippet with its highlights as <mark>; highlights are document offsets. */
function snippetNodes(snippet) {
  const offsets = utf16Offsets(snippet.text);
  const marks = snippet.highlights.map(([start, end]) => {
    const [s, e] = toUtf16(offsets, { start: start - snippet.start, end: end - snippet.start });
    return { start: s, end: e };
  });
  return marked(snippet.text.replace(/\n/g, " "), marks, "mark");
}

function renderHits(hits) {
  $("results").replaceChildren(...hits.map((hit) => el("div", { class: "hit" },
    el("h3", {}, el("a", { href: `#doc-${hit.doc}` }, hit.title || `وثيقة ${hit.doc}`)),
    el("div", { class: "muted" },
      [hit.source, hit.date, hit.duplicates.length ? `منشور أيضًا في ${hit.duplicates.length} وثيقة أخرى` : ""]
        .filter(Boolean).join(" · ")),
    el("p", {}, snippetNodes(hit.snippet)),
  )));
}

function renderFacets(facets) {
  const groups = [
    ["المصادر", facets.source, "f-source"],
    ["الأشهر", facets.month, "f-month"],
    ["الكيانات", facets.entity, "f-entity"],
    ["الأحداث", facets.event, "f-event"],
  ];
  const nodes = [];
  for (const [title, counts, id] of groups) {
    if (!counts || !counts.length) continue;
    nodes.push(el("h4", {}, title));
    nodes.push(el("ul", {}, counts.slice(0, 12).map((c) => el("li", {},
      el("button", { type: "button", onclick: () => { setFilter(id, c.value); offset = 0; search(); } },
        EVENT_TYPES[c.value] ? `${EVENT_TYPES[c.value]} (${c.value})` : c.value,
        el("span", { class: "count" }, String(c.count)))))));
  }
  $("facets").replaceChildren(...nodes);
}

/** Sets a filter field; a select that lacks the value (counted only now) gains it. */
function setFilter(id, value) {
  const field = $(id);
  if (field.tagName === "SELECT" && ![...field.options].some((o) => o.value === value)) {
    field.append(el("option", { value }, value));
  }
  field.value = value;
}

function renderPager(total) {
  const nodes = [];
  if (offset > 0) {
    nodes.push(el("button", { type: "button", class: "link", onclick: () => { offset = Math.max(0, offset - PAGE_SIZE); search(); } }, "→ السابق"));
  }
  if (offset + PAGE_SIZE < total) {
    nodes.push(el("button", { type: "button", class: "link", onclick: () => { offset += PAGE_SIZE; search(); } }, "التالي ←"));
  }
  $("pager").replaceChildren(...nodes);
}

$("search-form").addEventListener("submit", (e) => { e.preventDefault(); offset = 0; search(); });
for (const id of ["f-source", "f-month", "f-event"]) {
  $(id).addEventListener("change", () => { offset = 0; if ($("q").value.trim()) search(); });
}

// ---------------------------------------------------------------- a document

async function openDocument(id) {
  try {
    const stored = await api(`/api/documents/${encodeURIComponent(id)}`);
    const d = stored.document || {};
    const extra = [`#${stored.doc_id}`];
    if (stored.ext_id) extra.push(stored.ext_id);
    if (stored.duplicates) extra.push(`عنقود من ${stored.duplicates.members.length} نسخ`);
    showDocument(d, extra);
  } catch (err) {
    $("search-status").textContent = err.message;
    $("search-status").classList.add("error");
  }
}

/** The text of a span, or "" when the span is missing. */
function spanText(text, offsets, span) {
  if (!span) return "";
  const [s, e] = toUtf16(offsets, span);
  return text.slice(s, e);
}

/** An argument: its words, and the entity's canonical name when that differs. */
function argument(arg, entities) {
  const entity = arg.entity !== undefined && arg.entity !== null ? entities[arg.entity] : null;
  return entity && entity.name !== arg.text ? `${arg.text} [${entity.name}]` : arg.text;
}

function showDocument(d, extra = []) {
  const text = d.text || "";
  const offsets = utf16Offsets(text);
  const meta = d.meta || {};
  const entities = d.entities || [];
  const times = d.times || [];
  const events = d.events || [];
  // A record that retells an earlier one (`same_as`) is shown with it, as one event.
  const firsts = events.filter((ev) => ev.same_as === undefined || ev.same_as === null);
  const retold = new Map();
  events.forEach((ev) => {
    if (ev.same_as !== undefined && ev.same_as !== null) {
      if (!retold.has(ev.same_as)) retold.set(ev.same_as, []);
      retold.get(ev.same_as).push(ev);
    }
  });
  $("doc-title").textContent = meta.title || text.split("\n")[0].slice(0, 120) || "—";
  $("doc-meta").textContent = [meta.source, meta.date, ...extra].filter(Boolean).join(" · ");

  const marks = [];
  for (const ev of events) {
    const [s, e] = toUtf16(offsets, ev.trigger);
    marks.push({ start: s, end: e, class: "m-trigger", title: `${EVENT_TYPES[ev.type] || ev.type} (${ev.type})` });
  }
  for (const m of d.mentions || []) {
    const [s, e] = toUtf16(offsets, m.span);
    marks.push({ start: s, end: e, class: `m-${m.type}`, title: `${m.name} — ${ENTITY_TYPES[m.type] || m.type}` });
  }
  for (const t of times) {
    const [s, e] = toUtf16(offsets, t.span);
    marks.push({ start: s, end: e, class: "m-time", title: t.value || t.from || "زمن غير محدد" });
  }
  $("doc-text").replaceChildren(...marked(text, marks));

  $("doc-events").replaceChildren(firsts.length ? el("table", {},
    el("tr", {}, ["النوع", "الفاعل", "المستهدف", "الزمن", "المكان", "الأعداد", "الثقة"].map((h) => el("th", {}, h))),
    firsts.map((ev) => {
      const again = (retold.get(events.indexOf(ev)) || []).map((r) => `«${spanText(text, offsets, r.trigger)}»`);
      const time = ev.time ? (ev.time.value || spanText(text, offsets, (times[ev.time.time] || {}).span)) : "";
      const flags = [];
      if (ev.polarity === "negative") flags.push("منفي");
      if (ev.modality === "future") flags.push("مستقبلي");
      if (ev.modality === "possible") flags.push("محتمل");
      if (ev.attributed) flags.push("منسوب");
      if (ev.unclaimed) flags.push("لم تتبنه جهة");
      return el("tr", {},
        el("td", {}, `${EVENT_TYPES[ev.type] || ev.type}`, ev.mode ? ` · ${MODES[ev.mode] || ev.mode}` : "",
          el("div", { class: "muted" }, `«${spanText(text, offsets, ev.trigger)}»`, flags.length ? ` (${flags.join("، ")})` : "",
            again.length ? ` · ورد أيضًا: ${again.join("، ")}` : "")),
        el("td", {}, (ev.actors || []).map((a) => argument(a, entities)).join("، ")),
        el("td", {}, (ev.targets || []).map((a) => argument(a, entities)).join("، ")),
        el("td", {}, time),
        el("td", {}, (ev.places || []).map((a) => argument(a, entities)).join("، ")),
        el("td", {}, (ev.counts || []).map((c) =>
          `${COUNT_KINDS[c.kind] || c.kind}: ${c.approximate ? "نحو " : ""}${c.value}${c.upper ? `–${c.upper}` : ""}`).join("، ")),
        el("td", {}, typeof ev.confidence === "number" ? ev.confidence.toFixed(2) : ""));
    })) : el("p", { class: "muted" }, "لا أحداث."));

  const quotes = d.quotes || [];
  $("doc-quotes").replaceChildren(...(quotes.length ? quotes.map((q) => el("blockquote", {},
    el("strong", {}, q.speaker ? argument(q.speaker, entities) : "قائل غير معروف"),
    q.denial ? " (نفي)" : "", ": ", spanText(text, offsets, q.span))) : [el("p", { class: "muted" }, "لا اقتباسات.")]));

  $("doc-entities").replaceChildren(entities.length ? el("table", {},
    el("tr", {}, ["الاسم", "النوع", "الإشارات", "الصفات"].map((h) => el("th", {}, h))),
    entities.map((en) => el("tr", {},
      el("td", {}, en.name, (en.aliases || []).length ? el("div", { class: "muted" }, en.aliases.join("، ")) : ""),
      el("td", {}, ENTITY_TYPES[en.type] || en.type || ""),
      el("td", {}, String(en.mentions ?? "")),
      el("td", {}, (en.roles || []).map((r) => r.text).join("، "))))) : el("p", { class: "muted" }, "لا كيانات."));

  $("doc-times").replaceChildren(times.length ? el("ul", {}, times.map((t) =>
    el("li", {}, `«${spanText(text, offsets, t.span)}» → ${t.value || (t.from && t.to ? `${t.from} / ${t.to}` : "غير محدد")}`,
      t.grain ? el("span", { class: "muted" }, ` (${t.grain})`) : ""))) : el("p", { class: "muted" }, "لا تواريخ."));

  $("doc-view").hidden = false;
  $("doc-view").scrollIntoView({ behavior: "smooth", block: "start" });
}

// A document's address is #doc-ID, so that it can be linked to and the back button works.
function route() {
  const match = location.hash.match(/^#doc-(.+)$/);
  if (match) openDocument(decodeURIComponent(match[1]));
}
window.addEventListener("hashchange", route);

$("doc-close").addEventListener("click", () => {
  $("doc-view").hidden = true;
  // Forget the address too, so that the same hit opens again when clicked.
  history.replaceState(null, "", location.pathname + location.search);
});

// ---------------------------------------------------------------- analyse a text

$("analyze-form").addEventListener("submit", async (e) => {
  e.preventDefault();
  const status = $("analyze-status");
  status.textContent = "…";
  status.classList.remove("error");
  const body = { text: $("a-text").value };
  if ($("a-date").value) body.date = $("a-date").value;
  if ($("a-source").value.trim()) body.source = $("a-source").value.trim();
  try {
    const d = await api("/api/analyze", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    status.textContent = `${(d.events || []).filter((ev) => ev.same_as === undefined || ev.same_as === null).length} حدثًا · ${(d.entities || []).length} كيانًا · ${(d.times || []).length} تعبيرًا زمنيًا`;
    showDocument(d);
  } catch (err) {
    status.textContent = err.message;
    status.classList.add("error");
  }
});

loadStats();
route();

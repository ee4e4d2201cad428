// The sitrep page: a clustered map, filters, a weekly timeline, a sortable table and an incident view.
// Every stored string reaches the page through textContent or an attribute, never as markup.
"use strict";

const TYPE_COLOURS = {
  "Battles": "#c0392b",
  "Explosions/Remote violence": "#e67e22",
  "Violence against civilians": "#8e44ad",
  "Protests": "#2980b9",
  "Riots": "#16a085",
  "Strategic developments": "#7f8c8d",
};
const OTHER_COLOUR = "#34495e";
const PAGE_ROWS = 100;
const SVG_NS = "http://www.w3.org/2000/svg";

const state = {
  rows: [], nextCursor: null, sortKey: null, sortDir: 1, map: null, layer: null, filters: null, drawn: 0,
  borders: null, detailAsked: false,
};

function el(tag, props, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (key === "text") node.textContent = value;
    else if (key === "class") node.className = value;
    else node.setAttribute(key, value);
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return node;
}

function svg(tag, attrs) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [key, value] of Object.entries(attrs || {})) node.setAttribute(key, String(value));
  return node;
}

function colour(type) { return TYPE_COLOURS[type] || OTHER_COLOUR; }

async function getJSON(url) {
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  const body = await response.json();
  if (!response.ok) throw new Error(body.error || response.statusText);
  return body;
}

function showError(error) {
  const box = document.getElementById("error");
  box.textContent = error ? String(error.message || error) : "";
  box.hidden = !error;
}

function filterParams() {
  const form = document.getElementById("filters");
  const params = new URLSearchParams();
  for (const [key, value] of new FormData(form).entries()) {
    if (key !== "in_view" && String(value).trim() !== "") params.set(key, String(value).trim());
  }
  if (form.elements.in_view.checked && state.map) {
    const b = state.map.getBounds();
    const clamp = (v, lo, hi) => Math.min(hi, Math.max(lo, v)).toFixed(4);
    params.set("bbox", [clamp(b.getWest(), -180, 180), clamp(b.getSouth(), -90, 90),
      clamp(b.getEast(), -180, 180), clamp(b.getNorth(), -90, 90)].join(","));
  }
  return params;
}

// --- map ---------------------------------------------------------------------------------------

// The server gathers the matches of the current view into one marker per map cell (/api/incidents/clusters),
// so the page never holds more markers than the view can show, however large the store.

function mapAvailable() { return typeof window.L !== "undefined"; }

function setUpMap(config) {
  if (!mapAvailable()) {
    document.getElementById("map-missing").hidden = false;
    return;
  }
  const map = L.map("map", { worldCopyJump: true, preferCanvas: false, minZoom: 1, maxZoom: 16 }).setView([15, 20], 2);
  state.map = map;
  if (config.tile_url) {
    L.tileLayer(config.tile_url, { maxZoom: 18, attribution: "tiles: your tile server" }).addTo(map);
  }
  state.layer = L.layerGroup().addTo(map);
  map.on("moveend", () => drawClusters().catch(showError));
  const legend = document.getElementById("legend");
  for (const [type, hex] of Object.entries(TYPE_COLOURS)) {
    const swatch = el("span", { class: "swatch" });
    swatch.style.background = hex;
    legend.append(el("div", {}, swatch, type));
  }
}

const BORDERS = [[0, "countries-110m.json"], [5, "countries-50m.json"]];
// The offline base map: coarse country borders at first (a seventh of the points, drawn at once), the
// detailed ones from this zoom on, loaded the first time the map gets there.

async function drawBorders(config, file) {
  if (!state.map || typeof window.topojson === "undefined") return;
  try {
    const world = await getJSON("/static/vendor/" + file);
    const layer = L.geoJSON(topojson.feature(world, world.objects.countries), {
      interactive: false,
      style: { color: "#8a9aa6", weight: 0.7, fillColor: "#f4f1ea", fillOpacity: config.tile_url ? 0 : 1 },
    });
    if (state.borders) state.map.removeLayer(state.borders);
    state.borders = layer.addTo(state.map).bringToBack();
    state.map.getContainer().dataset.borders = file;
  } catch (error) {
    console.warn("no base map", error);
  }
}

function watchBorders(config) {
  if (!state.map) return;
  const [detailZoom, detailFile] = BORDERS[1];
  const detail = () => {
    if (state.map.getZoom() < detailZoom || state.detailAsked) return;
    state.detailAsked = true;
    drawBorders(config, detailFile);
  };
  state.map.on("zoomend", detail);
}

async function drawClusters() {
  if (!state.layer || state.filters === null) return;
  const map = state.map;
  const bounds = map.getBounds();
  const clamp = (v, lo, hi) => Math.min(hi, Math.max(lo, v)).toFixed(4);
  const params = new URLSearchParams(state.filters);
  const zoom = Math.round(map.getZoom());
  params.set("zoom", zoom);
  params.set("view", [clamp(bounds.getWest(), -180, 180), clamp(bounds.getSouth(), -90, 90),
    clamp(bounds.getEast(), -180, 180), clamp(bounds.getNorth(), -90, 90)].join(","));
  const asked = ++state.drawn;
  const data = await getJSON("/api/incidents/clusters?" + params);
  if (asked !== state.drawn) return; // a later move or filter has asked again
  state.layer.clearLayers();
  let shown = 0;
  for (const [lat, lon, count, deaths, typeIndex, id, date] of data.cells) {
    const type = data.types[typeIndex];
    shown += count;
    if (count > 1) {
      const size = Math.round(22 + 8 * Math.log10(count));
      const badge = el("div", { class: "cluster", text: String(count) });
      badge.style.width = badge.style.height = size + "px";
      badge.style.background = colour(type);
      const marker = L.marker([lat, lon], {
        icon: L.divIcon({ html: badge, className: "sitrep-cluster", iconSize: [size, size] }),
        keyboard: false,
      });
      marker.bindTooltip(`${count} incidents, ${deaths} dead; mostly ${type}`);
      marker.on("click", () => map.setView([lat, lon], Math.min(zoom + 2, 16)));
      state.layer.addLayer(marker);
    } else {
      const marker = L.circleMarker([lat, lon], {
        radius: 5 + 2.5 * Math.sqrt(deaths || 0), color: "#fff", weight: 1, fillColor: colour(type),
        fillOpacity: 0.85, className: "sitrep-marker",
      });
      marker.bindTooltip(`${date || "undated"} · ${type} · ${deaths} dead`);
      marker.on("click", () => { location.hash = "incident/" + encodeURIComponent(id); });
      state.layer.addLayer(marker);
    }
  }
  const box = document.getElementById("map");
  box.dataset.markers = String(shown);
  box.dataset.drawnZoom = String(zoom);
}

// --- timeline ----------------------------------------------------------------------------------

function drawTimeline(weeks) {
  const box = document.getElementById("timeline");
  box.replaceChildren();
  if (!weeks.length) {
    box.append(el("p", { text: "No dated incidents." }));
    return;
  }
  const width = 600, height = 130, pad = 22;
  const chart = svg("svg", { viewBox: `0 0 ${width} ${height}`, preserveAspectRatio: "none", role: "img" });
  const maxCount = Math.max(...weeks.map((w) => w.count), 1);
  const maxDeaths = Math.max(...weeks.map((w) => w.fatalities), 1);
  // Weeks sit at their place in time: a gap in the record is a gap on the axis.
  const weekIndex = (w) => Math.round((Date.parse(w.week) - Date.parse(weeks[0].week)) / (7 * 86400000));
  const step = (width - 2 * pad) / (weekIndex(weeks[weeks.length - 1]) + 1);
  const y = (v, max) => height - pad - (height - 2 * pad) * (v / max);
  weeks.forEach((w) => {
    const i = weekIndex(w);
    const bar = svg("rect", { class: "bar", x: pad + i * step, y: y(w.count, maxCount), width: Math.max(step - 1, 2),
      height: height - pad - y(w.count, maxCount) });
    const title = svg("title");
    title.textContent = `week of ${w.week}: ${w.count} incident(s), ${w.fatalities} dead`;
    bar.append(title);
    chart.append(bar);
  });
  for (const w of weeks) {
    if (w.fatalities) {
      chart.append(svg("circle", { class: "deaths", r: 2.5, cx: (pad + (weekIndex(w) + 0.5) * step).toFixed(1),
        cy: y(w.fatalities, maxDeaths).toFixed(1) }));
    }
  }
  const first = svg("text", { x: pad, y: height - 6 });
  first.textContent = weeks[0].week;
  const last = svg("text", { x: width - pad, y: height - 6, "text-anchor": "end" });
  last.textContent = weeks[weeks.length - 1].week;
  const scale = svg("text", { x: pad, y: 12 });
  scale.textContent = `bars: incidents per week (max ${maxCount}) · dots: deaths (max ${maxDeaths})`;
  chart.append(first, last, scale);
  box.append(chart);
}

// --- table -------------------------------------------------------------------------------------

function rowValue(row, key) {
  if (key === "actors") return [row.actor1, row.actor2].filter(Boolean).join(" vs ");
  if (key === "place") return [row.location, row.admin1, row.country].filter(Boolean).join(", ");
  if (key === "n_sources") return (row.sources || []).length;
  return row[key];
}

function drawTable() {
  const rows = [...state.rows];
  if (state.sortKey) {
    const numeric = document.querySelector(`th[data-key="${state.sortKey}"]`).dataset.kind === "number";
    rows.sort((a, b) => {
      const x = rowValue(a, state.sortKey), y = rowValue(b, state.sortKey);
      if (x === y) return 0;
      if (x === null || x === undefined || x === "") return 1;
      if (y === null || y === undefined || y === "") return -1;
      return (numeric ? x - y : String(x).localeCompare(String(y))) * state.sortDir;
    });
  }
  const body = document.querySelector("#table tbody");
  body.replaceChildren(...rows.map((row) => {
    const tr = el("tr", { "data-id": row.event_id },
      el("td", { text: row.event_date || "undated" }),
      el("td", { text: row.sub_event_type ? `${row.event_type} / ${row.sub_event_type}` : row.event_type }),
      el("td", { text: rowValue(row, "actors") }),
      el("td", { text: rowValue(row, "place") }),
      el("td", { text: String(row.fatalities) }),
      el("td", { text: String(rowValue(row, "n_sources")) }));
    tr.addEventListener("click", () => { location.hash = "incident/" + encodeURIComponent(row.event_id); });
    return tr;
  }));
  document.getElementById("more").hidden = state.nextCursor === null;
}

function setUpTable() {
  for (const th of document.querySelectorAll("#table th")) {
    th.addEventListener("click", () => {
      state.sortDir = state.sortKey === th.dataset.key ? -state.sortDir : 1;
      state.sortKey = th.dataset.key;
      for (const other of document.querySelectorAll("#table th")) other.removeAttribute("aria-sort");
      th.setAttribute("aria-sort", state.sortDir > 0 ? "ascending" : "descending");
      drawTable();
    });
  }
  document.getElementById("more").addEventListener("click", () => loadRows(state.nextCursor).catch(showError));
}

async function loadRows(cursor) {
  // One page of the table; "More" follows the page's cursor, so rows stored meanwhile never repeat a row.
  const params = new URLSearchParams(state.filters);
  params.set("limit", PAGE_ROWS);
  if (cursor) params.set("cursor", cursor);
  const page = await getJSON("/api/incidents?" + params);
  state.rows = cursor ? state.rows.concat(page.items) : page.items;
  state.nextCursor = page.next_cursor;
  drawTable();
}

// --- incident view -----------------------------------------------------------------------------

function markedText(text, spans) {
  // The article as text nodes, with each evidence span in a <mark>; overlapping spans are merged.
  const block = el("div", { class: "article" });
  const sorted = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end)
    .sort((a, b) => a.start - b.start);
  const merged = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ start: span.start, end: span.end });
  }
  let at = 0;
  for (const span of merged) {
    block.append(document.createTextNode(text.slice(at, span.start)));
    block.append(el("mark", { class: "evidence", text: text.slice(span.start, span.end) }));
    at = span.end;
  }
  block.append(document.createTextNode(text.slice(at)));
  return block;
}

function range(values) {
  if (!values) return null;
  return values[0] === values[1] ? String(values[0]) : `${values[0]}–${values[1]}`;
}

const CLAIM_WORDING = {
  responsibility: (actor) => `claims responsibility${actor ? ` for ${actor}` : ""}`,
  attribution: (actor) => `attributes it to ${actor || "a group it does not name"}`,
  suspicion: (actor) => `suspects ${actor || "a group it does not name"}`,
  denial: (actor) => `denies responsibility${actor ? ` of ${actor}` : ""}`,
};

// A casualty claim gives its figures; a claim of responsibility, attribution, suspicion or denial says who.
function claimLine(claim) {
  const wording = CLAIM_WORDING[claim.claim_type];
  const figures = [["killed", claim.killed], ["injured", claim.injured], ["killed or injured", claim.killed_or_injured]]
    .filter(([, v]) => v).map(([k, v]) => `${k} ${range(v)}`).join(", ");
  const said = wording ? wording(claim.responsible_actor) : figures || "no figure";
  return el("li", { "data-claim-type": claim.claim_type || "casualties" },
    el("strong", { text: claim.claimant || "the outlet" }), `: ${said} `, claim.text ? el("q", { text: claim.text }) : null);
}

function safeLink(url) {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === "http:" || parsed.protocol === "https:") {
      return el("a", { href: parsed.href, rel: "noopener noreferrer", target: "_blank", text: url });
    }
  } catch (error) { /* not a URL: shown as text */ }
  return document.createTextNode(url);
}

function memberView(member, documents) {
  const doc = documents[member.document_id] || {};
  const ref = (member.sources || []).find((s) => s.document_id === member.document_id) || {};
  const section = el("section", { class: "member" },
    el("h3", { text: `${doc.title || member.source || ref.source || "Unknown source"}` }),
    el("dl", {},
      el("dt", { text: "Source" }), el("dd", { text: member.source || ref.source || "unknown" }),
      el("dt", { text: "Published" }), el("dd", { text: doc.published || ref.published || "unknown" }),
      el("dt", { text: "Link" }), el("dd", {}, doc.url || ref.url ? safeLink(doc.url || ref.url) : "none"),
      el("dt", { text: "Coded as" }),
      el("dd", { text: `${member.event_date || "undated"}, ${member.sub_event_type}, ${member.location || "no place"}, ` +
        `${member.fatalities} dead, confidence ${member.confidence.toFixed(2)}` })));
  const claims = el("ul", { class: "claims" }, ...(member.claims || []).map(claimLine));
  section.append(el("h3", { text: "Claims" }), member.claims && member.claims.length ? claims : el("p", { text: "No claims." }));
  const spans = (member.evidence || []).filter((e) => e.document_id === member.document_id);
  section.append(el("h3", { text: "Article, evidence highlighted" }));
  if (doc.text) section.append(markedText(doc.text, spans));
  else section.append(el("ul", {}, ...spans.map((e) => el("li", {}, el("mark", { class: "evidence", text: e.text })))));
  return section;
}

async function showIncident(id) {
  const panel = document.getElementById("incident");
  const body = document.getElementById("incident-body");
  panel.hidden = false;
  body.replaceChildren(el("p", { text: "Loading…" }));
  try {
    const detail = await getJSON("/api/incident/" + encodeURIComponent(id));
    const e = detail.incident;
    const fig = (f) => (f.low === null ? "not reported" : `low ${f.low}, best ${f.best}, high ${f.high}`);
    body.replaceChildren(
      el("h2", { text: `${e.event_type} / ${e.sub_event_type}` }),
      el("dl", {},
        el("dt", { text: "Id" }), el("dd", { text: e.event_id }),
        el("dt", { text: "Date" }), el("dd", { text: e.event_date || "undated" }),
        el("dt", { text: "Actors" }), el("dd", { text: [e.actor1, e.actor2].filter(Boolean).join(" vs ") || "unknown" }),
        el("dt", { text: "Where" }), el("dd", { text: [e.location, e.admin1, e.country].filter(Boolean).join(", ") || "unknown" }),
        el("dt", { text: "Deaths (ACLED, lowest)" }), el("dd", { text: String(e.fatalities) }),
        el("dt", { text: "Killed" }), el("dd", { text: fig(detail.figures.killed) }),
        el("dt", { text: "Injured" }), el("dd", { text: fig(detail.figures.injured) }),
        el("dt", { text: "Sources" }), el("dd", { text: String(detail.members.length) })),
      el("h3", { text: "Every claim" }),
      el("ul", { class: "claims" }, ...(e.claims || []).map(claimLine)),
      ...detail.members.map((m) => memberView(m, detail.documents)));
    if (state.map && e.latitude !== null && e.longitude !== null) state.map.setView([e.latitude, e.longitude], Math.max(state.map.getZoom(), 7));
  } catch (error) {
    body.replaceChildren(el("p", { class: "error", text: String(error.message || error) }));
  }
}

function route() {
  const match = location.hash.match(/^#incident\/(.+)$/);
  if (match) showIncident(decodeURIComponent(match[1]));
  else document.getElementById("incident").hidden = true;
}

// --- wiring ------------------------------------------------------------------------------------

function summarise(facets) {
  const summary = document.getElementById("summary");
  summary.textContent = `${facets.total} incident(s), ${facets.fatalities} dead`;
  summary.dataset.total = String(facets.total);
}

async function refresh() {
  // Counts and the timeline come from the facets, the table from its first page, the map from the clusters
  // of its view: four small answers however many incidents match.
  showError(null);
  state.filters = filterParams().toString();
  const facets = getJSON("/api/incidents/facets?top=300&" + state.filters); // the server warms this one up
  try {
    await Promise.all([
      facets.then((counts) => { summarise(counts); drawTimeline(counts.week); }),
      loadRows(null),
      drawClusters(),
    ]);
  } catch (error) {
    showError(error);
  }
  document.body.dataset.refreshed = String(Number(document.body.dataset.refreshed || 0) + 1);
  return facets.catch(() => null);
}

function fillChoices(facets) {
  // The choices come from the unfiltered counts of the first load.
  const fill = (select, counts) => select.append(...counts.map((c) => el("option", { value: c.value, text: `${c.value} (${c.count})` })));
  fill(document.getElementById("f-country"), facets.country);
  fill(document.getElementById("f-type"), facets.event_type);
  document.getElementById("actors").append(...facets.actor.map((c) => el("option", { value: c.value })));
}

async function start() {
  const config = await getJSON("/api/config").catch(() => ({}));
  setUpMap(config);
  setUpTable();
  const form = document.getElementById("filters");
  form.addEventListener("submit", (event) => { event.preventDefault(); refresh(); });
  form.addEventListener("reset", () => setTimeout(refresh, 0));
  document.getElementById("close-incident").addEventListener("click", () => { history.pushState(null, "", location.pathname + location.search); route(); });
  window.addEventListener("hashchange", route);
  watchBorders(config);
  const [facets] = await Promise.all([refresh(), drawBorders(config, BORDERS[0][1])]);
  if (facets) fillChoices(facets);
  route();
  document.body.dataset.ready = "true";
}

document.addEventListener("DOMContentLoaded", start);

// The events view: filters, a timeline of events by type, a paged table, export links.

import { exportUrl, get } from "./api.js";
import { timelineChart } from "./charts.js";
import { actorLink, clear, el, message, table } from "./dom.js";

const PAGE = 50;
const FIELDS = ["type", "actor", "country", "since", "until", "q"];
let chart = null;

export async function eventsView(root, params) {
  const stats = await get("stats");
  const results = el("div", { id: "results" });
  const canvasBox = el("div", { className: "chart" }, el("canvas", { id: "timeline" }));
  root.append(
    el("h1", {}, "Events"),
    summary(stats),
    filterForm(params, stats),
    el("h2", {}, "Timeline by type"),
    canvasBox,
    results,
  );
  await Promise.all([drawTimeline(canvasBox.firstChild, params), fillTable(results, params)]);
}

function summary(stats) {
  return message(
    `${stats.events} events · ${stats.actors} actors · ${stats.articles} articles · ` +
      `${stats.documents} documents · dates ${stats.first_date || "?"} to ${stats.last_date || "?"}`,
    "summary",
  );
}

function filterForm(params, stats) {
  const types = el("select", { name: "type", id: "f-type" }, el("option", { value: "" }, "any type"));
  for (const type of Object.keys(stats.by_type).sort()) {
    types.append(el("option", { value: type, selected: params.type === type }, type));
  }
  const input = (name, label, extra = {}) =>
    el("label", {}, label, el("input", { name, id: `f-${name}`, value: params[name] || "", ...extra }));
  const form = el(
    "form",
    { id: "filters", onsubmit: (event) => submit(event, form) },
    el("label", {}, "type", types),
    input("actor", "actor", { placeholder: "name", maxlength: 100 }),
    input("country", "country", { placeholder: "ISO3", size: 4, maxlength: 3 }),
    input("since", "since", { placeholder: "YYYY-MM-DD", size: 10 }),
    input("until", "until", { placeholder: "YYYY-MM-DD", size: 10 }),
    input("q", "words", { placeholder: "in the evidence", maxlength: 200 }),
    el("label", {}, el("input", { type: "checkbox", name: "include_unasserted", checked: params.include_unasserted === "true" }), "unasserted too"),
    el("button", { type: "submit", id: "f-apply" }, "Filter"),
  );
  return form;
}

function submit(event, form) {
  event.preventDefault();
  const query = new URLSearchParams();
  for (const name of FIELDS) {
    const value = form.elements[name].value.trim();
    if (value) query.set(name, value);
  }
  if (form.elements.include_unasserted.checked) query.set("include_unasserted", "true");
  location.hash = `#/events?${query}`;
}

async function drawTimeline(canvas, params) {
  if (chart) chart.destroy();
  chart = timelineChart(canvas, await get("timeline", filterParams(params)));
}

function filterParams(params) {
  const out = {};
  for (const name of [...FIELDS, "include_unasserted"]) if (params[name]) out[name] = params[name];
  return out;
}

async function fillTable(box, params) {
  const offset = Number(params.offset || 0);
  let page;
  try {
    page = await get("events", { ...filterParams(params), limit: PAGE, offset });
  } catch (error) {
    box.append(message(error.message, "error"));
    return;
  }
  clear(box).append(
    el("p", { id: "count" }, `${page.total} events`),
    exportLinks(params),
    table(["date", "type", "source", "target", "place", "evidence"], page.events.map(eventRow)),
    pager(params, page),
  );
}

function eventRow(record) {
  const open = () => (location.hash = `#/event/${record.event_id}`);
  const place = record.location ? record.location.place : "";
  return el(
    "tr",
    { className: "event-row", "data-event": record.event_id },
    el("td", {}, record.date || ""),
    el("td", { className: "type" }, record.type + (record.mode ? ` (${record.mode})` : "")),
    el("td", {}, actorLink(record.source)),
    el("td", {}, actorLink(record.target)),
    el("td", {}, place || ""),
    el("td", { className: "evidence" }, el("a", { href: `#/event/${record.event_id}`, onclick: open }, record.evidence.sentence)),
  );
}

function exportLinks(params) {
  const filters = filterParams(params);
  return el(
    "p",
    { className: "exports" },
    "Export these events: ",
    ["jsonl", "csv", "parquet", "gdelt"].map((format) => [
      el("a", { href: exportUrl(format, filters), download: "" }, format),
      " ",
    ]),
  );
}

function pager(params, page) {
  const go = (offset) => {
    const query = new URLSearchParams({ ...filterParams(params), offset });
    return `#/events?${query}`;
  };
  const nav = el("p", { className: "pager" });
  if (page.offset > 0) nav.append(el("a", { href: go(Math.max(0, page.offset - PAGE)) }, "← previous"), " ");
  if (page.offset + page.events.length < page.total) nav.append(el("a", { href: go(page.offset + PAGE), id: "next" }, "next →"));
  return nav;
}

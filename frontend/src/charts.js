// Timelines (Chart.js stacked bars) and the counterpart network (Cytoscape), both drawn
// on canvases from data, so no text from the database ever becomes markup.

import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  Tooltip,
} from "chart.js";
import cytoscape from "cytoscape";

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

const PALETTE = [
  "#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
  "#bcbd22", "#17becf", "#393b79", "#ad494a", "#637939", "#8c6d31", "#843c39", "#7b4173",
];

// rows: [{period, type, events}] -> one stacked bar per period, one colour per type.
export function timelineChart(canvas, rows) {
  const periods = [...new Set(rows.map((r) => r.period))].sort();
  const types = [...new Set(rows.map((r) => r.type))].sort();
  const count = new Map(rows.map((r) => [`${r.period}|${r.type}`, r.events]));
  const datasets = types.map((type, i) => ({
    label: type,
    data: periods.map((p) => count.get(`${p}|${type}`) || 0),
    backgroundColor: PALETTE[i % PALETTE.length],
  }));
  return new Chart(canvas, {
    type: "bar",
    data: { labels: periods, datasets },
    options: {
      animation: false,
      maintainAspectRatio: false,
      scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
      plugins: { legend: { position: "bottom" } },
    },
  });
}

// The actor in the middle, each counterpart around it; edge width grows with events.
export function counterpartNetwork(container, actor, counterparts, onOpen) {
  const nodes = [{ data: { id: actor.actor_id, label: actor.name, main: 1 } }];
  const edges = [];
  for (const other of counterparts) {
    if (other.actor_id !== actor.actor_id) {
      nodes.push({ data: { id: other.actor_id, label: other.name, main: 0 } });
    }
    edges.push({
      data: { source: actor.actor_id, target: other.actor_id, weight: other.events },
    });
  }
  const graph = cytoscape({
    container,
    elements: { nodes, edges },
    maxZoom: 1.5,
    layout: { name: "concentric", concentric: (n) => n.data("main"), levelWidth: () => 1 },
    style: [
      { selector: "node", style: { label: "data(label)", "font-size": 11, "background-color": "#4a6fa5" } },
      { selector: "node[main = 1]", style: { "background-color": "#c0392b" } },
      { selector: "edge", style: { width: "mapData(weight, 1, 10, 1, 8)", "line-color": "#aab" } },
    ],
  });
  graph.on("tap", "node", (event) => onOpen(event.target.id()));
  return graph;
}

// The administrators' triage-accuracy report: filters, headline figures with their intervals, each candidate model
// in shadow beside the active advice, the four charts and the CSV download, all fetched with the bearer token (an <img> or <a> cannot send one, hence blob URLs).
import { h, clear } from "./dom.js";
import { t, currentLanguage, formatNumber, formatPercent, formatDate, onLanguageChange } from "./i18n.js";
import { authorisedFetch } from "./session.js";

const charts = ["confusion", "calibration", "roc", "under-triage"];
let page = null;

function isoDate(date) {
  return date.toISOString().slice(0, 10);
}

function select(id, labelKey, options, chosen) {
  return [
    h("label", { for: id }, t(labelKey)),
    h("select", { id, name: id }, h("option", { value: "" }, t("all")), options.map(([value, text]) => h("option", { value, selected: value === chosen }, text))),
  ];
}

function filterForm() {
  const f = page.filters;
  const o = page.options;
  const districts = o.districts.filter((d) => !f.region || d.regionId === f.region);
  const clinics = o.clinics.filter((c) => (!f.district || c.districtId === f.district) && districts.some((d) => d.id === c.districtId));
  return h("form", { id: "report-filters", class: "card filters", onsubmit: applyFilters, "aria-labelledby": "filters-heading" },
    h("h2", { id: "filters-heading" }, t("filtersTitle")),
    h("div", { class: "filter-grid" },
      h("div", {}, h("label", { for: "from" }, t("from")), h("input", { id: "from", type: "date", value: f.from, required: true })),
      h("div", {}, h("label", { for: "to" }, t("to")), h("input", { id: "to", type: "date", value: f.to, required: true })),
      o.regions.length > 1 ? h("div", {}, select("region", "region", o.regions.map((r) => [r.id, r.name]), f.region)) : null,
      h("div", {}, select("district", "district", districts.map((d) => [d.id, d.name]), f.district)),
      h("div", {}, select("clinic", "clinic", clinics.map((c) => [c.id, `${c.name} (${c.id})`]), f.clinic)),
      h("div", {}, select("model-version", "modelVersion", o.modelVersions.map((v) => [v, v]), f.modelVersion))),
    h("button", { type: "submit" }, t("showReport")));
}

/**
 * The report's query string; `to` is inclusive for people and exclusive for the API, hence the extra day. The report
 * writes its caveats and charts in the language asked for.
 */
function query(format) {
  const f = page.filters;
  const to = new Date(`${f.to}T00:00:00Z`);
  to.setUTCDate(to.getUTCDate() + 1);
  const parameters = new URLSearchParams({ from: `${f.from}T00:00:00Z`, to: to.toISOString(), lang: currentLanguage() });
  for (const [name, value] of [["region", f.region], ["district", f.district], ["clinic", f.clinic], ["modelVersion", f.modelVersion]]) {
    if (value) parameters.set(name, value);
  }
  if (format) parameters.set("format", format);
  return parameters.toString();
}

function proportion(p) {
  if (!p || p.trials === 0) return t("noData");
  const interval = p.wilson95 ? ` (${t("ci95")} ${formatPercent(p.wilson95.lower, 1)}–${formatPercent(p.wilson95.upper, 1)})` : "";
  return `${formatPercent(p.value, 1)}${interval}, n = ${formatNumber(p.trials)}`;
}

/** A figure with its 95 % interval when it has one, e.g. kappa or AUROC. */
function estimate(value, interval, digits = 2) {
  if (value === null || value === undefined) return t("noData");
  const range = interval ? ` (${t("ci95")} ${formatNumber(interval.lower, digits)}–${formatNumber(interval.upper, digits)})` : "";
  return `${formatNumber(value, digits)}${range}`;
}

function figures(report) {
  const overall = report.accuracy.overall;
  const rows = [
    ["figCases", formatNumber(report.cases)],
    ["figConcluded", formatNumber(overall.concluded)],
    ["figExactAgreement", proportion(overall.exactAgreement)],
    ["figKappa", overall.weightedKappa === null || overall.weightedKappa === undefined ? t("noData") : formatNumber(overall.weightedKappa, 2)],
    ["figUnderTriage", proportion(overall.underTriage)],
    ["figOverTriage", proportion(overall.overTriage)],
    ["figEmergencySensitivity", proportion(overall.emergencySensitivity)],
  ];
  return h("section", { class: "card", "aria-labelledby": "figures-heading" },
    h("h2", { id: "figures-heading" }, t("reportTitle")),
    h("p", { class: "muted" }, t("reportPeriod", { from: formatDate(page.filters.from), to: formatDate(page.filters.to) })),
    overall.isSmall ? h("p", { class: "warning" }, t("smallSample")) : null,
    h("table", { class: "figures", id: "report-figures" }, h("tbody", {}, rows.map(([key, value]) => h("tr", {}, h("th", { scope: "row" }, t(key)), h("td", {}, value))))),
    h("h3", {}, t("caveats")),
    h("ul", { class: "caveats" }, report.caveats.map((caveat) => h("li", {}, caveat))));
}

/** The report's own labels for the two sides, in the chosen language when they are the ones the report always uses. */
const sideLabels = { "active (advice given)": "sideActive", "shadow (candidate, not used for advice)": "sideCandidate" };

function sideHeading(side) {
  return h("th", { scope: "col" }, sideLabels[side.label] ? t(sideLabels[side.label]) : side.label,
    h("br"), h("small", { class: "muted" }, side.modelVersions.join(", ")));
}

function riskView(side, scorer) {
  return side.riskViews.find((v) => v.scorer === scorer);
}

/** Metric rows: a label key and how to read the figure from one side. */
function comparisonRows(comparison) {
  const accuracy = (pick) => (side) => proportion(pick(side.accuracy));
  return [
    ["figCompared", () => t("comparedOf", { compared: formatNumber(comparison.compared), concluded: formatNumber(comparison.concluded) })],
    ["figExactAgreement", accuracy((a) => a.exactAgreement)],
    ["figKappa", (side) => estimate(side.accuracy.weightedKappa, side.accuracy.weightedKappa95)],
    ["figUnderTriage", accuracy((a) => a.underTriage)],
    ["figOverTriage", accuracy((a) => a.overTriage)],
    ["figEmergencySensitivity", accuracy((a) => a.emergencySensitivity)],
    ["figUrgentSensitivity", accuracy((a) => a.urgentOrAboveSensitivity)],
    ...comparison.active.riskViews.map((view) => [`figAuroc_${view.scorer}`, (side) => estimate(riskView(side, view.scorer)?.auroc, riskView(side, view.scorer)?.auroc95)]),
    ["figBrier", (side) => estimate(riskView(side, "model")?.brier, null, 3)],
  ];
}

function comparisonTable(comparison, index) {
  const small = comparison.compared < 20;
  return h("div", { class: "comparison" },
    h("h3", { id: `comparison-heading-${index}` }, t("comparisonCandidate", { version: comparison.candidateVersion })),
    h("p", { class: "muted" }, t("comparisonBasis", { compared: formatNumber(comparison.compared), concluded: formatNumber(comparison.concluded) })),
    small ? h("p", { class: "warning" }, t("smallComparison")) : null,
    h("table", { class: small ? "comparison-table small" : "comparison-table", id: `comparison-${index}`, dataset: { candidate: comparison.candidateVersion }, "aria-labelledby": `comparison-heading-${index}` },
      h("thead", {}, h("tr", {}, h("th", { scope: "col" }, t("comparisonMetric")), sideHeading(comparison.active), sideHeading(comparison.candidate))),
      h("tbody", {}, comparisonRows(comparison).map(([key, cell]) => h("tr", { dataset: { metric: key } },
        h("th", { scope: "row" }, t(key)), h("td", {}, cell(comparison.active)), h("td", {}, cell(comparison.candidate)))))));
}

/** Each candidate scored in shadow beside the active advice; absent when no candidate ran. */
function modelComparisons(report) {
  const comparisons = report.accuracy.modelComparisons ?? [];
  if (comparisons.length === 0) return null;
  return h("section", { class: "card", id: "model-comparisons", "aria-labelledby": "comparisons-heading" },
    h("h2", { id: "comparisons-heading" }, t("comparisonTitle")),
    comparisons.map(comparisonTable));
}

function chartGallery() {
  return h("section", { class: "card", "aria-labelledby": "charts-heading" },
    h("h2", { id: "charts-heading" }, t("chartsTitle")),
    h("div", { class: "charts" }, charts.map((name) => h("figure", {},
      h("img", { id: `chart-${name}`, alt: t(`chart_${name}`), src: page.chartUrls[name] ?? "" }),
      h("figcaption", {}, t(`chart_${name}`))))));
}

function render() {
  if (!page) return;
  const report = page.report ? [
    h("p", {}, h("button", { type: "button", id: "download-csv", onclick: downloadCsv }, t("downloadCsv"))),
    figures(page.report),
    modelComparisons(page.report),
    chartGallery(),
  ] : [];
  // append() would print a missing section as the text "null".
  clear(page.container).append(
    h("h1", {}, t("reportsTitle")),
    filterForm(),
    h("p", { id: "report-error", class: "error", role: "alert" }, page.error ?? ""),
    ...report.filter((section) => section !== null));
}

function readFilters() {
  const value = (id) => document.getElementById(id)?.value ?? "";
  page.filters = { from: value("from"), to: value("to"), region: value("region"), district: value("district"), clinic: value("clinic"), modelVersion: value("model-version") };
}

async function applyFilters(event) {
  event?.preventDefault();
  if (event) readFilters();
  const current = page;
  page.error = null;
  const response = await authorisedFetch(`/admin/reports?${query()}`);
  if (page !== current) return;
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    page.error = problem.detail ?? String(response.status);
    page.report = null;
    render();
    return;
  }
  const report = await response.json();
  if (page !== current) return;
  page.report = report;
  Object.values(page.chartUrls).forEach(URL.revokeObjectURL);
  page.chartUrls = {};
  render();
  await Promise.all(charts.map(async (name) => {
    const chart = await authorisedFetch(`/admin/reports/charts/${name}.png?${query()}`);
    if (!chart.ok) return;
    const image = await chart.blob();
    if (page !== current) return;
    page.chartUrls[name] = URL.createObjectURL(image);
    const shown = document.getElementById(`chart-${name}`);
    if (shown) shown.src = page.chartUrls[name];
  }));
}

async function downloadCsv() {
  const response = await authorisedFetch(`/admin/reports?${query("csv")}`);
  if (!response.ok) return;
  const url = URL.createObjectURL(await response.blob());
  const link = h("a", { href: url, download: `triage-report-${page.filters.from}-${page.filters.to}.csv` });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/** Narrows the district and clinic lists as the region or district changes. */
function narrowChoices(event) {
  if (!page || !["region", "district"].includes(event.target.id)) return;
  readFilters();
  render();
  document.getElementById(event.target.id)?.focus();
}

let subscribed = false;

export async function showReports(main) {
  if (!subscribed) {
    subscribed = true;
    // The caveats and charts come from the server in the page's language: ask again.
    onLanguageChange(() => {
      render();
      if (page) applyFilters();
    });
    main.addEventListener("change", narrowChoices);
  }
  const today = new Date();
  const monthAgo = new Date(today.getTime() - 30 * 24 * 3600 * 1000);
  const current = {
    container: main,
    filters: { from: isoDate(monthAgo), to: isoDate(today), region: "", district: "", clinic: "", modelVersion: "" },
    options: { regions: [], districts: [], clinics: [], modelVersions: [] },
    report: null,
    chartUrls: {},
    error: null,
  };
  page = current;
  const options = await authorisedFetch("/admin/reports/filters");
  if (options.ok) current.options = await options.json();
  if (page !== current) return;
  render();
  await applyFilters();
}

export function leaveReports() {
  page = null;
}

// One case: where it stands, the result (this terminal's until the gateway's arrives), and the consult.
import { h, clear } from "./dom.js";
import { t } from "./i18n.js";
import { api } from "./clinic-api.js";
import { patientPanel, assessmentPanel } from "./case-panels.js";
import { sourceNotice, stateText, vitalsPanel } from "./result-panels.js";
import { consultPanel, stopConsult } from "./consult-panel.js";

let refreshTimer = null;

export function leaveCase() {
  clearTimeout(refreshTimer);
  stopConsult();
}

function resultPanels(result, vitals) {
  return [result ? assessmentPanel(result) : h("p", {}, t("noResult")), vitalsPanel(vitals, result)];
}

function caseHeader(entry) {
  return h("div", { class: "case-header" },
    h("h1", {}, t("caseHeading", { ref: entry.report.patient?.patientRef || t("noPatientRef") })),
    h("p", {}, h("span", { id: "outbox-state", class: `state state-${entry.state}` }, stateText(entry))),
    h("p", { class: "actions" },
      h("a", { href: "#outbox" }, t("backToOutbox")), " ",
      h("a", { href: `#letter/${entry.clientCaseId}`, id: "open-letter", class: "button" }, t("referralLetter")), " ",
      h("a", { href: "#new", class: "button secondary" }, t("navNewCase"))));
}

export async function renderCase(main, id, catalogue) {
  leaveCase();
  let entry;
  try {
    entry = await api(`/cases/${encodeURIComponent(id)}`);
  } catch (error) {
    clear(main).append(h("p", { class: "error", role: "alert" }, t(`error_${error.body?.error ?? "network"}`)));
    return;
  }
  const result = entry.gateway ?? entry.local;
  clear(main).append(
    caseHeader(entry),
    sourceNotice(entry),
    h("div", { class: "case-grid" },
      h("div", { id: "result-column" }, resultPanels(result, entry.report.vitals)),
      h("div", {}, patientPanel(entry.report.patient), h("div", { id: "consult" }))));
  if (entry.caseId) {
    // A triage on new vital signs replaces the result shown; the consult goes on beside it.
    consultPanel(document.getElementById("consult"), entry, catalogue, (retriaged, vitals) =>
      document.getElementById("result-column").replaceChildren(...resultPanels(retriaged, vitals)));
  } else if (entry.state !== "Failed") {
    // Not at the gateway yet: the page is drawn again only when the sync has moved the case on.
    document.getElementById("consult").append(h("p", { class: "muted" }, t("consultAfterSync")));
    watchState(main, id, catalogue, entry.state);
  }
}

function watchState(main, id, catalogue, shown) {
  refreshTimer = setTimeout(async () => {
    if (location.hash !== `#case/${id}`) return;
    const now = await api(`/cases/${encodeURIComponent(id)}`).catch(() => null);
    if (now && now.state !== shown) renderCase(main, id, catalogue);
    else watchState(main, id, catalogue, shown);
  }, 2000);
}

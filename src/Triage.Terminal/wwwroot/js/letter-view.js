// The referral letter (направление) the patient carries to the hospital: who, what was found, NEWS2, level, advice,
// when, and whether the result is this terminal's or the gateway's. Printed with the browser's own print.
import { h, clear } from "./dom.js";
import { t, formatDateTime, formatNumber } from "./i18n.js";
import { api } from "./clinic-api.js";
import { vitalsPanel } from "./result-panels.js";
import { named } from "./symptom-picker.js";

function line(labelKey, value) {
  return [h("dt", {}, t(labelKey)), h("dd", {}, value || "—")];
}

export async function renderLetter(main, id, catalogue) {
  const entry = await api(`/cases/${encodeURIComponent(id)}`);
  const result = entry.gateway ?? entry.local;
  const report = entry.report;
  const patient = report.patient ?? {};
  const names = (codes, list) => (codes ?? []).map((code) => list.find((c) => c.code === code)).filter(Boolean).map(named).join(", ");
  const flags = (result.redFlags ?? []).map((code) => (result.reasons ?? []).find((r) => r.code === code)?.text ?? code);
  clear(main).append(h("article", { class: "letter", id: "letter" },
    h("p", { class: "no-print" }, h("a", { href: `#case/${id}` }, t("backToCase")), " ",
      h("button", { type: "button", id: "print-letter", onclick: () => window.print() }, t("print"))),
    h("h1", {}, t("letterTitle")),
    h("p", {}, t("letterFrom", { clinic: catalogue.clinicId, at: formatDateTime(report.recordedAt) })),
    h("dl", { class: "facts" },
      line("patientRef", patient.patientRef),
      line("age", patient.ageYears === undefined ? "" : t("ageYears", { age: formatNumber(patient.ageYears, patient.ageYears < 2 ? 1 : 0) })),
      line("sex", t(`sex_${patient.sex ?? "SEX_UNSPECIFIED"}`)),
      line("pregnancy", patient.pregnant ? t("pregnantWeeks", { weeks: patient.gestationWeeks ?? "?" }) : ""),
      line("complaint", report.complaint),
      line("symptomsTitle", names(report.symptoms, catalogue.symptoms)),
      line("chronicConditions", names(report.chronicConditions, catalogue.chronicConditions)),
      line("news2Total", result.news2 ? `${result.news2.total} (${t(`risk_${result.news2.clinicalRisk ?? "CLINICAL_RISK_UNSPECIFIED"}`)})` : t("news2NotApplicable")),
      line("colLevel", `${t(`level_${result.referralLevel}`)} — ${t(`specialty_${result.specialty ?? "SPECIALTY_UNSPECIFIED"}`)}`),
      line("redFlags", flags.join("; "))),
    vitalsPanel(report.vitals, result),
    h("h2", {}, t("advice")),
    h("p", { class: "advice", id: "letter-advice" }, result.advice),
    h("p", { class: "muted", id: "letter-source" }, entry.gateway ? t("resultFromGateway", { at: formatDateTime(entry.gateway.assessedAt) }) : t("resultLocal")),
    h("p", { class: "muted" }, t("letterPrinted", { at: formatDateTime(new Date()) })),
    h("p", { class: "signature" }, t("letterSignature"))));
}

// What the feldsher sees of a result: whose assessment it is (this terminal's, offline, or the gateway's), where the
// case stands in the outbox, and the vitals beside their scores.
import { h } from "./dom.js";
import { t, formatDateTime, formatNumber } from "./i18n.js";
import { vitalsTable } from "./news2.js";

export function stateText(entry) {
  return entry.state === "Failed" ? t("outbox_Failed", { reason: entry.reason ?? "" }) : t(`outbox_${entry.state}`);
}

export function sourceNotice(entry) {
  return entry.gateway
    ? h("p", { id: "result-source", class: "source gateway" }, t("resultFromGateway", { at: formatDateTime(entry.gateway.assessedAt ?? entry.updatedAt) }))
    : h("p", { id: "result-source", class: "source local" }, t("resultLocal"));
}

/** NEWS2 applies to adults who are not pregnant; for others the values are listed without scores. */
export function vitalsPanel(vitals, result) {
  if (result?.news2) return h("section", { class: "card" }, h("h2", {}, t("vitalsTitle")), vitalsTable(vitals, result.news2));
  const rows = [["vitalRespiratoryRate", vitals?.respiratoryRate, "unitPerMinute"], ["vitalSpo2", vitals?.spo2Percent, "unitPercent"],
    ["vitalSystolic", vitals?.systolicBp, "unitMmHg"], ["vitalDiastolic", vitals?.diastolicBp, "unitMmHg"], ["vitalPulse", vitals?.heartRate, "unitPerMinute"],
    ["vitalTemperature", vitals?.temperatureC === undefined ? undefined : formatNumber(vitals.temperatureC, 1), "unitCelsius"],
    ["vitalGlucose", vitals?.bloodGlucoseMmolL === undefined ? undefined : formatNumber(vitals.bloodGlucoseMmolL, 1), "unitMmolL"],
    ["vitalPain", vitals?.painScore, "unitPainScore"]];
  return h("section", { class: "card" }, h("h2", {}, t("vitalsTitle")),
    h("p", { class: "muted" }, t("news2NotApplicable")),
    h("dl", { class: "facts", id: "vitals" }, rows.flatMap(([label, value, unit]) =>
      [h("dt", {}, t(label)), h("dd", {}, value === undefined ? t("notMeasured") : `${value} ${t(unit)}`)])));
}

// The vital signs of a case beside their NEWS2 parameter scores, coloured as on the RCP NEWS2 chart (2017).
import { h } from "./dom.js";
import { t, formatNumber } from "./i18n.js";

/** Each row: label, how to read the value from the vitals, and which NEWS2 score belongs to it. */
const parameters = [
  ["vitalRespiratoryRate", (v) => v.respiratoryRate, "respirationRateScore", "unitPerMinute"],
  ["vitalSpo2", (v) => v.spo2Percent, "spo2Score", "unitPercent"],
  ["vitalAirOrOxygen", (v) => t(v.onSupplementalOxygen ? "oxygen" : "air"), "airOrOxygenScore", null],
  ["vitalSystolic", (v) => v.systolicBp, "systolicBpScore", "unitMmHg"],
  ["vitalDiastolic", (v) => v.diastolicBp, null, "unitMmHg"],
  ["vitalPulse", (v) => v.heartRate, "pulseScore", "unitPerMinute"],
  ["vitalConsciousness", (v) => (v.consciousness ? t(`consciousness_${v.consciousness}`) : undefined), "consciousnessScore", null],
  ["vitalTemperature", (v) => (v.temperatureC === undefined ? undefined : formatNumber(v.temperatureC, 1)), "temperatureScore", "unitCelsius"],
  ["vitalGlucose", (v) => (v.bloodGlucoseMmolL === undefined ? undefined : formatNumber(v.bloodGlucoseMmolL, 1)), null, "unitMmolL"],
  ["vitalPain", (v) => v.painScore, null, "unitPainScore"],
];

function scoreCell(score) {
  if (score === null) return h("td", { class: "score" }, "");
  const value = score ?? 0;
  return h("td", { class: `score news2-${value}` }, h("span", { class: "visually-hidden" }, t("news2Score") + " "), String(value));
}

/** The aggregate coloured by its clinical-risk band: 7+ high, 5-6 medium, 1-4 low. */
function totalCell(total) {
  const band = total >= 7 ? 3 : total >= 5 ? 2 : total > 0 ? 1 : 0;
  return h("td", { class: `score news2-${band}`, id: "news2-total" }, String(total));
}

export function vitalsTable(vitals, news2) {
  return h("table", { class: "vitals", id: "vitals" },
    h("caption", {}, t("vitalsCaption", { total: news2?.total ?? 0, risk: t(`risk_${news2?.clinicalRisk ?? "CLINICAL_RISK_UNSPECIFIED"}`) })),
    h("thead", {}, h("tr", {}, h("th", { scope: "col" }, t("colParameter")), h("th", { scope: "col" }, t("colValue")), h("th", { scope: "col" }, t("colNews2")))),
    h("tbody", {}, parameters.map(([label, read, scoreKey, unit]) => {
      const value = read(vitals ?? {});
      return h("tr", {},
        h("th", { scope: "row" }, t(label)),
        h("td", {}, value === undefined ? t("notMeasured") : unit ? `${value} ${t(unit)}` : value),
        scoreCell(scoreKey ? news2?.[scoreKey] : null));
    })),
    h("tfoot", {}, h("tr", {}, h("th", { scope: "row" }, t("news2Total")), h("td", {}, news2?.redScore ? t("redScore") : ""), totalCell(news2?.total ?? 0))));
}

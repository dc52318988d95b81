// The vital signs of a case beside their NEWS2 parameter scores, coloured as on the RCP NEWS2 chart (2017).
import { h } from "./dom.js";
import { t } from "./i18n.js";
import { vitalLabel, vitalSigns, vitalText } from "./vital-signs.js";

/** The catalogue keeps the model's input order; the table follows the RCP chart, which reads consciousness before temperature. */
function inChartOrder(signs) {
  const temperature = signs.findIndex((sign) => sign.news2Score === "temperatureScore");
  const consciousness = signs.findIndex((sign) => sign.news2Score === "consciousnessScore");
  if (temperature < 0 || consciousness < temperature) return signs;
  const ordered = [...signs];
  ordered.splice(consciousness, 0, ...ordered.splice(temperature, 1));
  return ordered;
}

/** Each row: label, the value as read, and the name of its NEWS2 score (null when NEWS2 does not score it). */
function rows(vitals) {
  return inChartOrder(vitalSigns()).flatMap((sign) => {
    const row = [vitalLabel(sign), vitalText(sign, vitals), sign.news2Score];
    // NEWS2 scores air or oxygen right after SpO2 (RCP NEWS2 2017, chart 1).
    return sign.field === "spo2_percent" ? [row, [t("vitalAirOrOxygen"), t(vitals.onSupplementalOxygen ? "oxygen" : "air"), "airOrOxygenScore"]] : [row];
  });
}

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

/** NEWS2 is not scored for children under 16 or in pregnancy: the table then shows the readings without scores. */
export function vitalsTable(vitals, news2) {
  const caption = news2
    ? t("vitalsCaption", { total: news2.total ?? 0, risk: t(`risk_${news2.clinicalRisk ?? "CLINICAL_RISK_UNSPECIFIED"}`) })
    : t("vitalsCaptionNoNews2");
  return h("table", { class: "vitals", id: "vitals" },
    h("caption", {}, caption),
    h("thead", {}, h("tr", {}, h("th", { scope: "col" }, t("colParameter")), h("th", { scope: "col" }, t("colValue")), h("th", { scope: "col" }, t("colNews2")))),
    h("tbody", {}, rows(vitals ?? {}).map(([label, value, scoreKey]) => h("tr", {},
      h("th", { scope: "row" }, label),
      h("td", {}, value ?? t("notMeasured")),
      // A reading not taken scores nothing, which is not a score of 0 (the wire leaves out both alike).
      scoreCell(news2 && scoreKey && value !== undefined ? news2[scoreKey] : null)))),
    news2 ? h("tfoot", {}, h("tr", {}, h("th", { scope: "row" }, t("news2Total")), h("td", {}, news2.redScore ? t("redScore") : ""), totalCell(news2.total ?? 0))) : null);
}

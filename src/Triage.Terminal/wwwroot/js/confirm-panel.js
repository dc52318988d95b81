// Asks once about values that are possible but unusual (the engine would accept them; a slip of the finger is likelier).
import { h } from "./dom.js";
import { t, formatNumber } from "./i18n.js";

const fieldLabels = {
  "case.patient.age_years": "age", "case.patient.gestation_weeks": "gestationWeeks",
  "case.vitals.respiratory_rate": "vitalRespiratoryRate", "case.vitals.spo2_percent": "vitalSpo2", "case.vitals.systolic_bp": "vitalSystolic",
  "case.vitals.diastolic_bp": "vitalDiastolic", "case.vitals.heart_rate": "vitalPulse", "case.vitals.temperature_c": "vitalTemperature",
  "case.vitals.blood_glucose_mmol_l": "vitalGlucose", "case.vitals.pain_score": "vitalPain",
};

export function confirmPanel(id, unusual, onConfirm) {
  return h("section", { id, class: "card warning", role: "alertdialog", "aria-labelledby": `${id}-title` },
    h("h2", { id: `${id}-title` }, t("confirmTitle")),
    h("ul", {}, unusual.map((u) => h("li", {}, t("confirmValue", {
      name: t(fieldLabels[u.field] ?? u.field), value: formatNumber(u.value, 1), min: formatNumber(u.usual.min, 1), max: formatNumber(u.usual.max, 1),
    })))),
    h("button", { type: "button", class: "confirm", onclick: onConfirm }, t("confirmSave")));
}

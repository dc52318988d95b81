// Asks once about values that are possible but unusual (the engine would accept them; a slip of the finger is likelier).
import { h } from "./dom.js";
import { t, formatNumber } from "./i18n.js";
import { vitalLabelOf } from "./vital-signs.js";

const patientLabels = { "case.patient.age_years": "age", "case.patient.gestation_weeks": "gestationWeeks" };

export function confirmPanel(id, unusual, onConfirm) {
  return h("section", { id, class: "card warning", role: "alertdialog", "aria-labelledby": `${id}-title` },
    h("h2", { id: `${id}-title` }, t("confirmTitle")),
    h("ul", {}, unusual.map((u) => h("li", {}, t("confirmValue", {
      name: vitalLabelOf(u.field) ?? t(patientLabels[u.field] ?? u.field), value: formatNumber(u.value, 1), min: formatNumber(u.usual.min, 1), max: formatNumber(u.usual.max, 1),
    })))),
    h("button", { type: "button", class: "confirm", onclick: onConfirm }, t("confirmSave")));
}

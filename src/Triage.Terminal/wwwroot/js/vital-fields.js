// The vital-sign inputs of a case, shared by the entry form and the consult's "new vital signs" form, one per sign of
// the engine's catalogue: each value is read in the user's notation (a decimal comma is fine), checked against the
// engine's bounds served by the app, and shown with its score as the engine's charts give it while it is typed.
import { h } from "./dom.js";
import { t, formatNumber } from "./i18n.js";
import { named } from "./symptom-picker.js";
import { measuredSigns, vitalLabel, vitalSigns, vitalUnit } from "./vital-signs.js";

export const consciousnessLevels = ["ALERT", "NEW_CONFUSION", "VOICE", "PAIN", "UNRESPONSIVE"];

export function inputId(prefix, key) {
  return `${prefix}${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/**
 * Reads a number as typed (`unit` a label key, or `unitText` the unit itself). Returns { value } (undefined when
 * empty), or { error } in words, or { value, unusual } for a possible but unusual value the feldsher will be asked
 * to confirm.
 */
export function readNumber(text, { field, whole, unit, unitText = unit ? t(unit) : "" }, catalogue) {
  const trimmed = text.trim();
  if (trimmed === "") return { value: undefined };
  const value = Number(trimmed.replace(",", "."));
  if (!Number.isFinite(value)) return { error: t("notANumber", { text: trimmed }) };
  if (whole && !Number.isInteger(value)) return { error: t("wholeNumber") };
  const bounds = catalogue.bounds[field];
  if (bounds && (value < bounds.min || value > bounds.max)) {
    return { error: t("outOfRange", { min: formatNumber(bounds.min, whole ? 0 : 1), max: formatNumber(bounds.max, whole ? 0 : 1), unit: unitText, got: trimmed }) };
  }
  const usual = catalogue.usual[field];
  const unusual = usual && (value < usual.min || value > usual.max);
  return { value, unusual };
}

/** A measured sign as an input reads it: id suffix, path in the case, label, unit and whether only whole numbers are taken. */
function specOf(sign) {
  return { key: sign.key, field: sign.path, label: vitalLabel(sign), unitText: vitalUnit(sign), whole: sign.scale === "WholeNumber" };
}

/** One labelled input with its message line and, for scored vitals, the score beside it. */
export function numberInput(prefix, spec) {
  const id = inputId(prefix, spec.key);
  return h("div", { class: "vital" },
    h("label", { for: id }, spec.label, spec.unitText ? h("span", { class: "unit" }, ` (${spec.unitText})`) : null),
    h("div", { class: "with-score" },
      h("input", { id, name: spec.key, inputmode: spec.whole ? "numeric" : "decimal", autocomplete: "off", "aria-describedby": `${id}-message`, dataset: { field: spec.field } }),
      h("output", { id: `${id}-score`, class: "score", for: id, "aria-label": t("news2Score") })),
    h("p", { id: `${id}-message`, class: "field-message", "aria-live": "polite" }));
}

/** Shows the engine's score of each field (0-3 in the chart's colours) and, for a child, whether it is normal for the age. */
export function showScores(prefix, scores) {
  for (const spec of [...vitalSigns().map((sign) => ({ key: sign.key, field: sign.path })), { key: "onSupplementalOxygen", field: "case.vitals.on_supplemental_oxygen" }]) {
    const output = document.getElementById(`${inputId(prefix, spec.key)}-score`);
    if (!output) continue;
    const score = scores?.scores?.[spec.field];
    output.className = `score${score === undefined || score === null ? "" : ` news2-${score}`}`;
    output.textContent = score === undefined || score === null ? "" : scores.group === "child" ? t(score === 0 ? "normalForAge" : "abnormalForAge") : String(score);
  }
}

/** Reads every vital; returns { vitals, errors: { field: message }, unusual: [field] }. */
export function readVitals(prefix, catalogue) {
  const vitals = {};
  const errors = {};
  const unusual = [];
  for (const spec of measuredSigns().map(specOf)) {
    const input = document.getElementById(inputId(prefix, spec.key));
    const read = readNumber(input.value, spec, catalogue);
    if (read.error) errors[spec.field] = read.error;
    else if (read.value !== undefined) vitals[spec.key] = read.value;
    if (read.unusual) unusual.push(spec.field);
  }
  if (vitals.diastolicBp !== undefined && vitals.systolicBp !== undefined && vitals.diastolicBp >= vitals.systolicBp) {
    errors["case.vitals.diastolic_bp"] = t("diastolicBelowSystolic", { systolic: vitals.systolicBp });
  }
  if (vitals.diastolicBp !== undefined && vitals.systolicBp === undefined) errors["case.vitals.systolic_bp"] = t("systolicNeeded");
  vitals.onSupplementalOxygen = document.getElementById(`${prefix}on-oxygen`).checked;
  vitals.hypercapnicRespiratoryFailure = document.getElementById(`${prefix}hypercapnic`).checked;
  const consciousness = document.getElementById(inputId(prefix, "consciousness")).value;
  if (consciousness) vitals.consciousness = consciousness;
  const painScale = document.getElementById(inputId(prefix, "painScale")).value;
  if (painScale) vitals.painScale = painScale;
  if (vitals.painScore !== undefined && !painScale) errors["case.vitals.pain_score"] = t("painScaleNeeded");
  return { vitals, errors, unusual };
}

/** The whole vital-signs block, in the catalogue's order: numbers, oxygen after SpO2, ACVPU, pain with the scale it was scored on. */
export function vitalsFieldset(prefix, catalogue) {
  return h("fieldset", { class: "card vitals-entry" },
    h("legend", {}, t("vitalsTitle")),
    h("div", { class: "vital-grid" }, vitalSigns().flatMap((sign) => [
      sign.scale === "Acvpu" ? consciousnessInput(prefix, sign) : numberInput(prefix, specOf(sign)),
      ...(followUps[sign.field]?.(prefix, catalogue) ?? [])])),
    h("p", { id: `${prefix}news2-live`, class: "muted", "aria-live": "polite" }));
}

/** What a sign's reading needs beside it: the oxygen NEWS2 scores after SpO2, the scale a pain score was given on. */
const followUps = {
  spo2_percent: (prefix) => [h("div", { class: "vital checks" },
    h("label", { class: "check" }, h("input", { type: "checkbox", id: `${prefix}on-oxygen` }), " ", t("onOxygen"),
      h("output", { id: `${inputId(prefix, "onSupplementalOxygen")}-score`, class: "score" })),
    h("label", { class: "check" }, h("input", { type: "checkbox", id: `${prefix}hypercapnic` }), " ", t("hypercapnic")))],
  pain_score: (prefix, catalogue) => [h("div", { class: "vital" },
    h("label", { for: inputId(prefix, "painScale") }, t("painScale")),
    h("select", { id: inputId(prefix, "painScale") },
      h("option", { value: "" }, t("painScaleUnspecified")),
      catalogue.painScales.map((scale) => h("option", { value: scale.code }, named(scale)))))],
};

function consciousnessInput(prefix, sign) {
  const id = inputId(prefix, sign.key);
  return h("div", { class: "vital" },
    h("label", { for: id }, vitalLabel(sign), " (ACVPU)"),
    h("div", { class: "with-score" },
      h("select", { id },
        h("option", { value: "" }, t("consciousness_CONSCIOUSNESS_UNSPECIFIED")),
        consciousnessLevels.map((level) => h("option", { value: level }, t(`consciousness_${level}`)))),
      h("output", { id: `${id}-score`, class: "score" })));
}

/** Puts each message under its field (and clears the others); returns the first field with an error, to focus it. */
export function showMessages(prefix, messages) {
  let first = null;
  document.querySelectorAll(`[id^="${prefix}"][data-field]`).forEach((input) => {
    const message = messages[input.dataset.field] ?? "";
    const line = document.getElementById(`${input.id}-message`);
    if (line) line.textContent = message;
    input.setAttribute("aria-invalid", message ? "true" : "false");
    if (message && !first) first = input;
  });
  return first;
}

/** Puts the last vital signs into the inputs, so an update starts from them and only what changed is typed. */
export function fillVitals(prefix, vitals = {}) {
  for (const spec of measuredSigns()) {
    if (vitals[spec.key] !== undefined) document.getElementById(inputId(prefix, spec.key)).value = String(vitals[spec.key]);
  }
  document.getElementById(`${prefix}on-oxygen`).checked = Boolean(vitals.onSupplementalOxygen);
  document.getElementById(`${prefix}hypercapnic`).checked = Boolean(vitals.hypercapnicRespiratoryFailure);
  document.getElementById(inputId(prefix, "consciousness")).value = vitals.consciousness ?? "";
  document.getElementById(inputId(prefix, "painScale")).value = vitals.painScale ?? "";
}

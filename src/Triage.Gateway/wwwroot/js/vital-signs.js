// The vital signs as the engine's catalogue describes them (served with the console's names and in the clinic app's
// catalogue): tables and forms are built from these, so a sign added to the engine shows without a list of our own.
import { currentLanguage, formatNumber, t } from "./i18n.js";

let signs = [];

/** [{ field, key, path, scale, possible, usual, news2Score, label: { kk, ru, en }, unit }] as served. */
export function useVitalSigns(list) {
  if (list) signs = list;
}

export function vitalSigns() {
  return signs;
}

/** The signs typed as numbers (all but the ACVPU choice). */
export function measuredSigns() {
  return signs.filter((sign) => sign.possible);
}

function inLanguage(texts) {
  return texts[currentLanguage()] ?? texts.en;
}

export function vitalLabel(sign) {
  return inLanguage(sign.label);
}

export function vitalUnit(sign) {
  return sign.unit ? inLanguage(sign.unit) : "";
}

/** The label of a sign by its wire name (as a result's missing vitals give it) or its path in a case; undefined if unknown. */
export function vitalLabelOf(fieldOrPath) {
  const sign = signs.find((s) => s.field === fieldOrPath || s.path === fieldOrPath);
  return sign ? vitalLabel(sign) : undefined;
}

/** The reading as people read it, with its unit; undefined when not measured. */
export function vitalText(sign, vitals = {}) {
  const value = vitals[sign.key];
  if (value === undefined) return undefined;
  if (sign.scale === "Acvpu") return t(`consciousness_${value}`);
  return `${sign.scale === "Decimal" ? formatNumber(value, 1) : value} ${vitalUnit(sign)}`.trim();
}

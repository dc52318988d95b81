// Every label of the console in Kazakh, Russian and English, and culture-aware formatting of dates and numbers.
import { kk } from "./labels-kk.js";
import { ru } from "./labels-ru.js";
import { en } from "./labels-en.js";

const dictionaries = { kk, ru, en };
// Browsers may lack Kazakh formatting data (Chromium formats kk-KZ numbers as 1,234.5); Kazakh writes numbers as
// Russian does (1 234,5), so numbers borrow Russian formatting and dates are written out below.
const numberCultures = { kk: "ru-RU", ru: "ru-RU", en: "en-GB" };
const englishMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const storageKey = "triage.language";
const listeners = new Set();

let language = localStorage.getItem(storageKey) ?? "ru";

export const languages = Object.keys(dictionaries);

export function currentLanguage() {
  return language;
}

export function setLanguage(next) {
  language = dictionaries[next] ? next : "en";
  localStorage.setItem(storageKey, language);
  document.documentElement.lang = language;
  applyLabels(document);
  listeners.forEach((listener) => listener(language));
}

/** Adds a page's own labels ({ kk, ru, en }) to the shared ones, e.g. the clinic app's beside the console's. */
export function addLabels(extra) {
  for (const [lang, labels] of Object.entries(extra)) Object.assign(dictionaries[lang], labels);
  applyLabels(document);
}

/** Called after a language change so views can re-render what they built from data. */
export function onLanguageChange(listener) {
  listeners.add(listener);
}

/** The label for a key; `{name}` placeholders are filled from `values`. An unknown key shows itself, so gaps are visible. */
export function t(key, values = {}) {
  const text = dictionaries[language][key] ?? dictionaries.en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => String(values[name] ?? ""));
}

/** Fills elements marked data-i18n (text), data-i18n-label (aria-label) and data-i18n-placeholder. */
export function applyLabels(root) {
  root.querySelectorAll("[data-i18n]").forEach((el) => (el.textContent = t(el.dataset.i18n)));
  root.querySelectorAll("[data-i18n-label]").forEach((el) => el.setAttribute("aria-label", t(el.dataset.i18nLabel)));
  root.querySelectorAll("[data-i18n-placeholder]").forEach((el) => el.setAttribute("placeholder", t(el.dataset.i18nPlaceholder)));
}

const pad = (n) => String(n).padStart(2, "0");

/** 06.12.2026 in Kazakh and Russian, 6 Dec 2026 in English; `month` counts from 1. */
function calendarDate(year, month, day) {
  return language === "en" ? `${day} ${englishMonths[month - 1]} ${year}` : `${pad(day)}.${pad(month)}.${year}`;
}

/** A moment in the browser's time zone: 06.12.2026 05:06 (kk, ru) or 6 Dec 2026, 05:06 (en). */
export function formatDateTime(value) {
  const d = new Date(value);
  const time = `${pad(d.getHours())}:${pad(d.getMinutes())}`;
  return `${calendarDate(d.getFullYear(), d.getMonth() + 1, d.getDate())}${language === "en" ? "," : ""} ${time}`;
}

/** A calendar date as picked in a date field (YYYY-MM-DD), shown without any time-zone shift. */
export function formatDate(isoDate) {
  const [year, month, day] = isoDate.split("-").map(Number);
  return calendarDate(year, month, day);
}

export function formatNumber(value, digits = 0) {
  return new Intl.NumberFormat(numberCultures[language], { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value);
}

export function formatPercent(value, digits = 0) {
  return new Intl.NumberFormat(numberCultures[language], { style: "percent", maximumFractionDigits: digits }).format(value);
}

/** A waiting time such as 1:05:09 or 4:07, which reads the same in every language. */
export function formatWait(milliseconds) {
  const seconds = Math.max(0, Math.floor(milliseconds / 1000));
  const pad = (n) => String(n).padStart(2, "0");
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

// How a specialist notices a new emergency while looking elsewhere: a tone, a screen-reader announcement and the tab title.
import { t } from "./i18n.js";

let audio = null;

function tone() {
  // Browsers allow sound only after the user has interacted with the page; signing in counts.
  audio ??= new AudioContext();
  const oscillator = audio.createOscillator();
  const gain = audio.createGain();
  oscillator.frequency.value = 880;
  gain.gain.setValueAtTime(0.2, audio.currentTime);
  gain.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + 0.6);
  oscillator.connect(gain).connect(audio.destination);
  oscillator.start();
  oscillator.stop(audio.currentTime + 0.6);
}

export function alertEmergency(consult) {
  try {
    tone();
  } catch {
    // No audio device: the visual alert below still shows.
  }
  document.getElementById("announcer").textContent = t("newEmergency", { clinic: consult.clinicId });
  document.title = `(!) ${t("appName")}`;
}

export function clearAlert() {
  document.title = t("appName");
}

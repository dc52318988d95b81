// The call card of a consult, the same in the console and the clinic app: call, ring, answer, hang up, switch to
// audio only, and the call's mode ("Video", "Audio only — weak link") as both sides see it. `side` is SPECIALIST or
// FELDSHER; `link` is how this page signals (see peer-call.js).
import { h } from "./dom.js";
import { t, formatNumber } from "./i18n.js";
import { PeerCall } from "./peer-call.js";

export function callPanel(side, link) {
  let peer = null;
  let ringing = null;
  let available = false;
  let state = "idle";
  let error = null;
  const remote = h("video", { id: "call-remote", autoplay: true, playsinline: true, class: "call-remote" });
  const local = h("video", { id: "call-local", autoplay: true, playsinline: true, class: "call-local" });
  local.muted = true;
  const controls = h("p", { class: "actions call-actions" });
  const status = h("p", { id: "call-state", role: "status" });
  const mode = h("p", { id: "call-mode", class: "call-mode", "aria-live": "polite" });
  const problem = h("p", { id: "call-error", class: "error", role: "alert" });
  const videos = h("div", { class: "call-videos", hidden: true }, remote, local);
  const element = h("section", { class: "card call", id: "call", "aria-labelledby": "call-heading" },
    h("h2", { id: "call-heading" }, t("callTitle")), status, mode, videos, controls, problem);

  function button(id, label, onclick, secondary = false) {
    return h("button", { type: "button", id, class: secondary ? "secondary" : null, onclick }, label);
  }

  function draw() {
    element.hidden = !available && !peer;
    element.querySelector("#call-heading").textContent = t("callTitle");
    const inCall = peer && !peer.ended;
    status.textContent = inCall ? t(peer.connected() ? "callConnected" : state === "calling" ? "callCalling" : "callConnecting")
      : ringing ? t("callIncoming", { who: ringing.starterName || ringing.starterId })
      : state === "ended" ? t("callEnded") : "";
    status.dataset.state = inCall ? (peer.connected() ? "connected" : state) : ringing ? "ringing" : state;
    mode.hidden = !inCall;
    if (inCall) {
      const current = peer.mode();
      mode.dataset.mode = current;
      mode.dataset.outgoingKbps = peer.outgoingBps === null ? "" : String(Math.round(peer.outgoingBps / 1000));
      mode.textContent = t(`callMode_${current}`) + (peer.outgoingBps === null ? "" : ` · ${t("callOutgoing", { kbps: formatNumber(peer.outgoingBps / 1000) })}`);
    }
    videos.hidden = !inCall;
    remote.hidden = !inCall || peer.remoteMode?.mode === "audio";
    local.hidden = !inCall || peer.localMode?.mode === "audio";
    if (inCall && remote.srcObject !== peer.remoteStream) remote.srcObject = peer.remoteStream;
    if (inCall && local.srcObject !== peer.stream) local.srcObject = peer.stream;
    problem.textContent = error ?? "";
    // Redrawn every second while a call lasts: the buttons are replaced only when they change, so a click lands.
    const buttons = inCall ? `call:${peer.audioOnlyByHand}` : ringing ? "ringing" : available ? "idle" : "none";
    if (controls.dataset.shown === `${buttons}:${document.documentElement.lang}`) return;
    controls.dataset.shown = `${buttons}:${document.documentElement.lang}`;
    controls.replaceChildren(...(inCall
      ? [button("call-audio-only", t(peer.audioOnlyByHand ? "callVideoAgain" : "callAudioOnly"), toggleAudio, true), " ", button("call-hang-up", t("callHangUp"), hangUp)]
      : ringing ? [button("call-answer", t("callAnswer"), answer)]
      : available ? [button("call-start", t("callStart"), start)] : []));
  }

  async function begin(work) {
    error = null;
    peer?.close();
    peer = new PeerCall(link, draw);
    draw();
    try {
      await work(peer);
    } catch (failure) {
      peer?.close();
      peer = null;
      state = "idle";
      error = t(failure?.name === "NotAllowedError" || failure?.name === "NotFoundError" ? "callNoMedia" : "callFailed");
    }
    draw();
  }

  function start() {
    state = "calling";
    return begin((s) => s.start());
  }

  function answer() {
    const callId = ringing.callId;
    ringing = null;
    state = "connecting";
    return begin((s) => s.answer(callId));
  }

  async function hangUp() {
    const ending = peer;
    peer = null;
    state = "ended";
    draw();
    await ending?.hangUp().catch(() => {});
  }

  async function toggleAudio() {
    await peer.setAudioOnly(!peer.audioOnlyByHand);
    draw();
  }

  /** Follows the consult's events: a call started by the other side rings; an ended one hangs up here too. */
  function update(events, canCall) {
    available = canCall;
    const last = events.filter((e) => e.callStarted || e.callEnded).at(-1);
    const active = last?.callStarted ?? null;
    if (peer && !peer.ended && peer.callId && active?.callId !== peer.callId) {
      peer.close();
      peer = null;
      state = "ended";
    }
    ringing = active && active.startedBy !== side && active.callId !== peer?.callId ? active : null;
    if (!canCall) ringing = null;
    draw();
  }

  function leave() {
    if (peer && !peer.ended) hangUp();
  }

  draw();
  return { element, update, leave };
}

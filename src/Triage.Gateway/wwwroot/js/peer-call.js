// The WebRTC side of a consult call, shared by the console and the clinic app. Media is DTLS-SRTP between the two
// browsers (or through TURN, which cannot read it either) and is never recorded; signalling goes through `link`:
//   link.start() / link.join(callId) → { callId, iceServers }, link.send(callId, kind, payload), link.end(callId),
//   link.listen(onSignal) → a promise of a stop function, settled once this side hears the other's signals.
// The side that answers the ring makes the offer: by then both sides are listening, so no signal is lost.

/** Below this measured outgoing bandwidth a call sends audio only; video comes back above `recoverBps` (hysteresis). */
export const weakLinkBps = 150_000;
export const recoverBps = 300_000;
/** Opus stays in 16–32 kbit/s: speech remains clear, and an EDGE uplink still carries it. */
const audioBps = { audio: 24_000, video: 32_000 };
const checkEveryMs = 1000;
const steadySamples = 3;
/** At most a minute of good readings before video is tried again. */
const maxSteadySamples = 60;

export class PeerCall {
  constructor(link, onChange) {
    this.link = link;
    this.onChange = onChange;
    this.callId = null;
    this.pc = null;
    this.stream = null;
    this.remoteStream = null;
    this.stopListening = null;
    this.pendingCandidates = [];
    this.sending = Promise.resolve();
    this.audioOnlyByHand = false;
    this.weakLink = false;
    this.strongSamples = 0;
    this.samplesToRecover = steadySamples;
    this.recovered = false;
    this.outgoingBps = null;
    this.localMode = null;
    this.remoteMode = null;
    this.timer = null;
    this.ended = false;
  }

  /** Starts a call and waits for the other side to answer with its offer. */
  async start() {
    await this.prepare();
    const ticket = await this.link.start();
    this.open(ticket);
  }

  /** Answers a ringing call: this side makes the offer. */
  async answer(callId) {
    await this.prepare();
    const ticket = await this.link.join(callId);
    this.open(ticket);
    const offer = await this.pc.createOffer();
    await this.pc.setLocalDescription(offer);
    this.send("OFFER", this.pc.localDescription);
  }

  /** Listens first and takes the camera and microphone, so the call is ready before anyone rings. */
  async prepare() {
    this.stopListening = await this.link.listen((kind, payload, callId) => this.received(kind, payload, callId));
    try {
      this.stream = await navigator.mediaDevices.getUserMedia({ audio: true, video: { width: 640, height: 480 } });
    } catch {
      // No camera (or it is refused): the call is a voice call.
      this.stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    }
  }

  open(ticket) {
    this.callId = ticket.callId;
    const iceServers = (ticket.iceServers ?? []).map(({ urls, username, credential }) =>
      (username ? { urls, username, credential } : { urls }));
    this.pc = new RTCPeerConnection({ iceServers, iceTransportPolicy: ticket.relayOnly ? "relay" : "all" });
    this.remoteStream = new MediaStream();
    this.stream.getTracks().forEach((track) => this.pc.addTrack(track, this.stream));
    this.pc.onicecandidate = (event) => event.candidate && this.send("ICE_CANDIDATE", event.candidate.toJSON());
    this.pc.ontrack = (event) => {
      this.remoteStream.addTrack(event.track);
      this.onChange();
    };
    this.pc.onconnectionstatechange = () => this.onChange();
    this.timer = setInterval(() => this.adapt().catch(() => {}), checkEveryMs);
  }

  /** Signals go out one after another, so the other side sees the offer before its candidates. */
  send(kind, value) {
    const payload = JSON.stringify(value);
    const callId = this.callId;
    this.sending = this.sending.then(() => this.link.send(callId, kind, payload)).catch(() => {});
  }

  async received(kind, payload, callId) {
    if (callId !== this.callId || !this.pc) return;
    const value = JSON.parse(payload);
    if (kind === "OFFER") {
      await this.pc.setRemoteDescription(value);
      await this.flushCandidates();
      await this.pc.setLocalDescription(await this.pc.createAnswer());
      this.send("ANSWER", this.pc.localDescription);
    } else if (kind === "ANSWER") {
      await this.pc.setRemoteDescription(value);
      await this.flushCandidates();
    } else if (kind === "ICE_CANDIDATE") {
      if (this.pc.remoteDescription) await this.pc.addIceCandidate(value);
      else this.pendingCandidates.push(value);
    } else if (kind === "MODE") {
      this.remoteMode = value;
      this.onChange();
    }
  }

  async flushCandidates() {
    const waiting = this.pendingCandidates.splice(0);
    for (const candidate of waiting) await this.pc.addIceCandidate(candidate);
  }

  /** The measured outgoing bandwidth of the pair in use, as the browser's congestion control estimates it. */
  async measure() {
    const stats = await this.pc.getStats();
    let pair = null;
    stats.forEach((report) => {
      if (report.type === "transport" && report.selectedCandidatePairId) pair = stats.get(report.selectedCandidatePairId);
    });
    if (!pair) stats.forEach((report) => { if (report.type === "candidate-pair" && report.nominated && report.state === "succeeded") pair = report; });
    return pair?.availableOutgoingBitrate;
  }

  async adapt() {
    if (!this.pc) return;
    const bps = await this.measure();
    if (bps !== undefined) {
      this.outgoingBps = bps;
      if (bps < weakLinkBps) {
        // Video that came back and failed again waits twice as long before its next try: once video stops, the
        // browser's estimate probes upward even on a link that cannot carry it, and a call flapping between modes is
        // worse than one that stays with speech.
        if (!this.weakLink && this.recovered) this.samplesToRecover = Math.min(this.samplesToRecover * 2, maxSteadySamples);
        this.weakLink = true;
        this.strongSamples = 0;
      } else if (bps > recoverBps && ++this.strongSamples >= this.samplesToRecover) {
        if (this.weakLink) this.recovered = true;
        this.weakLink = false;
      }
    }
    await this.applyMode();
    this.onChange();
  }

  setAudioOnly(byHand) {
    this.audioOnlyByHand = byHand;
    return this.applyMode();
  }

  /** Sends video or stops it, keeps Opus at its bitrate for the mode, and tells the other side when the mode changes. */
  async applyMode() {
    // The senders' parameters can be set once the two sides have agreed on the media (offer and answer).
    if (!this.pc?.remoteDescription) return;
    const hasVideo = this.stream.getVideoTracks().length > 0;
    const mode = !hasVideo || this.audioOnlyByHand || this.weakLink ? "audio" : "video";
    const reason = mode === "video" ? null : this.weakLink ? "link" : this.audioOnlyByHand ? "user" : "noCamera";
    if (this.localMode?.mode === mode && this.localMode?.reason === reason) return;
    this.localMode = { mode, reason };
    for (const sender of this.pc.getSenders()) {
      if (!sender.track) continue;
      const parameters = sender.getParameters();
      if (!parameters.encodings?.length) parameters.encodings = [{}];
      if (sender.track.kind === "audio") parameters.encodings[0].maxBitrate = audioBps[mode];
      else parameters.encodings[0].active = mode === "video";
      await sender.setParameters(parameters);
    }
    this.send("MODE", this.localMode);
    this.onChange();
  }

  /** What both pages show: audio only when either side sends no video, and why. */
  mode() {
    const modes = [this.localMode, this.remoteMode].filter(Boolean);
    const audio = modes.filter((m) => m.mode === "audio");
    if (audio.some((m) => m.reason === "link")) return "weakLink";
    return audio.length > 0 ? "audio" : "video";
  }

  connected() {
    return this.pc?.connectionState === "connected";
  }

  async hangUp() {
    const callId = this.callId;
    this.close();
    if (callId) await this.link.end(callId);
  }

  /** Ends this side's part: no camera, no microphone, no connection, nothing kept. */
  close() {
    this.ended = true;
    clearInterval(this.timer);
    this.pc?.close();
    this.stream?.getTracks().forEach((track) => track.stop());
    this.stopListening?.();
    this.pc = null;
    this.stopListening = null;
  }
}

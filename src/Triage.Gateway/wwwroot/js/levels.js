// Referral levels in the order of urgency the queue and the conclusion form use.
export const levels = ["EMERGENCY", "URGENT_REFERRAL", "ROUTINE_REFERRAL", "TREAT_LOCALLY"];

/** Higher is more urgent; unknown levels sort last. */
export function urgency(level) {
  const index = levels.indexOf(level);
  return index < 0 ? -1 : levels.length - index;
}

/** "850 мс", "12 с", "3 мин 05 с", "1 ч 02 мин": short and unambiguous in both languages. */
export function formatDuration(ms: number, locale: string): string {
  const en = locale === "en";
  const u = en ? { ms: "ms", s: "s", min: "min", h: "h" } : { ms: "мс", s: "с", min: "мин", h: "ч" };
  if (ms < 1000) return `${Math.max(0, Math.round(ms))} ${u.ms}`;
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} ${u.s}`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} ${u.min} ${String(seconds % 60).padStart(2, "0")} ${u.s}`;
  return `${Math.floor(minutes / 60)} ${u.h} ${String(minutes % 60).padStart(2, "0")} ${u.min}`;
}

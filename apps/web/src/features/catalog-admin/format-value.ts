/**
 * A catalog value as a short text for a diff or the audit log: "—" for nothing, numbers as they
 * are, text as it is, lists and objects as compact JSON (cut at `max` characters).
 *
 * @example
 * formatValue({ value: 0.12, source: "skills-judgement" }) // → '{"value":0.12,"source":"skills-judgement"}'
 */
export function formatValue(value: unknown, max = 160): string {
  if (value === null || value === undefined) return "—";
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return value === "" ? '""' : value;
  if (typeof value === "boolean") return value ? "yes" : "no";
  const text = JSON.stringify(value);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** A value as it travels as JSON: dates become ISO 8601 strings. */
export type Wire<T> = T extends Date ? string : T extends readonly (infer U)[] ? Wire<U>[] : T extends object ? { [K in keyof T]: Wire<T[K]> } : T;

/**
 * Turns the dates of database rows into ISO strings, so what a procedure returns is exactly what
 * the client receives (the API sends plain JSON, no transformer).
 *
 * @example
 * toWire([{ id: "a", createdAt: new Date(0) }]) // → [{ id: "a", createdAt: "1970-01-01T00:00:00.000Z" }]
 */
export function toWire<T>(value: T): Wire<T> {
  if (value instanceof Date) return value.toISOString() as Wire<T>;
  if (Array.isArray(value)) return value.map((v) => toWire(v)) as Wire<T>;
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = toWire(v);
    return out as Wire<T>;
  }
  return value as Wire<T>;
}

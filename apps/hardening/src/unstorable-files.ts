import type { InvalidCase } from "./invalid-inputs.js";

type Json = { [key: string]: unknown };

/**
 * The escapes a JSON text can hold for text the database cannot store, although the file's own
 * characters are clean: U+0000 and an unpaired surrogate.
 */
const escapes = [
  { what: "U+0000", json: "\\u0000" },
  { what: "an unpaired surrogate", json: "\\ud800" },
] as const;

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/**
 * Files that decode into text the database cannot store, found from a valid input: a JSON
 * document held as text gets a `\u0000` (or `\ud800`) escape in its first string; a list of CSV
 * files (a catalog import, lists as JSON) gets the escape inside its first JSON list cell. Each
 * must be refused naming the field or the line, and nothing imported. (A roster workbook's
 * `_x0000_` is covered by its own suite: whether it decodes depends on the XLSX reader.)
 *
 * @example
 * unstorableFileCases({ text: '{ "version": "x", … }', note: "n" })
 * // → [{ label: "text: U+0000 escaped in a string (\\u0000)", field: "text", file: true, input: { text: '{ "version": "\\u0000x", … }', note: "n" }, expect: "invalid" }, …]
 */
export function unstorableFileCases(base: unknown): InvalidCase[] {
  if (!isObject(base)) return [];
  const cases: InvalidCase[] = [];
  const add = (field: string, what: string, input: unknown): void =>
    void cases.push({ label: `${field}: ${what}`, field, fields: [field], file: true, input, expect: "invalid" });
  for (const escape of escapes) {
    if (typeof base.text === "string" && /^\s*\{/.test(base.text) && base.text.includes('": "')) {
      add("text", `${escape.what} escaped in a string (${escape.json})`, { ...base, text: base.text.replace('": "', `": "${escape.json}`) });
    }
    if (Array.isArray(base.files)) {
      const files = base.files as Json[];
      const at = files.findIndex((f) => typeof f.content === "string" && f.content.includes('[""'));
      if (at >= 0) {
        const changed = files.map((f, i) => (i === at ? { ...f, content: (f.content as string).replace('[""', `[""${escape.json}`) } : f));
        add("files", `${escape.what} escaped in a JSON list cell (${escape.json})`, { ...base, files: changed });
      }
    }
  }
  return cases;
}

import type { InvalidCase } from "./invalid-inputs.js";

type Json = { [key: string]: unknown };

/** A copy of `root` with the string at `path` replaced. */
function replaceAt(root: unknown, path: readonly string[], value: string): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  return { ...(root as Json), [head!]: replaceAt((root as Json)[head!], rest, value) };
}

/** The string fields of a valid input, with their paths (objects only; arrays are left alone). */
function stringFields(value: unknown, path: string[] = []): { path: string[]; value: string; siblings: Json }[] {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return [];
  return Object.entries(value as Json).flatMap(([key, v]) =>
    typeof v === "string" ? [{ path: [...path, key], value: v, siblings: value as Json }] : stringFields(v, [...path, key]),
  );
}

function looksLikeJsonDocument(text: string): boolean {
  if (text.length < 20 || !/^\s*[[{]/.test(text)) return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function looksLikeCsv(text: string): boolean {
  return text.includes("\n") && (text.split("\n")[0] ?? "").includes(",");
}

/** The longest string among an object's fields: the file of an upload (not its name). */
function isLongestString(value: string, siblings: Json): boolean {
  return Object.values(siblings).every((v) => typeof v !== "string" || v.length <= value.length);
}

/** Broken versions of a valid CSV file: the importer must refuse each, by line, and import nothing. */
function brokenCsv(csv: string): { what: string; text: string }[] {
  const lines = csv.replace(/\r\n/g, "\n").split("\n");
  const header = lines[0] ?? "";
  const columns = header.split(",").length;
  const body = lines.slice(1).filter((l) => l.trim() !== "");
  const first = body[0] ?? "";
  return [
    { what: "header only", text: `${header}\n` },
    { what: "unterminated quote", text: `${header}\n"${first}` },
    { what: "row with too few cells", text: `${header}\n${first}\nonly-one-cell\n` },
    { what: "row of negative numbers", text: `${header}\n${Array.from({ length: columns }, () => "-1").join(",")}\n` },
    { what: "row of non-finite numbers", text: `${header}\n${Array.from({ length: columns }, (_, i) => (i % 2 ? "NaN" : "1e999")).join(",")}\n` },
    { what: "unknown columns", text: `no_such_column,another_one\n1,2\n` },
    { what: "good rows then one bad row", text: `${[header, ...body].join("\n")}\n${Array.from({ length: columns }, () => "???").join(",")}\n` },
    { what: "the same row twice", text: `${header}\n${first}\n${first}\n` },
    { what: "binary garbage", text: "PK\u0003\u0004\u0000\u0000\u0001\u0002\ufffd\ufffd garbage \u0000" },
  ];
}

/** Broken XLSX uploads (base64): not base64 at all, random bytes, a zip that is no workbook, CSV text. */
function brokenXlsx(): { what: string; text: string }[] {
  const base64 = (bytes: Uint8Array | string): string => Buffer.from(bytes).toString("base64");
  const emptyZip = new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)]);
  return [
    { what: "not base64", text: "%%% not base64 %%%" },
    { what: "random bytes", text: base64(new Uint8Array(Array.from({ length: 512 }, (_, i) => (i * 37 + 11) % 256))) },
    { what: "an empty zip, no workbook", text: base64(emptyZip) },
    { what: "CSV text instead of a workbook", text: base64("employee_id,name\nE1,Ann\n") },
    { what: "truncated zip header", text: base64(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00])) },
  ];
}

/** Broken JSON documents: cut short, the wrong shape, deeply nested, with ids that do not exist. */
function brokenJson(document: string): { what: string; text: string }[] {
  const parsed = JSON.parse(document) as unknown;
  const withUnknownSource =
    parsed && typeof parsed === "object" && !Array.isArray(parsed)
      ? JSON.stringify({ ...(parsed as Json), sources: [] })
      : JSON.stringify({ sources: [] });
  return [
    { what: "cut short", text: document.slice(0, Math.floor(document.length / 2)) },
    { what: "not JSON", text: "this is not JSON" },
    { what: "null", text: "null" },
    { what: "an array", text: "[]" },
    { what: "an empty object", text: "{}" },
    { what: "wrong types", text: JSON.stringify({ version: 12, sources: "none", roles: {} }) },
    { what: "deeply nested", text: `${"[".repeat(5000)}${"]".repeat(5000)}` },
    { what: "no sources for its figures", text: withUnknownSource },
  ];
}

/**
 * Hand-written broken files for import procedures, found from a valid input: a CSV field (text
 * whose first line has commas) gets broken CSV files, and broken workbooks too when it is an
 * upload beside `format: "csv"` (switched to `"xlsx"`); an XLSX upload (the longest string beside
 * `format: "xlsx"`) gets broken workbooks, a JSON document held as text broken documents. Each
 * must be refused with the field named (imports report `content.line <n>`) and nothing imported.
 *
 * @example
 * importExtras({ teamId, revision: 1, format: "csv", fileName: "team.csv", content: csv })
 * // → [{ label: "content: header only", field: "content", fields: ["content"], file: true, input: { …, content: "employee id,…\n" }, expect: "invalid" }, …]
 */
export function importExtras(base: unknown): InvalidCase[] {
  const cases: InvalidCase[] = [];
  for (const { path, value, siblings } of stringFields(base)) {
    const field = path.join(".");
    const add = (what: string, input: unknown): void =>
      void cases.push({ label: `${field}: ${what}`, field, fields: [field], file: true, input, expect: "invalid" });
    const isUpload = isLongestString(value, siblings);
    if (siblings.format === "xlsx" && isUpload) {
      for (const v of brokenXlsx()) add(v.what, replaceAt(base, path, v.text));
    } else if (looksLikeJsonDocument(value)) {
      for (const v of brokenJson(value)) add(v.what, replaceAt(base, path, v.text));
    } else if (looksLikeCsv(value)) {
      for (const v of brokenCsv(value)) add(v.what, replaceAt(base, path, v.text));
      // An upload that also takes XLSX: the same field as a broken workbook.
      if (siblings.format === "csv" && isUpload) {
        const asXlsx = replaceAt(base, [...path.slice(0, -1), "format"], "xlsx");
        for (const v of brokenXlsx()) add(`XLSX, ${v.what}`, replaceAt(asXlsx, path, v.text));
      }
    }
  }
  return cases;
}

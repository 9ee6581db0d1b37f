import { strToU8, zipSync } from "fflate";

const contentTypes =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
  '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>';
const rootRels =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>';
const workbook =
  '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Roster" sheetId="1" r:id="rId1"/></sheets></workbook>';
const workbookRels =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>';

/** The column letters of a 1-based column number: 1 → "A", 27 → "AA". */
function columnName(n: number): string {
  let name = "";
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) name = String.fromCharCode(65 + ((c - 1) % 26)) + name;
  return name;
}

const escapeXml = (text: string): string => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * The XML of one sheet row: text as inline strings, numbers as numbers.
 *
 * @example
 * sheetRowXml(2, ["E1", 150000]) // → '<row r="2"><c r="A2" t="inlineStr"><is><t>E1</t></is></c><c r="B2"><v>150000</v></c></row>'
 */
export function sheetRowXml(line: number, cells: readonly (string | number)[]): string {
  const xml = cells.map((cell, i) => {
    const ref = `${columnName(i + 1)}${line}`;
    return typeof cell === "number" ? `<c r="${ref}"><v>${cell}</v></c>` : `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(cell)}</t></is></c>`;
  });
  return `<row r="${line}">${xml.join("")}</row>`;
}

/**
 * A minimal XLSX workbook (one sheet, inline strings, no styles) whose sheet holds `rows`, each
 * a row's cells or its XML as `sheetRowXml` writes it; packed at zip level `level` (default 6).
 * For tests and benchmarks: hand-made workbooks of any size, shape or compression.
 *
 * @example
 * const bytes = workbookBytes([["employee id", "name"], ["E1", "Ada"]]); // → Uint8Array [0x50, 0x4b, …]
 */
export function workbookBytes(rows: Iterable<readonly (string | number)[] | string>, options: { level?: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 } = {}): Uint8Array {
  const parts = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'];
  let line = 0;
  for (const row of rows) {
    line++;
    parts.push(typeof row === "string" ? row : sheetRowXml(line, row));
  }
  parts.push("</sheetData></worksheet>");
  return zipSync(
    {
      "[Content_Types].xml": strToU8(contentTypes),
      "_rels/.rels": strToU8(rootRels),
      "xl/workbook.xml": strToU8(workbook),
      "xl/_rels/workbook.xml.rels": strToU8(workbookRels),
      "xl/worksheets/sheet1.xml": strToU8(parts.join("")),
    },
    { level: options.level ?? 6 },
  );
}

/**
 * A workbook of `n` rows of one number cell each, packed hard: a few megabytes that unpack to
 * tens of megabytes and, read whole, to over a gigabyte of memory (a zip-bomb-like roster).
 *
 * @example
 * oneCellRowsWorkbook(873_813).length // → about 5 MB
 */
export function oneCellRowsWorkbook(n: number): Uint8Array {
  function* rows(): Generator<string> {
    for (let i = 1; i <= n; i++) yield `<row r="${i}"><c r="A${i}"><v>${i}</v></c></row>`;
  }
  return workbookBytes(rows(), { level: 9 });
}

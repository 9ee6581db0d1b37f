// Parsing a 10,000-row roster as CSV and as XLSX, printed as `bench <name> <value> <unit>`.
// Run: pnpm --filter @paypath/roster bench
import { fixtureCatalog as catalog } from "@paypath/core/testing";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { parseRoster } from "../src/index.js";
import { sampleRosterCsv } from "../src/testing/sample-roster.js";

function print(name: string, value: number, unit: string): void {
  console.log(`bench ${name} ${Math.round(value)} ${unit}`);
}

async function time(fn: () => Promise<number>): Promise<number> {
  const start = performance.now();
  const count = await fn();
  if (count !== 10_000) throw new Error(`parsed ${count} members, not 10,000`);
  return performance.now() - start;
}

const text = sampleRosterCsv(10_000, catalog);
const csv = new TextEncoder().encode(text);

const book = new ExcelJS.Workbook();
const sheet = book.addWorksheet("Roster");
const [header, ...rows] = Papa.parse<string[]>(text.trim()).data;
sheet.addRow(header);
// Money and rating as number cells, as a spreadsheet holds them.
for (const row of rows) sheet.addRow(row.map((cell, i) => (i >= 6 && i <= 9 && cell !== "" ? Number(cell) : cell)));
const xlsx = new Uint8Array(await book.xlsx.writeBuffer());

// Warm up once on each format, then time.
await parseRoster(csv, "csv", catalog);
await parseRoster(xlsx, "xlsx", catalog);
print("roster.parse10k_csv_ms", await time(async () => (await parseRoster(csv, "csv", catalog)).members.length), "ms");
print("roster.parse10k_xlsx_ms", await time(async () => (await parseRoster(xlsx, "xlsx", catalog)).members.length), "ms");

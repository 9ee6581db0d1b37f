import { PassThrough, Readable, Writable } from "node:stream";
import { text } from "node:stream/consumers";
import { fixtureCatalog as catalog } from "@paypath/core/testing";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { outputColumns } from "../rows/format-row.js";
import { generateProfiles } from "../testing/generate-profiles.js";
import { runEstimate, type EstimateCommandOptions } from "./estimate.js";

async function run(csv: string, options: EstimateCommandOptions = {}) {
  const output = new PassThrough();
  const errors = new PassThrough();
  const out = text(output);
  const err = text(errors);
  const counts = await runEstimate({ input: Readable.from([csv]), output, errors }, catalog, options);
  errors.end();
  return { counts, out: await out, err: await err };
}

function records(csv: string): Record<string, string>[] {
  return parse(csv, { columns: true }) as Record<string, string>[];
}

const good = [
  "id,title,level,country,metro,remote,skills",
  "a1,Sr. ML Engineer,,US,San Francisco,100,llm-fine-tuning",
  "a2,Research Scientist,SE,gb,,hybrid,",
].join("\n");

describe("runEstimate", () => {
  it("writes one estimate per row with the output columns, amounts rounded", async () => {
    const { counts, out, err } = await run(good);
    expect(err).toBe("");
    expect(counts).toEqual({ rows: 2, written: 2, invalid: 0, fatal: false, exitCode: 0 });
    expect(out.split("\n")[0]).toBe(outputColumns.join(","));
    const rows = records(out);
    expect(rows.map((r) => [r.id, r.role, r.level, r.currency])).toEqual([
      ["a1", "ml-engineer", "senior", "USD"],
      ["a2", "research-scientist", "senior", "USD"],
    ]);
    for (const row of rows) {
      expect(row.total_p50).toMatch(/^\d+$/);
      expect(row.confidence).toMatch(/^\d\.\d\d$/);
    }
    // The reference profile prices at the fixture's round figures.
    const reference = records((await run("id,role,level,country\nr,ml-engineer,senior,US")).out)[0];
    expect(reference).toMatchObject({ base_p25: "160000", base_p50: "200000", base_p75: "250000", bonus_p50: "20000", equity_p50: "40000", total_p50: "260000" });
  });

  it("reports bad rows with their physical line numbers, writes the good ones and fails", async () => {
    const csv = [
      "id,role,level,country", // line 1
      "g1,ml-engineer,senior,US", // 2
      "b1,ml-engineer,wizard,US", // 3
      "", // 4: empty lines are skipped but counted
      "g2,data-scientist,MI,GB", // 5
      "b2,astronaut,senior,FR", // 6
      "b3,ml-engineer,senior", // 7
      "g3,research-scientist,EX,IN", // 8
    ].join("\n");
    const { counts, out, err } = await run(csv);
    expect(records(out).map((r) => r.id)).toEqual(["g1", "g2", "g3"]);
    expect(err.split("\n").filter(Boolean)).toEqual([
      'line 3: level: unknown level "wizard"',
      'line 6: role: unknown role "astronaut"',
      'line 6: country: no location for country "FR"',
      "line 7: expected 4 fields, found 3",
    ]);
    expect(counts).toEqual({ rows: 6, written: 3, invalid: 3, fatal: false, exitCode: 1 });
  });

  it("still reports bad rows but succeeds with skipInvalid", async () => {
    const { counts, err } = await run("id,role,level,country\ng,ml-engineer,senior,US\nb,ml-engineer,wizard,US\n", { skipInvalid: true });
    expect(err).toBe('line 3: level: unknown level "wizard"\n');
    expect(counts).toMatchObject({ written: 1, invalid: 1, exitCode: 0 });
  });

  it("writes JSON Lines with the same fields", async () => {
    const { out } = await run(good, { format: "jsonl" });
    const lines = out.trimEnd().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(2);
    expect(Object.keys(lines[0]!)).toEqual([...outputColumns]);
    expect(lines[0]).toMatchObject({ id: "a1", role: "ml-engineer", warnings: [] });
    expect(typeof lines[0]!.total_p50).toBe("number");
  });

  it("numbers rows after a multi-line quoted field by their physical line", async () => {
    for (const eol of ["\n", "\r\n"]) {
      const csv = [
        "id,title,level,country", // 1
        'm1,"Senior', // 2
        'ML Engineer",,US', // 3
        'm2,"Research', // 4
        "", // 5 (inside the quotes)
        'Scientist",wizard,US', // 6
        "m3,Data Scientist,wizard,US", // 7
      ].join(eol);
      const { out, err } = await run(csv);
      expect(records(out).map((r) => r.id)).toEqual(["m1"]);
      expect(err).toBe('line 4: level: unknown level "wizard"\nline 7: level: unknown level "wizard"\n');
    }
  });

  it("carries warnings: a low-confidence title and a projected year", async () => {
    const { out } = await run("id,title,level,country,year\nw,Quantum Blockchain Crypto Wizard ML Engineer,SE,US,2025\n");
    const warnings = records(out)[0]!.warnings!.split(";");
    expect(warnings).toEqual([
      'title "Quantum Blockchain Crypto Wizard ML Engineer" mapped to ml-engineer with low confidence 0.55',
      "2025 is a projection: the salary data end in 2024, and 2025's market index extends them by a stated trend, confidence × 0.90 (0.9 for each year past 2024)",
    ]);
  });

  it("reports a year outside the catalog's market years on its line, naming the range", async () => {
    const { counts, out, err } = await run("id,role,level,country,year\na,ml-engineer,SE,US,2024\nb,ml-engineer,SE,US,2031\nc,ml-engineer,SE,US,-5\n");
    expect(records(out).map((r) => r.id)).toEqual(["a"]);
    expect(err.split("\n").filter(Boolean)).toEqual([
      "line 3: year: must be a year from 2023 to 2025 (the catalog's market years), not 2031",
      "line 4: year: must be a year from 2023 to 2025 (the catalog's market years), not -5",
    ]);
    expect(counts).toMatchObject({ written: 1, invalid: 2, exitCode: 1 });
  });

  it("prices a title that names no role as a low-confidence fallback with a wider range", async () => {
    const { counts, out, err } = await run("id,title,role,level,country\nguess,Engineer,,SE,US\nknown,,ml-engineer,SE,US\n");
    expect(err).toBe("");
    expect(counts.exitCode).toBe(0);
    const [guess, known] = records(out);
    expect(guess).toMatchObject({ role: "ml-engineer", total_p50: known!.total_p50 });
    expect(Number(guess!.confidence)).toBeLessThanOrEqual(0.45);
    expect(Number(guess!.total_p25)).toBeLessThan(Number(known!.total_p25));
    expect(Number(guess!.total_p75)).toBeGreaterThan(Number(known!.total_p75));
    expect(guess!.warnings).toContain('title "Engineer": "Engineer" alone does not say which kind of role');
    expect(guess!.warnings).toContain("the job title names no role the catalog knows");
  });

  it("with strict, refuses each title that names no role on its line and prices the rest", async () => {
    const csv = "id,title,level,country\nok,ML Engineer,SE,US\nbare,Engineer,SE,US\nodd,Chief Vibes Officer,SE,US\n";
    const { counts, out, err } = await run(csv, { strict: true });
    expect(records(out).map((r) => r.id)).toEqual(["ok"]);
    expect(err.split("\n").filter(Boolean)).toEqual([
      'line 3: title: "Engineer" names no role (the likeliest, ml-engineer, is only a guess); --strict refuses it: give the role',
      'line 4: title: "Chief Vibes Officer" names no role (the likeliest, data-scientist, is only a guess); --strict refuses it: give the role',
    ]);
    expect(counts).toMatchObject({ rows: 3, written: 1, invalid: 2, exitCode: 1 });
    expect((await run(csv, { strict: true, skipInvalid: true })).counts.exitCode).toBe(0);
  });

  it("stops on malformed CSV with the line of the problem, keeping the rows before it", async () => {
    const { counts, out, err } = await run('id,role,level,country\ng,ml-engineer,senior,US\nb,"ml-engineer,senior,US\nc,x,y,z\n');
    expect(records(out).map((r) => r.id)).toEqual(["g"]);
    expect(err).toBe("line 3: malformed CSV: a quote opened in this record is never closed\n");
    expect(counts).toMatchObject({ written: 1, fatal: true, exitCode: 1 });
  });

  it("fails on malformed CSV even with skipInvalid", async () => {
    const { counts, err } = await run('id,role,level,country\nb,ml-engineer,"senior"x,US\n', { skipInvalid: true });
    expect(err).toMatch(/^line 2: malformed CSV: Invalid Closing Quote/);
    expect(counts.exitCode).toBe(1);
  });

  it("rejects unknown, duplicate and missing header columns by name", async () => {
    expect((await run("id,role,levle,salary\n")).err).toBe(
      'line 1: unknown columns "levle", "salary" (known: id, title, role, level, country, metro, remote, industry, stage, company_size, skills, credentials, year)\n',
    );
    expect((await run("id,role,role\n")).err).toBe('line 1: column "role" appears twice\n');
    expect((await run("role,level\n")).err).toBe('line 1: the header has no "id" column\n');
    expect((await run("id,level\n")).err).toBe('line 1: the header needs a "title" or a "role" column\n');
    expect((await run("")).counts).toMatchObject({ fatal: true, exitCode: 1 });
  });

  it("accepts header names in any case and order", async () => {
    const { counts } = await run("Country, Level ,ROLE,Id\nUS,senior,ml-engineer,1\n");
    expect(counts).toMatchObject({ written: 1, exitCode: 0 });
  });

  it("streams 200k generated rows through", async () => {
    let written = 0;
    let lines = 0;
    const output = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        written += chunk.length;
        for (const byte of chunk) if (byte === 10) lines++;
        callback();
      },
    });
    const counts = await runEstimate({ input: generateProfiles(catalog, 200_000), output, errors: new PassThrough() }, catalog);
    expect(counts).toEqual({ rows: 200_000, written: 200_000, invalid: 0, fatal: false, exitCode: 0 });
    expect(lines).toBe(200_001);
    expect(written).toBeGreaterThan(0);
  }, 120_000);

  it("reports progress as rows are read", async () => {
    const seen: number[] = [];
    const csv = ["id,role,level,country", ...Array.from({ length: 25 }, (_, i) => `${i},ml-engineer,senior,US`)].join("\n");
    await run(csv, { onProgress: (rows) => seen.push(rows), progressEvery: 10 });
    expect(seen).toEqual([10, 20, 25]);
  });
});

// Roster files that used to freeze the server: a workbook of hundreds of thousands of one-cell
// rows (4 MB packed, over a gigabyte read whole), a workbook packed like a zip bomb, and files
// past the size, row, column and cell limits. Each must be refused over HTTP with a 400 whose
// message names the limit, write nothing, and leave the server answering /healthz meanwhile;
// a valid file of nearly 10 MB must import whole, with /healthz answering throughout.
import { defaultCatalog } from "@paypath/catalog";
import { databases } from "@paypath/db/testing";
import { oneCellRowsWorkbook, sampleRosterCsv, workbookBytes } from "@paypath/roster/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorOf } from "./api-client.js";
import { diffSnapshots, snapshotDatabase } from "./db-snapshot.js";
import { openWorld, type World } from "./world.js";

const header = "employee id,name,title,role,level,location,base";
const person = (i: number): string => `E${i},Person ${i},ML Engineer,ml-engineer,senior,us,150000`;
const base64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString("base64");

/** Every /healthz answer must come within this long, however busy the import keeps the server. */
const healthzBoundMs = 5_000;

interface Health {
  /** /healthz answers received while the work ran. */
  readonly answered: number;
  /** Requests that failed or took longer than the bound, with why. */
  readonly failures: readonly string[];
}

/** Runs `work` while asking `${url}/healthz` one request after another (20 ms apart), each within `healthzBoundMs`. */
async function whileAskingHealth<T>(url: string, work: () => Promise<T>): Promise<{ result: T; health: Health }> {
  let done = false;
  let answered = 0;
  const failures: string[] = [];
  const poller = (async () => {
    while (!done) {
      const started = Date.now();
      try {
        const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(healthzBoundMs) });
        await response.arrayBuffer();
        if (response.status === 200) answered++;
        else failures.push(`/healthz answered ${response.status}`);
      } catch (error) {
        failures.push(`/healthz gave no answer within ${Date.now() - started} ms: ${String(error)}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  try {
    return { result: await work(), health: { answered, failures } };
  } finally {
    done = true;
    await poller;
  }
}

describe.each(databases())("roster imports that must not freeze the server, on %s", (factory) => {
  let world: World;

  beforeAll(async () => {
    world = await openWorld(factory);
  });
  afterAll(() => world?.close());

  const importFile = async (format: "csv" | "xlsx", content: string) => {
    const { team } = await world.clients.teamManager.data<{ team: { revision: number } }>("teams.get", { teamId: world.world.teamId });
    return world.clients.teamManager.call("teams.importRoster", { teamId: world.world.teamId, revision: team.revision, format, fileName: `roster.${format}`, content });
  };

  const refused: [string, () => { format: "csv" | "xlsx"; content: string }, RegExp][] = [
    [
      "a workbook of 873,813 one-cell rows (zip-bomb-like, 4 MB packed)",
      () => ({ format: "xlsx", content: base64(oneCellRowsWorkbook(873_813)) }),
      /^The file has more than 100,000 rows of people \(line 100,002 is past the limit\), the most one import takes\. /,
    ],
    [
      "a workbook packed like a zip bomb (one 20 MB cell in 20 KB)",
      () => ({ format: "xlsx", content: base64(workbookBytes([header.split(","), ["E1", "x".repeat(20_000_000)]], { level: 9 })) }),
      /^The workbook's part "xl\/worksheets\/sheet1\.xml" is packed [\d,]+ times smaller than its content, more than the 100 times a spreadsheet ever is/,
    ],
    [
      "a CSV of 100,001 people",
      () => ({ format: "csv", content: [header, ...Array.from({ length: 100_001 }, (_, i) => person(i))].join("\n") }),
      /^The file has more than 100,000 rows of people \(line 100,002 is past the limit\)/,
    ],
    [
      "a CSV with 300 columns",
      () => ({ format: "csv", content: `${header}${",extra".repeat(293)}\n${person(1)}\n` }),
      /^Line 1 has 300 cells, more than the 256 columns a roster file may have\. Remove the columns/,
    ],
    [
      "a CSV with a 5,000-character name",
      () => ({ format: "csv", content: `${header}\n${person(1)}\nE2,${"N".repeat(5_000)},ML Engineer,ml-engineer,senior,us,150000\n` }),
      /^Line 3, column "name", has a cell of 5,000 characters, more than the 2,000 a roster cell may have\. Shorten that cell or remove its column/,
    ],
  ];

  it.each(refused)("refuses %s with a 400 naming the limit, writes nothing, and answers /healthz meanwhile", async (_what, file, message) => {
    const { format, content } = file();
    const before = await snapshotDatabase(world.handle.db);
    const { result: response, health } = await whileAskingHealth(world.server.url, () => importFile(format, content));
    expect(response.status).toBe(400);
    const error = errorOf(response);
    expect(error?.data.code).toBe("BAD_REQUEST");
    // One issue on the file (at the line past the limit, when there is one); the message is the issue's.
    expect(error?.data.issues).toHaveLength(1);
    const [issue] = error!.data.issues!;
    expect(issue!.path).toMatch(/^content(\.line \d+(\.\w+)?)?$/);
    expect(issue!.message).toMatch(message);
    expect(issue!.message).toMatch(/ Nothing was imported\.$/);
    expect(error?.message).toBe(`${issue!.path}: ${issue!.message}`);
    expect(diffSnapshots(before, await snapshotDatabase(world.handle.db))).toEqual([]);
    expect(health.failures).toEqual([]);
    expect(health.answered).toBeGreaterThan(0);
  });

  it("refuses a file over 10 MB before reading it", async () => {
    const before = await snapshotDatabase(world.handle.db);
    const content = `${header}\n${person(1)}\n`.padEnd(10 * 1024 * 1024 + 1, " ");
    const response = await importFile("csv", content);
    expect(response.status).toBe(400);
    expect(errorOf(response)?.data.issues).toEqual([{ path: "content", message: "the file is larger than 10 MB" }]);
    expect(diffSnapshots(before, await snapshotDatabase(world.handle.db))).toEqual([]);
  });

  it("imports a valid roster of nearly 10 MB whole, answering /healthz throughout", async () => {
    let rows = 90_000;
    let content = sampleRosterCsv(rows, defaultCatalog);
    while (Buffer.byteLength(content) > 10 * 1024 * 1024) content = sampleRosterCsv((rows -= 2_000), defaultCatalog);
    const { result: response, health } = await whileAskingHealth(world.server.url, () => importFile("csv", content));
    expect(response.status, response.text.slice(0, 500)).toBe(200);
    expect((response.body as { result: { data: { imported: number } } }).result.data.imported).toBe(rows);
    expect(health.failures).toEqual([]);
    expect(health.answered).toBeGreaterThan(0);
    const { members } = await world.clients.teamManager.data<{ members: unknown[] }>("teams.get", { teamId: world.world.teamId });
    expect(members).toHaveLength(rows);
  });
});

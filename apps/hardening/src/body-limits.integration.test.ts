import { databases } from "@paypath/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sampleProfile } from "./access-table.js";
import { diffSnapshots, snapshotDatabase } from "./db-snapshot.js";
import type { Actor } from "./fixtures.js";
import { appOrigin } from "./in-process-server.js";
import { openWorld, type World } from "./world.js";

const MiB = 1024 * 1024;
/** The body limit of every call but file uploads, and of file uploads (apps/server's defaultBodyLimit and fileUploadBodyLimit). */
const smallLimit = 2 * MiB;
const uploadLimit = 16 * MiB;

/** A JSON body of about `bytes` bytes: `fields` with one string field padded to size. */
function bodyOf(bytes: number, fields: Record<string, unknown>, pad: string): string {
  const rest = JSON.stringify({ ...fields, [pad]: "" });
  return JSON.stringify({ ...fields, [pad]: "x".repeat(Math.max(0, bytes - rest.length)) });
}

describe.each(databases())("request body limits on %s", (factory) => {
  let world: World;

  beforeAll(async () => {
    world = await openWorld(factory);
  });
  afterAll(() => world?.close());

  const post = (actor: Exclude<Actor, "anonymous">, path: string, body: string | ReadableStream<Uint8Array>, init: RequestInit & { duplex?: "half" } = {}): Promise<Response> =>
    fetch(`${world.server.url}/trpc/${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: appOrigin, cookie: world.clients[actor].cookie! },
      body,
      ...init,
    });

  it("refuses a body past the small limit to an ordinary procedure with 413, unread, and still parses one just under it", async () => {
    const before = await snapshotDatabase(world.handle.db);
    const huge = await post("professional", "profiles.save", bodyOf(15 * MiB, { profile: sampleProfile }, "name"));
    expect(huge.status).toBe(413);
    expect(await huge.text()).toContain("only file imports may send more");
    expect((await post("professional", "profiles.save", bodyOf(smallLimit + 1, { profile: sampleProfile }, "name"))).status).toBe(413);
    // Just under: parsed, and refused by the schema for the name's length.
    const under = await post("professional", "profiles.save", bodyOf(smallLimit - 1, { profile: sampleProfile }, "name"));
    expect(under.status).toBe(400);
    expect(((await under.json()) as { error: { data: { issues: { path: string }[] } } }).error.data.issues.map((i) => i.path)).toEqual(["name"]);
    expect(diffSnapshots(before, await snapshotDatabase(world.handle.db))).toEqual([]);
  });

  it("refuses a body sent in chunks (no length) once it passes the small limit, before it ends", async () => {
    const chunk = new TextEncoder().encode("x".repeat(256 * 1024));
    const chunks = 32; // 8 MiB: past the small limit, within the file uploads' one
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent === 0) controller.enqueue(new TextEncoder().encode('{"profile":{"role":"ml-engineer","level":"senior","location":"us"},"name":"'));
        if (sent === chunks) {
          controller.enqueue(new TextEncoder().encode('"}'));
          return controller.close();
        }
        sent += 1;
        controller.enqueue(chunk);
      },
    });
    const response = await post("professional", "profiles.save", stream, { duplex: "half" }).catch((error: unknown) => error);
    // A 413, with the connection closed: the client may see it closed before it reads the answer.
    if (response instanceof Response) expect(response.status).toBe(413);
    else expect(String((response as Error).cause ?? response)).toMatch(/closed|reset|EPIPE|terminated|socket/i);
  });

  it("holds a batch to the small limit when any call in it is not a file upload", async () => {
    const body = JSON.stringify({ 0: { teamId: world.world.teamId, content: "x".repeat(3 * MiB) }, 1: { name: "x", profile: sampleProfile } });
    const response = await post("admin", "teams.importRoster,profiles.save?batch=1", body);
    expect(response.status).toBe(413);
  });

  it("lets file uploads (alone or batched together) carry large bodies up to their own limit", async () => {
    const before = await snapshotDatabase(world.handle.db);
    const roster = await post(
      "teamManager",
      "teams.importRoster",
      bodyOf(5 * MiB, { teamId: world.world.teamId, revision: 1, format: "csv", fileName: "big.csv" }, "content"),
    );
    // Parsed: the file is read and refused for what it holds, not for its size.
    expect(roster.status).toBe(400);
    expect(await roster.text()).toContain("content");
    const json = await post("admin", "catalog.importJson", bodyOf(5 * MiB, { note: "Too big a file" }, "text"));
    expect(json.status).toBe(400);
    expect(await json.text()).toContain("text");
    const both = await post(
      "admin",
      "catalog.importJson,catalog.importCsv?batch=1",
      JSON.stringify({ 0: { text: "x".repeat(3 * MiB) }, 1: { files: [{ name: "model.csv", content: "x".repeat(3 * MiB) }] } }),
    );
    // Parsed: each call answers its own refusal.
    expect(both.status).not.toBe(413);
    expect(await both.text()).toContain("BAD_REQUEST");
    expect((await post("teamManager", "teams.importRoster", bodyOf(uploadLimit + 1, { teamId: world.world.teamId }, "content"))).status).toBe(413);
    expect(diffSnapshots(before, await snapshotDatabase(world.handle.db))).toEqual([]);
  });

  it("holds the auth routes to the small limit", async () => {
    const response = await fetch(`${world.server.url}/api/auth/update-user`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: appOrigin, cookie: world.clients.professional.cookie! },
      body: bodyOf(smallLimit + 1, {}, "name"),
    });
    expect(response.status).toBe(413);
  });
});

import type { DatabaseHandle } from "@paypath/db";
import type { DatabaseFactory } from "@paypath/db/testing";
import type { AccessContext } from "./access-table.js";
import { clientsFor, seedWorld } from "./fixtures.js";
import { startInProcess, type RunningApp } from "./in-process-server.js";

/** A seeded database, the real server over it, and a signed-in client per actor. */
export interface World extends AccessContext {
  readonly handle: DatabaseHandle;
  readonly server: RunningApp;
  close(): Promise<void>;
}

/**
 * Opens a fresh database from `factory`, starts the server over it in this process (rate limits
 * raised so that the suites' own traffic from one address is never limited, unless `env` says
 * otherwise), seeds it and signs every actor in.
 *
 * @example
 * const world = await openWorld(factory);
 * await world.clients.admin.data("users.list", {});
 * await world.close();
 */
export async function openWorld(factory: DatabaseFactory, env: Record<string, string> = {}): Promise<World> {
  const handle = await factory.open();
  let server: RunningApp | undefined;
  try {
    server = await startInProcess(handle, { RATE_LIMIT_ANONYMOUS_PER_MINUTE: "1000000", RATE_LIMIT_SIGN_IN_PER_MINUTE: "1000", ...env });
    const world = await seedWorld(handle, server.auth);
    const clients = await clientsFor(server.url);
    const running = server;
    return {
      handle,
      server,
      world,
      clients,
      async close() {
        await running.close();
        await handle.close();
      },
    };
  } catch (error) {
    await server?.close();
    await handle.close();
    throw error;
  }
}

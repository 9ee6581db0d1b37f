import { randomBytes } from "node:crypto";
import postgres from "postgres";

/** A database of its own on a PostgreSQL server, dropped when done. */
export interface ScratchDatabase {
  /** The URL of the new database. */
  readonly url: string;
  drop(): Promise<void>;
}

/**
 * Creates an empty database named `paypath_<purpose>_<random>` on the server at `serverUrl` (the
 * server's own databases are never touched), for a server process to migrate and seed.
 *
 * @example
 * const scratch = await createScratchDatabase(process.env.TEST_DATABASE_URL!, "load");
 * // … DATABASE_URL: scratch.url …
 * await scratch.drop();
 */
export async function createScratchDatabase(serverUrl: string, purpose: string): Promise<ScratchDatabase> {
  const name = `paypath_${purpose}_${randomBytes(6).toString("hex")}`;
  const admin = (): postgres.Sql => postgres(serverUrl, { max: 1, onnotice: () => {} });
  const create = admin();
  await create.unsafe(`CREATE DATABASE "${name}"`).finally(() => create.end());
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const drop = admin();
      await drop.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).finally(() => drop.end());
    },
  };
}

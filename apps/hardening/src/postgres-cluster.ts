import { execFile } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { freePort } from "@paypath/server";

const run = promisify(execFile);

/** A private PostgreSQL server in a temporary folder, on a loopback port of its own. */
export interface PostgresCluster {
  /** `postgres://postgres@127.0.0.1:<port>/postgres` */
  readonly url: string;
  readonly port: number;
  /** Starts the server (again) and waits until it accepts connections. */
  start(): Promise<void>;
  /** Stops the server: `fast` rolls back open transactions, `immediate` is a crash (recovery at the next start). */
  stop(mode?: "fast" | "immediate"): Promise<void>;
  /** Stops the server if it runs and deletes its folder. */
  destroy(): Promise<void>;
}

/**
 * The folder of PostgreSQL's server programs (`initdb`, `pg_ctl`): the newest
 * `/usr/lib/postgresql/<version>/bin` (Debian's layout), or undefined when there is none.
 *
 * @example
 * findPostgresBin() // → "/usr/lib/postgresql/15/bin"
 */
export function findPostgresBin(root = "/usr/lib/postgresql"): string | undefined {
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, "bin", "initdb")) && existsSync(join(root, v, "bin", "pg_ctl")))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] === undefined ? undefined : join(root, versions[0], "bin");
}

/** The uid and gid of an OS user. */
async function idsOf(user: string): Promise<{ uid: number; gid: number }> {
  const uid = Number((await run("id", ["-u", user])).stdout.trim());
  const gid = Number((await run("id", ["-g", user])).stdout.trim());
  return { uid, gid };
}

/**
 * Creates a PostgreSQL cluster in a new temporary folder (`initdb`, trust authentication, user
 * `postgres`) listening only on 127.0.0.1 at a free port, with its socket in its own folder, and
 * starts it. PostgreSQL refuses to run as root: as root, the programs run as the `postgres` OS
 * user (`runuser`), which owns the folder. Never touches any other server.
 *
 * @example
 * const cluster = await createPostgresCluster("/usr/lib/postgresql/15/bin");
 * await cluster.stop("immediate"); await cluster.start();
 * await cluster.destroy();
 */
export async function createPostgresCluster(bin: string): Promise<PostgresCluster> {
  const dir = mkdtempSync(join(tmpdir(), "paypath-pg-"));
  const data = join(dir, "data");
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const { uid, gid } = await idsOf("postgres");
    chownSync(dir, uid, gid);
  }
  const pg = async (program: string, args: string[]): Promise<void> => {
    const command = asRoot ? "runuser" : join(bin, program);
    const argv = asRoot ? ["-u", "postgres", "--", join(bin, program), ...args] : args;
    try {
      await run(command, argv, { cwd: dir, timeout: 60_000 });
    } catch (error) {
      const e = error as { stderr?: string; stdout?: string; message: string };
      throw new Error(`${program} ${args.join(" ")} failed: ${e.stderr || e.stdout || e.message}`, { cause: error });
    }
  };
  const port = await freePort();
  let running = false;
  const cluster: PostgresCluster = {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    async start() {
      await pg("pg_ctl", [
        "-D",
        data,
        "-l",
        join(dir, "server.log"),
        "-o",
        `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir} -c fsync=off -c max_connections=60`,
        "-w",
        "-t",
        "60",
        "start",
      ]);
      running = true;
    },
    async stop(mode = "fast") {
      await pg("pg_ctl", ["-D", data, "-m", mode, "-w", "-t", "60", "stop"]);
      running = false;
    },
    async destroy() {
      try {
        if (running) await cluster.stop("immediate");
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
  try {
    await pg("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"]);
    await cluster.start();
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return cluster;
}

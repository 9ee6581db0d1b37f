// Starts PayPath: reads the environment, opens (and migrates) the database, seeds an empty one,
// serves HTTP, and shuts down gracefully on SIGTERM/SIGINT.
import { createAuth, createUserWithRole } from "@paypath/auth";
import { defaultCatalog } from "@paypath/catalog";
import { createDb, DEMO_PASSWORD, demoAccounts, seed } from "@paypath/db";
import { useListenerAbortSignalAny } from "./abort-signal-any.js";
import { buildApp } from "./app.js";
import { readEnv } from "./env.js";
import { installGracefulShutdown } from "./graceful-shutdown.js";
import { listeningPort, trustedOrigins } from "./origins.js";

useListenerAbortSignalAny(process.versions.node);
const env = readEnv(process.env);
const handle = await createDb(env.DATABASE_URL, { statementTimeoutMs: env.DATABASE_STATEMENT_TIMEOUT_MS });
// The port the server listens on (PORT, or the one the system chose for PORT=0): outside
// production, localhost and 127.0.0.1 on it are trusted origins, as in the server's CSRF check.
let port = env.PORT;
const auth = createAuth({
  db: handle.db,
  secret: env.AUTH_SECRET,
  baseURL: env.PUBLIC_URL,
  trustedOrigins: () => trustedOrigins(env, port),
  secureCookies: env.secureCookies,
});

await seed(handle.db, {
  catalog: defaultCatalog,
  demo: env.seedDemo,
  createUser: (email, password, name, role) => createUserWithRole(auth, handle.db, { email, password, name, role }),
});

const app = await buildApp({ env, db: handle.db, auth, listen: handle.listen, databaseKind: handle.kind });
const graceful = installGracefulShutdown(app);
await app.listen({ port: env.PORT, host: env.HOST });
port = listeningPort(app.server) ?? env.PORT;

const lines = [`PayPath is running at http://localhost:${port} (database: ${handle.kind})`];
if (env.seedDemo) {
  lines.push(`Demo sign-ins (password "${DEMO_PASSWORD}"):`);
  for (const account of demoAccounts) lines.push(`  ${account.role.padEnd(12)} ${account.email}`);
}
process.stdout.write(`${lines.join("\n")}\n`);

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  app.log.info({ signal }, "shutting down: draining requests");
  const force = setTimeout(() => process.exit(1), 10_000);
  force.unref();
  try {
    await graceful.close(); // refuses new connections, answers every request already sent, then closes
    await handle.close();
    process.exit(0);
  } catch (error) {
    app.log.error({ err: error }, "shutdown failed");
    process.exit(1);
  }
}
process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));

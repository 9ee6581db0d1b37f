// Seeds the database named by DATABASE_URL (default: PGlite in .data/pglite at the repo root).
// Demo accounts are created outside production, and in production only with --demo or SEED_DEMO=1.
//   pnpm --filter @paypath/auth db:seed [--demo | --no-demo]
import { randomBytes } from "node:crypto";
import { defaultCatalog } from "@paypath/catalog";
import { createDb, DEMO_PASSWORD, seed } from "@paypath/db";
import { createAuth, createUserWithRole } from "../src/index.js";

const args = new Set(process.argv.slice(2));
const production = process.env.NODE_ENV === "production";
const demo = args.has("--demo") || process.env.SEED_DEMO === "1" || (!production && !args.has("--no-demo"));

const { db, kind, close } = await createDb(process.env.DATABASE_URL);
try {
  // Only used to sign the sign-up's session, which is discarded: any secret will do here.
  const auth = createAuth({
    db,
    secret: process.env.BETTER_AUTH_SECRET ?? randomBytes(32).toString("hex"),
    baseURL: process.env.BETTER_AUTH_URL ?? "http://localhost:3000",
  });
  const result = await seed(db, {
    demo,
    catalog: defaultCatalog,
    createUser: (email, password, name, role) => createUserWithRole(auth, db, { email, password, name, role }),
  });
  console.log(`Seeded ${kind} database.`);
  console.log(result.catalog ? `Published catalog ${result.catalog.version} (id ${result.catalog.id}).` : "A catalog was already published.");
  if (demo) {
    for (const user of result.users) console.log(`Created ${user.role} ${user.email}`);
    if (result.team) console.log(`Created team "${result.team.name}" with ${result.team.members} members.`);
    console.log(`Demo accounts (development only) use the password: ${DEMO_PASSWORD}`);
  }
} finally {
  await close();
}

import type { Catalog } from "@paypath/core";
import { eq } from "drizzle-orm";
import type { Database } from "./database.js";
import { demoContent, demoPersonas } from "./demo-content.js";
import { demoRoster } from "./demo-roster.js";
import { appendAudit } from "./queries/audit.js";
import { findPublishedCatalog, insertCatalogVersion, publishCatalogVersion } from "./queries/catalog-versions.js";
import { insertEstimate } from "./queries/estimates.js";
import { findOffers, insertOffer } from "./queries/offers.js";
import { findPlans, insertPlan } from "./queries/plans.js";
import { findProfiles, insertProfile } from "./queries/profiles.js";
import { createTeam, findTeamsForUser, insertTeamMembers } from "./queries/teams.js";
import { findUserByEmail } from "./queries/users.js";
import type { UserRole } from "./schema/auth.js";
import { catalogVersion } from "./schema/catalog-versions.js";

export { demoRoster };

/** The shared password of the demo accounts (development only; the caller prints it). */
export const DEMO_PASSWORD = "paypath-demo";

/** Creates an account through the auth library (which hashes the password) and returns its id. */
export type CreateUser = (email: string, password: string, name: string, role: UserRole) => Promise<{ id: string }>;

export interface SeedOptions {
  /** Also create the demo accounts and team. */
  demo: boolean;
  /** The catalog to publish when none is published (the default catalog from `@paypath/catalog`). */
  catalog: Catalog;
  /** Required when `demo` is true. */
  createUser?: CreateUser;
  /** Password of the demo accounts (default `DEMO_PASSWORD`). */
  demoPassword?: string;
}

/** What a seed run created; a second run returns nulls and empty lists. */
export interface SeedResult {
  catalog: { id: number; version: string } | null;
  users: { id: string; email: string; name: string; role: UserRole }[];
  team: { id: string; name: string; members: number } | null;
  /** What was saved for each demo professional who had nothing saved. */
  saved: { email: string; estimates: number; plans: number; offers: number }[];
}

export const demoAccounts: readonly { email: string; name: string; role: UserRole }[] = [
  { email: "admin@paypath.dev", name: "Alex Admin", role: "admin" },
  { email: "manager@paypath.dev", name: "Morgan Manager", role: "manager" },
  { email: "ada@paypath.dev", name: "Ada Lovelace", role: "professional" },
  { email: "grace@paypath.dev", name: "Grace Hopper", role: "professional" },
];

const demoTeamName = "Applied AI";
/** The cap passed to the capped inserts: a professional with nothing saved is far below any. */
const demoLimit = 1_000;

/**
 * Brings a database to its starting state; idempotent (a second run changes nothing).
 * Publishes `catalog` (labelled with its own `version`) when no catalog is published; with `demo`,
 * creates the demo accounts through `createUser`, the manager's "Applied AI" team of 25, and for
 * each demo professional with nothing saved yet three saved estimates, a plan and two offers,
 * priced with the published catalog through core (`demoContent`).
 *
 * @example
 * const result = await seed(db, { demo: true, catalog: defaultCatalog, createUser });
 * result.users.map((u) => u.email) // → ["admin@paypath.dev", "manager@paypath.dev", "ada@paypath.dev", "grace@paypath.dev"]
 */
export async function seed(db: Database, options: SeedOptions): Promise<SeedResult> {
  const result: SeedResult = { catalog: null, users: [], team: null, saved: [] };

  if (!(await findPublishedCatalog(db))) {
    const [existing] = await db
      .select({ id: catalogVersion.id })
      .from(catalogVersion)
      .where(eq(catalogVersion.version, options.catalog.version))
      .limit(1);
    const id =
      existing?.id ??
      (await insertCatalogVersion(db, { version: options.catalog.version, document: options.catalog, note: "Default catalog" })).id;
    const published = await publishCatalogVersion(db, { id });
    if (published) {
      result.catalog = { id: published.id, version: published.version };
      await appendAudit(db, {
        actorId: null,
        action: "catalog.publish",
        entity: "catalog_version",
        entityId: String(published.id),
        note: "published by the seed",
      });
    }
  }

  if (!options.demo) return result;
  const createUser = options.createUser;
  if (!createUser) throw new Error("seed: `createUser` is required to create the demo accounts");
  const password = options.demoPassword ?? DEMO_PASSWORD;

  const ids = new Map<string, string>();
  for (const account of demoAccounts) {
    const found = await findUserByEmail(db, { email: account.email });
    if (found) {
      ids.set(account.email, found.id);
      continue;
    }
    const { id } = await createUser(account.email, password, account.name, account.role);
    ids.set(account.email, id);
    result.users.push({ id, ...account });
  }

  const managerId = ids.get("manager@paypath.dev")!;
  const teams = await findTeamsForUser(db, { userId: managerId });
  let teamId = teams.find((t) => t.name === demoTeamName && t.role === "manager")?.id;
  const created = !teamId;
  teamId ??= (await createTeam(db, { name: demoTeamName, managerId })).id;
  const added = await insertTeamMembers(db, { teamId, members: demoRoster(options.catalog) });
  if (created || added > 0) result.team = { id: teamId, name: demoTeamName, members: added };

  const published = await findPublishedCatalog(db);
  if (!published) return result;
  const now = Date.now();
  const day = 24 * 60 * 60 * 1000;
  for (const persona of demoPersonas) {
    const ownerId = ids.get(persona.email);
    if (!ownerId) continue;
    // Only someone who has saved nothing: a second run, or a professional who has used the app, gets nothing new.
    const [profiles, plans, offers] = await Promise.all([
      findProfiles(db, { ownerId, limit: 1 }),
      findPlans(db, { ownerId, limit: 1 }),
      findOffers(db, { ownerId, limit: 1 }),
    ]);
    if (profiles.length + plans.length + offers.length > 0) continue;
    const content = demoContent(published.document, persona);
    await db.transaction(async (tx) => {
      for (const e of content.estimates) {
        const at = new Date(now - e.daysAgo * day);
        const saved = await insertProfile(tx, { ownerId, name: e.name, profile: e.profile, limit: demoLimit, now: at });
        await insertEstimate(tx, { ownerId, profileId: saved?.id ?? null, catalogVersionId: published.id, input: e.profile, result: e.result, now: at });
      }
      if (content.plan) {
        await insertPlan(tx, { ownerId, ...content.plan, catalogVersionId: published.id, limit: demoLimit, now: new Date(now - 7 * day) });
      }
      for (const [i, o] of content.offers.entries()) {
        await insertOffer(tx, { ownerId, name: o.name, offer: o.offer, limit: demoLimit, now: new Date(now - (5 - i) * day) });
      }
    });
    result.saved.push({ email: persona.email, estimates: content.estimates.length, plans: content.plan ? 1 : 0, offers: content.offers.length });
  }
  return result;
}

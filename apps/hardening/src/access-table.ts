import { catalogCsvTables, type Catalog, type OfferInput, type Profile } from "@paypath/core";
import Papa from "papaparse";
import type { ApiClient } from "./api-client.js";
import type { Actor, OtherAccount, SeededWorld } from "./fixtures.js";
import { unknownUuid } from "./invalid-inputs.js";

/** What an input builder may use: the seeded ids and a signed-in client per actor. */
export interface AccessContext {
  readonly world: SeededWorld;
  readonly clients: Readonly<Record<Actor | OtherAccount, ApiClient>>;
}

/** Who may call a procedure, and a valid input for each caller. */
export interface AccessRule {
  /** The actors allowed (their call succeeds); every other actor is refused and nothing is written. */
  readonly allow: readonly Actor[];
  /**
   * A valid input for `caller` (the first allowed actor is also who the fuzz suite calls as). It
   * may create what the call needs first, e.g. a profile of the caller's own to delete.
   */
  readonly input: (ctx: AccessContext, caller: Actor | OtherAccount) => unknown;
  /**
   * For a procedure that starts work in the background (a refit): waits until it has ended, so
   * the calls after it see a database nobody else is writing.
   */
  readonly settle?: (ctx: AccessContext) => Promise<unknown>;
}

const everyone: readonly Actor[] = ["anonymous", "professional", "otherManager", "teamManager", "admin"];
const signedIn: readonly Actor[] = ["professional", "otherManager", "teamManager", "admin"];
const managers: readonly Actor[] = ["otherManager", "teamManager", "admin"];
/** For calls about one team: the team's manager and admins; the other manager gets NOT_FOUND. */
const teamScoped: readonly Actor[] = ["teamManager", "admin"];
const admins: readonly Actor[] = ["admin"];
const professionals: readonly Actor[] = ["professional"];

export const sampleProfile: Profile = { role: "ml-engineer", level: "senior", location: "us-sf-bay-area", skills: ["llm-fine-tuning", "rag"], stage: "growth", year: 2026 };
/** A job posting under Washington's rule (the team's band for a senior ML engineer in Seattle). */
export const samplePosting = { roleId: "ml-engineer", levelId: "senior", locationId: "us-seattle", jurisdictionId: "us-wa" } as const;
export const samplePlanRequest = {
  profile: { role: "data-scientist", level: "mid", location: "us", skills: ["data-pipelines"], year: 2026 } satisfies Profile,
  target: { preset: "ai-security" },
  options: { hoursPerWeek: 10, horizonMonths: 48 },
};
/** A public company's RSU offer and an early startup's options offer. */
export const sampleOffers: readonly { name: string; offer: OfferInput }[] = [
  {
    name: "Big Co",
    offer: {
      base: 200_000,
      bonus: { targetPercent: 15 },
      signOn: { amount: 30_000, clawbackMonths: 12 },
      equity: { kind: "rsu", shares: 1_000, sharePrice: 400 },
      vesting: { yearlyPercent: "back-loaded" },
      company: { stage: "public", isPublic: true },
    } as OfferInput,
  },
  {
    name: "Startup",
    offer: {
      base: 170_000,
      bonus: { targetPercent: 0, payoutPercent: 100 },
      equity: { kind: "options", shares: 40_000, strike: 1, fairMarketValue: 1, preferredPrice: 4 },
      company: { stage: "early", liquidityDiscount: 0.3, exits: [{ probability: 0.7, pricePerShare: 0 }, { probability: 0.3, pricePerShare: 10 }] },
    } as OfferInput,
  },
];

/** The id of a record the caller creates with `create` (anonymous cannot: a well-formed id of nothing). */
async function ownRecord(ctx: AccessContext, caller: Actor | OtherAccount, create: string, input: unknown): Promise<string> {
  if (caller === "anonymous") return unknownUuid;
  return (await ctx.clients[caller].data<{ id: string }>(create, input)).id;
}

/** The team's current revision, as an admin reads it (writes must start from it). */
async function teamRevision(ctx: AccessContext): Promise<number> {
  return (await ctx.clients.admin.data<{ team: { revision: number } }>("teams.get", { teamId: ctx.world.teamId })).team.revision;
}

/** The published catalog version's id. */
async function publishedId(ctx: AccessContext): Promise<number> {
  return (await ctx.clients.anonymous.data<{ id: number }>("catalog.published")).id;
}

/** A new draft of the published catalog, created by `by` (the second admin, for approvals by the admin). */
async function newDraft(ctx: AccessContext, by: "admin" | "secondAdmin" = "admin"): Promise<{ id: number; revision: number }> {
  const { id, revision } = await ctx.clients[by].data<{ id: number; revision: number }>("catalog.createDraft", {
    fromId: await publishedId(ctx),
    note: "Hardening draft",
  });
  return { id, revision };
}

/** An archived catalog version (publishing a draft first when none is archived yet). */
async function archivedId(ctx: AccessContext): Promise<number> {
  const versions = await ctx.clients.admin.data<{ id: number; status: string }[]>("catalog.versions");
  const archived = versions.find((v) => v.status === "archived");
  if (archived) return archived.id;
  const draft = await newDraft(ctx);
  return (await ctx.clients.admin.data<{ archivedId: number }>("catalog.publish", { ...draft, note: "Hardening: so one is archived" })).archivedId;
}

const csvCell = (value: unknown): string => {
  const s = value === undefined || value === null ? "" : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

/** The roster columns of a team export (what an import reads), and the roster field of each. */
const rosterColumns: readonly (readonly [string, string])[] = [
  ["employee id", "employeeId"],
  ["name", "name"],
  ["title", "title"],
  ["role", "roleId"],
  ["level", "levelId"],
  ["location", "locationId"],
  ["base", "base"],
  ["bonus", "bonus"],
  ["equity", "equity"],
  ["performance rating", "performanceRating"],
  ["hire date", "hireDate"],
  ["manager id", "managerEmployeeId"],
  ["gender", "gender"],
];

/**
 * Roster members (as `teams.get` returns them) as an importable CSV file.
 *
 * @example
 * rosterCsvOf([{ employeeId: "E1", name: "Ann", … }]) // → "employee id,name,…\r\nE1,Ann,…\r\n"
 */
export function rosterCsvOf(members: readonly Record<string, unknown>[]): string {
  const lines = [rosterColumns.map(([header]) => header).join(","), ...members.map((m) => rosterColumns.map(([, key]) => csvCell(m[key])).join(","))];
  return `${lines.join("\r\n")}\r\n`;
}

/** The team's roster as an importable CSV file, read through the API as an admin: importing it changes only the revision. */
export async function rosterCsv(ctx: AccessContext): Promise<string> {
  const { members } = await ctx.clients.admin.data<{ members: Record<string, unknown>[] }>("teams.get", { teamId: ctx.world.teamId });
  return rosterCsvOf(members);
}

/** A small PayPath salary file for refits. */
export const refitCsv = "role,level,country,arrangement,company_size,year,base\nml-engineer,senior,US,remote,L,2024,210000\ndata-scientist,mid,US,onsite,M,2024,150000\n";

/** Waits until no refit is queued or running, then gives the newest job's id (null when there is none). */
async function settledRefit(ctx: AccessContext): Promise<number | null> {
  for (;;) {
    const [job] = await ctx.clients.admin.data<{ id: number; status: string }[]>("refit.list", { limit: 1 });
    if (!job) return null;
    if (job.status !== "queued" && job.status !== "running") return job.id;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** A finished refit job's id (one is started first when there is none). */
async function finishedRefitId(ctx: AccessContext): Promise<number> {
  const id = await settledRefit(ctx);
  if (id !== null) return id;
  await ctx.clients.admin.data("refit.start", { files: [{ name: "hardening.csv", content: refitCsv }] });
  return (await settledRefit(ctx))!;
}

export const sampleContribution = { year: 2024, role: "ml-engineer", level: "senior", location: "us", arrangement: "remote", companySize: "L", base: 200_000, bonus: 20_000, equity: 0, consent: true };

/** Deletes the caller's contributions (a professional keeps one a year), so a new one can be saved. */
async function clearContributions(ctx: AccessContext, caller: Actor | OtherAccount): Promise<void> {
  if (caller !== "professional" && caller !== "bystander") return;
  for (const c of await ctx.clients[caller].data<{ id: string }[]>("contributions.mine")) await ctx.clients[caller].data("contributions.delete", { id: c.id });
}

/**
 * Every procedure of `appRouter` and who may call it. The access suite calls each one as every
 * actor over HTTP and checks allow or deny; the fuzz suite calls each one as its first allowed
 * actor with broken versions of the valid input. A procedure missing here fails both suites.
 */
export const accessTable: Readonly<Record<string, AccessRule>> = {
  me: { allow: signedIn, input: () => undefined },

  "catalog.published": { allow: everyone, input: () => undefined },
  "catalog.versions": { allow: signedIn, input: () => undefined },
  "catalog.get": { allow: signedIn, input: async (ctx) => ({ id: await publishedId(ctx) }) },
  "catalog.diff": { allow: signedIn, input: async (ctx) => ({ fromId: await publishedId(ctx), toId: await publishedId(ctx) }) },
  "catalog.exportJson": { allow: signedIn, input: async (ctx) => ({ id: await publishedId(ctx) }) },
  "catalog.createDraft": { allow: admins, input: async (ctx) => ({ fromId: await publishedId(ctx), note: "Hardening draft" }) },
  "catalog.updateDraft": {
    allow: admins,
    input: async (ctx) => {
      const { id, revision } = await newDraft(ctx);
      const { document } = await ctx.clients.admin.data<{ document: unknown }>("catalog.exportJson", { id });
      return { id, revision, document, note: "Same content" };
    },
  },
  "catalog.impact": { allow: admins, input: async (ctx) => ({ id: (await newDraft(ctx)).id }) },
  "catalog.plausibility": { allow: admins, input: async (ctx) => ({ id: (await newDraft(ctx)).id }) },
  "catalog.approve": { allow: admins, input: (ctx) => newDraft(ctx, "secondAdmin") },
  "catalog.rebaseDraft": { allow: admins, input: (ctx) => newDraft(ctx) },
  "catalog.publish": { allow: admins, input: async (ctx) => ({ ...(await newDraft(ctx)), note: "Hardening publish" }) },
  "catalog.rollback": { allow: admins, input: async (ctx) => ({ id: await archivedId(ctx), note: "Hardening rollback" }) },
  "catalog.audit": { allow: admins, input: () => ({ limit: 10 }) },
  "catalog.importJson": {
    allow: admins,
    input: async (ctx) => {
      const { document } = await ctx.clients.admin.data<{ document: Record<string, unknown> }>("catalog.exportJson", { id: await publishedId(ctx) });
      return { text: JSON.stringify({ ...document, version: "hardening-import" }, null, 2), note: "Hardening import" };
    },
  },
  "catalog.importCsv": {
    allow: admins,
    input: async (ctx) => {
      const { document } = await ctx.clients.admin.data<{ document: Catalog }>("catalog.exportJson", { id: await publishedId(ctx) });
      const files = catalogCsvTables({ ...document, version: "hardening-csv-import" }).map((t) => ({
        name: t.name,
        content: Papa.unparse({ fields: [...t.columns], data: t.rows.map((r) => [...r]) }),
      }));
      return { files, note: "Hardening CSV import" };
    },
  },
  "catalog.settings": { allow: admins, input: () => undefined },
  "catalog.setFourEyes": { allow: admins, input: () => ({ enabled: false }) },

  "valuation.estimate": { allow: everyone, input: () => sampleProfile },
  "valuation.batch": { allow: signedIn, input: () => ({ profiles: [sampleProfile, { ...sampleProfile, level: "staff" }] }) },
  "valuation.history": { allow: signedIn, input: () => ({ limit: 5 }) },

  "profiles.save": { allow: signedIn, input: () => ({ name: "Current job", profile: sampleProfile }) },
  "profiles.list": { allow: signedIn, input: () => ({ limit: 10 }) },
  "profiles.delete": {
    allow: signedIn,
    input: async (ctx, caller) => ({ id: await ownRecord(ctx, caller, "profiles.save", { name: "To delete", profile: sampleProfile }) }),
  },

  "planner.presets": { allow: everyone, input: () => undefined },
  "planner.gap": { allow: everyone, input: () => samplePlanRequest },
  "planner.paths": { allow: everyone, input: () => samplePlanRequest },
  "planner.save": { allow: signedIn, input: () => ({ ...samplePlanRequest, name: "Toward AI security" }) },
  "planner.list": { allow: signedIn, input: () => ({ limit: 10 }) },
  "planner.rerun": {
    allow: signedIn,
    input: async (ctx, caller) => ({ id: await ownRecord(ctx, caller, "planner.save", { ...samplePlanRequest, name: "To re-run" }) }),
  },
  "planner.delete": {
    allow: signedIn,
    input: async (ctx, caller) => ({ id: await ownRecord(ctx, caller, "planner.save", { ...samplePlanRequest, name: "To delete" }) }),
  },

  "offers.create": { allow: signedIn, input: () => sampleOffers[0] },
  "offers.list": { allow: signedIn, input: () => ({ limit: 10 }) },
  "offers.update": {
    allow: signedIn,
    input: async (ctx, caller) => ({ id: await ownRecord(ctx, caller, "offers.create", sampleOffers[1]), ...sampleOffers[0] }),
  },
  "offers.delete": {
    allow: signedIn,
    input: async (ctx, caller) => ({ id: await ownRecord(ctx, caller, "offers.create", sampleOffers[1]) }),
  },
  "offers.compare": { allow: signedIn, input: () => ({ profile: sampleProfile, offers: sampleOffers }) },

  "teams.list": { allow: managers, input: () => undefined },
  "teams.get": { allow: teamScoped, input: (ctx) => ({ teamId: ctx.world.teamId }) },
  "teams.calibration": { allow: teamScoped, input: (ctx) => ({ teamId: ctx.world.teamId }) },
  "teams.exportCsv": { allow: teamScoped, input: (ctx) => ({ teamId: ctx.world.teamId }) },
  "transparency.rules": { allow: managers, input: () => undefined },
  "transparency.postingRange": { allow: teamScoped, input: (ctx) => ({ teamId: ctx.world.teamId, ...samplePosting }) },
  "transparency.exportPosting": { allow: teamScoped, input: (ctx) => ({ teamId: ctx.world.teamId, ...samplePosting, format: "csv" }) },
  "transparency.report": { allow: teamScoped, input: (ctx) => ({ teamId: ctx.world.teamId }) },
  "transparency.exportReport": { allow: teamScoped, input: (ctx) => ({ teamId: ctx.world.teamId, format: "csv" }) },
  "teams.simulateBudget": { allow: teamScoped, input: (ctx) => ({ teamId: ctx.world.teamId, budget: { kind: "percent", value: 3 } }) },
  "teams.setPolicy": {
    allow: teamScoped,
    input: async (ctx) => ({ teamId: ctx.world.teamId, revision: await teamRevision(ctx), policy: { midpointPercentile: 50 } }),
  },
  "teams.importRoster": {
    allow: teamScoped,
    input: async (ctx) => ({
      teamId: ctx.world.teamId,
      revision: await teamRevision(ctx),
      format: "csv",
      fileName: "roster.csv",
      content: await rosterCsv(ctx),
    }),
  },
  "teams.previewImport": {
    allow: teamScoped,
    input: async (ctx) => ({
      teamId: ctx.world.teamId,
      revision: await teamRevision(ctx),
      format: "csv",
      fileName: "roster.csv",
      content: await rosterCsv(ctx),
    }),
  },
  "teams.previousRoster": { allow: teamScoped, input: (ctx) => ({ teamId: ctx.world.teamId }) },
  "teams.restoreRoster": {
    allow: teamScoped,
    // The team keeps a previous roster once it has imported one: import the roster it has.
    input: async (ctx) => {
      await ctx.clients.admin.data("teams.importRoster", {
        teamId: ctx.world.teamId,
        revision: await teamRevision(ctx),
        format: "csv",
        fileName: "roster.csv",
        content: await rosterCsv(ctx),
      });
      return { teamId: ctx.world.teamId, revision: await teamRevision(ctx) };
    },
  },

  "refit.start": {
    allow: admins,
    input: async (ctx) => {
      await settledRefit(ctx);
      return { files: [{ name: "hardening.csv", content: refitCsv }], note: "Hardening refit" };
    },
    settle: settledRefit,
  },
  "refit.list": { allow: admins, input: () => ({ limit: 5 }) },
  "refit.get": { allow: admins, input: async (ctx) => ({ id: await finishedRefitId(ctx) }) },
  "refit.deleteFiles": { allow: admins, input: async (ctx) => ({ id: await finishedRefitId(ctx) }) },

  "contributions.mine": { allow: professionals, input: () => undefined },
  "contributions.save": {
    allow: professionals,
    input: async (ctx, caller) => {
      await clearContributions(ctx, caller);
      return sampleContribution;
    },
  },
  "contributions.delete": {
    allow: professionals,
    input: async (ctx, caller) => {
      await clearContributions(ctx, caller);
      return { id: await ownRecord(ctx, caller === "professional" ? caller : "anonymous", "contributions.save", sampleContribution) };
    },
  },
  "contributions.queue": { allow: admins, input: () => ({ status: "pending", limit: 50 }) },
  "contributions.review": {
    allow: admins,
    input: async (ctx) => {
      // The bystander's, so the professional's own rows stay as the suites left them.
      await clearContributions(ctx, "bystander");
      const { id } = await ctx.clients.bystander.data<{ id: string }>("contributions.save", sampleContribution);
      return { id, decision: "accepted", reason: "Fits its cell" };
    },
  },
  "contributions.aggregates": { allow: everyone, input: () => undefined },

  "users.list": { allow: admins, input: () => ({ limit: 10 }) },
  "users.setRole": { allow: admins, input: (ctx) => ({ id: ctx.world.userIds.bystander, role: "professional" }) },
};

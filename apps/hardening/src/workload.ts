import { defaultCatalog } from "@paypath/catalog";
import { demoRoster } from "@paypath/db";
import { sampleOffers, samplePlanRequest } from "./access-table.js";
import { createApiClient } from "./api-client.js";
import { actorEmails, signIn, signUp } from "./fixtures.js";
import { appOrigin } from "./in-process-server.js";
import type { LoadRequest } from "./load.js";
import { listProcedures } from "./procedures.js";

/** One kind of request in the mix: its procedure, its share, and how to build the i-th one. */
interface MixEntry {
  readonly path: string;
  readonly weight: number;
  readonly build: (i: number) => LoadRequest;
}

/** A mixed workload ready to run: `next(i)` is the i-th request; `routes` what it is made of. */
export interface Workload {
  readonly next: (i: number) => LoadRequest;
  /** Procedure and share (of 1) of each route in the mix. */
  readonly routes: readonly { path: string; share: number }[];
}

/** Profiles of the demo roster: varied, valid roles, levels and locations. */
const profiles = demoRoster(defaultCatalog).map((m) => ({ role: m.roleId, level: m.levelId, location: m.locationId, year: 2026 }));

function query(route: string, path: string, input: unknown, cookie?: string): LoadRequest {
  return {
    route,
    method: "GET",
    path: `/trpc/${path}${input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(input))}`}`,
    headers: cookie ? { cookie } : {},
  };
}

function mutation(route: string, path: string, input: unknown, cookie: string): LoadRequest {
  return { route, method: "POST", path: `/trpc/${path}`, headers: { cookie, origin: appOrigin, "content-type": "application/json" }, body: JSON.stringify(input) };
}

/**
 * The mixed workload of the load and database-fault suites, against a server seeded with the demo
 * accounts: anonymous and signed-in estimates, career paths, offer comparisons, roster reads by
 * the team's manager, list reads and a few writes (saved profiles and plans, by `writers` (8)
 * professionals who sign up for it; the server must allow that many sign-ups), interleaved in a
 * fixed order. Routes whose procedure is not in `appRouter` are left out, so the mix follows
 * the API as it grows. Writes are named `<writePrefix> <i>` so a suite can find each one.
 *
 * @example
 * const workload = await prepareWorkload(server.url);
 * await runLoad({ baseUrl: server.url, rate: 500, seconds: 60, next: workload.next });
 */
export async function prepareWorkload(baseUrl: string, options: { writePrefix?: string; writers?: number } = {}): Promise<Workload> {
  const prefix = options.writePrefix ?? "Load";
  const [ada, grace, manager] = await Promise.all([
    signIn(baseUrl, actorEmails.professional),
    signIn(baseUrl, actorEmails.bystander),
    signIn(baseUrl, actorEmails.teamManager),
  ]);
  const pros = [ada, grace];
  // Saves go to accounts of their own, so a long run stays under the per-user cap on saved
  // profiles and plans (a writer takes at most a few dozen of each in a 60-second run at 500/s).
  const writers = await Promise.all(Array.from({ length: options.writers ?? 8 }, (_, i) => signUp(baseUrl, `${prefix.toLowerCase()}-writer-${i}@paypath.dev`)));
  const teams = await createApiClient(baseUrl, { cookie: manager, origin: appOrigin }).data<{ id: string }[]>("teams.list");
  const teamId = teams[0]?.id;
  const profile = (i: number) => profiles[i % profiles.length]!;

  const mix: MixEntry[] = [
    { path: "valuation.estimate", weight: 100, build: (i) => query("valuation.estimate (anonymous)", "valuation.estimate", profile(i)) },
    { path: "valuation.estimate", weight: 20, build: (i) => query("valuation.estimate", "valuation.estimate", profile(i), pros[i % 2]) },
    { path: "planner.paths", weight: 8, build: (i) => query("planner.paths", "planner.paths", { ...samplePlanRequest, profile: { ...samplePlanRequest.profile, location: profile(i).location } }, pros[i % 2]) },
    { path: "offers.compare", weight: 10, build: (i) => mutation("offers.compare", "offers.compare", { profile: profile(i), offers: sampleOffers }, pros[i % 2]!) },
    ...(teamId
      ? [
          { path: "teams.get", weight: 10, build: () => query("teams.get", "teams.get", { teamId }, manager) },
          { path: "teams.list", weight: 2, build: () => query("teams.list", "teams.list", undefined, manager) },
        ]
      : []),
    { path: "profiles.list", weight: 6, build: (i) => query("profiles.list", "profiles.list", { limit: 20 }, pros[i % 2]) },
    { path: "planner.list", weight: 2, build: (i) => query("planner.list", "planner.list", { limit: 20 }, pros[i % 2]) },
    { path: "profiles.save", weight: 3, build: (i) => mutation("profiles.save", "profiles.save", { name: `${prefix} ${i}`, profile: profile(i) }, writers[i % writers.length]!) },
    { path: "planner.save", weight: 1, build: (i) => mutation("planner.save", "planner.save", { ...samplePlanRequest, name: `${prefix} ${i}` }, writers[i % writers.length]!) },
  ];
  const present = new Set(listProcedures().map((p) => p.path));
  const entries = mix.filter((e) => present.has(e.path));
  // A fixed, evenly interleaved order (smooth weighted round robin): each entry appears `weight`
  // times in every cycle of `totalWeight` requests.
  const totalWeight = entries.reduce((sum, e) => sum + e.weight, 0);
  const credit = entries.map(() => 0);
  const order: MixEntry[] = [];
  for (let k = 0; k < totalWeight; k++) {
    entries.forEach((e, j) => (credit[j]! += e.weight));
    const pick = credit.indexOf(Math.max(...credit));
    credit[pick]! -= totalWeight;
    order.push(entries[pick]!);
  }
  const byRoute = new Map<string, number>();
  for (const e of entries) byRoute.set(e.path, (byRoute.get(e.path) ?? 0) + e.weight / totalWeight);
  return {
    next: (i) => order[i % order.length]!.build(i),
    routes: [...byRoute.entries()].map(([path, share]) => ({ path, share })),
  };
}

import { createUserWithRole, type Auth } from "@paypath/auth";
import { defaultCatalog } from "@paypath/catalog";
import { createTeam, DEMO_PASSWORD, demoRoster, findTeamsForUser, findUserByEmail, insertTeamMembers, seed, type DatabaseHandle } from "@paypath/db";
import { createApiClient, type ApiClient } from "./api-client.js";
import { appOrigin } from "./in-process-server.js";

/**
 * Who calls: nobody signed in, a professional, a manager of a team other than the one a call is
 * about, the manager of that team, and an admin.
 */
export const actors = ["anonymous", "professional", "otherManager", "teamManager", "admin"] as const;
export type Actor = (typeof actors)[number];

/** The accounts of the signed-in actors and the helpers, all with `DEMO_PASSWORD`. */
export const actorEmails = {
  professional: "ada@paypath.dev",
  otherManager: "other-manager@paypath.dev",
  teamManager: "manager@paypath.dev",
  admin: "admin@paypath.dev",
  bystander: "grace@paypath.dev",
  secondAdmin: "second-admin@paypath.dev",
} as const;

/** Signed-in accounts besides the actors: a professional nobody acts as, and a second admin (four-eyes approvals). */
export type OtherAccount = "bystander" | "secondAdmin";

/** What a seeded database holds for the suites. */
export interface SeededWorld {
  /** The demo "Applied AI" team, managed by the team manager. */
  readonly teamId: string;
  /** A second team, managed by the other manager. */
  readonly otherTeamId: string;
  /** User ids by actor and other account. */
  readonly userIds: Record<Exclude<Actor, "anonymous"> | OtherAccount, string>;
}

/**
 * Seeds the default catalog, the demo accounts and team, a second manager with a team of their
 * own (five people of the demo roster) and a second admin, through the same auth library the
 * server uses.
 *
 * @example
 * const world = await seedWorld(handle, server.auth); // → { teamId, otherTeamId, userIds }
 */
export async function seedWorld(handle: DatabaseHandle, auth: Auth): Promise<SeededWorld> {
  const createUser = (email: string, password: string, name: string, role: "professional" | "manager" | "admin") =>
    createUserWithRole(auth, handle.db, { email, password, name, role });
  await seed(handle.db, { demo: true, catalog: defaultCatalog, createUser });
  const idOf = async (email: string): Promise<string> => {
    const found = await findUserByEmail(handle.db, { email });
    if (!found) throw new Error(`${email} was not seeded`);
    return found.id;
  };
  const ensureUser = async (email: string, name: string, role: "manager" | "admin"): Promise<string> =>
    (await findUserByEmail(handle.db, { email }))?.id ?? (await createUser(email, DEMO_PASSWORD, name, role)).id;
  const otherManagerId = await ensureUser(actorEmails.otherManager, "Olive Other", "manager");
  const secondAdminId = await ensureUser(actorEmails.secondAdmin, "Sam Second", "admin");
  const teamManagerId = await idOf(actorEmails.teamManager);
  const teamId = (await findTeamsForUser(handle.db, { userId: teamManagerId })).find((t) => t.role === "manager")?.id;
  if (!teamId) throw new Error("the demo team was not seeded");
  let otherTeamId = (await findTeamsForUser(handle.db, { userId: otherManagerId })).find((t) => t.role === "manager")?.id;
  if (!otherTeamId) {
    otherTeamId = (await createTeam(handle.db, { name: "Platform", managerId: otherManagerId })).id;
    const members = demoRoster(defaultCatalog)
      .slice(0, 5)
      .map((m) => ({ ...m, employeeId: `PLT-${m.employeeId}`, managerEmployeeId: null }));
    await insertTeamMembers(handle.db, { teamId: otherTeamId, members });
  }
  return {
    teamId,
    otherTeamId,
    userIds: {
      professional: await idOf(actorEmails.professional),
      otherManager: otherManagerId,
      teamManager: teamManagerId,
      admin: await idOf(actorEmails.admin),
      bystander: await idOf(actorEmails.bystander),
      secondAdmin: secondAdminId,
    },
  };
}

/**
 * Signs in over HTTP and returns the session cookie as a `Cookie` header value.
 *
 * @example
 * const cookie = await signIn(server.url, "ada@paypath.dev"); // → "better-auth.session_token=…"
 */
export async function signIn(baseUrl: string, email: string, options: { origin?: string; password?: string } = {}): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: options.origin ?? appOrigin },
    body: JSON.stringify({ email, password: options.password ?? DEMO_PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`sign-in of ${email} answered ${response.status}: ${await response.text()}`);
  const cookies = response.headers.getSetCookie().map((c) => c.split(";")[0]!);
  if (!cookies.some((c) => c.includes("session_token="))) throw new Error(`sign-in of ${email} set no session cookie`);
  return cookies.join("; ");
}

/**
 * Signs a new professional up (password `DEMO_PASSWORD`) and returns the session cookie it opens.
 *
 * @example
 * const cookie = await signUp(server.url, "writer-1@paypath.dev");
 */
export async function signUp(baseUrl: string, email: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/sign-up/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: appOrigin },
    body: JSON.stringify({ email, password: DEMO_PASSWORD, name: email.split("@")[0] }),
  });
  if (response.status !== 200) throw new Error(`sign-up of ${email} answered ${response.status}: ${await response.text()}`);
  const cookies = response.headers.getSetCookie().map((c) => c.split(";")[0]!);
  if (!cookies.some((c) => c.includes("session_token="))) throw new Error(`sign-up of ${email} set no session cookie`);
  return cookies.join("; ");
}

/**
 * One API client per actor against the server at `baseUrl` (signing each account in once).
 *
 * @example
 * const clients = await clientsFor(server.url);
 * await clients.admin.data("users.list", {});
 */
export async function clientsFor(baseUrl: string): Promise<Record<Actor | OtherAccount, ApiClient>> {
  const client = (cookie?: string): ApiClient => createApiClient(baseUrl, { cookie, origin: appOrigin });
  return {
    anonymous: client(),
    professional: client(await signIn(baseUrl, actorEmails.professional)),
    otherManager: client(await signIn(baseUrl, actorEmails.otherManager)),
    teamManager: client(await signIn(baseUrl, actorEmails.teamManager)),
    admin: client(await signIn(baseUrl, actorEmails.admin)),
    bystander: client(await signIn(baseUrl, actorEmails.bystander)),
    secondAdmin: client(await signIn(baseUrl, actorEmails.secondAdmin)),
  };
}

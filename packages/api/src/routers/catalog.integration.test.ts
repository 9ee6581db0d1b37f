import { defaultCatalog } from "@paypath/catalog";
import { catalogCsvTables, estimate, type Catalog, type Profile } from "@paypath/core";
import { createTeam, demoRoster, findCatalogAudit, insertTeamMembers, listCatalogVersions, seed, type DatabaseHandle } from "@paypath/db";
import { databases, insertTestUser } from "@paypath/db/testing";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCatalogStore, type CatalogStore } from "../catalogs.js";
import { createInnerContext, type AuthedContext, type SessionUser, type UserRole } from "../context.js";
import { appRouter, createCaller } from "../root.js";
import { publishCatalogVersion } from "../services/catalog/publish-catalog-version.js";

type Caller = ReturnType<typeof createCaller>;

/** An error as a client receives it over HTTP (after the error formatter). */
interface WireError {
  message: string;
  data: { code: string; issues: { path: string; message: string }[] | null; details?: { revision: number; document: Catalog } };
}

const secureProfile: Profile = { role: "ml-engineer", level: "senior", location: "us", skills: ["ai-security"] };

/** The document with the AI security skill's premium set to `value`, citing the skills judgement. */
/** The catalog as CSV files, as the catalog screen exports them. */
function csvFiles(catalog: Catalog): { name: string; content: string }[] {
  return catalogCsvTables(catalog).map((t) => ({ name: t.name, content: Papa.unparse({ fields: [...t.columns], data: t.rows.map((r) => [...r]) }) }));
}

function withAiSecurityPremium(document: Catalog, value: number): Catalog {
  const copy = structuredClone(document);
  copy.skills.find((s) => s.id === "ai-security")!.premium = { value, source: "skills-judgement", note: "2025 review" };
  return copy;
}

describe.each(databases())("catalog administration on %s", (factory) => {
  let handle: DatabaseHandle;
  let catalogs: CatalogStore;
  const users = {} as Record<"ada" | "grace" | "pro" | "manager", SessionUser>;
  const callers = {} as Record<"ada" | "grace" | "pro" | "manager" | "anonymous", Caller>;

  beforeAll(async () => {
    handle = await factory.open();
    await seed(handle.db, { demo: false, catalog: defaultCatalog });
    // A long pointer lifetime: the store only sees a new published version if publishing invalidates it.
    catalogs = createCatalogStore(handle.db, { pointerTtlMs: 60 * 60_000 });
    const make = async (role: UserRole, name: string): Promise<SessionUser> => {
      const u = await insertTestUser(handle.db, { role, name, email: `${name.toLowerCase()}@example.test` });
      return { id: u.id, email: u.email, name: u.name, role: u.role };
    };
    users.ada = await make("admin", "Ada");
    users.grace = await make("admin", "Grace");
    users.pro = await make("professional", "Pro");
    users.manager = await make("manager", "Manager");
    for (const who of ["ada", "grace", "pro", "manager"] as const) {
      callers[who] = createCaller(createInnerContext({ db: handle.db, user: users[who], catalogs }));
    }
    callers.anonymous = createCaller(createInnerContext({ db: handle.db, user: null, catalogs }));
    const team = await createTeam(handle.db, { name: "Applied AI", managerId: users.manager.id });
    await insertTeamMembers(handle.db, { teamId: team.id, members: demoRoster(defaultCatalog) });
  });
  afterAll(() => handle?.close());

  /** Calls a mutation through tRPC's fetch adapter, as the browser does; returns the error it answers. */
  const mutationError = async (user: SessionUser, path: string, input: unknown): Promise<WireError> => {
    const response = await fetchRequestHandler({
      endpoint: "/trpc",
      req: new Request(`http://localhost/trpc/${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(input) }),
      router: appRouter,
      createContext: () => createInnerContext({ db: handle.db, user, catalogs }),
    });
    expect(response.ok).toBe(false);
    return ((await response.json()) as { error: WireError }).error;
  };
  const published = (): Promise<{ id: number; version: string; catalog: Catalog }> => callers.anonymous.catalog.published();
  const auditOf = (versionId: number) => findCatalogAudit(handle.db, { versionId, limit: 500 });

  it("edits a draft, diffs it field by field and audits one entry per changed field", async () => {
    const base = await published();
    const draft = await callers.ada.catalog.createDraft({ fromId: base.id, note: "2025 review" });
    expect(draft).toMatchObject({ revision: 1 });
    expect(draft.version).not.toBe(base.version);
    const got = await callers.ada.catalog.get({ id: draft.id });
    expect(got).toMatchObject({ status: "draft", parentId: base.id, authorName: "Ada", note: "2025 review" });
    expect(got.document.version).toBe(draft.version);

    const document = withAiSecurityPremium(got.document, 0.2);
    document.levels.find((l) => l.id === "staff")!.name = "Staff engineer";
    const saved = await callers.ada.catalog.updateDraft({ id: draft.id, revision: 1, document, note: "AI security pays more" });
    expect(saved).toEqual({ revision: 2, changes: 3 });

    const { changes, from, to } = await callers.ada.catalog.diff({ toId: draft.id });
    expect(from.id).toBe(base.id);
    expect(to.id).toBe(draft.id);
    expect(changes).toEqual([
      { kind: "changed", section: "levels", id: "staff", field: "name", before: "Staff", after: "Staff engineer" },
      { kind: "changed", section: "skills", id: "ai-security", field: "premium.note", before: "few people combine security and ML", after: "2025 review" },
      { kind: "changed", section: "skills", id: "ai-security", field: "premium.value", before: 0.12, after: 0.2 },
    ]);
    const audit = await auditOf(draft.id);
    expect(audit.map((e) => [e.action, e.field, e.before, e.after, e.note, e.actorName])).toEqual([
      ["catalog.update-draft", "skills.ai-security.premium.value", 0.12, 0.2, "AI security pays more", "Ada"],
      ["catalog.update-draft", "skills.ai-security.premium.note", "few people combine security and ML", "2025 review", "AI security pays more", "Ada"],
      ["catalog.update-draft", "levels.staff.name", "Staff", "Staff engineer", "AI security pays more", "Ada"],
      ["catalog.create-draft", null, null, { from: base.version, version: draft.version }, "2025 review", "Ada"],
    ]);
    // The audit filters by entity (a path inside the catalog) and by action.
    const filtered = await callers.ada.catalog.audit({ versionId: draft.id, path: "skills.ai-security", action: "catalog.update-draft" });
    expect(filtered.map((e) => e.field)).toEqual(["skills.ai-security.premium.value", "skills.ai-security.premium.note"]);
    expect(await callers.ada.catalog.audit({ actorId: users.grace.id })).toEqual([]);
    // Saving the same content again writes nothing.
    expect(await callers.ada.catalog.updateDraft({ id: draft.id, revision: 2, document })).toEqual({ revision: 2, changes: 0 });
    expect(await auditOf(draft.id)).toHaveLength(4);
  });

  it("answers a stale revision with a CONFLICT carrying the current revision and document, and overwrites nothing", async () => {
    const draft = await callers.ada.catalog.createDraft({ fromId: (await published()).id });
    const start = (await callers.ada.catalog.get({ id: draft.id })).document;
    await callers.grace.catalog.updateDraft({ id: draft.id, revision: 1, document: withAiSecurityPremium(start, 0.3) });
    const auditBefore = await auditOf(draft.id);

    const staleInput = { id: draft.id, revision: 1, document: withAiSecurityPremium(start, 0.15) };
    await expect(callers.ada.catalog.updateDraft(staleInput)).rejects.toMatchObject({ code: "CONFLICT" });
    const error = await mutationError(users.ada, "catalog.updateDraft", staleInput);
    expect(error.data.code).toBe("CONFLICT");
    expect(error.message).toContain("now at revision 2");
    expect(error.data.details?.revision).toBe(2);
    expect(error.data.details?.document.skills.find((s) => s.id === "ai-security")!.premium.value).toBe(0.3);

    const now = await callers.ada.catalog.get({ id: draft.id });
    expect(now.revision).toBe(2);
    expect(now.document.skills.find((s) => s.id === "ai-security")!.premium.value).toBe(0.3);
    expect(await auditOf(draft.id)).toEqual(auditBefore);
  });

  it("lets exactly one of two simultaneous saves from the same revision through", async () => {
    const draft = await callers.ada.catalog.createDraft({ fromId: (await published()).id });
    const start = (await callers.ada.catalog.get({ id: draft.id })).document;
    const results = await Promise.allSettled([
      callers.ada.catalog.updateDraft({ id: draft.id, revision: 1, document: withAiSecurityPremium(start, 0.31) }),
      callers.grace.catalog.updateDraft({ id: draft.id, revision: 1, document: withAiSecurityPremium(start, 0.32) }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "CONFLICT" } });
    const winner = results.findIndex((r) => r.status === "fulfilled");
    const now = await callers.ada.catalog.get({ id: draft.id });
    expect(now.revision).toBe(2);
    expect(now.document.skills.find((s) => s.id === "ai-security")!.premium.value).toBe(winner === 0 ? 0.31 : 0.32);
    expect((await auditOf(draft.id)).filter((e) => e.action === "catalog.update-draft")).toHaveLength(2); // value and note of one save
  });

  it("rejects an invalid draft by the field's path and writes nothing", async () => {
    const draft = await callers.ada.catalog.createDraft({ fromId: (await published()).id });
    const document = withAiSecurityPremium((await callers.ada.catalog.get({ id: draft.id })).document, 0.2);
    document.skills.find((s) => s.id === "ai-security")!.premium.source = "rumour";
    document.levels.find((l) => l.id === "junior")!.multiplier.value = -1;
    const skillIndex = document.skills.findIndex((s) => s.id === "ai-security");
    await expect(callers.ada.catalog.updateDraft({ id: draft.id, revision: 1, document })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const error = await mutationError(users.ada, "catalog.updateDraft", { id: draft.id, revision: 1, document });
    expect(error.data.issues).toEqual(
      expect.arrayContaining([
        { path: `document.skills.${skillIndex}.premium.source`, message: 'unknown source "rumour"' },
        { path: expect.stringMatching(/^document\.levels\.\d+\.multiplier\.value$/), message: "must be positive" },
      ]),
    );
    expect((await callers.ada.catalog.get({ id: draft.id })).revision).toBe(1);
    expect(await auditOf(draft.id)).toHaveLength(1);
  });

  it("shows drafts to admins only, and lets nobody else change anything", async () => {
    const draft = await callers.ada.catalog.createDraft({ fromId: (await published()).id });
    for (const who of ["pro", "manager"] as const) {
      await expect(callers[who].catalog.get({ id: draft.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(callers[who].catalog.diff({ toId: draft.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(callers[who].catalog.exportJson({ id: draft.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(callers[who].catalog.publish({ id: draft.id, revision: 1, note: "x" })).rejects.toMatchObject({ code: "FORBIDDEN" });
      expect((await callers[who].catalog.get({ id: (await published()).id })).status).toBe("published");
    }
    expect((await callers.ada.catalog.get({ id: draft.id })).status).toBe("draft");
  });

  it("previews the impact on the sample profiles and on every team's bands", async () => {
    const base = await published();
    const draft = await callers.ada.catalog.createDraft({ fromId: base.id });
    const document = withAiSecurityPremium((await callers.ada.catalog.get({ id: draft.id })).document, 0.3);
    // US metros pay half as much again (the national reference stays at 1): metro staff fall below their bands.
    for (const l of document.locations) if (l.kind === "metro") l.factor = { value: l.factor.value * 1.5, source: "geo-judgement" };
    await callers.ada.catalog.updateDraft({ id: draft.id, revision: 1, document });

    const impact = await callers.ada.catalog.impact({ id: draft.id });
    expect(impact.from).toEqual({ id: base.id, version: base.version });
    expect(impact.samples.profiles.length).toBeGreaterThanOrEqual(12);
    expect(impact.samples.profiles.every((p) => p.error === null)).toBe(true);
    const secure = impact.samples.profiles.find((p) => p.id === "ml-engineer-senior-ai-security")!;
    expect(secure.after! - secure.before!).toBeCloseTo(secure.change!, 6);
    expect(secure.change).toBeGreaterThan(0);
    const germany = impact.samples.profiles.find((p) => p.id === "mlops-engineer-junior-germany")!;
    expect(germany.change).toBe(0);
    expect(impact.teams).toHaveLength(1);
    const team = impact.teams[0]!;
    expect(team).toMatchObject({ name: "Applied AI", people: 25, unpriced: 0 });
    expect(team.averageMidpointChange!.amount).toBeGreaterThan(0);
    expect(team.changedStatusCount).toBeGreaterThan(0);
    expect(impact.totals).toEqual({ teams: 1, people: 25, changedStatusCount: team.changedStatusCount });
  });

  it("publishes atomically with a note: the store serves the new version at once, the old one stays readable", async () => {
    const before = await published();
    const oldEstimate = (await callers.anonymous.valuation.estimate(secureProfile)).estimate;
    const draft = await callers.ada.catalog.createDraft({ fromId: before.id });
    const document = withAiSecurityPremium((await callers.ada.catalog.get({ id: draft.id })).document, 0.25);
    const { revision } = await callers.ada.catalog.updateDraft({ id: draft.id, revision: 1, document });

    expect(await callers.ada.catalog.publish({ id: draft.id, revision, note: "2025 premiums" })).toEqual({
      id: draft.id,
      version: draft.version,
      archivedId: before.id,
    });
    const after = await published();
    expect(after).toMatchObject({ id: draft.id, version: draft.version });
    const newEstimate = (await callers.anonymous.valuation.estimate(secureProfile)).estimate;
    expect(newEstimate.catalogVersion).toBe(draft.version);
    expect(newEstimate.total.p50).toBeGreaterThan(oldEstimate.total.p50);
    expect(newEstimate.total.p50).toBeCloseTo(estimate(secureProfile, after.catalog).total.p50, 6);

    const old = await callers.pro.catalog.get({ id: before.id });
    expect(old.status).toBe("archived");
    expect(old.document.skills.find((s) => s.id === "ai-security")!.premium.value).toBe(0.12);
    const versions = await callers.pro.catalog.versions();
    expect(versions.find((v) => v.id === draft.id)).toMatchObject({ status: "published", note: "2025 premiums", publishedByName: "Ada" });
    expect((await auditOf(draft.id)).map((e) => e.action)[0]).toBe("catalog.publish");
    expect((await auditOf(before.id)).map((e) => [e.action, e.note])[0]).toEqual(["catalog.archive", "2025 premiums"]);
    // A published version is never edited again.
    await expect(callers.ada.catalog.updateDraft({ id: draft.id, revision, document })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("leaves the previous version published when publishing fails midway", async () => {
    const before = await published();
    const draft = await callers.ada.catalog.createDraft({ fromId: before.id });
    const ctx = createInnerContext({ db: handle.db, user: users.ada, catalogs }) as AuthedContext;
    const failure = new Error("disk full");
    await expect(
      publishCatalogVersion(ctx, { id: draft.id, revision: 1, note: "doomed" }, {
        beforeCommit: async () => {
          throw failure;
        },
      }),
    ).rejects.toBe(failure);
    expect((await published()).id).toBe(before.id);
    expect(await catalogs.published()).toMatchObject({ id: before.id });
    expect((await callers.ada.catalog.get({ id: draft.id })).status).toBe("draft");
    expect((await callers.ada.catalog.get({ id: before.id })).status).toBe("published");
    expect((await auditOf(draft.id)).map((e) => e.action)).toEqual(["catalog.create-draft"]);
    expect((await auditOf(before.id)).filter((e) => e.note === "doomed")).toEqual([]);
    // The same draft publishes fine afterwards.
    expect(await callers.ada.catalog.publish({ id: draft.id, revision: 1, note: "second try" })).toMatchObject({ id: draft.id, archivedId: before.id });
  });

  it("under the four-eyes rule, publishes only what a second admin approved, and an edit clears the approval", async () => {
    expect(await callers.ada.catalog.settings()).toEqual({ fourEyes: false });
    await callers.ada.catalog.setFourEyes({ enabled: true });
    try {
      const draft = await callers.ada.catalog.createDraft({ fromId: (await published()).id });
      const document = withAiSecurityPremium((await callers.ada.catalog.get({ id: draft.id })).document, 0.22);
      const { revision } = await callers.ada.catalog.updateDraft({ id: draft.id, revision: 1, document });
      await expect(callers.ada.catalog.publish({ id: draft.id, revision, note: "x" })).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
      await expect(callers.ada.catalog.approve({ id: draft.id, revision })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await callers.grace.catalog.approve({ id: draft.id, revision });
      expect(await callers.ada.catalog.get({ id: draft.id })).toMatchObject({ approvedBy: users.grace.id, approvedByName: "Grace" });

      // Grace edits the approved draft: the approval is gone, and Grace may no longer approve it (she edited it last).
      const edited = withAiSecurityPremium(document, 0.21);
      const second = await callers.grace.catalog.updateDraft({ id: draft.id, revision, document: edited });
      expect(await callers.ada.catalog.get({ id: draft.id })).toMatchObject({ approvedBy: null, approvedAt: null });
      await expect(callers.ada.catalog.publish({ id: draft.id, revision: second.revision, note: "x" })).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
      await expect(callers.grace.catalog.approve({ id: draft.id, revision: second.revision })).rejects.toMatchObject({ code: "FORBIDDEN" });
      // Ada wrote the draft: she cannot approve it either. A third admin can.
      await expect(callers.ada.catalog.approve({ id: draft.id, revision: second.revision })).rejects.toMatchObject({ code: "FORBIDDEN" });
      const third = await insertTestUser(handle.db, { role: "admin", name: "Third" });
      const thirdCaller = createCaller(createInnerContext({ db: handle.db, user: { ...third }, catalogs }));
      await thirdCaller.catalog.approve({ id: draft.id, revision: second.revision });
      expect(await callers.ada.catalog.publish({ id: draft.id, revision: second.revision, note: "approved" })).toMatchObject({ id: draft.id });

      const actions = (await auditOf(draft.id)).map((e) => [e.action, e.actorName]);
      expect(actions.slice(0, 4)).toEqual([
        ["catalog.publish", "Ada"],
        ["catalog.approve", "Third"],
        ["catalog.clear-approval", "Grace"],
        ["catalog.update-draft", "Grace"],
      ]);
      expect(actions).toContainEqual(["catalog.approve", "Grace"]);
      const settingEntries = await callers.ada.catalog.audit({ action: "catalog.set-four-eyes" });
      expect(settingEntries[0]).toMatchObject({ versionId: null, field: "catalog.fourEyes", before: false, after: true, actorName: "Ada" });
    } finally {
      await callers.ada.catalog.setFourEyes({ enabled: false });
    }
  });

  it("rolls back by publishing an archived version's content as a new version", async () => {
    const current = await published();
    const original = (await listCatalogVersions(handle.db, { status: "archived" })).find((v) => v.version === defaultCatalog.version)!;
    const rolled = await callers.ada.catalog.rollback({ id: original.id, note: "back to the default" });
    expect(rolled.archivedId).toBe(current.id);
    const now = await published();
    expect(now.id).toBe(rolled.id);
    expect(now.version).toBe(rolled.version);
    expect(now.catalog).toEqual({ ...defaultCatalog, version: rolled.version });
    expect(await callers.pro.catalog.get({ id: rolled.id })).toMatchObject({ parentId: original.id, status: "published", note: "back to the default" });
    expect((await auditOf(rolled.id))[0]).toMatchObject({ action: "catalog.rollback", note: "back to the default", after: { contentOf: defaultCatalog.version } });
    await expect(callers.ada.catalog.rollback({ id: rolled.id, note: "x" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("imports a catalog as a new draft, and rejects an invalid file by path and line, writing nothing", async () => {
    const count = (await listCatalogVersions(handle.db, { includeDrafts: true, limit: 1000 })).length;
    const syntax = await mutationError(users.ada, "catalog.importJson", { text: '{\n  "version": "x",\n  "name": \n}' });
    expect(syntax.data.issues).toEqual([{ path: "text.line 4", message: "line 4, column 1: a value was expected" }]);

    const bad = structuredClone(defaultCatalog) as unknown as { skills: { premium: { value: unknown } }[]; roles: { family: string }[] };
    bad.skills[2]!.premium.value = "a lot";
    bad.roles[0]!.family = "astrology";
    const text = JSON.stringify(bad, null, 2);
    await expect(callers.ada.catalog.importJson({ text })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const issues = (await mutationError(users.ada, "catalog.importJson", { text })).data.issues!;
    const paths = issues.map((i) => i.path);
    expect(paths).toContain("document.skills.2.premium.value");
    expect(paths).toContain("document.roles.0.family");
    const lines = text.split("\n");
    const premiumIssue = issues.find((i) => i.path === "document.skills.2.premium.value")!;
    const line = Number(/^line (\d+):/.exec(premiumIssue.message)![1]);
    expect(lines[line - 1]).toContain('"value": "a lot"');
    expect(await listCatalogVersions(handle.db, { includeDrafts: true, limit: 1000 })).toHaveLength(count);

    const exported = await callers.pro.catalog.exportJson({ id: (await published()).id });
    const imported = await callers.ada.catalog.importJson({ text: JSON.stringify(exported.document, null, 2), note: "round trip" });
    const got = await callers.ada.catalog.get({ id: imported.id });
    expect(got).toMatchObject({ status: "draft", parentId: (await published()).id, note: "round trip" });
    expect(imported.version).not.toBe(exported.version); // the label was taken, so the next free one is used
    expect(got.document).toEqual({ ...exported.document, version: imported.version });
    expect((await auditOf(imported.id))[0]).toMatchObject({ action: "catalog.import", note: "round trip" });
  });

  it("imports a catalog from CSV files as a new draft, and rejects invalid cells by file, line and field, writing nothing", async () => {
    const count = (await listCatalogVersions(handle.db, { includeDrafts: true, limit: 1000 })).length;
    await expect(callers.pro.catalog.importCsv({ files: csvFiles(defaultCatalog) })).rejects.toMatchObject({ code: "FORBIDDEN" });

    const bad = structuredClone(defaultCatalog);
    bad.skills[2]!.premium.value = -0.1;
    bad.roles[0]!.family = "astrology" as Catalog["roles"][number]["family"];
    const issues = (await mutationError(users.ada, "catalog.importCsv", { files: csvFiles(bad) })).data.issues!;
    expect(issues).toContainEqual({ path: "files.skills.csv.line 4.premium.value", message: "must not be negative" });
    expect(issues).toContainEqual({ path: "files.roles.csv.line 2.family", message: expect.stringContaining("expected one of") as unknown });
    const unreadable = csvFiles(defaultCatalog).map((f) => (f.name === "levels.csv" ? { ...f, content: f.content.replace(/,(\d+),/, ",three,") } : f));
    const syntax = (await mutationError(users.ada, "catalog.importCsv", { files: unreadable })).data.issues!;
    expect(syntax).toEqual([{ path: "files.levels.csv.line 2", message: expect.stringMatching(/^column \d+, rank: "three" is not a number$/) as unknown }]);
    expect(await listCatalogVersions(handle.db, { includeDrafts: true, limit: 1000 })).toHaveLength(count);

    const original = { ...defaultCatalog, version: "csv-import" };
    const imported = await callers.ada.catalog.importCsv({ files: csvFiles(original), note: "from the spreadsheet" });
    expect(imported.version).toBe("csv-import");
    const got = await callers.ada.catalog.get({ id: imported.id });
    expect(got).toMatchObject({ status: "draft", parentId: (await published()).id, note: "from the spreadsheet" });
    expect(got.document).toEqual(original);
    expect((await auditOf(imported.id))[0]).toMatchObject({ action: "catalog.import", note: "from the spreadsheet" });
  });
});

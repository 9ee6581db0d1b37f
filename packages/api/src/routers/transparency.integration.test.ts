import { defaultCatalog } from "@paypath/catalog";
import { createTeam, findAudit, replaceTeamMembers, seed, type DatabaseHandle, type TeamMemberInput } from "@paypath/db";
import { databases, insertTestUser } from "@paypath/db/testing";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCatalogStore } from "../catalogs.js";
import { createInnerContext, type SessionUser, type UserRole } from "../context.js";
import { createCaller } from "../root.js";

type Caller = ReturnType<typeof createCaller>;

function person(employeeId: string, gender: string | null, base: number, extra: Partial<TeamMemberInput> = {}): TeamMemberInput {
  return {
    employeeId,
    name: `Person ${employeeId}`,
    title: "ML Engineer",
    roleId: "ml-engineer",
    levelId: "senior",
    locationId: "us",
    base,
    bonus: 0,
    equity: 0,
    performanceRating: null,
    hireDate: null,
    managerEmployeeId: null,
    gender,
    ...extra,
  };
}

/** Three men and three women as senior ML engineers (women paid 10 % less), two "=cmd" people, one without gender. */
const roster: TeamMemberInput[] = [
  person("M1", "male", 200_000, { bonus: 20_000 }),
  person("M2", "male", 200_000),
  person("M3", "male", 200_000),
  person("F1", "female", 180_000, { bonus: 18_000 }),
  person("F2", "female", 180_000),
  person("F3", "female", 180_000),
  person("X1", "=cmd", 150_000),
  person("X2", "=cmd", 150_000, { roleId: "data-scientist" }),
  person("N1", null, 120_000),
];

const posting = { roleId: "ml-engineer", levelId: "senior", locationId: "de", jurisdictionId: "eu" } as const;

describe.each(databases())("transparency on %s", (factory) => {
  let handle: DatabaseHandle;
  const callers = {} as Record<"manager" | "otherManager" | "admin" | "professional", Caller>;
  let teamId: string;

  beforeAll(async () => {
    handle = await factory.open();
    await seed(handle.db, { demo: false, catalog: defaultCatalog });
    const make = async (role: UserRole, email: string): Promise<SessionUser> => {
      const u = await insertTestUser(handle.db, { role, email, name: email });
      return { id: u.id, email: u.email, name: u.name, role: u.role };
    };
    const users = {
      manager: await make("manager", "m@example.test"),
      otherManager: await make("manager", "o@example.test"),
      admin: await make("admin", "admin@example.test"),
      professional: await make("professional", "p@example.test"),
    };
    for (const key of Object.keys(users) as (keyof typeof users)[]) {
      callers[key] = createCaller(createInnerContext({ db: handle.db, user: users[key], catalogs: createCatalogStore(handle.db) }));
    }
    teamId = (await createTeam(handle.db, { name: "Applied AI", managerId: users.manager.id })).id;
    await replaceTeamMembers(handle.db, { teamId, members: roster });
  });
  afterAll(() => handle?.close());

  it("lists the jurisdiction rules with the sources they cite", async () => {
    const { rules, sources } = await callers.manager.transparency.rules();
    expect(rules.map((r) => r.id)).toEqual(expect.arrayContaining(["eu", "us-ca", "us-ny", "us-nyc", "us-wa", "us-co", "us-il"]));
    for (const r of rules) expect(sources.some((s) => s.id === r.source)).toBe(true);
  });

  it("prices a posting from the team's band in the location's currency under the chosen rule", async () => {
    const p = await callers.manager.transparency.postingRange({ teamId, ...posting });
    expect(p.currency).toBe("EUR");
    expect(p.rule.id).toBe("eu");
    expect(p.range.min).toBeGreaterThanOrEqual(p.band.min);
    expect(p.range.max).toBeLessThanOrEqual(p.band.max);
    expect(p.text).toContain("Directive (EU) 2023/970");
    // The team's policy is used: a wider spread widens the posting.
    const { team } = await callers.manager.teams.get({ teamId });
    await callers.manager.teams.setPolicy({ teamId, revision: team.revision, policy: { spread: { ic: 0.6, management: 0.5 } } });
    const wide = await callers.manager.transparency.postingRange({ teamId, ...posting });
    expect(wide.band.max / wide.band.min).toBeCloseTo(1.6, 9);
    const after = (await callers.manager.teams.get({ teamId })).team;
    await callers.manager.teams.setPolicy({ teamId, revision: after.revision, policy: {} });
  });

  it("refuses a picked range outside the band or a jurisdiction not listed, naming the field, and writes nothing", async () => {
    const before = await findAudit(handle.db, { entity: "team", entityId: teamId, limit: 100 });
    await expect(callers.manager.transparency.exportPosting({ teamId, ...posting, range: { min: 1_000, max: 2_000 }, format: "csv" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringMatching(/^range\.min: must not be below the band's minimum, EUR /),
    });
    await expect(
      callers.manager.transparency.postingRange({ teamId, ...posting, jurisdictionId: "atlantis" as "eu" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      cause: { issues: [expect.objectContaining({ path: ["jurisdictionId"], message: "choose one of the listed jurisdictions" })] },
    });
    await expect(callers.manager.transparency.postingRange({ teamId, ...posting, range: { min: 100_000, max: 90_000 } })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      cause: { issues: [expect.objectContaining({ path: ["range", "max"], message: "must be more than the minimum" })] },
    });
    expect(await findAudit(handle.db, { entity: "team", entityId: teamId, limit: 100 })).toEqual(before);
  });

  it("exports a posting as CSV for an ATS and as text, each export in the audit log", async () => {
    const csv = await callers.manager.transparency.exportPosting({ teamId, ...posting, format: "csv" });
    expect(csv.fileName).toBe("ml-engineer-senior-de-eu.csv");
    const [head, row] = Papa.parse<string[]>(csv.content.trim()).data;
    expect(head).toContain("pay min");
    const p = await callers.manager.transparency.postingRange({ teamId, ...posting });
    expect(Number(row![head!.indexOf("pay min")])).toBe(p.range.min);
    expect(row![head!.indexOf("currency")]).toBe("EUR");
    const text = await callers.manager.transparency.exportPosting({ teamId, ...posting, format: "text" });
    expect(text.content).toBe(p.text);
    const audit = await findAudit(handle.db, { action: "transparency.export-posting", entityId: teamId, limit: 10 });
    expect(audit.map((a) => (a.after as { format: string }).format)).toEqual(["text", "csv"]);
  });

  it("reports gaps, categories and assessments with groups under 3 suppressed", async () => {
    const { report, names, rule } = await callers.manager.transparency.report({ teamId });
    expect(rule.id).toBe("eu");
    expect(report.referenceGroup).toBe("male");
    const female = report.groups.find((g) => g.group === "female");
    expect(female && !female.isSuppressed && female.gap.mean.base).toBeCloseTo(10, 9);
    expect(report.groups.find((g) => g.group === "=cmd")).toEqual({ group: "=cmd", isSuppressed: true });
    expect(report.withoutGender).toBe(1);
    const ml = report.categories.find((c) => c.roleId === "ml-engineer")!;
    expect(ml.needsAssessment).toBe(true);
    expect(report.assessment.map((c) => c.roleId)).toContain("ml-engineer");
    expect(names.roles["ml-engineer"]).toBe("Machine learning engineer");
  });

  it("exports the report as formula-safe CSV and for printing, each in the audit log", async () => {
    const { csv, fileName } = await callers.manager.transparency.exportReport({ teamId, format: "csv" });
    expect(fileName).toBe("applied-ai-pay-transparency.csv");
    const rows = Papa.parse<string[]>(csv!.trim()).data;
    const head = rows[0]!;
    const gapRows = rows.filter((r) => r[0] === "gap");
    const female = gapRows.find((r) => r[head.indexOf("group")] === "female")!;
    expect(Number(female[head.indexOf("mean gap base %")])).toBeCloseTo(10, 2);
    expect(Number(female[head.indexOf("receiving bonus %")])).toBeCloseTo(33.33, 2);
    // The "=cmd" group is suppressed and its label cannot run as a formula.
    const cmd = gapRows.find((r) => r[head.indexOf("group")] === "'=cmd")!;
    expect(cmd[head.indexOf("people")]).toBe("");
    expect(cmd[head.indexOf("note")]).toBe("suppressed: fewer than 3 people");
    expect(csv).not.toContain("150000");
    const printed = await callers.admin.transparency.exportReport({ teamId, format: "print" });
    expect(printed.csv).toBeNull();
    expect(printed.report.report.headcount).toBe(9);
    const audit = await findAudit(handle.db, { action: "transparency.export-report", entityId: teamId, limit: 10 });
    expect(audit.map((a) => (a.after as { format: string }).format)).toEqual(["print", "csv"]);
  });

  it("shows the report and postings only to the team's manager and admins", async () => {
    const before = await findAudit(handle.db, { entity: "team", entityId: teamId, limit: 100 });
    await expect(callers.otherManager.transparency.report({ teamId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(callers.otherManager.transparency.exportReport({ teamId, format: "csv" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(callers.otherManager.transparency.exportPosting({ teamId, ...posting, format: "csv" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(callers.professional.transparency.report({ teamId })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await findAudit(handle.db, { entity: "team", entityId: teamId, limit: 100 })).toEqual(before);
  });
});

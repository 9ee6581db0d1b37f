import { defaultCatalog } from "@paypath/catalog";
import { checkPlausibility, type Catalog } from "@paypath/core";
import { seed, type DatabaseHandle } from "@paypath/db";
import { databases, insertTestUser } from "@paypath/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCatalogStore } from "../catalogs.js";
import { createInnerContext, type SessionUser, type UserRole } from "../context.js";
import { createCaller } from "../root.js";

type Caller = ReturnType<typeof createCaller>;

/** The document with Bulgaria paid like the US: far above what its average wage suggests. */
function withBulgariaAtUsPay(document: Catalog): Catalog {
  const copy = structuredClone(document);
  copy.locations.find((l) => l.id === "bg")!.factor = { value: 1, source: "geo-judgement", note: "edited to test the plausibility checks" };
  return copy;
}

describe.each(databases())("catalog plausibility on %s", (factory) => {
  let handle: DatabaseHandle;
  const callers = {} as Record<"admin" | "pro", Caller>;

  beforeAll(async () => {
    handle = await factory.open();
    await seed(handle.db, { demo: false, catalog: defaultCatalog });
    const catalogs = createCatalogStore(handle.db);
    const make = async (role: UserRole, name: string): Promise<SessionUser> => {
      const u = await insertTestUser(handle.db, { role, name, email: `${name.toLowerCase()}@example.test` });
      return { id: u.id, email: u.email, name: u.name, role: u.role };
    };
    callers.admin = createCaller(createInnerContext({ db: handle.db, user: await make("admin", "Ada"), catalogs }));
    callers.pro = createCaller(createInnerContext({ db: handle.db, user: await make("professional", "Pro"), catalogs }));
  });
  afterAll(() => handle?.close());

  it("runs core's checks on a draft, and a draft's edit shows in its checks", async () => {
    const published = await callers.admin.catalog.published();
    const draft = await callers.admin.catalog.createDraft({ fromId: published.id });
    const before = await callers.admin.catalog.plausibility({ id: draft.id });
    expect(before).toMatchObject({ id: draft.id, version: draft.version });
    expect(before.checks).toEqual(checkPlausibility((await callers.admin.catalog.get({ id: draft.id })).document).checks);

    const document = withBulgariaAtUsPay((await callers.admin.catalog.get({ id: draft.id })).document);
    await callers.admin.catalog.updateDraft({ id: draft.id, revision: draft.revision, document });
    const after = await callers.admin.catalog.plausibility({ id: draft.id });
    const band = after.checks.find((c) => c.id === "country-band-bg")!;
    expect(band).toMatchObject({ passed: false });
    expect(band.detail).toContain("pay level 1.000 of the US");
    expect(band.anchor).toContain("Eurostat");
    // The published version is unchanged by the draft's edit.
    const publishedChecks = await callers.admin.catalog.plausibility({ id: published.id });
    expect(publishedChecks.checks).toEqual(checkPlausibility(published.catalog).checks);
  });

  it("refuses non-admins, a missing version and input that is not a version id", async () => {
    const published = await callers.admin.catalog.published();
    await expect(callers.pro.catalog.plausibility({ id: published.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(callers.admin.catalog.plausibility({ id: 999_999 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(callers.admin.catalog.plausibility({ id: -1 })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(callers.admin.catalog.plausibility({ id: published.id, extra: 1 } as never)).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

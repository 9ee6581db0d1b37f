import { fileUploadProcedures, largeUploadProcedures } from "@paypath/api";
import { describe, expect, it } from "vitest";
import { defaultBodyLimit, fileUploadBodyLimit, largeUploadBodyLimit, trpcBodyLimit } from "./body-limits.js";

describe("trpcBodyLimit", () => {
  it("lets only calls to procedures that take files, alone or batched together, carry large bodies", () => {
    expect([...fileUploadProcedures].sort()).toEqual(["catalog.importCsv", "catalog.importJson", "teams.importRoster", "teams.previewImport"]);
    expect(trpcBodyLimit("teams.importRoster")).toBe(fileUploadBodyLimit);
    expect(trpcBodyLimit("catalog.importJson,catalog.importCsv")).toBe(fileUploadBodyLimit);
    expect(trpcBodyLimit("profiles.save")).toBe(defaultBodyLimit);
    expect(trpcBodyLimit("teams.importRoster,profiles.save")).toBe(defaultBodyLimit);
    expect(trpcBodyLimit("")).toBe(defaultBodyLimit);
    expect(trpcBodyLimit("no.such.procedure")).toBe(defaultBodyLimit);
    expect(defaultBodyLimit).toBeLessThan(fileUploadBodyLimit);
  });

  it("lets a refit's salary files alone carry the largest bodies, and holds a batch with anything else to that one's limit", () => {
    expect([...largeUploadProcedures]).toEqual(["refit.start"]);
    expect(trpcBodyLimit("refit.start")).toBe(largeUploadBodyLimit);
    expect(largeUploadBodyLimit).toBeGreaterThan(50 * 1000 * 1000);
    expect(trpcBodyLimit("refit.start,catalog.importJson")).toBe(defaultBodyLimit);
    expect(trpcBodyLimit("refit.start,profiles.save")).toBe(defaultBodyLimit);
  });
});

import { fixtureCatalog } from "@paypath/core/testing";
import { describe, expect, it } from "vitest";
import { catalogName, jobName } from "./catalog-names";

describe("catalog names", () => {
  it("names a job with the role inside the phrase, keeping acronyms", () => {
    expect(jobName(fixtureCatalog, "senior", "data-scientist")).toBe("Senior data scientist");
    expect(jobName(fixtureCatalog, "mid", "research-scientist")).toBe("Mid research scientist");
    expect(jobName(fixtureCatalog, "senior", "ml-engineer")).toBe("Senior ML engineer");
    expect(jobName(fixtureCatalog, "junior", "ai-product-manager")).toBe("Junior AI product manager");
    expect(jobName(fixtureCatalog, "senior", "no-such-role")).toBe("Senior no-such-role");
  });

  it("falls back to the id for an entry the catalog lacks", () => {
    expect(catalogName(fixtureCatalog, "locations", "gb")).toBe("United Kingdom");
    expect(catalogName(fixtureCatalog, "locations", "atlantis")).toBe("atlantis");
  });

});

import { fixtureCatalog } from "@paypath/core/testing";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { catalogCsvFiles, catalogCsvZip, readCatalogCsvFiles } from "./catalog-files";

describe("catalog CSV export", () => {
  it("writes one CSV per table, a row per entity, nested figures as dotted columns", () => {
    const files = catalogCsvFiles(fixtureCatalog);
    expect(files.map((f) => f.name)).toContain("skills.csv");
    const skills = Papa.parse<Record<string, string>>(files.find((f) => f.name === "skills.csv")!.csv, { header: true });
    expect(skills.data).toHaveLength(fixtureCatalog.skills.length);
    const ai = skills.data.find((r) => r.id === "ai-security")!;
    expect(ai["premium.value"]).toBe("0.12");
    expect(ai["premium.source"]).toBe("judge");
    expect(JSON.parse(ai.prerequisites!)).toEqual([{ anyOf: ["llm-fine-tuning", "prompt-engineering"] }]);
    const market = Papa.parse<Record<string, string>>(files.find((f) => f.name === "marketIndex.csv")!.csv, { header: true });
    expect(market.data.map((r) => r.year)).toEqual(["2023", "2024", "2025"]);
  });

  it("zips the tables", () => {
    const files = unzipSync(catalogCsvZip(fixtureCatalog));
    expect(Object.keys(files)).toEqual(catalogCsvFiles(fixtureCatalog).map((f) => f.name));
    expect(strFromU8(files["levels.csv"]!).split("\n")).toHaveLength(fixtureCatalog.levels.length + 1);
  });

  it("reads the files to import from a zip (folders and hidden files dropped) or as chosen", async () => {
    const zip = zipSync({ "catalog/model.csv": strToU8("version\r\nx"), "catalog/": new Uint8Array(), "__MACOSX/catalog/._model.csv": strToU8("junk"), "skills.csv": strToU8("id") });
    const files = await readCatalogCsvFiles([new File([zip as Uint8Array<ArrayBuffer>], "export.ZIP"), new File(["id,name"], "roles.csv")]);
    expect(files).toEqual([
      { name: "model.csv", content: "version\r\nx" },
      { name: "skills.csv", content: "id" },
      { name: "roles.csv", content: "id,name" },
    ]);
  });
});

import { fixtureCatalog as catalog } from "@paypath/core/testing";
import { describe, expect, it } from "vitest";
import { toInputColumn, parseRow, type ParsedRow, type RawRow } from "./parse-row.js";

const base: RawRow = { id: "1", role: "ml-engineer", level: "senior", country: "US" };

function profileOf(raw: RawRow): Extract<ParsedRow, { ok: true }> {
  const parsed = parseRow(raw, catalog);
  if (!parsed.ok) throw new Error(`expected a profile, got ${JSON.stringify(parsed.issues)}`);
  return parsed;
}

function issuesOf(raw: RawRow): readonly { field: string; message: string }[] {
  const parsed = parseRow(raw, catalog);
  if (parsed.ok) throw new Error(`expected issues, got ${JSON.stringify(parsed.profile)}`);
  return parsed.issues;
}

describe("parseRow", () => {
  it("turns the minimal row into a profile with the country's national location", () => {
    expect(profileOf(base)).toEqual({
      ok: true,
      id: "1",
      profile: { role: "ml-engineer", level: "senior", location: "us" },
      warnings: [],
    });
  });

  it("trims values and treats empty cells as absent", () => {
    const { profile } = profileOf({ ...base, id: " 9 ", level: " senior ", industry: "  ", skills: "", year: "" });
    expect(profile).toEqual({ role: "ml-engineer", level: "senior", location: "us" });
  });

  it("reads every optional column", () => {
    const { profile } = profileOf({
      ...base,
      metro: "us-sf",
      remote: "hybrid",
      industry: "finance",
      stage: "growth",
      company_size: "m",
      skills: "llm-fine-tuning; ai-security",
      credentials: "phd;publications",
      year: "2025",
    });
    expect(profile).toEqual({
      role: "ml-engineer",
      level: "senior",
      location: "us-sf",
      arrangement: "hybrid",
      industry: "finance",
      stage: "growth",
      companySize: "M",
      skills: ["llm-fine-tuning", "ai-security"],
      credentials: ["phd", "publications"],
      year: 2025,
    });
  });

  describe("id", () => {
    it("is required", () => {
      expect(issuesOf({ ...base, id: " " })).toEqual([{ field: "id", message: "is required" }]);
    });
  });

  describe("title and role", () => {
    it("maps a title to a role and takes its level hint", () => {
      const { profile, warnings } = profileOf({ id: "1", title: "Sr. ML Engineer", country: "us" });
      expect(profile).toMatchObject({ role: "ml-engineer", level: "senior" });
      expect(warnings).toEqual([]);
    });

    it("lets the role win over the title", () => {
      const { profile } = profileOf({ ...base, title: "Research Scientist", role: "data-scientist" });
      expect(profile.role).toBe("data-scientist");
    });

    it("uses the title's level hint when the role is given and the level is empty", () => {
      const { profile } = profileOf({ id: "1", role: "data-scientist", title: "Staff Data Scientist", country: "US" });
      expect(profile).toMatchObject({ role: "data-scientist", level: "staff" });
    });

    it("warns about a low-confidence title mapping", () => {
      const { profile, warnings } = profileOf({ ...base, role: "", title: "Quantum Blockchain Crypto Wizard ML Engineer" });
      expect(profile.role).toBe("ml-engineer");
      expect(warnings).toEqual([expect.stringMatching(/^title "Quantum Blockchain Crypto Wizard ML Engineer" mapped to ml-engineer with low confidence 0\.\d\d$/)]);
    });

    it("prices a title that names no role as the catalog's fallback, saying why, and carries the mapping", () => {
      const { profile, warnings } = profileOf({ ...base, role: undefined, title: "Chief Vibes Officer" });
      expect(profile).toMatchObject({ role: "data-scientist", level: "senior", roleMatch: { confidence: 0.25, fallback: true } });
      expect(warnings).toEqual([
        'title "Chief Vibes Officer": no role matches "Chief Vibes Officer"; priced as Data scientist (the most common title of all), with low confidence and a wider range',
      ]);
      expect(profileOf({ ...base, role: undefined, title: "Engineer" }).profile).toMatchObject({
        role: "ml-engineer",
        roleMatch: { confidence: 0.4, fallback: true },
      });
    });

    it("carries how sure a mapped title is, and nothing for a role given outright", () => {
      expect(profileOf({ ...base, role: undefined, title: "ML Engineer" }).profile.roleMatch).toEqual({ confidence: 0.95, fallback: false });
      expect(profileOf({ ...base, title: "Engineer" }).profile).not.toHaveProperty("roleMatch");
    });

    it("refuses a title that names no role with strict, naming the title and the guess", () => {
      const parsed = parseRow({ ...base, role: undefined, title: "Engineer" }, catalog, { strict: true });
      expect(parsed).toEqual({
        ok: false,
        id: "1",
        issues: [{ field: "title", message: '"Engineer" names no role (the likeliest, ml-engineer, is only a guess); --strict refuses it: give the role' }],
      });
      expect(parseRow({ ...base, role: undefined, title: "Sr. ML Engineer" }, catalog, { strict: true }).ok).toBe(true);
      expect(parseRow({ ...base, title: "Engineer" }, catalog, { strict: true }).ok).toBe(true);
    });

    it("reports a title with no words at all", () => {
      expect(issuesOf({ ...base, role: undefined, title: "—" })).toEqual([{ field: "title", message: 'cannot map "—" to a role' }]);
    });

    it("reports an unknown role", () => {
      expect(issuesOf({ ...base, role: "astronaut" })).toEqual([{ field: "role", message: 'unknown role "astronaut"' }]);
    });

    it("requires a role or a title", () => {
      expect(issuesOf({ ...base, role: "" })).toEqual([{ field: "role", message: "a role or a title is required" }]);
    });
  });

  describe("level", () => {
    it("accepts level ids and survey codes in any case", () => {
      expect(profileOf({ ...base, level: "Staff" }).profile.level).toBe("staff");
      expect(profileOf({ ...base, level: "EN" }).profile.level).toBe("junior");
      expect(profileOf({ ...base, level: "mi" }).profile.level).toBe("mid");
      expect(profileOf({ ...base, level: "EX" }).profile.level).toBe("director");
    });

    it("lets an explicit level win over the title's hint", () => {
      const { profile } = profileOf({ id: "1", title: "Senior ML Engineer", level: "MI", country: "US" });
      expect(profile.level).toBe("mid");
    });

    it("reports an unknown level", () => {
      expect(issuesOf({ ...base, level: "wizard" })).toEqual([{ field: "level", message: 'unknown level "wizard"' }]);
    });

    it("is required when the title gives none", () => {
      expect(issuesOf({ id: "1", title: "ML Engineer", country: "US" })).toEqual([
        { field: "level", message: "is required (the title gives no level)" },
      ]);
    });

    it("reports a title's level hint the catalog lacks", () => {
      expect(issuesOf({ id: "1", title: "Principal ML Engineer", country: "US" })).toEqual([
        { field: "level", message: 'unknown level "principal" (from the title)' },
      ]);
    });
  });

  describe("country and metro", () => {
    it("maps a country code, in any case, to its national or country location", () => {
      expect(profileOf({ ...base, country: "gb" }).profile.location).toBe("gb");
      expect(profileOf({ ...base, country: "IN" }).profile.location).toBe("in");
    });

    it("lets a metro, by id or name, override the country", () => {
      expect(profileOf({ ...base, metro: "us-sf" }).profile.location).toBe("us-sf");
      expect(profileOf({ ...base, metro: "san francisco" }).profile.location).toBe("us-sf");
    });

    it("takes the country from a metro given alone", () => {
      expect(profileOf({ ...base, country: "", metro: "San Francisco" }).profile.location).toBe("us-sf");
    });

    it("reports a metro outside the country", () => {
      expect(issuesOf({ ...base, country: "GB", metro: "us-sf" })).toEqual([{ field: "metro", message: '"us-sf" is not in GB' }]);
    });

    it("reports an unknown metro", () => {
      expect(issuesOf({ ...base, metro: "Atlantis" })).toEqual([{ field: "metro", message: 'unknown metro "Atlantis"' }]);
    });

    it("reports a malformed or unknown country", () => {
      expect(issuesOf({ ...base, country: "USA" })).toEqual([
        { field: "country", message: "must be an ISO 3166 alpha-2 code such as US" },
      ]);
      expect(issuesOf({ ...base, country: "FR" })).toEqual([{ field: "country", message: 'no location for country "FR"' }]);
    });

    it("requires a country or a metro", () => {
      expect(issuesOf({ ...base, country: "" })).toEqual([{ field: "country", message: "a country or a metro is required" }]);
    });
  });

  describe("remote", () => {
    it("accepts arrangement ids and remote ratios", () => {
      expect(profileOf({ ...base, remote: "Onsite" }).profile.arrangement).toBe("onsite");
      expect(profileOf({ ...base, remote: "0" }).profile.arrangement).toBe("onsite");
      expect(profileOf({ ...base, remote: "50" }).profile.arrangement).toBe("hybrid");
      expect(profileOf({ ...base, remote: "100" }).profile.arrangement).toBe("remote");
    });

    it("reads a remote policy id as remote work under that policy", () => {
      expect(profileOf({ ...base, remote: "Global-Premium" }).profile).toMatchObject({ arrangement: "remote", remotePolicy: "global-premium" });
    });

    it("reports anything else", () => {
      expect(issuesOf({ ...base, remote: "sometimes" })).toEqual([
        {
          field: "remote",
          message: 'must be onsite, hybrid, remote, 0, 50, 100 or a remote policy (location-banded, national-standard, global-premium), not "sometimes"',
        },
      ]);
    });
  });

  describe("industry, stage and company_size", () => {
    it("reports unknown ids naming the column", () => {
      expect(issuesOf({ ...base, industry: "mining" })).toEqual([{ field: "industry", message: 'unknown industry "mining"' }]);
      expect(issuesOf({ ...base, stage: "ipo" })).toEqual([{ field: "stage", message: 'unknown stage "ipo"' }]);
      expect(issuesOf({ ...base, company_size: "XL" })).toEqual([{ field: "company_size", message: "must be S, M or L" }]);
    });
  });

  describe("skills and credentials", () => {
    it("drops empty items and duplicates", () => {
      expect(profileOf({ ...base, skills: "llm-fine-tuning;;llm-fine-tuning;" }).profile.skills).toEqual(["llm-fine-tuning"]);
    });

    it("reports each unknown id", () => {
      expect(issuesOf({ ...base, skills: "llm-fine-tuning;juggling;knitting", credentials: "phd;mba" })).toEqual([
        { field: "skills", message: 'unknown skill "juggling"' },
        { field: "skills", message: 'unknown skill "knitting"' },
        { field: "credentials", message: 'unknown credential "mba"' },
      ]);
    });
  });

  describe("year", () => {
    it("must be a whole number within the catalog's market years, the message naming the range", () => {
      expect(issuesOf({ ...base, year: "soon" })).toEqual([{ field: "year", message: "must be a whole year such as 2025" }]);
      expect(issuesOf({ ...base, year: "2024.5" })).toEqual([{ field: "year", message: "must be a whole year such as 2025" }]);
      for (const year of ["25", "-5", "1999", "2026", "3000", "99999999999"]) {
        expect(issuesOf({ ...base, year })).toEqual([
          { field: "year", message: `must be a year from 2023 to 2025 (the catalog's market years), not ${Number(year)}` },
        ]);
      }
      expect(profileOf({ ...base, year: "2025" }).profile.year).toBe(2025);
    });
  });

  it("reports every problem of a row at once", () => {
    expect(issuesOf({ id: "1", role: "astronaut", level: "wizard", country: "FR" }).map((i) => i.field)).toEqual([
      "role",
      "level",
      "country",
    ]);
  });

  it("quotes values so a line break cannot split a report line", () => {
    expect(issuesOf({ ...base, level: "very\nsenior" })).toEqual([{ field: "level", message: 'unknown level "very\\nsenior"' }]);
  });
});

describe("toInputColumn", () => {
  it("names the input column a profile field comes from", () => {
    expect(toInputColumn(["location"])).toBe("country");
    expect(toInputColumn(["companySize"])).toBe("company_size");
    expect(toInputColumn(["skills", 1])).toBe("skills");
    expect(toInputColumn(["currency"])).toBe("id");
  });
});

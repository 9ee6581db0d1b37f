import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../index.js";
import { detectSalaryFormat, readPayPathRecord, readSurveyRecord } from "./upload-rows.js";

const survey = {
  work_year: "2024",
  experience_level: "SE",
  employment_type: "FT",
  job_title: "Data Scientist",
  salary: "150000",
  salary_currency: "USD",
  salary_in_usd: "150000",
  employee_residence: "US",
  remote_ratio: "0",
  company_location: "US",
  company_size: "M",
};

describe("salary file formats", () => {
  it("tells the survey format from the PayPath format by the header and names missing columns", () => {
    expect(detectSalaryFormat(Object.keys(survey))).toEqual({ ok: true, format: "survey" });
    expect(detectSalaryFormat(["Role", "Level", "Country", "Arrangement", "Company size", "Year", "Base", "Bonus"])).toEqual({ ok: true, format: "paypath" });
    const missing = detectSalaryFormat(["title", "level", "country", "year", "base"]);
    expect(missing).toMatchObject({ ok: false });
    expect(!missing.ok && missing.message).toContain("arrangement, company_size");
  });

  it("reads a survey record and reports every bad cell by column", () => {
    const ok = readSurveyRecord(survey);
    expect(ok.ok && ok.row.salaryInUsd).toBe(150000);
    // A local-currency salary runs to hundreds of millions (rupiah, won); its dollar amount may not.
    expect(readSurveyRecord({ ...survey, salary: "600000000", salary_currency: "IDR", salary_in_usd: "38000" }).ok).toBe(true);
    expect(readSurveyRecord({ ...survey, salary_in_usd: "600000000" }).ok).toBe(false);
    const bad = readSurveyRecord({ ...survey, work_year: "20x4", remote_ratio: "30", salary_in_usd: "-5", company_size: "XL" });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.problems.map((p) => p.column)).toEqual(["work_year", "salary_in_usd", "remote_ratio", "company_size"]);
  });

  it("reads a PayPath record by role id, by role name or by title, with amounts written as people write them", () => {
    const base = { level: "senior", country: "us", arrangement: "remote", company_size: "L", year: "2025", base: "$210,000" };
    const byId = readPayPathRecord({ ...base, role: "ml-engineer" }, defaultCatalog);
    expect(byId.ok && byId.row).toMatchObject({ roleId: "ml-engineer", levelId: "senior", salaryInUsd: 210000, remoteRatio: 100, employeeResidence: "US", companyLocation: "US" });
    const byName = readPayPathRecord({ ...base, role: "Data scientist" }, defaultCatalog);
    expect(byName.ok && byName.row.roleId).toBe("data-scientist");
    const byTitle = readPayPathRecord({ ...base, title: "Senior Machine Learning Engineer", level: "" }, defaultCatalog);
    expect(byTitle.ok && byTitle.row).toMatchObject({ roleId: "ml-engineer", levelId: "senior" });
  });

  it("refuses a PayPath record with an unknown role, a country the catalog lacks, a bad arrangement and a negative bonus, naming each column", () => {
    const r = readPayPathRecord({ role: "astronaut", level: "senior", country: "ZZ", arrangement: "moon", company_size: "L", year: "2025", base: "100000", bonus: "-1" }, defaultCatalog);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems.map((p) => p.column)).toEqual(["role", "country", "arrangement", "bonus"]);
  });
});

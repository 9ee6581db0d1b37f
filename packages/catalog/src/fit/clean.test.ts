import { describe, expect, it } from "vitest";
import { cleanRows } from "./clean.js";
import { toSurveyRow } from "./rows.js";
import { surveyRow } from "./testing.js";

describe("cleanRows", () => {
  it("collapses an adjacent pair identical but for the salary to its midpoint", () => {
    const max = surveyRow({ salary: 200_000, salaryInUsd: 200_000 });
    const min = surveyRow({ salary: 100_000, salaryInUsd: 100_000 });
    const { rows, counts } = cleanRows([max, min]);
    expect(rows.map((r) => [r.salary, r.salaryInUsd])).toEqual([[150_000, 150_000]]);
    expect(counts).toMatchObject({ input: 2, collapsedPairs: 1, duplicates: 0, output: 1 });
  });

  it("drops exact duplicates, including repeated pairs", () => {
    const a = surveyRow({ salaryInUsd: 200_000 });
    const b = surveyRow({ salaryInUsd: 100_000 });
    const c = surveyRow({ jobTitle: "Data Engineer" });
    const { rows, counts } = cleanRows([a, b, a, b, c, c]);
    expect(rows.map((r) => [r.jobTitle, r.salaryInUsd])).toEqual([
      ["Data Scientist", 150_000],
      ["Data Engineer", 100_000],
    ]);
    expect(counts).toMatchObject({ collapsedPairs: 2, duplicates: 2, output: 2 });
  });

  it("does not pair rows that differ in anything but the salary, nor non-adjacent rows", () => {
    const a = surveyRow({ salaryInUsd: 200_000 });
    const b = surveyRow({ salaryInUsd: 100_000, experienceLevel: "MI" });
    const c = surveyRow({ salaryInUsd: 100_000 });
    expect(cleanRows([a, b, c]).rows).toHaveLength(3);
  });

  it("drops rows that are not full-time unless asked to keep them", () => {
    const rows = [surveyRow(), surveyRow({ employmentType: "CT", salaryInUsd: 50_000 })];
    expect(cleanRows(rows).rows).toHaveLength(1);
    expect(cleanRows(rows).counts.notFullTime).toBe(1);
    expect(cleanRows(rows, { fullTimeOnly: false }).rows).toHaveLength(2);
  });

  it("does not mutate its input", () => {
    const rows = [surveyRow({ salaryInUsd: 2 }), surveyRow({ salaryInUsd: 1 })];
    const copy = structuredClone(rows);
    cleanRows(rows);
    expect(rows).toEqual(copy);
  });
});

describe("toSurveyRow", () => {
  const record = {
    work_year: "2023", experience_level: "SE", employment_type: "FT", job_title: "Data Scientist", salary: "150000",
    salary_currency: "usd", salary_in_usd: "150000", employee_residence: "us", remote_ratio: "100", company_location: "US", company_size: "M",
  };

  it("types a CSV record", () => {
    expect(toSurveyRow(record)).toMatchObject({ workYear: 2023, salaryInUsd: 150_000, salaryCurrency: "USD", employeeResidence: "US", remoteRatio: 100 });
  });

  it("rejects a record with a missing or non-numeric field", () => {
    expect(toSurveyRow({ ...record, salary_in_usd: "" })).toBeUndefined();
    expect(toSurveyRow({ ...record, work_year: "soon" })).toBeUndefined();
  });
});

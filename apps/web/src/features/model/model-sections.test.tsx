import { fallbackConfidenceCap, type Catalog } from "@paypath/core";
import { fixtureCatalog } from "@paypath/core/testing";
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { formatPercent } from "../../lib/format";
import { AccuracySection, AnsweredSection } from "./accuracy-section";
import { calibrationSummary } from "./accuracy-text";
import { ConfidenceSection } from "./confidence-section";
import { DeveloperDetails } from "./developer-details";
import { readEvalReport } from "./eval-report";
import { fullReport } from "./eval-report.fixture";
import { FiguresSection } from "./figures-section";

afterEach(cleanup);

const rowHeaders = (table: HTMLElement): string[] => within(table).getAllByRole("rowheader").map((th) => th.textContent ?? "");

describe("the accuracy section", () => {
  it("shows the level and region tables, the plot with its text alternative, and the plausibility result", () => {
    const report = readEvalReport(fullReport);
    render(<AccuracySection report={report} currency="USD" />);
    expect(rowHeaders(screen.getByRole("table", { name: "Accuracy by experience level" }))).toEqual([
      "All",
      "Entry level (EN)",
      "Mid level (MI)",
      "Senior (SE)",
      "Executive (EX)",
    ]);
    const regions = screen.getByRole("table", { name: "Accuracy by region" });
    expect(rowHeaders(regions)).toEqual(["Australia and New Zealand", "North America", "Western and Northern Europe"]);
    expect(within(regions).getAllByRole("row")[1]?.textContent).toContain("too few to judge");
    expect(screen.getByRole("img", { name: calibrationSummary(report.calibration!, "USD") })).toBeTruthy();
    expect(screen.getByText("The plot's numbers").closest("details")?.open).toBe(false);
    expect(screen.getByTestId("headline-error").textContent).toContain("Half of real salaries were within 20 % of our middle figure");
    expect(screen.getByTestId("plausibility").textContent).toContain("all 12 passed");
    expect(screen.queryByText(/not measured yet/)).toBeNull();
  });

  it("says 'not measured yet' for each part an older report lacks, and shows the rest", () => {
    const { byRegion: _r, calibration: _c, plausibility: _p, ...older } = fullReport;
    render(<AccuracySection report={readEvalReport(older)} currency="USD" />);
    expect(screen.getByText(/The calibration plot/).textContent).toContain("not measured yet");
    expect(screen.getByText(/Accuracy by region/).textContent).toContain("not measured yet");
    expect(screen.getByText(/Plausibility checks:/).textContent).toContain("not measured yet");
    expect(screen.getByRole("table", { name: "Accuracy by experience level" })).toBeTruthy();
    expect(screen.queryByRole("img")).toBeNull();
  });

  it("lists the failed plausibility checks", () => {
    render(<AccuracySection report={readEvalReport({ ...fullReport, plausibility: { passed: 10, failed: ["ML engineer pays at least software engineer"] } })} currency="USD" />);
    expect(screen.getByTestId("plausibility").textContent).toContain("10 passed, 1 failed");
    expect(screen.getByText("ML engineer pays at least software engineer")).toBeTruthy();
  });
});

describe("the answered titles", () => {
  it("shows mapped, low-confidence and unanswered shares and the target", () => {
    render(<AnsweredSection report={readEvalReport(fullReport)} />);
    const parts = screen.getByTestId("answered-parts").textContent ?? "";
    expect(parts).toContain("Mapped to a role: 90 %");
    expect(parts).toContain("Likeliest role, low confidence: 9 %");
    expect(parts).toContain("No answer: 1 %");
    expect(screen.getByText(/Answered in all: 99 %/).textContent).toContain("target at least 98 %");
  });

  it("says 'not measured yet' without shares or counts", () => {
    render(<AnsweredSection report={readEvalReport({})} />);
    expect(screen.getByText(/Share of titles answered/).textContent).toContain("not measured yet");
  });
});

describe("the developer detail", () => {
  it("sits behind a closed disclosure with the files, years, cleaning and the command", () => {
    render(<DeveloperDetails report={readEvalReport(fullReport)} />);
    const details = screen.getByTestId("developer-details") as HTMLDetailsElement;
    expect(details.tagName).toBe("DETAILS");
    expect(details.open).toBe(false);
    expect(details.textContent).toContain("2020, 2021, 2022, 2023");
    expect(details.textContent).toContain("Exact duplicates dropped: 100");
    expect(details.textContent).toContain("Low-confidence fallback: 27");
    expect(screen.getByTestId("eval-command").textContent).toBe(
      "pnpm eval --data <dir>/ai_jobs_salaries_2020-2023.csv --data <dir>/ai_jobs_salaries_2024.csv --report packages/catalog/data/eval-report.json",
    );
  });
});

describe("the catalog's figures and confidence", () => {
  it("tables every part's figures by kind and lists the parts mostly judgement", () => {
    render(<FiguresSection catalog={fixtureCatalog} />);
    const table = screen.getByRole("table", { name: "Figures by kind of source, per part of the catalog" });
    expect(rowHeaders(table)).toContain("Roles");
    const roles = within(table).getByRole("rowheader", { name: "Roles" }).closest("tr")!;
    expect([...roles.querySelectorAll("td")].slice(0, 3).map((td) => td.textContent)).toEqual(["11", "0", "1"]);
    expect(screen.getByTestId("judgement-areas").textContent).toContain("Industries: 3 of 4 figures (Judgement)");
  });

  it("names what lowers confidence in this catalog", () => {
    const catalog: Catalog = {
      ...fixtureCatalog,
      roles: fixtureCatalog.roles.map((r) => (r.id === "research-scientist" ? { ...r, proxy: { role: "ml-engineer", premium: { value: 1.1, source: "judge" } } } : r)),
    };
    render(<ConfidenceSection catalog={catalog} />);
    const lowered = screen.getByTestId("confidence-lowered-by").textContent ?? "";
    expect(lowered).toContain("Research scientist as ML engineer × 1.10");
    expect(lowered).toContain("The market index for 2025 is a projection past 2024");
    expect(lowered).toContain(`held at ${formatPercent(fallbackConfidenceCap, 0)} at most`);
    expect(lowered).toContain("No fitted figure of this catalog rests on fewer than 30 rows");
    expect(screen.getByTestId("confidence-labels").textContent).toContain("high (70 % or more)");
  });
});

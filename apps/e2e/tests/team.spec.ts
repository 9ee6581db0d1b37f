import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { demo, signIn, snap } from "./helpers.js";

const header = "employee id,name,title,role,level,location,base,bonus,equity,performance rating,hire date,manager id,gender";

// Twelve people; two are far outside any fair band (T05 far below, T09 far above).
const people = [
  "T01,Lena Ortiz,Director of Applied ML,ml-engineer,director,us,330000,60000,120000,4,2018-04-02,,female",
  "T02,Sam Byrne,Senior Machine Learning Engineer,ml-engineer,senior,us,205000,20000,40000,3,2020-06-15,T01,male",
  "T03,Ivy Chen,Machine Learning Engineer,ml-engineer,mid,us,160000,12000,20000,4,2022-01-10,T01,female",
  "T04,Omar Aziz,Research Scientist,research-scientist,senior,us,215000,20000,50000,5,2019-09-01,T01,male",
  "T05,Nia Brooks,Senior Machine Learning Engineer,ml-engineer,senior,us,45000,0,0,3,2021-03-22,T01,female",
  "T06,Jon Park,Data Scientist,data-scientist,mid,gb,85000,6000,0,3,2022-08-08,T01,male",
  "T07,Ana Silva,MLOps Engineer,mlops-engineer,senior,us,185000,15000,20000,2,2020-02-17,T01,female",
  "T08,Raj Patel,Data Engineer,data-engineer,mid,in,40000,3000,0,4,2023-05-02,T01,male",
  "T09,Eve Stone,Data Scientist,data-scientist,mid,us,640000,10000,0,3,2021-11-29,T01,female",
  "T10,Tom Weber,Applied Scientist,applied-scientist,staff,de,150000,15000,20000,4,2019-07-07,T01,male",
  "T11,Kim Lee,AI Product Manager,ai-product-manager,senior,us,190000,20000,30000,3,2021-01-18,T01,",
  "T12,Max Roy,Junior ML Engineer,ml-engineer,junior,us,120000,5000,5000,3,2024-06-03,T01,male",
];

/** T07's base is not an amount: the file's line 8 (the header is line 1). */
const withBadRow = [header, ...people.map((row) => (row.startsWith("T07,") ? row.replace("185000", "one-eighty") : row))].join("\n");
const fixed = [header, ...people].join("\n");

let dir: string;
test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "paypath-team-e2e-"));
  writeFileSync(join(dir, "roster-bad.csv"), withBadRow);
  writeFileSync(join(dir, "roster.csv"), fixed);
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function importFile(page: Page, file: string): Promise<void> {
  await page.getByRole("button", { name: "Import roster" }).click();
  const dialog = page.getByRole("dialog", { name: "Import a roster" });
  await dialog.getByLabel("Roster file (.csv or .xlsx)").setInputFiles(join(dir, file));
  await dialog.getByRole("button", { name: "Import", exact: true }).click();
}

/** Confirms the replacement once the import's summary of changes is shown. */
async function confirmImport(page: Page): Promise<void> {
  const review = page.getByRole("dialog", { name: "Import a roster" }).getByTestId("import-review");
  await review.getByRole("button", { name: "Replace the roster" }).click();
}

test("a manager imports a roster, fixes a bad row, sees the outliers and spends a 3 % budget", async ({ page }) => {
  await signIn(page, demo.manager);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Team" }).click();
  await expect(page.getByRole("heading", { name: "Team pay bands" })).toBeVisible();
  await expect(page.getByTestId("team-headcount")).toHaveText("25");

  // A file with one bad row: the error names its line and column, and nothing is imported.
  await importFile(page, "roster-bad.csv");
  const dialog = page.getByRole("dialog", { name: "Import a roster" });
  const errors = dialog.getByTestId("import-errors");
  await expect(errors).toContainText("Nothing was imported.");
  const row = errors.getByRole("row").filter({ hasText: '"one-eighty" is not an amount' });
  await expect(row.getByRole("cell").nth(0)).toHaveText("8");
  await expect(row.getByRole("cell").nth(1)).toHaveText("base");
  await snap(page, "team-import-errors");
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(page.getByTestId("team-headcount")).toHaveText("25");

  // The fixed file imports, with the steps shown through to done.
  await importFile(page, "roster.csv");
  await expect(dialog.getByTestId("import-changes")).toContainText("12 people added, 25 removed");
  await confirmImport(page);
  await expect(dialog.getByTestId("import-progress")).toContainText("Imported 12 people (the roster had 25).");
  await expect(dialog.getByRole("listitem").filter({ hasText: "Done" })).toHaveAttribute("aria-current", "step");
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(page.getByTestId("team-headcount")).toHaveText("12");
  await expect(page.getByTestId("roster-count")).toHaveText("12 people");

  // The outliers: the two people far outside their bands are listed.
  const outliers = page.getByTestId("outliers");
  await expect(outliers).toContainText("Nia Brooks");
  await expect(outliers).toContainText("Eve Stone");
  await expect(page.getByTestId("band-chart").locator(".recharts-surface")).toBeVisible();

  // The roster filters by status.
  await page.getByLabel("Status").selectOption("below");
  await expect(page.getByRole("row", { name: /Nia Brooks/ })).toBeVisible();
  await expect(page.getByRole("row", { name: /Eve Stone/ })).toHaveCount(0);
  await page.getByLabel("Status").selectOption("");

  // A 3 % raise budget: the total spent never exceeds it.
  await page.getByLabel("Budget (%)").fill("3");
  await page.getByRole("button", { name: "Simulate" }).click();
  const figures = page.getByTestId("budget-figures");
  await expect(figures).toHaveAttribute("data-spent", /\d/);
  const budget = Number(await figures.getAttribute("data-budget"));
  const spent = Number(await figures.getAttribute("data-spent"));
  expect(budget).toBeGreaterThan(0);
  expect(spent).toBeGreaterThan(0);
  expect(spent).toBeLessThanOrEqual(budget);
  await expect(page.getByTestId("budget-spent")).toHaveText(/\$\d/);
  await snap(page, "team");
});

test("the Team screen fits a 390 px phone: the roster scrolls inside its card", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, demo.manager);
  await page.goto("/team");
  await expect(page.getByTestId("roster-count")).toBeVisible();
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  await snap(page, "team-phone");
});

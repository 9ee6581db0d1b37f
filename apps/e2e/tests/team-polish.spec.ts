import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { demo, signIn, snap } from "./helpers.js";

const header = "employee id,name,title,role,level,location,base,bonus,equity,performance rating,hire date,manager id,gender";
// Five people none of whom is on the demo roster.
const newTeam = [
  header,
  "P01,Rosa Diaz,Staff Machine Learning Engineer,ml-engineer,staff,us,260000,30000,80000,4,2019-02-01,,female",
  "P02,Ken Ito,Machine Learning Engineer,ml-engineer,mid,us,165000,12000,20000,3,2022-04-11,P01,male",
  "P03,Lea Roth,Data Scientist,data-scientist,senior,de,98000,8000,0,3,2021-09-06,P01,female",
  "P04,Ravi Nair,MLOps Engineer,mlops-engineer,mid,in,42000,3000,0,4,2023-03-13,P01,male",
  "P05,Zoe Hart,Research Scientist,research-scientist,senior,us,230000,20000,60000,5,2020-10-19,P01,female",
].join("\n");

let dir: string;
test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "paypath-team-polish-"));
  writeFileSync(join(dir, "new-team.csv"), newTeam);
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

test.use({ viewport: { width: 1280, height: 900 } });

async function openTeam(page: Page): Promise<void> {
  await signIn(page, demo.manager);
  await page.goto("/team");
  await expect(page.getByRole("heading", { name: "Team pay bands" })).toBeVisible();
  await expect(page.getByTestId("roster-count")).toBeVisible();
}

/** The right edge of an element and of the box that scrolls it, in page pixels. */
async function rightEdges(element: Locator, box: Locator): Promise<{ element: number; box: number }> {
  const e = (await element.boundingBox())!;
  const b = (await box.boundingBox())!;
  return { element: e.x + e.width, box: b.x + b.width };
}

test("at 1280 px the roster shows compa-ratio, band position and status without scrolling sideways, and keeps the name in view", async ({ page }) => {
  await openTeam(page);
  const scroller = page.locator('[aria-label="Roster, scrollable"]');
  await expect(scroller.getByRole("row").nth(1)).toBeVisible();
  for (const name of ["Name", "Compa-ratio", "Band position", "Status"]) {
    const th = scroller.getByRole("columnheader", { name: new RegExp(`^${name}`) });
    await expect(th).toBeVisible();
    const edges = await rightEdges(th, scroller);
    expect(edges.element, `${name} ends inside the roster's box`).toBeLessThanOrEqual(edges.box + 1);
  }
  // Every row's status is there to read: a badge or a dash.
  await expect(scroller.getByRole("row").nth(1).getByRole("cell").nth(7)).toHaveText(/band|—/);

  // More columns come from the chooser; scrolled sideways, the name column stays put.
  await page.getByText("Columns", { exact: true }).click();
  // What a manager came for cannot be hidden.
  await expect(page.getByRole("checkbox", { name: "Status" })).toHaveCount(0);
  await page.getByRole("checkbox", { name: "Title" }).check();
  await page.getByRole("checkbox", { name: "Employee id" }).check();
  await expect(scroller.getByRole("columnheader", { name: /^Employee id/ })).toBeVisible();
  await scroller.evaluate((el) => {
    el.scrollLeft = el.scrollWidth;
  });
  const nameHeader = scroller.getByRole("columnheader", { name: /^Name/ });
  const left = (await scroller.boundingBox())!.x;
  await expect.poll(async () => (await nameHeader.boundingBox())!.x).toBeGreaterThanOrEqual(left - 1);
  await snap(page, "team-roster-1280");
});

test("band chart labels are whole, never cut with an ellipsis", async ({ page }) => {
  await openTeam(page);
  const ticks = page.getByTestId("band-chart").getByTestId("band-label");
  await expect(ticks.first()).toBeVisible();
  const labels = await ticks.evaluateAll((nodes) =>
    nodes.map((n) => {
      const lines = [...n.querySelectorAll("tspan")].map((t) => t.textContent ?? "");
      return lines.length > 0 ? lines.join(" ") : (n.textContent ?? "");
    }),
  );
  expect(labels.length).toBeGreaterThan(1);
  for (const label of labels) expect(label).not.toContain("…");
  // The old axis cut labels at 26 characters: whole labels are longer.
  expect(labels.some((label) => label.length > 26)).toBe(true);
});

test("switching the raise budget to an amount converts 3 % of base payroll, and back", async ({ page }) => {
  await openTeam(page);
  const payrollText = await page.getByTestId("band-summary").locator("div", { hasText: "Base payroll" }).locator("dd").textContent();
  const payroll = Number((payrollText ?? "").replace(/[^\d.]/g, ""));
  expect(payroll).toBeGreaterThan(100_000);

  await expect(page.getByLabel("Budget (%)")).toHaveValue("3");
  await page.getByRole("radio", { name: /^Amount/ }).check();
  const amount = page.getByLabel(/^Budget \(USD\)/);
  await expect(amount).not.toHaveValue("3");
  const converted = Number(await amount.inputValue());
  expect(Math.abs(converted - payroll * 0.03)).toBeLessThanOrEqual(1);

  await page.getByRole("button", { name: "Simulate" }).click();
  const figures = page.getByTestId("budget-figures");
  await expect(figures).toHaveAttribute("data-budget", /\d/);
  expect(Math.abs(Number(await figures.getAttribute("data-budget")) - converted)).toBeLessThanOrEqual(1);
  expect(Number(await figures.getAttribute("data-spent"))).toBeLessThanOrEqual(converted);

  await page.getByRole("radio", { name: "% of base payroll" }).check();
  await expect(page.getByLabel("Budget (%)")).toHaveValue("3");
});

test("an import is reviewed before it replaces the roster, and the replaced roster is restored after a reload", async ({ page }) => {
  await openTeam(page);
  const headcount = page.getByTestId("team-headcount");
  const before = Number(await headcount.textContent());
  expect(before).toBeGreaterThan(5);

  const dialog = page.getByRole("dialog", { name: "Import a roster" });
  const chooseAndCheck = async (): Promise<void> => {
    await page.getByRole("button", { name: "Import roster" }).click();
    await dialog.getByLabel("Roster file (.csv or .xlsx)").setInputFiles(join(dir, "new-team.csv"));
    await dialog.getByRole("button", { name: "Import", exact: true }).click();
  };

  // The summary first: nothing is replaced until the manager confirms.
  await chooseAndCheck();
  const review = dialog.getByTestId("import-review");
  await expect(review.getByTestId("import-changes")).toContainText(`5 people added, ${before} removed, 0 changed, 0 unchanged.`);
  await expect(review).toContainText("Rosa Diaz (P01)");
  await snap(page, "team-import-review");
  await review.getByRole("button", { name: "Cancel" }).click();
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(headcount).toHaveText(String(before));

  await chooseAndCheck();
  await review.getByRole("button", { name: "Replace the roster" }).click();
  await expect(dialog.getByTestId("import-progress")).toContainText(`Imported 5 people (the roster had ${before}).`);
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(headcount).toHaveText("5");

  // After a reload the previous roster is still there to restore, with what restoring changes.
  await page.reload();
  await expect(headcount).toHaveText("5");
  await page.getByRole("button", { name: "Restore previous roster" }).click();
  const restore = page.getByRole("dialog", { name: "Restore the previous roster" });
  await expect(restore.getByTestId("restore-changes")).toContainText(`${before} people added, 5 removed, 0 changed, 0 unchanged.`);
  await restore.getByRole("button", { name: "Restore", exact: true }).click();
  await expect(restore).toBeHidden();
  await expect(headcount).toHaveText(String(before));
  await expect(page.getByTestId("roster-count")).toHaveText(`${before} people`);
});

import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { demo, signIn, snap } from "./helpers.js";

test("a manager creates a posting range under a jurisdiction's rule, exports it, and exports the directive's report", async ({ page }) => {
  await signIn(page, demo.manager);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Team" }).click();
  await page.getByRole("link", { name: /Pay transparency/ }).click();
  await expect(page.getByRole("heading", { name: "Pay transparency", exact: true })).toBeVisible();

  // A German job: the directive is suggested from the location; the range is in euros.
  await page.getByLabel("Role").selectOption({ label: "Machine learning engineer" });
  await page.getByLabel("Level").selectOption({ label: "Senior" });
  await page.getByLabel("Location").selectOption({ label: "Germany" });
  await expect(page.getByLabel("Jurisdiction")).toHaveValue("eu");
  await page.getByRole("button", { name: "Create posting range" }).click();
  await expect(page.getByTestId("posting-range")).toContainText("€");
  await expect(page.getByTestId("rule-applied")).toContainText("Rule applied: EU Pay Transparency Directive");
  await expect(page.getByTestId("rule-applied")).toContainText("Directive (EU) 2023/970");
  await expect(page.getByLabel("Posting text")).toHaveValue(/Bonus: target .* % of base salary/);

  // A narrower range outside the band is refused on its field.
  await page.getByLabel("Narrower range: minimum").fill("1,000");
  await page.getByLabel("Narrower range: maximum").fill("2,000");
  await page.getByRole("button", { name: "Create posting range" }).click();
  await expect(page.getByText(/must not be below the band's minimum/)).toBeVisible();

  // Seattle: Washington's rule, which asks for a description of benefits and other pay; a narrower range inside the band.
  await page.getByLabel("Narrower range: minimum").fill("");
  await page.getByLabel("Narrower range: maximum").fill("");
  await page.getByLabel("Location").selectOption({ label: "Seattle" });
  await expect(page.getByLabel("Jurisdiction")).toHaveValue("us-wa");
  await page.getByRole("button", { name: "Create posting range" }).click();
  await expect(page.getByTestId("rule-applied")).toContainText("RCW 49.58.110");
  const band = (await page.getByTestId("posting-range").innerText()).match(/\$([\d,]+) – \$([\d,]+)/)!;
  const [lo, hi] = [Number(band[1]!.replace(/,/g, "")), Number(band[2]!.replace(/,/g, ""))];
  const pickedMin = Math.ceil((lo + (hi - lo) / 4) / 1000) * 1000;
  const pickedMax = Math.floor((hi - (hi - lo) / 4) / 1000) * 1000;
  await page.getByLabel("Narrower range: minimum").fill(String(pickedMin));
  await page.getByLabel("Narrower range: maximum").fill(String(pickedMax));
  await page.getByRole("button", { name: "Create posting range" }).click();
  await expect(page.getByTestId("posting-range")).toContainText(`$${pickedMin.toLocaleString("en-US")} – $${pickedMax.toLocaleString("en-US")}`);
  await expect(page.getByLabel("Posting text")).toHaveValue(/Benefits: /);
  await snap(page, "transparency-posting");

  const postingDownload = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export CSV for an applicant tracking system" }).click();
  const posting = await postingDownload;
  expect(posting.suggestedFilename()).toBe("ml-engineer-senior-us-seattle-us-wa.csv");
  const postingCsv = await readFile(await posting.path(), "utf8");
  expect(postingCsv.split("\r\n")[0]).toContain("pay min,pay max");
  expect(postingCsv).toContain(`USD,${pickedMin},${pickedMax},year`);

  // The report: the gap table, categories with small groups suppressed, a CSV export and a printable page.
  await expect(page.getByTestId("gap-table")).toBeVisible();
  await expect(page.getByTestId("category-table")).toContainText("Suppressed (fewer than 3)");
  const reportDownload = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export report CSV" }).click();
  const report = await reportDownload;
  expect(report.suggestedFilename()).toMatch(/-pay-transparency\.csv$/);
  const reportCsv = await readFile(await report.path(), "utf8");
  expect(reportCsv.split("\r\n")[0]).toMatch(/^section,role,level,zone,quartile,group,people/);
  expect(reportCsv).toMatch(/\r\ngap,/);
  expect(reportCsv).toContain("suppressed: fewer than 3 people");

  await page.getByRole("button", { name: "Printable page" }).click();
  const printable = page.getByTestId("printable-report");
  await expect(printable.getByRole("heading", { name: /^Pay transparency report — / })).toBeVisible();
  await expect(printable.getByTestId("gap-table")).toBeVisible();
  await snap(page, "transparency-printable");
  await printable.getByRole("button", { name: "Back" }).click();
  await expect(page.getByRole("button", { name: "Create posting range" })).toBeVisible();
});

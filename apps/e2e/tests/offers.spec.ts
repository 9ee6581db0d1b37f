import { readFile } from "node:fs/promises";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { demo, signIn, snap } from "./helpers.js";

/** A public company's RSU grant vesting 5/15/40/40. */
async function enterBigCo(offer: Locator): Promise<void> {
  await offer.getByLabel("Offer name").fill("BigCo");
  await offer.getByLabel("Base salary").fill("200,000");
  await offer.getByLabel("Bonus target (% of base)").fill("15");
  await offer.getByLabel("Equity", { exact: true }).selectOption({ label: "RSUs (restricted stock units)" });
  await offer.getByLabel("RSU grant given as").selectOption({ label: "Shares × share price" });
  await offer.getByLabel("Shares granted").fill("1000");
  await offer.getByLabel("Share price").fill("400");
  await offer.getByLabel("Vesting schedule (% a year)").selectOption({ label: "Back-loaded 5/15/40/40" });
  await offer.getByLabel("Company stage").selectOption({ label: "Public" });
  await expect(offer.getByLabel("Public company (shares can be sold)")).toBeChecked();
}

/** An early startup's option grant with three exit scenarios. */
async function enterStartup(offer: Locator): Promise<void> {
  await offer.getByLabel("Offer name").fill("Startup");
  await offer.getByLabel("Base salary").fill("180000");
  await offer.getByLabel("Equity", { exact: true }).selectOption({ label: "Stock options" });
  await offer.getByLabel("Options granted").fill("40000");
  await offer.getByLabel("Strike price").fill("1");
  await offer.getByLabel("Fair market value (409A)").fill("1");
  await offer.getByLabel("Preferred price (last round)").fill("4");
  await offer.getByLabel("Company stage").selectOption({ label: "Early (Series A–B)" });
  // The stage's liquidity discount comes from the catalog.
  await expect(offer.getByLabel("Liquidity discount (%)")).toHaveValue("60");
  await offer.getByLabel("Dilution per round (%)").fill("15");
  await offer.getByLabel("Funding rounds a year").fill("0.5");
  const exits: [string, string][] = [
    ["60", "0"],
    ["30", "5"],
    ["10", "30"],
  ];
  for (const [i, [chance, price]] of exits.entries()) {
    await offer.getByRole("button", { name: "Add exit scenario" }).click();
    await offer.getByLabel(`Exit ${i + 1}: chance (%)`).fill(chance);
    await offer.getByLabel(`Exit ${i + 1}: price a share`).fill(price);
  }
}

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

test("a professional compares a back-loaded RSU grant at a public company with a startup's options and sees which is worth more", async ({ page }) => {
  await signIn(page, demo.professional);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Offers" }).click();
  await expect(page.getByRole("heading", { name: "Compare job offers" })).toBeVisible();

  const bigCo = page.getByRole("region", { name: "Offer 1" });
  const startup = page.getByRole("region", { name: "Offer 2" });
  await enterBigCo(bigCo);
  await enterStartup(startup);

  // Each offer's years, stacked, computed in the browser as the fields change.
  const charts = page.getByTestId("offer-chart");
  await expect(charts).toHaveCount(2);
  for (const chart of await charts.all()) {
    await expect(chart.locator(".recharts-wrapper")).toBeVisible();
    await expect(chart.locator(".recharts-bar-rectangle").first()).toBeVisible();
  }
  // 200k base + 30k bonus, and 5 % then 15 % then 40 % of 400k in RSUs.
  await expect(charts.nth(0).getByTestId("offer-chart-totals")).toHaveText(
    "Risk-adjusted: Year 1 $250,000 · Year 2 $290,000 · Year 3 $390,000 · Year 4 $390,000",
  );

  // A field the schema rejects is marked beside it, and the chart waits for it.
  await bigCo.getByLabel("Bonus target (% of base)").fill("-5");
  await expect(bigCo.getByText("Bonus target (% of base) must be 0 or more.")).toBeVisible();
  await expect(charts.nth(0)).toContainText("Complete this offer");
  await bigCo.getByLabel("Bonus target (% of base)").fill("15");

  await page.getByRole("button", { name: "Compare offers" }).click();
  const comparison = page.getByTestId("offer-comparison");
  await expect(page.getByTestId("best-offer")).toContainText("Worth the most, risk-adjusted: BigCo");
  await expect(comparison.getByRole("table")).toContainText("Year 1 against the market");
  await expect(comparison.getByRole("table")).toContainText("percentile");
  const findings = page.getByTestId("offer-findings");
  await expect(findings.nth(1)).toContainText("Below the market median");
  await expect(findings.nth(1).getByTestId("offer-checklist")).toContainText("How much dilution should I expect");
  await expect(findings.nth(0).getByTestId("offer-checklist")).toContainText("Why is vesting back-loaded");
  await snap(page, "offers");

  // The comparison exports as CSV.
  const downloading = page.waitForEvent("download");
  await comparison.getByRole("button", { name: "Download CSV" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("offers-comparison.csv");
  const csv = await readFile(await download.path(), "utf8");
  const [header, first, second] = csv.trim().split("\r\n");
  expect(header).toMatch(/^offer,currency,year_1_total_risk_adjusted,year_1_market_percentile,/);
  expect(first).toMatch(/^BigCo,USD,250000,/);
  expect(first).toContain(",yes,");
  expect(second).toMatch(/^Startup,USD,/);

  // Nothing typed is lost on a reload.
  await page.reload();
  await expect(page.getByRole("region", { name: "Offer 1" }).getByLabel("Base salary")).toHaveValue("200,000");
  await expect(page.getByRole("region", { name: "Offer 2" }).getByLabel("Exit 3: price a share")).toHaveValue("30");

  // Saved offers come back in the list.
  await page.getByRole("region", { name: "Offer 1" }).getByRole("button", { name: "Save offer" }).click();
  await expect(page.getByTestId("saved-offers")).toContainText("BigCo");
  await expect(page.getByRole("button", { name: "Compare BigCo" })).toHaveText("Shown");
  await page.getByRole("button", { name: "Delete BigCo" }).click();
  await expect(page.getByTestId("saved-offers").or(page.getByText("No saved offers yet"))).not.toContainText("BigCo");
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

  test("signed out, offers can be entered and charted on a 390 px screen, and comparing asks to sign in", async ({ page }) => {
    await page.goto("/offers");
    await expect(page.getByRole("heading", { name: "Compare job offers" })).toBeVisible();
    await enterBigCo(page.getByRole("region", { name: "Offer 1" }));
    await enterStartup(page.getByRole("region", { name: "Offer 2" }));
    await expect(page.getByTestId("offer-chart").nth(1).locator(".recharts-wrapper")).toBeVisible();
    await expect(page.getByText("to compare these offers with the market")).toBeVisible();
    await expect(page.getByRole("button", { name: "Compare offers" })).toHaveCount(0);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await snap(page, "offers-phone");
  });
});

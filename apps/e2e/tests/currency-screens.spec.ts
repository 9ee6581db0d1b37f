import { expect, test, type Locator, type Page } from "@playwright/test";
import { demo, signIn } from "./helpers.js";

/** The number in a formatted amount ("€164,321" → 164321). */
const amount = (text: string | null): number => Number((text ?? "").replace(/[^\d.]/g, ""));

/** The catalog's rate the screen says it converts at ("1 USD = 0.92 EUR" → 0.92). */
async function rateShown(page: Page, currency: string): Promise<number> {
  const text = (await page.getByTestId("currency-rate").textContent()) ?? "";
  const rate = Number(new RegExp(`1 USD = ([\\d.]+) ${currency}`).exec(text)?.[1]);
  expect(rate).toBeGreaterThan(0);
  expect(text).toContain("the catalog's rate");
  return rate;
}

/** Two amounts of the same figure, one in the local currency and one in USD, agree at the rate (whole units are rounded on each side). */
function expectConverted(local: number, dollars: number, rate: number): void {
  expect(dollars).toBeGreaterThan(0);
  expect(Math.abs(local - dollars * rate)).toBeLessThanOrEqual(rate + 1);
}

function toggle(page: Page): Locator {
  return page.getByRole("group", { name: "Currency" });
}

async function go(page: Page, link: "Estimate" | "Planner" | "Offers" | "History"): Promise<void> {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: link, exact: true }).click();
}

async function openPlanner(page: Page): Promise<Locator> {
  await go(page, "Planner");
  await expect(page.getByRole("heading", { name: "Plan your career path" })).toBeVisible();
  const pay = page.getByTestId("path-pay").first();
  await expect(pay).toBeVisible();
  return pay;
}

async function openCompare(page: Page): Promise<Locator> {
  await page.getByTestId("compare-link").click();
  await expect(page.getByRole("heading", { name: "Compare directions" })).toBeVisible();
  await expect(page.getByTestId("compare-progress")).toHaveText(/^All \d+ directions planned$/, { timeout: 60_000 });
  return page.getByTestId("direction-pay").first();
}

test("a professional in Germany sees euros on the planner, compare, offers and history, and one click on USD holds on every screen", async ({ page }) => {
  await signIn(page, demo.professional);
  await page.getByLabel("Location", { exact: true }).selectOption("de");
  await expect(page.getByTestId("total-p50")).toHaveText(/^€\d/);
  const name = `Berlin ${Date.now()}`;
  await page.getByLabel("Profile name").fill(name);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByTestId("save-status")).toContainText("Saved with catalog");

  // Planner: paths, today's pay and the chart's figures in euros, with the rate and its source.
  let pathPay = await openPlanner(page);
  await expect(toggle(page).getByRole("button", { name: "EUR" })).toHaveAttribute("aria-pressed", "true");
  const rate = await rateShown(page, "EUR");
  await expect(pathPay).toHaveText(/^€\d/);
  await expect(page.getByTestId("plan-today")).toHaveText(/^€\d/);
  const pathInEuros = amount(await pathPay.textContent());
  const todayInEuros = amount(await page.getByTestId("plan-today").textContent());

  // Compare directions.
  let directionPay = await openCompare(page);
  await expect(toggle(page).getByRole("button", { name: "EUR" })).toHaveAttribute("aria-pressed", "true");
  await expect(directionPay).toHaveText(/^€\d/);
  await expect(page.getByTestId("direction-per-month").first()).toHaveText(/^[+−]€\d/);
  const directionInEuros = amount(await directionPay.textContent());

  // Offers: new offers are entered in euros; their years and the comparison are in euros.
  await go(page, "Offers");
  await expect(page.getByRole("heading", { name: "Compare job offers" })).toBeVisible();
  const first = page.getByRole("region", { name: "Offer 1" });
  const second = page.getByRole("region", { name: "Offer 2" });
  for (const [offer, base] of [
    [first, "90000"],
    [second, "80000"],
  ] as const) {
    await expect(offer.getByLabel("Currency of the offer")).toHaveValue("EUR");
    await expect(offer.getByText("Cash, a year (EUR)")).toBeVisible();
    await offer.getByLabel("Base salary").fill(base);
  }
  const totals = page.getByTestId("offer-chart-totals").first();
  await expect(totals).toContainText("Year 1 €90,000");
  await expect(page.getByTestId("offer-converted")).toHaveCount(0);
  await page.getByRole("button", { name: "Compare offers" }).click();
  const comparison = page.getByTestId("offer-comparison");
  await expect(comparison).toContainText("€90,000");
  await expect(comparison.getByTestId("comparison-converted")).toHaveCount(0);

  // History: the saved estimate in euros.
  await go(page, "History");
  const row = page.getByTestId("history").getByRole("listitem").filter({ hasText: name });
  await expect(row.getByTestId("history-total")).toHaveText(/^€\d/);
  const historyInEuros = amount(await row.getByTestId("history-total").textContent());

  // One click on USD here…
  await toggle(page).getByRole("button", { name: "USD" }).click();
  await expect(row.getByTestId("history-total")).toHaveText(/^\$\d/);
  expectConverted(historyInEuros, amount(await row.getByTestId("history-total").textContent()), rate);

  // …holds on the planner, compare and offers, each figure divided by the rate.
  pathPay = await openPlanner(page);
  await expect(toggle(page).getByRole("button", { name: "USD" })).toHaveAttribute("aria-pressed", "true");
  await expect(pathPay).toHaveText(/^\$\d/);
  expectConverted(pathInEuros, amount(await pathPay.textContent()), rate);
  expectConverted(todayInEuros, amount(await page.getByTestId("plan-today").textContent()), rate);

  directionPay = await openCompare(page);
  await expect(directionPay).toHaveText(/^\$\d/);
  expectConverted(directionInEuros, amount(await directionPay.textContent()), rate);

  await go(page, "Offers");
  // The offer is still entered in euros, as typed; its figures are shown in dollars, and the screen says so.
  await expect(first.getByLabel("Currency of the offer")).toHaveValue("EUR");
  await expect(first.getByLabel("Base salary")).toHaveValue("90000");
  await expect(totals).toContainText("Year 1 $");
  expectConverted(90_000, amount(/Year 1 (\$[\d,]+)/.exec((await totals.textContent()) ?? "")?.[1] ?? null), rate);
  await expect(page.getByTestId("offer-converted").first()).toContainText("Entered in EUR; shown in USD");
  await page.getByRole("button", { name: "Compare offers" }).click();
  await expect(comparison.getByTestId("comparison-converted")).toContainText("The offers are in EUR");
  await expect(comparison).toContainText("$");

  // And back to euros on the planner, remembered on reload.
  await openPlanner(page);
  await toggle(page).getByRole("button", { name: "EUR" }).click();
  await page.reload();
  await expect(page.getByTestId("path-pay").first()).toHaveText(/^€\d/);
});

test("a professional in India sees rupees on the planner, converted at the catalog's rate", async ({ page }) => {
  await page.goto("/");
  await page.getByLabel("Location", { exact: true }).selectOption("in");
  await expect(page.getByTestId("total-p50")).toHaveText(/^₹\d/);
  const pathPay = await openPlanner(page);
  await expect(pathPay).toHaveText(/^₹\d/);
  const rate = await rateShown(page, "INR");
  const inRupees = amount(await pathPay.textContent());
  await toggle(page).getByRole("button", { name: "USD" }).click();
  await expect(pathPay).toHaveText(/^\$\d/);
  expectConverted(inRupees, amount(await pathPay.textContent()), rate);
});

test("a profile in the US sees dollars and no currency toggle on the planner, compare, offers and history", async ({ page }) => {
  // A new account, so its history holds only what this test saves.
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Sam Dollar");
  await page.getByLabel("Email").fill(`sam-${Date.now()}@example.com`);
  await page.getByLabel(/^Password/).fill("correct-horse-battery");
  await page.getByRole("button", { name: "Sign up" }).click();
  await expect(page.getByTestId("signed-in-as")).toContainText("Sam Dollar");
  await go(page, "Estimate");
  await expect(page.getByTestId("total-p50")).toHaveText(/^\$\d/);
  await expect(page.getByTestId("currency-toggle")).toHaveCount(0);
  await page.getByLabel("Profile name").fill("Home");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByTestId("save-status")).toContainText("Saved with catalog");

  await expect(await openPlanner(page)).toHaveText(/^\$\d/);
  await expect(page.getByTestId("currency-toggle")).toHaveCount(0);
  await expect(await openCompare(page)).toHaveText(/^\$\d/);
  await expect(page.getByTestId("currency-toggle")).toHaveCount(0);

  await go(page, "Offers");
  await expect(page.getByRole("heading", { name: "Compare job offers" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Offer 1" }).getByLabel("Currency of the offer")).toHaveValue("USD");
  await expect(page.getByTestId("currency-toggle")).toHaveCount(0);

  await go(page, "History");
  await expect(page.getByTestId("history").getByTestId("history-total")).toHaveText(/^\$\d/);
  await expect(page.getByTestId("currency-toggle")).toHaveCount(0);
});

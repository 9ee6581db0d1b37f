import { expect, test, type Page } from "@playwright/test";
import { snap } from "./helpers.js";

// A phone: the title box's messages and the year's error must fit without sideways scrolling.
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
}

test("a bare job title is priced as the likeliest role with low confidence and a wider range", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByTestId("total-p50")).toHaveText(/\$\d/);
  const range = page.getByTestId("total-range");

  await page.getByLabel("Job title").fill("Engineer");
  const fallback = page.getByTestId("title-fallback");
  await expect(fallback).toContainText('Low confidence: "Engineer" alone does not say which kind of role');
  await page.getByRole("button", { name: "Use suggestion" }).click();
  await expect(page.getByText(/Likeliest role:/)).toContainText("in use");

  await expect(page.getByTestId("role-guessed")).toBeVisible();
  await expect(page.getByTestId("confidence-label")).toHaveText("low");
  const widened = await range.textContent();
  await expectNoHorizontalScroll(page);
  await snap(page, "estimate-title-fallback-phone");

  // The same role without the title: the range narrows back.
  await page.getByLabel("Job title").fill("");
  await expect(page.getByTestId("role-guessed")).toHaveCount(0);
  await expect(range).not.toHaveText(widened ?? "");
});

test("a year the catalog cannot price shows a message next to the Year field and no estimate", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByTestId("total-p50")).toHaveText(/\$\d/);
  const year = page.getByLabel("Year", { exact: true });

  for (const [typed, message] of [
    ["3000", /^3000 is outside the catalog's years: enter a year from \d{4} to \d{4}\.$/],
    ["-5", /^-5 is outside the catalog's years/],
    ["99999999999", /^99999999999 is outside the catalog's years/],
    ["", /^Enter a year from \d{4} to \d{4}\.$/],
  ] as const) {
    await year.fill(typed);
    await expect(year).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByRole("alert").filter({ hasText: message })).toBeVisible();
    await expect(page.getByTestId("total-p50")).toHaveCount(0);
    await expect(page.getByText("Fix the highlighted fields to see an estimate.")).toBeVisible();
  }
  await expectNoHorizontalScroll(page);
  await snap(page, "estimate-year-error-phone");

  // A year after the salary data is priced, and labelled a projection.
  await year.fill(await year.getAttribute("max").then((max) => max ?? "2030"));
  await expect(page.getByTestId("total-p50")).toHaveText(/\$\d/);
  await expect(page.getByText(/is a projection: the salary data end in/)).toBeVisible();
});

import { expect, test, type Page } from "@playwright/test";
import { demo, signIn, snap } from "./helpers.js";

test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
}

test("the estimate screen fits a 375 px phone without horizontal scroll", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByTestId("total-p50")).toHaveText(/\$\d/);
  await page.getByRole("checkbox", { name: "Retrieval-augmented generation" }).check();
  await expect(page.getByTestId("waterfall").locator(".recharts-surface")).toBeVisible();
  await expectNoHorizontalScroll(page);
  await snap(page, "estimate-phone");
});

test("the signed-in estimate screen with history fits a 375 px phone", async ({ page }) => {
  await signIn(page, demo.professional);
  await page.goto("/");
  await expect(page.getByTestId("total-p50")).toHaveText(/\$\d/);
  await expect(page.getByRole("heading", { name: "History" })).toBeVisible();
  await expectNoHorizontalScroll(page);
  await snap(page, "estimate-phone-signed-in");
});

test("the Model page fits a 375 px phone: wide tables scroll inside their card", async ({ page }) => {
  await page.goto("/model");
  await expect(page.getByRole("heading", { name: "Sources" })).toBeVisible();
  await expectNoHorizontalScroll(page);
});

import { expect, test, type Page } from "@playwright/test";
import { snap } from "./helpers.js";

/** Opens the Model page and checks what a reader sees first: the plot, the tables, the closed developer detail. */
async function checkModelPage(page: Page): Promise<void> {
  await page.goto("/model");
  await expect(page.getByRole("heading", { name: "Accuracy: model vs baseline" })).toBeVisible();

  // The calibration plot: drawn, one dot per bin, and described in words for a screen reader.
  const plot = page.getByTestId("calibration-plot");
  await expect(plot.locator(".recharts-surface")).toBeVisible();
  await expect(page.getByRole("img", { name: /^Predicted median base salary against the real median/ })).toBeVisible();
  await page.getByText("The plot's numbers").click();
  const bins = await page.getByTestId("calibration-table").locator("tbody tr").count();
  expect(bins).toBeGreaterThan(1);
  await expect(plot.locator(".recharts-scatter-symbol")).toHaveCount(bins);

  // Error and coverage by level and by region, against their targets.
  const levels = page.getByRole("table", { name: "Accuracy by experience level" });
  await expect(levels.getByRole("rowheader")).toHaveText(["All", "Entry level (EN)", "Mid level (MI)", "Senior (SE)", "Executive (EX)"]);
  const regions = page.getByRole("table", { name: "Accuracy by region" });
  await expect(regions.getByRole("rowheader").first()).toBeVisible();
  expect(await regions.getByRole("rowheader").count()).toBeGreaterThan(3);
  await expect(page.getByTestId("headline-error")).toContainText("Half of real salaries were within");

  // Titles answered, the published catalog's plausibility, figures by kind, what confidence means.
  await expect(page.getByTestId("answered-parts")).toContainText("Mapped to a role");
  await expect(page.getByTestId("plausibility-published")).toContainText(/The published catalog (passes all|fails) \d+/);
  await expect(page.getByRole("table", { name: "Figures by kind of source, per part of the catalog" }).getByRole("rowheader", { name: "Roles" })).toBeVisible();
  await expect(page.getByTestId("judgement-areas")).toContainText("Skills");
  await expect(page.getByTestId("confidence-labels")).toContainText("high");

  // Developer detail stays closed until asked for.
  const command = page.getByTestId("eval-command");
  await expect(command).toBeHidden();
  await page.getByText("Developer detail", { exact: true }).click();
  await expect(command).toBeVisible();
  await expect(command).toContainText("pnpm eval --data");
}

test("the Model page shows the calibration plot, accuracy by level and region, and developer detail on request", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await checkModelPage(page);
  await snap(page, "model-desktop");
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

  test("the Model page reads on a 390 px phone: no sideways scroll of the page, the plot within the screen", async ({ page }) => {
    await checkModelPage(page);
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    const box = await page.getByTestId("calibration-plot").boundingBox();
    expect(box?.width).toBeGreaterThan(250);
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(390);
    await snap(page, "model-phone");
    // A page this long can paint unevenly in one full-page shot: the plot and a table on their own.
    await page.getByTestId("calibration-plot").screenshot({ path: "artifacts/model-phone-plot.png" });
    await page.getByTestId("accuracy-table").screenshot({ path: "artifacts/model-phone-levels.png" });
  });
});

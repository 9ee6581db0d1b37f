import { expect, test, type Page } from "@playwright/test";
import { demo, signIn, snap } from "./helpers.js";

async function firstMonths(page: Page): Promise<string> {
  return (await page.getByTestId("path-months").first().textContent()) ?? "";
}

test("a professional plans a path toward AI security, changes the study hours, saves the plan and re-opens it", async ({ page }) => {
  await signIn(page, demo.professional);

  // The planner starts from the profile last priced on the estimate screen.
  await page.getByLabel("Role", { exact: true }).selectOption({ label: "Data scientist" });
  await page.getByLabel("Level", { exact: true }).selectOption({ label: "Mid-level (IC)" });
  await expect(page.getByTestId("total-p50")).toHaveText(/\$\d/);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Planner" }).click();
  await expect(page.getByRole("heading", { name: "Plan your career path" })).toBeVisible();
  await expect(page.getByTestId("planner-profile")).toContainText("Mid-level data scientist");

  await page.getByRole("radio", { name: /^AI security/ }).check();
  await expect(page.getByRole("heading", { name: "Paths to AI security" })).toBeVisible();
  const paths = page.getByTestId("plan-path");
  await expect(paths.nth(1)).toBeVisible();
  expect(await paths.count()).toBeGreaterThanOrEqual(2);
  for (const path of await paths.all()) {
    await expect(path.getByTestId("path-months")).toHaveText(/^\d+ months?$/);
    await expect(path.getByTestId("path-pay")).toHaveText(/^\$\d/);
  }
  await expect(paths.first()).toContainText("Move to AI security engineer");
  await expect(page.getByTestId("plan-chart").locator(".recharts-wrapper")).toBeVisible();
  await expect(page.getByTestId("plan-chart").locator(".recharts-line").first()).toBeVisible();
  const gap = page.getByTestId("gap");
  await expect(gap).toContainText("Change role: Data scientist → AI security engineer");
  await expect(gap).toContainText("Premium skills worth adding");
  await snap(page, "planner");

  // More study hours re-plan at once in the browser: the months change.
  const slider = page.getByRole("slider", { name: "Study hours per week" });
  await expect(slider).toHaveValue("10");
  const before = await firstMonths(page);
  await slider.focus();
  await page.keyboard.press("End");
  await expect(page.getByTestId("hours-value")).toHaveText("40 h");
  await expect(page.getByTestId("path-months").first()).not.toHaveText(before);

  const name = `Toward AI security ${Date.now()}`;
  await page.getByLabel("Plan name").fill(name);
  await page.getByRole("button", { name: "Save plan" }).click();
  await expect(page.getByTestId("plan-save-status")).toContainText("Saved with catalog");
  const saved = page.getByTestId("saved-plans");
  await expect(saved).toContainText(name);
  await expect(saved).toContainText("40 h/week");

  // Opening re-runs it on the published catalog: nothing changed.
  await page.getByRole("button", { name: `Open ${name}` }).click();
  await expect(page.getByTestId("plan-rerun")).toContainText("Unchanged on the current catalog");
  await snap(page, "planner-saved");

  // Too few hours: the target is out of reach within the horizon, and the planner says why.
  await slider.focus();
  await page.keyboard.press("Home");
  await expect(page.getByTestId("hours-value")).toHaveText("2 h");
  await expect(page.getByTestId("plan-reasons")).toContainText("The fastest path takes");
  await expect(page.getByTestId("plan-path")).toHaveCount(0);

  // Loading the saved plan brings its hours back; deleting removes it.
  await page.getByRole("button", { name: "Load into planner" }).click();
  await expect(page.getByTestId("hours-value")).toHaveText("40 h");
  await page.getByRole("button", { name: `Delete ${name}` }).click();
  await expect(saved.or(page.getByText("No saved plans yet."))).not.toContainText(name);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

  test("the planner fits a 375 px phone without horizontal scroll", async ({ page }) => {
    await page.goto("/planner");
    await page.getByRole("radio", { name: /^Inference optimization/ }).check();
    await expect(page.getByTestId("plan-path").first()).toBeVisible();
    await expect(page.getByTestId("plan-chart").locator(".recharts-wrapper")).toBeVisible();
    await expect(page.getByText("to save plans")).toBeVisible();
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    await snap(page, "planner-phone");
  });
});

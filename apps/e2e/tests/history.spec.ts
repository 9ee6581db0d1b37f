import { expect, test } from "@playwright/test";
import { demo, signIn } from "./helpers.js";

test("/history lists the saved estimates, linked from the nav, and loads one on the estimate screen", async ({ page }) => {
  await signIn(page, demo.professional);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "History" }).click();
  await expect(page).toHaveURL(/\/history$/);
  await expect(page.getByRole("heading", { name: "Estimate history" })).toBeVisible();
  await expect(page.getByText("Page not found")).toHaveCount(0);
  const history = page.getByTestId("history");
  const current = history.getByRole("listitem").filter({ hasText: "Current job" });
  await expect(current).toBeVisible();

  // Load: the estimate screen opens with that profile.
  await page.reload();
  await current.getByRole("button", { name: "Load" }).click();
  await expect(page.getByRole("heading", { name: "What is this job worth?" })).toBeVisible();
  await expect(page.getByTestId("total-p50")).toBeVisible();
});

test("signed out, /history asks to sign in instead of answering not found", async ({ page }) => {
  await page.goto("/history");
  await expect(page.getByRole("heading", { name: "Estimate history" })).toBeVisible();
  await expect(page.getByText("to see the estimates you saved")).toBeVisible();
  await expect(page.getByText("Page not found")).toHaveCount(0);
});

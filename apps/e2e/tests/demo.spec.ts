import { expect, test } from "@playwright/test";
import { demo, signIn } from "./helpers.js";

test("the demo professional's first look shows saved estimates, a plan and two offers, not empty states", async ({ page }) => {
  await signIn(page, demo.professional);

  const history = page.getByTestId("history");
  await expect(history.getByRole("listitem").filter({ hasText: "Current job" })).toBeVisible();
  await expect(history.getByRole("listitem").filter({ hasText: "After a promotion" })).toBeVisible();
  await expect(history).toContainText("catalog");

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Planner" }).click();
  await expect(page.getByTestId("saved-plans")).toContainText("Toward");
  await expect(page.getByText("No saved plans yet.")).toHaveCount(0);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Offers" }).click();
  const saved = page.getByTestId("saved-offers");
  await expect(saved).toContainText("Northwind AI (public)");
  await expect(saved).toContainText("Lumen Labs (early stage)");
  // A seeded offer is a real offer: it loads into a card and charts.
  await page.getByRole("button", { name: "Compare Lumen Labs (early stage)" }).click();
  await expect(page.getByRole("button", { name: "Compare Lumen Labs (early stage)" })).toHaveText("Shown");
  await expect(page.getByTestId("offer-chart").first().getByTestId("offer-chart-totals")).toContainText("Year 1");
});

import { expect, test } from "@playwright/test";
import { demo, signIn, snap } from "./helpers.js";

test("a professional signs in, prices a job, sees the range and the waterfall, saves it and finds it in history", async ({ page }) => {
  await signIn(page, demo.professional);
  await expect(page.getByRole("heading", { name: "What is this job worth?" })).toBeVisible();
  const total = page.getByTestId("total-p50");
  await expect(total).toBeVisible();
  const before = await total.textContent();

  await page.getByLabel("Job title").fill("Sr. ML Engineer");
  await expect(page.getByText("Suggested:")).toContainText("Machine learning engineer");
  const useSuggestion = page.getByRole("button", { name: "Use suggestion" });
  if (await useSuggestion.isVisible()) await useSuggestion.click();
  await page.getByLabel("Level").selectOption({ label: "Staff (IC)" });
  await page.getByLabel("Search locations").fill("San Francisco");
  await expect(page.getByLabel("Location", { exact: true })).toHaveValue("us-sf-bay-area");
  await page.getByLabel("Arrangement").selectOption("hybrid");
  await page.getByLabel("Industry").selectOption({ label: "Big tech" });
  await page.getByRole("checkbox", { name: "LLM fine-tuning" }).check();
  await page.getByRole("checkbox", { name: "Distributed training" }).check();

  // The browser prices the profile itself: the figure moves as inputs change.
  await expect(total).not.toHaveText(before ?? "");
  await expect(page.getByTestId("total-range")).toContainText("middle half");
  const ranges = page.getByRole("table", { name: /Pay ranges/ });
  for (const part of ["Base", "Bonus", "Equity (yearly)", "Total"]) await expect(ranges.getByRole("rowheader", { name: part })).toBeVisible();

  const waterfall = page.getByTestId("waterfall");
  await expect(waterfall.locator(".recharts-surface")).toBeVisible();
  await expect(waterfall.locator(".recharts-bar-rectangle").first()).toBeVisible();
  const contributions = page.getByRole("list", { name: "Factor contributions" });
  await expect(contributions).toContainText("Benchmark");
  await expect(contributions).toContainText("Skills");
  await expect(contributions).toContainText("Total (p50)");
  await expect(page.getByTestId("levers")).toBeVisible();
  await expect(page.getByTestId("confidence-label")).toHaveText(/high|medium|low/);
  await expect(page.getByTestId("catalog-version")).not.toBeEmpty();
  await snap(page, "estimate-signed-in");

  const name = `Staff MLE in SF ${Date.now()}`;
  await page.getByLabel("Profile name").fill(name);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByTestId("save-status")).toContainText("Saved with catalog");
  const history = page.getByTestId("history");
  await expect(history).toContainText(name);
  await expect(history.getByRole("listitem").first()).toContainText(name);
  await expect(history).toContainText("San Francisco Bay Area");
  await snap(page, "estimate-saved-history");
});

test("anyone can price a job without an account and is asked to sign in to save", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByTestId("total-p50")).toHaveText(/\$\d/);
  await expect(page.getByRole("link", { name: "Sign in" }).first()).toBeVisible();
  await expect(page.getByText("to save profiles and keep a history")).toBeVisible();
  await snap(page, "estimate-anonymous");
});

test("the Model page shows the formula, sources, figures and the accuracy report", async ({ page }) => {
  await page.goto("/model");
  await expect(page.getByRole("heading", { name: "The formula in words" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Accuracy: model vs baseline" })).toBeVisible();
  await expect(page.getByTestId("accuracy-table")).toContainText("Baseline");
  await expect(page.getByRole("heading", { name: "Sources" })).toBeVisible();
  await expect(page.getByRole("heading", { name: /^Roles/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Locations" })).toBeVisible();
  await snap(page, "model");
});

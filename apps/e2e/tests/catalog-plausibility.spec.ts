import { expect, test, type Page } from "@playwright/test";
import { demo, signIn, snap } from "./helpers.js";

async function openAdmin(page: Page): Promise<void> {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Admin" }).click();
  await expect(page.getByRole("heading", { name: "Factor catalog" })).toBeVisible();
}

test("an admin's publish step warns about a draft that contradicts public figures, without blocking publishing", async ({ page }) => {
  await signIn(page, demo.admin);
  await openAdmin(page);
  const versions = page.getByRole("table", { name: "Catalog versions" });
  const publishedRow = versions.getByRole("row").filter({ hasText: "published" });
  const publishedLabel = ((await publishedRow.getByRole("rowheader").textContent()) ?? "").trim();
  await publishedRow.getByRole("button", { name: `New draft from ${publishedLabel}` }).click();
  const workspace = page.getByTestId("version-workspace");
  await expect(workspace.getByText("draft", { exact: true })).toBeVisible();

  // A junior paid 30 % of a senior: far below what BLS wage percentiles suggest.
  await page.getByRole("button", { name: "Levels", exact: true }).click();
  const junior = page.getByLabel("Multiplier, Junior", { exact: true });
  await junior.fill("0.3");
  await page.getByLabel("Source of Multiplier, Junior").selectOption("pay-structure-judgement");
  await page.getByLabel("Note for this change").fill("Try a steeper junior discount");
  await page.getByRole("button", { name: "Save draft" }).click();
  // The value, its source and the fitted figure's row count and note change together.
  await expect(page.getByTestId("draft-notice")).toContainText(/Saved \d+ changes?/);

  await workspace.getByRole("tab", { name: "Publish" }).click();
  const checks = page.getByTestId("plausibility-checks");
  await expect(checks.getByRole("status")).toContainText(/plausibility checks? fails?/);
  const warning = checks.getByTestId("plausibility-junior-senior-ratio");
  await expect(warning).toBeVisible();
  await expect(warning).toContainText("A junior earns between 45 % and 75 % of a senior's base");
  await expect(warning).toContainText("= 0.300");
  await expect(warning).toContainText("Anchor: U.S. Bureau of Labor Statistics");
  await snap(page, "catalog-plausibility-warnings");

  // Warnings never block publishing: with a note, the publish button is enabled (not pressed here).
  await page.getByLabel("Publish note").fill("Steeper junior discount");
  await expect(page.getByRole("button", { name: /^Publish / })).toBeEnabled();
});

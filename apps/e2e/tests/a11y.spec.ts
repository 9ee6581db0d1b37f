import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { demo, signIn } from "./helpers.js";
import { openScreen, screens } from "./screens.js";

/** Axe's serious and critical violations on the page as it is now, one line each. */
async function blockingViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 5).join(" | ")}`);
}

for (const screen of screens) {
  test(`the ${screen.name} screen has no serious or critical accessibility violations`, async ({ page }) => {
    await openScreen(page, screen);
    expect(await blockingViolations(page)).toEqual([]);
  });
}

test("the estimate in a local currency, with a field error and a location that matches nothing, has none either", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByTestId("total-p50")).toHaveText(/\d/);
  await page.getByLabel("Search locations").fill("Zurich");
  await expect(page.getByRole("group", { name: "Currency" })).toBeVisible();
  await page.getByLabel("Search locations").fill("Atlantis");
  await expect(page.getByTestId("location-search-status")).toContainText("No location matches");
  await page.getByLabel("Year", { exact: true }).fill("3000");
  await expect(page.getByText(/is outside the catalog's years/)).toBeVisible();
  expect(await blockingViolations(page)).toEqual([]);
});

test("the catalog draft editor with a problem, and the publish confirmation, have none either", async ({ page }) => {
  await signIn(page, demo.admin);
  await page.goto("/admin");
  const versions = page.getByRole("table", { name: "Catalog versions" });
  await versions.getByRole("row").filter({ hasText: "published" }).getByRole("button", { name: /^New draft from / }).click();
  const workspace = page.getByTestId("version-workspace");
  await expect(workspace.getByText("draft", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Skills", exact: true }).click();
  await page.getByLabel("Premium, AI security and red teaming", { exact: true }).fill("-1");
  await expect(page.getByText("Premium must be 0 or more.")).toBeVisible();
  expect(await blockingViolations(page)).toEqual([]);

  await workspace.getByRole("tab", { name: "Publish" }).click();
  await page.getByLabel("Publish note").fill("only looking");
  await page.getByRole("button", { name: /^Publish / }).click();
  const dialog = page.getByRole("dialog", { name: /^Publish .*\?$/ });
  await expect(dialog).toBeVisible();
  expect(await blockingViolations(page)).toEqual([]);
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
});

test("offers with their yearly charts drawn have none either", async ({ page }) => {
  await signIn(page, demo.professional);
  await page.goto("/offers");
  for (const [i, base] of ["200000", "180000"].entries()) {
    const offer = page.getByRole("region", { name: `Offer ${i + 1}` });
    await offer.getByLabel("Offer name").fill(`Offer ${i === 0 ? "A" : "B"}`);
    await offer.getByLabel("Base salary").fill(base);
    await offer.getByLabel("Bonus target (% of base)").fill("10");
  }
  await expect(page.getByTestId("offer-chart").nth(1).locator(".recharts-wrapper")).toBeVisible();
  expect(await blockingViolations(page)).toEqual([]);
});

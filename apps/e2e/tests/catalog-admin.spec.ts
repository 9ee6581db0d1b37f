import { expect, test, type Browser, type Page } from "@playwright/test";
import { demo, signIn, snap } from "./helpers.js";

const premiumField = "Premium, AI security and red teaming";

/** A signed-out visitor's estimate with the AI security skill: total p50 in dollars, and the catalog version used. */
async function signedOutEstimate(browser: Browser): Promise<{ total: number; version: string }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto("/");
    const total = page.getByTestId("total-p50");
    await expect(total).toHaveText(/\$\d/);
    const withoutSkill = (await total.textContent()) ?? "";
    await page.getByRole("checkbox", { name: "AI security and red teaming" }).check();
    await expect(page.getByRole("checkbox", { name: "AI security and red teaming" })).toBeChecked();
    // Read the figure once it has moved for the skill, not whatever the page showed a moment before.
    await expect(total).not.toHaveText(withoutSkill);
    await expect(total).toHaveText(/\$\d/);
    const text = (await total.textContent()) ?? "";
    const version = (await page.getByTestId("catalog-version").textContent()) ?? "";
    return { total: Number(text.replace(/[^\d.]/g, "")), version };
  } finally {
    await context.close();
  }
}

async function openAdmin(page: Page): Promise<void> {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Admin" }).click();
  await expect(page.getByRole("heading", { name: "Factor catalog" })).toBeVisible();
}

test("an admin raises the AI security premium in a draft, checks the diff and impact, publishes, and estimates go up", async ({ page, browser }) => {
  const before = await signedOutEstimate(browser);
  expect(before.total).toBeGreaterThan(0);

  await signIn(page, demo.admin);
  await openAdmin(page);
  const versions = page.getByRole("table", { name: "Catalog versions" });
  const publishedRow = versions.getByRole("row").filter({ hasText: "published" });
  const publishedLabel = ((await publishedRow.getByRole("rowheader").textContent()) ?? "").trim();
  expect(publishedLabel).toBe(before.version);
  await publishedRow.getByRole("button", { name: `New draft from ${publishedLabel}` }).click();

  const workspace = page.getByTestId("version-workspace");
  await expect(workspace.getByText("draft", { exact: true })).toBeVisible();
  const draftLabel = ((await page.getByTestId("open-version").textContent()) ?? "").trim();
  expect(draftLabel).not.toBe(publishedLabel);

  // Edit the premium: the changed figure keeps its source, and the admin is reminded to check it.
  await page.getByRole("button", { name: "Skills", exact: true }).click();
  const premium = page.getByLabel(premiumField, { exact: true });
  await expect(premium).toHaveValue("0.12");
  await premium.fill("0.3");
  const source = page.getByLabel(`Source of ${premiumField}`);
  await expect(source).not.toHaveValue("");
  await expect(page.getByTestId("source-reminder")).toBeVisible();
  await source.selectOption("skills-judgement");
  await expect(page.getByTestId("source-reminder")).toHaveCount(0);
  await premium.fill("-1");
  await expect(page.getByText("Premium must be 0 or more.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Save draft" })).toBeDisabled();
  await premium.fill("0.3");
  await expect(page.getByRole("button", { name: "Save draft" })).toBeEnabled();
  await page.getByLabel("Note for this change").fill("AI security is scarcer than we thought");

  // Unsaved edits survive leaving the screen and coming back.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Estimate" }).click();
  await expect(page.getByTestId("total-p50")).toBeVisible();
  await openAdmin(page);
  await expect(page.getByText("Your unsaved edits to this draft were kept")).toBeVisible();
  await expect(page.getByLabel(premiumField, { exact: true })).toHaveValue("0.3");
  await expect(page.getByLabel("Note for this change")).toHaveValue("AI security is scarcer than we thought");
  await snap(page, "catalog-admin-editor");

  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByTestId("draft-notice")).toContainText("Saved 1 change");

  await workspace.getByRole("tab", { name: "Changes" }).click();
  const diff = page.getByRole("table", { name: `Changes from ${publishedLabel} to ${draftLabel}` });
  const premiumRow = diff.getByRole("row").filter({ hasText: "premium.value" });
  await expect(premiumRow).toContainText("ai-security");
  await expect(premiumRow).toContainText("0.12");
  await expect(premiumRow).toContainText("0.3");
  await snap(page, "catalog-admin-diff");

  await workspace.getByRole("tab", { name: "Impact" }).click();
  await expect(page.getByTestId("impact-ml-engineer-senior-ai-security")).toContainText("+$");
  await expect(page.getByTestId("impact-mlops-engineer-junior-germany")).not.toContainText("+$");
  await expect(page.getByRole("table", { name: "Band impact per team" })).toContainText("Applied AI");
  await snap(page, "catalog-admin-impact");

  await workspace.getByRole("tab", { name: "Publish" }).click();
  await page.getByLabel("Publish note").fill("2025 review: AI security premium up");
  await page.getByRole("button", { name: `Publish ${draftLabel}` }).click();
  await page.getByRole("dialog", { name: `Publish ${draftLabel}?` }).getByRole("button", { name: `Yes, publish ${draftLabel}` }).click();
  await expect(workspace.getByText("published", { exact: true })).toBeVisible();
  await expect(versions.getByRole("row").filter({ hasText: publishedLabel })).toContainText("archived");

  const audit = page.getByTestId("audit-log");
  await audit.getByLabel("Entity or field").fill("skills.ai-security");
  await expect(audit.getByRole("table", { name: "Audit entries" })).toContainText("skills.ai-security.premium.value");
  await expect(audit.getByRole("table", { name: "Audit entries" })).toContainText("AI security is scarcer than we thought");

  // The new version is the default for new estimates at once.
  const after = await signedOutEstimate(browser);
  expect(after.version).toBe(draftLabel);
  expect(after.total).toBeGreaterThan(before.total);

  // Roll back so that the other journeys price with the original figures again.
  await versions.getByRole("button", { name: `Open ${publishedLabel}` }).click();
  await workspace.getByRole("tab", { name: "Roll back" }).click();
  await page.getByLabel(`Why roll back to ${publishedLabel}?`).fill("restore the default figures");
  await page.getByRole("button", { name: `Roll back to ${publishedLabel}` }).click();
  await page.getByRole("dialog", { name: `Roll back to ${publishedLabel}?` }).getByRole("button", { name: `Yes, roll back to ${publishedLabel}` }).click();
  await expect(workspace.getByText("published", { exact: true })).toBeVisible();
  const restored = await signedOutEstimate(browser);
  expect(restored.total).toBe(before.total);
});

test.describe("on a 390 px phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("the catalog editor fits: its tables scroll inside their card", async ({ page }) => {
    await signIn(page, demo.admin);
    await page.goto("/admin");
    await expect(page.getByRole("heading", { name: "Factor catalog" })).toBeVisible();
    const versions = page.getByRole("table", { name: "Catalog versions" });
    await versions.getByRole("row").filter({ hasText: "published" }).getByRole("button", { name: /^New draft from / }).click();
    await page.getByRole("button", { name: "Locations", exact: true }).click();
    await expect(page.getByTestId("section-locations")).toBeVisible();
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    await snap(page, "catalog-admin-phone");
  });
});

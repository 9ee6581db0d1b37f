import { expect, test, type Page } from "@playwright/test";
import { demo, signIn } from "./helpers.js";

const premiumField = "Premium, AI security and red teaming";

async function openNewDraft(page: Page): Promise<{ publishedLabel: string; draftLabel: string }> {
  await signIn(page, demo.admin);
  await page.goto("/admin");
  await expect(page.getByRole("heading", { name: "Factor catalog" })).toBeVisible();
  const versions = page.getByRole("table", { name: "Catalog versions" });
  const publishedRow = versions.getByRole("row").filter({ hasText: "published" });
  const publishedLabel = ((await publishedRow.getByRole("rowheader").textContent()) ?? "").trim();
  await publishedRow.getByRole("button", { name: `New draft from ${publishedLabel}` }).click();
  const workspace = page.getByTestId("version-workspace");
  await expect(workspace.getByText("draft", { exact: true })).toBeVisible();
  const draftLabel = ((await page.getByTestId("open-version").textContent()) ?? "").trim();
  return { publishedLabel, draftLabel };
}

test("editing a figure keeps its source, counts one problem per field in words, and Save stays possible", async ({ page }) => {
  await openNewDraft(page);
  await page.getByRole("button", { name: "Skills", exact: true }).click();
  const premium = page.getByLabel(premiumField, { exact: true });
  const source = page.getByLabel(`Source of ${premiumField}`);
  const sourceBefore = await source.inputValue();
  expect(sourceBefore).not.toBe("");

  await premium.fill("0.2");
  // The source is not cleared, nothing reads as a problem, and the draft can be saved.
  await expect(source).toHaveValue(sourceBefore);
  await expect(page.getByTestId("source-reminder")).toContainText(`still cites ${sourceBefore}`);
  const status = page.getByTestId("draft-status");
  await expect(status).toContainText("1 unsaved change");
  await expect(status).not.toContainText("fix");
  await expect(page.getByRole("button", { name: "Save draft" })).toBeEnabled();

  // One bad edit is one field to fix, said in words that name the field.
  await premium.fill("-1");
  await expect(page.getByText("Premium must be 0 or more.")).toBeVisible();
  await expect(status).toContainText("1 field to fix before saving");
  await expect(page.getByText(/Too small|expected number/)).toHaveCount(0);
  await premium.fill("abc");
  await expect(page.getByText("Premium must be a number.")).toBeVisible();
  await expect(status).toContainText("1 field to fix before saving");
  await expect(page.getByRole("button", { name: "Save draft" })).toBeDisabled();

  // Leaving with unsaved edits asks first (the browser's leave-page prompt); confirmed, the edit survives the reload.
  await premium.fill("0.2");
  const prompts: string[] = [];
  page.on("dialog", (dialog) => {
    prompts.push(dialog.type());
    void dialog.accept();
  });
  await page.reload();
  expect(prompts).toEqual(["beforeunload"]);
  await expect(page.getByText("Your unsaved edits to this draft were kept")).toBeVisible();
  await expect(page.getByLabel(premiumField, { exact: true })).toHaveValue("0.2");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByTestId("draft-notice")).toContainText("Saved 1 change");
});

test("publishing and rolling back ask first, say what will happen, and the audit log reads as sentences", async ({ page }) => {
  const { publishedLabel, draftLabel } = await openNewDraft(page);
  const workspace = page.getByTestId("version-workspace");
  await workspace.getByRole("tab", { name: "Publish" }).click();
  await page.getByLabel("Publish note").fill("confirmation check");
  await page.getByRole("button", { name: `Publish ${draftLabel}` }).click();

  const dialog = page.getByRole("dialog", { name: `Publish ${draftLabel}?` });
  await expect(dialog).toContainText(`Every new estimate, plan and team band will use version ${draftLabel}`);
  await expect(dialog).toContainText(`Version ${publishedLabel}, published now, will be archived`);
  // Cancel changes nothing.
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await expect(workspace.getByText("draft", { exact: true })).toBeVisible();
  const versions = page.getByRole("table", { name: "Catalog versions" });
  await expect(versions.getByRole("row").filter({ hasText: publishedLabel }).first()).toContainText("published");

  await page.getByRole("button", { name: `Publish ${draftLabel}` }).click();
  await dialog.getByRole("button", { name: `Yes, publish ${draftLabel}` }).click();
  await expect(workspace.getByText("published", { exact: true })).toBeVisible();

  const audit = page.getByRole("table", { name: "Audit entries" });
  const publishRow = audit.getByRole("row").filter({ hasText: "Published" }).filter({ hasText: "confirmation check" }).first();
  await expect(publishRow).toContainText("Draft");
  await expect(publishRow).toContainText("Published (no approval on record)");
  await expect(audit).not.toContainText('{"status"');
  await expect(audit.getByRole("row").filter({ hasText: "Archived" }).filter({ hasText: "confirmation check" }).first()).toContainText(
    "no longer used for new estimates",
  );

  // Roll back to the previous version, again only after saying what happens.
  await versions.getByRole("button", { name: `Open ${publishedLabel}` }).click();
  await workspace.getByRole("tab", { name: "Roll back" }).click();
  await page.getByLabel(`Why roll back to ${publishedLabel}?`).fill("restore after confirmation check");
  await page.getByRole("button", { name: `Roll back to ${publishedLabel}` }).click();
  const rollback = page.getByRole("dialog", { name: `Roll back to ${publishedLabel}?` });
  await expect(rollback).toContainText(`The content of version ${publishedLabel} will be published again`);
  await expect(rollback).toContainText(`Version ${draftLabel}, published now, will be archived`);
  await rollback.getByRole("button", { name: `Yes, roll back to ${publishedLabel}` }).click();
  await expect(workspace.getByText("published", { exact: true })).toBeVisible();
  await expect(audit.getByRole("row").filter({ hasText: "Rolled back" }).first()).toContainText(`Published again with the content of version ${publishedLabel}`);
});

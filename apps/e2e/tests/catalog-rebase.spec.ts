import { expect, test, type Page } from "@playwright/test";
import { demo, signIn } from "./helpers.js";

const aiSecurity = "Premium, AI security and red teaming";
const rag = "Premium, Retrieval-augmented generation";
const promptEngineering = "Premium, Prompt engineering";

/** Starts a draft from the published version in this tab; returns its label. */
async function newDraft(page: Page, publishedLabel: string): Promise<string> {
  const versions = page.getByRole("table", { name: "Catalog versions" });
  await versions.getByRole("row").filter({ hasText: "published" }).getByRole("button", { name: `New draft from ${publishedLabel}` }).click();
  const workspace = page.getByTestId("version-workspace");
  await expect(workspace.getByText("draft", { exact: true })).toBeVisible();
  await expect(page.getByTestId("open-version")).not.toHaveText(publishedLabel);
  return ((await page.getByTestId("open-version").textContent()) ?? "").trim();
}

/** Sets skill premiums in the open draft's editor and saves them. */
async function savePremiums(page: Page, values: Record<string, string>): Promise<void> {
  await page.getByTestId("version-workspace").getByRole("tab", { name: "Edit" }).click();
  await page.getByRole("button", { name: "Skills", exact: true }).click();
  for (const [label, value] of Object.entries(values)) await page.getByLabel(label, { exact: true }).fill(value);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByTestId("draft-notice")).toContainText(`Saved ${Object.keys(values).length} change`);
}

async function publish(page: Page, draftLabel: string, note: string): Promise<void> {
  const workspace = page.getByTestId("version-workspace");
  await workspace.getByRole("tab", { name: "Publish" }).click();
  await page.getByLabel("Publish note").fill(note);
  await page.getByRole("button", { name: `Publish ${draftLabel}` }).click();
  await page.getByRole("dialog", { name: `Publish ${draftLabel}?` }).getByRole("button", { name: `Yes, publish ${draftLabel}` }).click();
  await expect(workspace.getByText("published", { exact: true })).toBeVisible();
}

test("a draft started before another publish cannot undo it: brought up to date, it keeps both admins' figures and names the one it replaces", async ({ browser }) => {
  const first = await (await browser.newContext()).newPage();
  const second = await (await browser.newContext()).newPage();
  for (const page of [first, second]) {
    await signIn(page, demo.admin);
    await page.goto("/admin");
    await expect(page.getByRole("heading", { name: "Factor catalog" })).toBeVisible();
  }
  const versionsOf = (page: Page) => page.getByRole("table", { name: "Catalog versions" });
  const publishedLabel = ((await versionsOf(first).getByRole("row").filter({ hasText: "published" }).getByRole("rowheader").textContent()) ?? "").trim();

  // Two drafts from the same published version, one in each tab.
  const draftA = await newDraft(first, publishedLabel);
  await savePremiums(first, { [aiSecurity]: "0.2", [rag]: "0.08" });
  const draftB = await newDraft(second, publishedLabel);
  await savePremiums(second, { [aiSecurity]: "0.25", [promptEngineering]: "0.05" });

  await publish(first, draftA, "A: security and RAG premiums");

  // The second tab learns of the publish when it looks again: Publish is off and the screen says why.
  await second.reload();
  const workspace = second.getByTestId("version-workspace");
  await expect(second.getByTestId("open-version")).toHaveText(draftB);
  await workspace.getByRole("tab", { name: "Publish" }).click();
  const outdated = second.getByTestId("outdated-draft");
  await expect(outdated).toContainText(`Started from ${publishedLabel}; ${draftA} has been published since. Publishing now would undo its changes.`);
  await second.getByLabel("Publish note").fill("B: prompt engineering premium");
  await expect(second.getByRole("button", { name: `Publish ${draftB}` })).toBeDisabled();

  await outdated.getByRole("button", { name: "Bring up to date" }).click();
  const summary = second.getByTestId("rebase-summary");
  await expect(summary).toContainText(`Brought up to date with ${draftA}.`);
  const replaced = second.getByTestId("rebase-replaced");
  await expect(replaced.getByRole("listitem")).toHaveCount(1);
  await expect(replaced).toContainText("Skills · ai-security · Premium: published 0.2, this draft 0.25");
  await expect(summary).not.toContainText("{");
  await expect(outdated).toBeHidden();

  // The change list is now against the version published since: only B's own figures.
  await workspace.getByRole("tab", { name: "Changes" }).click();
  const diff = second.getByRole("table", { name: `Changes from ${draftA} to ${draftB}` });
  await expect(diff.getByRole("row").filter({ hasText: "premium.value" })).toHaveCount(2);
  await expect(diff.getByRole("row").filter({ hasText: "prompt-engineering" })).toContainText("0.05");
  await expect(diff.getByRole("row").filter({ hasText: "ai-security" })).toContainText("0.25");
  await expect(diff).not.toContainText("retrieval");

  await publish(second, draftB, "B: prompt engineering premium");

  // Nothing of A was lost: its RAG premium stands beside B's figures in the published version.
  await versionsOf(second).getByRole("button", { name: `Open ${draftB}` }).click();
  await workspace.getByRole("tab", { name: "Changes" }).click();
  await second.getByLabel("Compare with").selectOption({ label: `${publishedLabel}` });
  const overall = second.getByRole("table", { name: `Changes from ${publishedLabel} to ${draftB}` });
  await expect(overall.getByRole("row").filter({ hasText: "rag" })).toContainText("0.08");
  await expect(overall.getByRole("row").filter({ hasText: "prompt-engineering" })).toContainText("0.05");
  await expect(overall.getByRole("row").filter({ hasText: "ai-security" })).toContainText("0.25");
  const audit = second.getByTestId("audit-log");
  const rebaseRow = audit.getByRole("table", { name: "Audit entries" }).getByRole("row").filter({ hasText: `Brought up to date with version ${draftA}` });
  await expect(rebaseRow).toContainText(`Started from version ${publishedLabel}`);

  // Roll back so that the other journeys price with the original figures again.
  await versionsOf(second).getByRole("button", { name: `Open ${publishedLabel}` }).click();
  await workspace.getByRole("tab", { name: "Roll back" }).click();
  await second.getByLabel(`Why roll back to ${publishedLabel}?`).fill("restore the default figures");
  await second.getByRole("button", { name: `Roll back to ${publishedLabel}` }).click();
  await second.getByRole("dialog", { name: `Roll back to ${publishedLabel}?` }).getByRole("button", { name: `Yes, roll back to ${publishedLabel}` }).click();
  await expect(workspace.getByText("published", { exact: true })).toBeVisible();
});

import { expect, test } from "@playwright/test";
import { demo, signIn, snap } from "./helpers.js";
import { csvFile, payPathCsv, surveyCsv } from "./salary-files.js";

test("an admin uploads salary files, sees problems by line, watches the refit, opens the draft, checks its changes and impact, and publishes it", async ({ page }) => {
  await signIn(page, demo.admin);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Admin" }).click();
  await page.getByRole("link", { name: "Refit from salary data and review contributed pay" }).click();
  await expect(page.getByRole("heading", { name: "Refit from salary data" })).toBeVisible();
  const files = page.getByLabel("Salary files (CSV)");

  // A file with problems imports nothing, and every problem is named by file, line and column.
  const bad = surveyCsv().replace("2023,EN,FT", "2023,XX,FT") + "2024,SE,FT,Data Scientist,lots,USD,lots,US,0,US,M\n";
  await files.setInputFiles([csvFile("survey.csv", bad), csvFile("team.csv", "role,level\nml-engineer,senior\n")]);
  const before = await page.getByRole("article", { name: /^Refit #/ }).count();
  await page.getByRole("button", { name: "Start refit" }).click();
  const problems = page.getByRole("list", { name: "Problems in the files" });
  await expect(problems).toContainText('survey.csv.line 2.experience_level: "XX" is not one of EN, MI, SE, EX');
  await expect(problems).toContainText('survey.csv.line 66.salary: "lots" is not an amount');
  await expect(problems).toContainText("team.csv.line 1: the header lacks the PayPath columns");
  await expect(page.getByRole("article", { name: /^Refit #/ })).toHaveCount(before);

  await files.setInputFiles([csvFile("survey.csv", surveyCsv()), csvFile("team.csv", payPathCsv)]);
  await page.getByRole("button", { name: "Start refit" }).click();
  await expect(page.getByRole("status")).toContainText("survey.csv (64 rows), team.csv (2 rows)");
  const job = page.getByRole("article", { name: /^Refit #/ }).first();
  await expect(job.getByTestId("refit-status")).toHaveText(/waiting to run|running|done/);
  await expect(job.getByTestId("refit-status")).toHaveText("done", { timeout: 120_000 });
  const evaluation = job.getByRole("region", { name: "Evaluation" });
  await expect(evaluation).toContainText("Evaluation on 2024");
  await expect(evaluation.getByRole("row", { name: /^All rows/ })).toBeVisible();
  await expect(evaluation.getByRole("row", { name: /^Level SE/ })).toBeVisible();
  await expect(job.getByRole("region", { name: "Plausibility" })).toContainText(/\d+ of \d+ checks pass/);
  await snap(page, "refit-result");

  await job.getByRole("button", { name: "Open the draft" }).click();
  await expect(page.getByRole("heading", { name: "Factor catalog" })).toBeVisible();
  const workspace = page.getByTestId("version-workspace");
  await expect(workspace.getByText("draft", { exact: true })).toBeVisible();
  const draftLabel = ((await page.getByTestId("open-version").textContent()) ?? "").trim();
  const diff = page.getByRole("table", { name: new RegExp(`^Changes from .* to ${draftLabel.replace(/\./g, "\\.")}$`) });
  // Fitted figures change with their new n and source; judgement tables such as skills do not.
  await expect(diff.getByRole("row", { name: /^roles ml-engineer benchmark\.n \d+ 33$/ })).toBeVisible();
  await expect(diff.getByRole("row", { name: /^benchmark\.source survey-fit refit-\d+$/ }).first()).toBeVisible();
  await expect(diff.getByRole("cell", { name: "skills", exact: true })).toHaveCount(0);
  await snap(page, "refit-draft-diff");

  await workspace.getByRole("tab", { name: "Impact" }).click();
  await expect(page.getByTestId("impact-ml-engineer-senior-ai-security")).toContainText("$");
  await workspace.getByRole("tab", { name: "Publish" }).click();
  await page.getByLabel("Publish note").fill("Refit from the 2024 salary files");
  await page.getByRole("button", { name: `Publish ${draftLabel}` }).click();
  await page.getByRole("dialog", { name: `Publish ${draftLabel}?` }).getByRole("button", { name: `Yes, publish ${draftLabel}` }).click();
  await expect(workspace.getByText("published", { exact: true })).toBeVisible();
});

import { expect, test, type Page } from "@playwright/test";
import { demo, signIn, snap } from "./helpers.js";
import { csvFile, surveyCsv } from "./salary-files.js";

async function openRefit(page: Page): Promise<void> {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Admin" }).click();
  await expect(page.getByRole("heading", { name: "Factor catalog" })).toBeVisible();
  await page.getByRole("link", { name: "Refit from salary data and review contributed pay" }).click();
  await expect(page.getByRole("heading", { name: "Refit from salary data" })).toBeVisible();
}

test("a professional contributes their pay with consent, an admin accepts it without seeing who sent it, and the next refit counts it", async ({ page, browser }) => {
  await signIn(page, demo.professional);
  await expect(page.getByTestId("total-p50")).toBeVisible();
  await page.getByRole("button", { name: "Contribute my pay" }).click();
  const form = page.getByRole("form", { name: "Your pay" });
  await form.getByLabel("Role").selectOption("data-scientist");
  await form.getByLabel("Level").selectOption("senior");
  await form.getByLabel("Location").selectOption("us");
  await form.getByLabel("Year", { exact: true }).fill("2024");
  await form.getByLabel("Base pay (USD a year)").fill("172,000");
  await form.getByLabel("Bonus (USD a year)").fill("15000");
  await expect(form.getByText("never as single values")).toBeVisible();
  await form.getByRole("button", { name: "Contribute" }).click();
  await expect(form.getByRole("alert")).toContainText("Agree to how your pay is used");
  await form.getByRole("checkbox").check();
  await form.getByRole("button", { name: "Contribute" }).click();
  const mine = page.getByRole("list", { name: "Your contributions" });
  await expect(mine).toContainText("2024: Data scientist, senior, base $172,000");
  await expect(mine).toContainText("waiting for review");
  await snap(page, "contribute");

  // A second contribution for the same year is refused; the owner edits the first instead.
  await page.getByRole("button", { name: "Contribute my pay" }).click();
  await page.getByRole("form", { name: "Your pay" }).getByLabel("Year", { exact: true }).fill("2024");
  await page.getByRole("form", { name: "Your pay" }).getByLabel("Base pay (USD a year)").fill("90000");
  await page.getByRole("form", { name: "Your pay" }).getByRole("checkbox").check();
  await page.getByRole("form", { name: "Your pay" }).getByRole("button", { name: "Contribute" }).click();
  await expect(page.getByRole("form", { name: "Your pay" }).getByRole("alert")).toContainText("already contributed your pay for 2024");
  await page.getByRole("form", { name: "Your pay" }).getByRole("button", { name: "Cancel" }).click();
  await expect(mine.getByRole("listitem")).toHaveCount(1);

  const admin = await browser.newContext();
  const adminPage = await admin.newPage();
  try {
    await signIn(adminPage, demo.admin);
    await openRefit(adminPage);
    const item = adminPage.getByRole("article", { name: "Contribution: data-scientist, senior, US, 2024" });
    await expect(item).toContainText("Base $172,000");
    await expect(adminPage.getByText("ada@paypath.dev")).toHaveCount(0);
    await expect(item.getByRole("button", { name: "Accept" })).toBeDisabled();
    await item.getByLabel("Reason").fill("in line with US senior data scientists");
    await item.getByRole("button", { name: "Accept" }).click();
    await expect(item).toHaveCount(0);

    await adminPage.getByLabel("Salary files (CSV)").setInputFiles([csvFile("survey.csv", surveyCsv())]);
    await adminPage.getByRole("button", { name: "Start refit" }).click();
    await expect(adminPage.getByRole("status")).toContainText("is queued");
    const latest = adminPage.getByRole("article", { name: /^Refit #/ }).first();
    await expect(latest.getByTestId("refit-status")).toHaveText("done", { timeout: 120_000 });
    await expect(latest.getByTestId("refit-contributions")).toHaveText("1");
  } finally {
    await admin.close();
  }

  await page.reload();
  await expect(page.getByRole("list", { name: "Your contributions" })).toContainText("accepted (in line with US senior data scientists)");
  await page.getByRole("list", { name: "Your contributions" }).getByRole("button", { name: "Delete" }).click();
  await expect(page.getByRole("list", { name: "Your contributions" })).toHaveCount(0);
});

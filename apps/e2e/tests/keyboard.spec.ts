import { expect, test, type Locator, type Page } from "@playwright/test";
import { DEMO_PASSWORD, demo } from "./helpers.js";

/** Presses Tab until `target` has the focus (as a person would), failing if it never does. */
async function tabTo(page: Page, target: Locator, limit = 200): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

test("the estimate journey works by keyboard alone: sign in, describe the job, choose a place and skill, switch currency, save", async ({ page }) => {
  await page.goto("/sign-in");
  await tabTo(page, page.getByLabel("Email"));
  await page.keyboard.type(demo.professional);
  await tabTo(page, page.getByLabel("Password"));
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("signed-in-as")).toBeVisible();
  await expect(page.getByRole("heading", { name: "What is this job worth?" })).toBeVisible();
  const total = page.getByTestId("total-p50");
  await expect(total).toHaveText(/\d/);

  await tabTo(page, page.getByLabel("Job title"));
  await page.keyboard.type("Staff Research Scientist");
  await tabTo(page, page.getByRole("button", { name: "Use suggestion" }));
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Role", { exact: true })).toHaveValue("research-scientist");
  await expect(page.getByLabel("Level", { exact: true })).toHaveValue("staff");

  await tabTo(page, page.getByLabel("Search locations"));
  await page.keyboard.type("london");
  await expect(page.getByLabel("Location", { exact: true })).toHaveValue("gb");
  await expect(total).toHaveText(/^£\d/);
  const inPounds = await total.textContent();

  await tabTo(page, page.getByRole("checkbox", { name: "LLM fine-tuning" }));
  await page.keyboard.press("Space");
  await expect(page.getByRole("checkbox", { name: "LLM fine-tuning" })).toBeChecked();
  await expect(total).not.toHaveText(inPounds ?? "");

  await tabTo(page, page.getByRole("group", { name: "Currency" }).getByRole("button", { name: "USD" }));
  await page.keyboard.press("Enter");
  await expect(total).toHaveText(/^\$\d/);

  const name = `Keyboard only ${Date.now()}`;
  await tabTo(page, page.getByLabel("Profile name"));
  await page.keyboard.type(name);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("save-status")).toContainText("Saved with catalog");
  await expect(page.getByTestId("history")).toContainText(name);
});

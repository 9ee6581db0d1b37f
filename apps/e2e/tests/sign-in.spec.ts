import { expect, test } from "@playwright/test";
import { demo, snap } from "./helpers.js";

test("a bad sign-in shows an error and stays signed out", async ({ page }) => {
  await page.goto("/sign-in");
  await snap(page, "sign-in");
  await page.getByLabel("Email").fill(demo.professional);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert")).toContainText("Wrong email or password");
  await expect(page.getByTestId("signed-in-as")).toHaveCount(0);
  await snap(page, "sign-in-error");
});

test("a new user signs up and is signed in as a professional", async ({ page }) => {
  await page.goto("/sign-up");
  await snap(page, "sign-up");
  await page.getByLabel("Name").fill("Eve Tester");
  await page.getByLabel("Email").fill(`eve-${Date.now()}@example.com`);
  await page.getByLabel(/^Password/).fill("correct-horse-battery");
  await page.getByRole("button", { name: "Sign up" }).click();
  await expect(page.getByTestId("signed-in-as")).toContainText("Eve Tester");
  await expect(page.getByTestId("signed-in-as")).toContainText("professional");
});

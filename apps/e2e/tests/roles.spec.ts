import { expect, test } from "@playwright/test";
import { callQuery, demo, signIn, snap } from "./helpers.js";

test("a professional cannot open /admin or /team, and the server refuses an admin-only procedure", async ({ page }) => {
  await signIn(page, demo.professional);
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Model" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Team" })).toHaveCount(0);
  await expect(nav.getByRole("link", { name: "Admin" })).toHaveCount(0);

  await page.goto("/admin");
  await expect(page.getByRole("heading", { name: "You need the admin role" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Factor catalog" })).toHaveCount(0);
  await snap(page, "admin-refused");

  await page.goto("/team");
  await expect(page.getByRole("heading", { name: "You need the manager role" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Team pay bands" })).toHaveCount(0);
  await snap(page, "team-refused");

  // The page hides the feature, but the server is what enforces the role.
  const refused = await callQuery(page, "users.list", {});
  expect(refused.status).toBe(403);
  expect(JSON.stringify(refused.body)).toContain("FORBIDDEN");
});

test("a manager sees the Team page and not the Admin page", async ({ page }) => {
  await signIn(page, demo.manager);
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Team" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Admin" })).toHaveCount(0);
  await nav.getByRole("link", { name: "Team" }).click();
  await expect(page.getByRole("heading", { name: "Team pay bands" })).toBeVisible();
  await snap(page, "team");
  await page.goto("/admin");
  await expect(page.getByRole("heading", { name: "You need the admin role" })).toBeVisible();
});

test("an admin sees the Admin page and may call admin-only procedures", async ({ page }) => {
  await signIn(page, demo.admin);
  const nav = page.getByRole("navigation", { name: "Main" });
  await nav.getByRole("link", { name: "Admin" }).click();
  await expect(page.getByRole("heading", { name: "Factor catalog" })).toBeVisible();
  await snap(page, "admin");
  const allowed = await callQuery(page, "users.list", {});
  expect(allowed.status).toBe(200);
});

test("signing out returns to the anonymous estimate", async ({ page }) => {
  await signIn(page, demo.professional);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(page.getByTestId("signed-in-as")).toHaveCount(0);
});

import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "paypath-demo";

/** Demo accounts the server seeds with SEED_DEMO=1. */
export const demo = {
  admin: "admin@paypath.dev",
  manager: "manager@paypath.dev",
  professional: "ada@paypath.dev",
} as const;

/**
 * Signs in through the sign-in screen and waits for the header to show the user.
 *
 * @example
 * await signIn(page, demo.professional);
 */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("signed-in-as")).toBeVisible();
}

/**
 * Saves a full-page screenshot as a test artifact under `artifacts/`.
 *
 * @example
 * await snap(page, "estimate");
 */
export async function snap(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `artifacts/${name}.png`, fullPage: true });
}

/**
 * Calls a tRPC query over HTTP with the page's cookies; returns the HTTP status and body.
 *
 * @example
 * const { status } = await callQuery(page, "users.list", { limit: 10 });
 */
export async function callQuery(page: Page, path: string, input: unknown): Promise<{ status: number; body: unknown }> {
  const query = encodeURIComponent(JSON.stringify(input));
  const response = await page.request.get(`/trpc/${path}?input=${query}`);
  return { status: response.status(), body: await response.json().catch(() => null) };
}

import { expect, type Page } from "@playwright/test";
import { demo, signIn } from "./helpers.js";

/** A screen of the app: where it is, who may see it, and what shows that it has loaded. */
export interface Screen {
  readonly name: string;
  readonly path: string;
  readonly as: string | null;
  readonly ready: (page: Page) => Promise<void>;
}

const heading = (name: string | RegExp) => async (page: Page) => {
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
};

/** Every screen, as the role that uses it, with its main content loaded. */
export const screens: readonly Screen[] = [
  { name: "sign-in", path: "/sign-in", as: null, ready: heading("Sign in") },
  { name: "sign-up", path: "/sign-up", as: null, ready: heading(/Create|Sign up/) },
  {
    name: "estimate",
    path: "/",
    as: demo.professional,
    ready: async (page) => {
      await expect(page.getByTestId("total-p50")).toHaveText(/\d/);
      await expect(page.getByTestId("waterfall").locator(".recharts-surface")).toBeVisible();
      await expect(page.getByRole("heading", { name: "History" })).toBeVisible();
    },
  },
  {
    name: "planner",
    path: "/planner",
    as: demo.professional,
    ready: async (page) => {
      await heading(/./)(page);
      await expect(page.getByRole("main")).not.toContainText("Loading");
    },
  },
  {
    // The same screen for a profile outside the US: figures in euros and the currency toggle.
    name: "planner in euros",
    path: "/planner",
    as: demo.professional,
    ready: async (page) => {
      await heading(/./)(page);
      await page.getByText("Edit profile").click();
      await page.getByLabel("Location", { exact: true }).selectOption("de");
      await expect(page.getByRole("group", { name: "Currency" })).toBeVisible();
      await expect(page.getByTestId("path-pay").first()).toHaveText(/^€\d/);
    },
  },
  { name: "planner directions", path: "/planner/compare", as: demo.professional, ready: heading("Compare directions") },
  {
    name: "history",
    path: "/history",
    as: demo.professional,
    ready: async (page) => {
      await heading("Estimate history")(page);
      await expect(page.getByTestId("history")).toBeVisible();
    },
  },
  { name: "offers", path: "/offers", as: demo.professional, ready: heading("Compare job offers") },
  {
    name: "offers in euros",
    path: "/offers",
    as: demo.professional,
    ready: async (page) => {
      await heading("Compare job offers")(page);
      await page.getByText("Edit the job").click();
      await page.getByLabel("Location", { exact: true }).selectOption("de");
      await expect(page.getByRole("group", { name: "Currency" })).toBeVisible();
      const offer = page.getByRole("region", { name: "Offer 1" });
      await offer.getByLabel("Currency of the offer").selectOption("EUR");
      await offer.getByLabel("Base salary").fill("90000");
      await expect(page.getByTestId("offer-chart-totals").first()).toContainText("€90,000");
    },
  },
  {
    name: "team",
    path: "/team",
    as: demo.manager,
    ready: async (page) => {
      await heading(/./)(page);
      await expect(page.getByText("Applied AI").first()).toBeVisible();
    },
  },
  {
    name: "catalog admin",
    path: "/admin",
    as: demo.admin,
    ready: async (page) => {
      await heading("Factor catalog")(page);
      await expect(page.getByRole("table", { name: "Catalog versions" })).toBeVisible();
      await expect(page.getByRole("table", { name: "Audit entries" })).toBeVisible();
      // The published version opened: its summary, tabs and changes.
      await page.getByRole("table", { name: "Catalog versions" }).getByRole("row").filter({ hasText: "published" }).getByRole("button", { name: /^Open / }).click();
      await expect(page.getByTestId("version-workspace").getByRole("tab", { name: "Changes", selected: true })).toBeVisible();
    },
  },
  {
    name: "model page",
    path: "/model",
    as: null,
    ready: async (page) => {
      await expect(page.getByRole("heading", { name: "Sources" })).toBeVisible();
    },
  },
];

/**
 * Signs in as the screen's role (if any), opens it and waits until its content is there.
 *
 * @example
 * await openScreen(page, screens[0]);
 */
export async function openScreen(page: Page, screen: Screen): Promise<void> {
  if (screen.as) await signIn(page, screen.as);
  await page.goto(screen.path);
  await screen.ready(page);
}

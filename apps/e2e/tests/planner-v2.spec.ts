import { expect, test, type Page } from "@playwright/test";
import { demo, signIn, snap } from "./helpers.js";

/** Sets the planner's profile through its own form. */
async function setProfile(page: Page, role: string, level: string): Promise<void> {
  await page.getByText("Edit profile").click();
  await page.getByLabel("Role", { exact: true }).selectOption({ label: role });
  await page.getByLabel("Level", { exact: true }).selectOption({ label: level });
  // The role's name reads inside the phrase: "Senior machine learning engineer".
  await expect(page.getByTestId("planner-profile")).toContainText(`${level.replace(/ \(IC\)$/, "")} ${role[0]!.toLowerCase()}${role.slice(1)}`);
}

/** The months in the headline "Fastest path N months…". */
async function headlineMonths(page: Page): Promise<number> {
  const text = (await page.getByTestId("plan-fastest").textContent()) ?? "";
  const match = /Fastest path (\d+) months?/.exec(text);
  expect(match, text).not.toBeNull();
  return Number(match![1]);
}

async function shownPaths(page: Page): Promise<{ months: number; badge: string | null }[]> {
  await expect(page.getByTestId("plan-path").first()).toBeVisible();
  const out: { months: number; badge: string | null }[] = [];
  for (const card of await page.getByTestId("plan-path").all()) {
    const months = Number(/^(\d+)/.exec((await card.getByTestId("path-months").textContent()) ?? "")![1]);
    const badge = (await card.getByTestId("path-badge").count()) > 0 ? await card.getByTestId("path-badge").textContent() : null;
    out.push({ months, badge });
  }
  return out;
}

test("only the truly fastest paths carry the fastest badge, and equal paths say they are tied", async ({ page }) => {
  await page.goto("/planner");
  await expect(page.getByRole("heading", { name: "Plan your career path" })).toBeVisible();
  await setProfile(page, "Machine learning engineer", "Senior (IC)");
  for (const preset of [/^Inference optimization/, /^AI security/, /^LLM fine-tuning/]) {
    await page.getByRole("radio", { name: preset }).check();
    for (const view of ["Most pay per month", "Quickest for the pay"]) {
      await page.getByRole("radio", { name: view }).check();
      await expect(page.locator("[aria-busy=true]")).toHaveCount(0);
      const fastest = await headlineMonths(page);
      const paths = await shownPaths(page);
      const atFastest = paths.filter((p) => p.months === fastest);
      for (const p of paths) {
        if (p.months === fastest) expect(p.badge).toMatch(/^(fastest|tied fastest)$/);
        else expect(p.badge).toBeNull();
      }
      if (atFastest.length > 1) for (const p of atFastest) expect(p.badge).toBe("tied fastest");
      // The quickest view always shows the fastest path.
      if (view === "Quickest for the pay") expect(atFastest.length).toBeGreaterThan(0);
      expect(paths.filter((p) => p.badge === "fastest").length).toBeLessThanOrEqual(1);
    }
  }
  await snap(page, "planner-badges");
});

test("a saved plan's summary gives the same fastest months as the screen", async ({ page }) => {
  await signIn(page, demo.professional);
  await page.goto("/planner");
  await setProfile(page, "Data scientist", "Mid-level (IC)");
  await page.getByRole("radio", { name: /^AI security/ }).check();
  await page.getByRole("radio", { name: "Most pay per month" }).check();
  await expect(page.getByTestId("plan-path").first()).toBeVisible();
  await expect(page.locator("[aria-busy=true]")).toHaveCount(0);
  const months = await headlineMonths(page);
  const name = `Same months ${Date.now()}`;
  await page.getByLabel("Plan name").fill(name);
  await page.getByRole("button", { name: "Save plan" }).click();
  await expect(page.getByTestId("plan-save-status")).toContainText(`fastest path ${months} months`);
  await page.getByRole("button", { name: `Open ${name}` }).click();
  await expect(page.getByTestId("plan-rerun")).toContainText(`Now: fastest path ${months} months`);
  await page.getByRole("button", { name: `Delete ${name}` }).click();
});

test("months in level refuses −3 and 601 with a message naming the field, and accepts 12", async ({ page }) => {
  await signIn(page, demo.professional);
  await page.goto("/planner");
  const field = page.getByLabel("Months already in your current level");
  await field.fill("-3");
  const error = page.getByTestId("months-in-level-error");
  await expect(error).toContainText("Months already in your current level cannot be negative");
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("button", { name: "Save plan" })).toBeDisabled();
  await field.fill("601");
  await expect(error).toContainText("must be at most 600");
  await field.fill("12");
  await expect(error).toHaveCount(0);
  await expect(field).toHaveAttribute("aria-invalid", "false");
  await expect(page.getByRole("button", { name: "Save plan" })).toBeEnabled();
});

test("when time in level sets the date, more study hours do not move it and the screen says why", async ({ page }) => {
  await page.goto("/planner");
  await setProfile(page, "Data scientist", "Mid-level (IC)");
  await page.getByRole("radio", { name: "Another role and level" }).check();
  await page.getByLabel("Target role").selectOption({ label: "Data scientist" });
  await page.getByLabel("Target level").selectOption({ label: "The next level" });
  await page.getByLabel("Months already in your current level").fill("6");
  const note = page.getByTestId("hours-note");
  await expect(note).toContainText("more study hours do not bring the date forward");
  await expect(note).toContainText("months in level and you have 6");
  const months = await headlineMonths(page);
  const slider = page.getByRole("slider", { name: "Study hours per week" });
  await slider.focus();
  await page.keyboard.press("End");
  await expect(page.getByTestId("hours-value")).toHaveText("40 h");
  await expect(page.locator("[aria-busy=true]")).toHaveCount(0);
  expect(await headlineMonths(page)).toBe(months);
  await expect(note).toBeVisible();
  await snap(page, "planner-hours-note");

  // A target that needs learning: the note goes away once skills, not time in level, set the date.
  await page.getByRole("radio", { name: /^AI security/ }).check();
  await expect(page.getByRole("heading", { name: "Paths to AI security" })).toBeVisible();
  await expect(note).toHaveCount(0);
});

test("compare directions puts every preset's best path side by side, planned in a worker", async ({ page }) => {
  const workers: string[] = [];
  page.on("worker", (w) => workers.push(w.url()));
  await page.goto("/planner");
  await setProfile(page, "Software engineer", "Senior (IC)");
  await page.getByTestId("compare-link").click();
  await expect(page.getByRole("heading", { name: "Compare directions" })).toBeVisible();
  await expect(page.getByTestId("compare-profile")).toContainText("Senior software engineer");
  await expect(page.getByTestId("compare-progress")).toHaveText(/^All \d+ directions planned$/, { timeout: 60_000 });
  expect(workers.some((url) => /compare/.test(url))).toBe(true);
  const total = Number(/All (\d+)/.exec((await page.getByTestId("compare-progress").textContent()) ?? "")![1]);
  expect(total).toBeGreaterThanOrEqual(10);
  const cards = page.getByTestId("direction");
  await expect(cards).toHaveCount(total);
  await expect(page.locator("[data-preset=ai-security]")).toBeVisible();
  await expect(page.locator("[data-preset=inference-optimization]")).toBeVisible();

  // Ordered by pay gained per month: never increasing down the list.
  const perMonth = (await page.getByTestId("direction-per-month").allTextContents()).map((t) => Number(t.replace(/[^\d.-]/g, "").replace(/^-/, "")) * (t.startsWith("−") ? -1 : 1));
  expect(perMonth.length).toBeGreaterThan(0);
  for (let i = 1; i < perMonth.length; i++) expect(perMonth[i]!).toBeLessThanOrEqual(perMonth[i - 1]!);
  for (const card of (await cards.all()).slice(0, 3)) {
    await expect(card.getByTestId("direction-months")).toHaveText(/^\d+$/);
    await expect(card.getByTestId("direction-pay")).toHaveText(/^\$\d/);
  }
  await snap(page, "planner-compare");

  // Fewest months first when asked.
  await page.getByLabel("Order by").selectOption({ label: "Fewest months" });
  const months = (await page.getByTestId("direction-months").allTextContents()).map(Number);
  for (let i = 1; i < months.length; i++) expect(months[i]!).toBeGreaterThanOrEqual(months[i - 1]!);

  // More hours re-plan every direction.
  const slider = page.getByRole("slider", { name: "Study hours per week" });
  await slider.focus();
  await page.keyboard.press("End");
  await expect(page.getByTestId("compare-hours")).toHaveText("40 h");
  await expect(page.getByTestId("compare-progress")).toHaveText(`All ${total} directions planned`, { timeout: 60_000 });
});

test.describe("on a 390 px phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

  test("compare directions fits without sideways scrolling", async ({ page }) => {
    await page.goto("/planner/compare?hours=10&monthsInLevel=0");
    await expect(page.getByRole("heading", { name: "Compare directions" })).toBeVisible();
    await expect(page.getByTestId("compare-progress")).toHaveText(/^All \d+ directions planned$/, { timeout: 60_000 });
    await expect(page.getByTestId("direction").first()).toBeVisible();
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    const box = await page.getByTestId("direction").first().boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    await snap(page, "planner-compare-phone");
  });
});

test("a step that pays less than staying carries a pay-cut warning with the pay of staying", async ({ page }) => {
  await page.goto("/planner");
  await setProfile(page, "Machine learning engineer", "Senior (IC)");
  await page.getByRole("radio", { name: "Another role and level" }).check();
  await page.getByLabel("Target role").selectOption({ label: "Technical writer" });
  await page.getByLabel("Target level").selectOption({ label: "My current level" });
  const path = page.getByTestId("plan-path").first();
  await expect(path.getByTestId("path-warnings")).toContainText("less than staying a senior machine learning engineer");
  await expect(path.getByTestId("step-pay-cut").first()).toContainText("staying senior machine learning engineer");
  await snap(page, "planner-pay-cut");
});

import { expect, test } from "@playwright/test";

const amount = (text: string | null): number => Number((text ?? "").replace(/[^\d.]/g, ""));

test("a location outside the US shows figures in its currency at the catalog's rate, with USD one click away and the choice remembered", async ({ page }) => {
  await page.goto("/");
  const total = page.getByTestId("total-p50");
  await expect(total).toHaveText(/^\$\d/);
  // A US location needs no conversion.
  await expect(page.getByTestId("currency-toggle")).toHaveCount(0);

  await page.getByLabel("Location", { exact: true }).selectOption("de");
  const toggle = page.getByRole("group", { name: "Currency" });
  await expect(toggle.getByRole("button", { name: "EUR" })).toHaveAttribute("aria-pressed", "true");
  await expect(total).toHaveText(/^€\d/);
  const rateText = (await page.getByTestId("currency-rate").textContent()) ?? "";
  const rate = Number(/1 USD = ([\d.]+) EUR/.exec(rateText)?.[1]);
  expect(rate).toBeGreaterThan(0);
  expect(rateText).toContain("exchange rates");
  const inEuros = amount(await total.textContent());

  await toggle.getByRole("button", { name: "USD" }).click();
  await expect(total).toHaveText(/^\$\d/);
  const inDollars = amount(await total.textContent());
  // The two figures differ by the rate shown (whole units are rounded on each side).
  expect(Math.abs(inEuros - inDollars * rate)).toBeLessThanOrEqual(rate + 1);

  // The choice is kept on reload.
  await page.reload();
  await expect(page.getByRole("group", { name: "Currency" }).getByRole("button", { name: "USD" })).toHaveAttribute("aria-pressed", "true");
  await expect(total).toHaveText(/^\$\d/);
  await page.getByRole("group", { name: "Currency" }).getByRole("button", { name: "EUR" }).click();
  await expect(total).toHaveText(/^€\d/);

  // Another country's currency follows the location.
  await page.getByLabel("Search locations").fill("Tokyo");
  await expect(page.getByLabel("Location", { exact: true })).toHaveValue("jp");
  await expect(total).toHaveText(/^¥\d/);
  await expect(page.getByTestId("currency-rate")).toContainText("1 USD = ");
  await expect(page.getByTestId("currency-rate")).toContainText(" JPY");
});

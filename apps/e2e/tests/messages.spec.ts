import { expect, test } from "@playwright/test";

test("the location search finds cities in any case and with or without accents, and says when nothing matches", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByTestId("total-p50")).toBeVisible();
  const search = page.getByLabel("Search locations");
  const location = page.getByLabel("Location", { exact: true });
  const status = page.getByTestId("location-search-status");

  await search.fill("london");
  await expect(location).toHaveValue("gb");
  await expect(status).toContainText("is priced as United Kingdom");

  await search.fill("Zurich");
  await expect(location).toHaveValue("ch");
  await expect(status).toContainText("is priced as Switzerland");
  await search.fill("ZÜRICH");
  await expect(location).toHaveValue("ch");

  await search.fill("germany");
  await expect(location).toHaveValue("de");
  await search.fill("palo alto");
  await expect(location).toHaveValue("us-sf-bay-area");

  await search.fill("Atlantis");
  await expect(status).toContainText("No location matches “Atlantis”. Try the country");
  // The last good choice stays, and the estimate with it.
  await expect(location).toHaveValue("us-sf-bay-area");
  await expect(page.getByTestId("total-p50")).toHaveText(/\d/);
});

test("field errors name the field in words and never show zod's raw text", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByTestId("total-p50")).toBeVisible();
  const year = page.getByLabel("Year", { exact: true });
  await year.fill("3000");
  await expect(page.getByText(/^3000 is outside the catalog's years: enter a year from \d{4} to \d{4}\.$/)).toBeVisible();
  await year.fill("");
  await expect(page.getByText(/^Enter a year from \d{4} to \d{4}\.$/)).toBeVisible();

  await page.goto("/offers");
  const offer = page.getByRole("region", { name: "Offer 1" });
  await offer.getByLabel("Base salary").fill("-5");
  await expect(offer.getByText("Base salary must be 0 or more.")).toBeVisible();
  await offer.getByLabel("Base salary").fill("lots");
  await expect(offer.getByText("Base salary must be a number.")).toBeVisible();
  await offer.getByLabel("Base salary").fill("200000");
  await offer.getByLabel("Bonus target (% of base)").fill("600");
  await expect(offer.getByText("Bonus target (% of base) must be 500 or less.")).toBeVisible();
  await expect(page.getByText(/Too (small|big): expected|Invalid input/)).toHaveCount(0);
});

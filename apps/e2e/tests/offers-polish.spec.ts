import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { demo, signIn } from "./helpers.js";

test("a private company's RSU value is turned into shares at the price per share, with the form asking for what it needs", async ({ page }) => {
  await page.goto("/offers");
  const offer = page.getByRole("region", { name: "Offer 1" });
  await offer.getByLabel("Offer name").fill("Scale-up");
  await offer.getByLabel("Base salary").fill("180000");
  await offer.getByLabel("Equity", { exact: true }).selectOption({ label: "RSUs (restricted stock units)" });
  await offer.getByLabel("RSU grant given as").selectOption({ label: "A value" });
  await offer.getByLabel("Grant value (USD, whole grant)").fill("100,000");
  await offer.getByLabel("Company stage").selectOption({ label: "Early (Series A–B)" });

  // Not refused: the form explains and asks for the price per share and the exits.
  await expect(offer).not.toContainText("need shares × sharePrice");
  await expect(offer.getByTestId("private-rsu-value")).toContainText("the grant value is turned into shares at the price per share");
  await expect(offer).toContainText("enter the price per share");
  await offer.getByLabel("Price per share (last round)").fill("40");
  await expect(offer.getByTestId("private-rsu-value")).toContainText("2,500 shares at $40;");
  await expect(offer).toContainText("add at least one exit scenario below");

  await offer.getByRole("button", { name: "Add exit scenario" }).click();
  await offer.getByLabel("Exit 1: chance (%)").fill("100");
  await offer.getByLabel("Exit 1: price a share").fill("40");
  const chart = page.getByTestId("offer-chart").nth(0);
  await expect(chart.getByTestId("offer-chart-totals")).toContainText("Year 1");
  await expect(chart).not.toContainText("Complete this offer");
});

test("a sign-on's clawback shows in the comparison, the questions and the CSV, whose columns are named once each", async ({ page }) => {
  await signIn(page, demo.professional);
  await page.goto("/offers");
  const first = page.getByRole("region", { name: "Offer 1" });
  await first.getByLabel("Offer name").fill("Cash only");
  await first.getByLabel("Base salary").fill("200000");
  const second = page.getByRole("region", { name: "Offer 2" });
  await second.getByLabel("Offer name").fill("Signing bonus");
  await second.getByLabel("Base salary").fill("190000");
  await second.getByLabel("Sign-on bonus").fill("30000");
  await second.getByLabel("Clawback period (months)").fill("12");

  await page.getByRole("button", { name: "Compare offers" }).click();
  const comparison = page.getByTestId("offer-comparison");
  const clawbackRow = comparison.getByRole("row", { name: /Sign-on clawback/ });
  await expect(clawbackRow).toContainText("Within 12 months, the unearned part: leaving after 6 months repays $15,000");
  await expect(comparison.getByRole("row", { name: /Sign-on bonus/ })).toContainText("$30,000");
  await expect(page.getByTestId("offer-findings").nth(1).getByTestId("offer-checklist")).toContainText("sign-on clawback");
  await expect(page.getByTestId("offer-findings").nth(0).getByTestId("offer-checklist")).not.toContainText("sign-on clawback");

  const downloading = page.waitForEvent("download");
  await comparison.getByRole("button", { name: "Download CSV" }).click();
  const csv = await readFile(await (await downloading).path(), "utf8");
  const [header, , withSignOn] = csv.trim().split("\r\n").map((line) => line.split(","));
  expect(new Set(header).size).toBe(header!.length);
  const column = (name: string): string | undefined => withSignOn![header!.indexOf(name)];
  expect(column("sign_on")).toBe("30000");
  expect(column("sign_on_clawback_months")).toBe("12");
  expect(column("sign_on_repaid_leaving_halfway")).toBe("15000");
});

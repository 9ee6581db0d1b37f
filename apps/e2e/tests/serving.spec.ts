import { expect, test, type Response } from "@playwright/test";

test("the estimate page loads its favicon and nothing it asks for is missing", async ({ page }) => {
  const failed: string[] = [];
  page.on("response", (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  const icon = page.waitForResponse((response) => /\/favicon\.(svg|ico)$/.test(new URL(response.url()).pathname), { timeout: 60_000 });
  await page.goto("/");
  await expect(page.getByTestId("total-p50")).toHaveText(/\$\d/);

  const response = await icon;
  expect(response.status()).toBe(200);
  expect(await response.headerValue("content-type")).toMatch(/^image\//);
  expect((await response.body()).length).toBeGreaterThan(100);
  await expect(page.locator('link[rel="icon"]')).toHaveCount(2);
  // The favicon every browser asks for without reading the page answers too.
  const ico = await page.request.get("/favicon.ico");
  expect(ico.status()).toBe(200);
  expect(ico.headers()["content-type"]).toMatch(/^image\//);
  await page.waitForLoadState("networkidle");
  expect(failed).toEqual([]);
});

test("JavaScript and the catalog arrive compressed, the scripts cached for a year, the catalog fetched once", async ({ page }) => {
  const scripts: Response[] = [];
  const catalogRequests: string[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() === "script") scripts.push(response);
  });
  page.on("request", (request) => {
    if (new URL(request.url()).pathname.startsWith("/trpc/catalog.published")) catalogRequests.push(request.url());
  });
  const catalog = page.waitForResponse((response) => new URL(response.url()).pathname === "/trpc/catalog.published", { timeout: 60_000 });
  await page.goto("/");
  await expect(page.getByTestId("total-p50")).toHaveText(/\$\d/);
  // The waterfall chart's script loads after the figure.
  await expect(page.getByTestId("waterfall").locator(".recharts-surface")).toBeVisible();
  await page.waitForLoadState("networkidle");

  expect(scripts.length).toBeGreaterThan(2);
  for (const script of scripts) {
    const headers = await script.allHeaders();
    const size = (await script.body()).length;
    expect(script.status(), script.url()).toBe(200);
    if (size > 1024) expect(headers["content-encoding"], script.url()).toBe("br");
    expect(headers["cache-control"], script.url()).toBe("public, max-age=31536000, immutable");
  }

  const catalogResponse = await catalog;
  const catalogHeaders = await catalogResponse.allHeaders();
  expect(catalogHeaders["content-encoding"]).toBe("br");
  expect(catalogHeaders.etag).toMatch(/^W\/"/);
  // index.html preloads the catalog; the page's own request is answered by that preload.
  expect(catalogRequests).toEqual([new URL("/trpc/catalog.published", page.url()).toString()]);

  const html = await page.request.get("/planner", { headers: { accept: "text/html" } });
  expect(html.headers()["cache-control"]).toBe("no-cache");
});

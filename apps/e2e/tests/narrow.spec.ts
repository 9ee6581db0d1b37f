import { expect, test } from "@playwright/test";
import { openScreen, screens } from "./screens.js";

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

for (const screen of screens) {
  test(`the ${screen.name} screen fits 390 px without sideways scrolling`, async ({ page }) => {
    await openScreen(page, screen);
    const width = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? Number.POSITIVE_INFINITY);
    expect(width).toBeLessThanOrEqual(390);
  });
}

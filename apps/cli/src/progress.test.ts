import { describe, expect, it } from "vitest";
import { createProgress } from "./progress.js";

describe("createProgress", () => {
  it("redraws rows done and rows per second at most once per interval, then ends the line", () => {
    let now = 0;
    const written: string[] = [];
    const progress = createProgress({ write: (text: string) => written.push(text) }, () => now, 200);
    now = 100;
    progress.update(1000); // too soon
    now = 1000;
    progress.update(5000);
    progress.update(5100); // too soon again
    now = 2000;
    progress.finish(12_000);
    expect(written).toEqual(["\r\u001b[K5,000 rows · 5,000 rows/s", "\r\u001b[K12,000 rows · 6,000 rows/s", "\n"]);
  });
});

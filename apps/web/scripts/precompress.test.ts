// @vitest-environment node
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { precompressDir } from "./precompress.ts";

describe("precompressDir", () => {
  let dir = "";
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("writes a brotli and a gzip copy beside each text file that decode to the file, and leaves the rest", async () => {
    dir = mkdtempSync(join(tmpdir(), "paypath-precompress-"));
    mkdirSync(join(dir, "assets"));
    const script = `export const rows = [${Array.from({ length: 300 }, (_, i) => `{ id: ${i}, name: "row ${i}" }`).join(", ")}];\n`;
    const files: Record<string, string | Buffer> = {
      "index.html": `<!doctype html><title>PayPath</title>${"<p>text</p>".repeat(50)}`,
      "assets/index-Ab12.js": script,
      "assets/index-Cd34.css": ".a { color: red; }\n".repeat(100),
      "assets/photo.png": Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4, 5, 6, 7, 8]),
      "tiny.txt": "x",
    };
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);

    const compressed = await precompressDir(dir);

    expect(compressed.map((f) => f.slice(dir.length + 1)).sort()).toEqual(["assets/index-Ab12.js", "assets/index-Cd34.css", "index.html", "tiny.txt"]);
    for (const name of ["index.html", "assets/index-Ab12.js", "assets/index-Cd34.css"]) {
      const original = readFileSync(join(dir, name));
      const br = readFileSync(join(dir, `${name}.br`));
      const gz = readFileSync(join(dir, `${name}.gz`));
      expect(br.length, name).toBeLessThan(original.length / 2);
      expect(brotliDecompressSync(br).equals(original), name).toBe(true);
      expect(gunzipSync(gz).equals(original), name).toBe(true);
    }
    // Already compressed formats are left alone; a copy larger than its file is not written.
    expect(existsSync(join(dir, "assets/photo.png.br"))).toBe(false);
    expect(existsSync(join(dir, "tiny.txt.br"))).toBe(false);
    expect(existsSync(join(dir, "tiny.txt.gz"))).toBe(false);
  });
});

// A Vite plugin that writes a brotli (.br, quality 11) and a gzip (.gz, level 9) copy beside every
// text file of the build, so the server sends them as they are, with no compression per request.
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import type { Plugin } from "vite";

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Text formats (and icons, which may hold bitmaps); PNG, JPEG and fonts are compressed already. */
const compressible = /\.(?:js|mjs|css|html|svg|ico|json|txt|xml|webmanifest|map)$/;

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/**
 * Writes `<file>.br` and `<file>.gz` for each compressible file under `dir` (a copy only when it is
 * smaller than the file). Returns the files it compressed.
 *
 * @example
 * await precompressDir("dist"); // → ["dist/index.html", "dist/assets/index-CdygpgW9.js", …]
 */
export async function precompressDir(dir: string): Promise<string[]> {
  const files = (await filesUnder(dir)).filter((f) => compressible.test(f));
  await Promise.all(
    files.map(async (file) => {
      const content = await readFile(file);
      const [br, gz] = await Promise.all([
        brotli(content, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
            [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
          },
        }),
        gzipAsync(content, { level: 9 }),
      ]);
      if (br.length < content.length) await writeFile(`${file}.br`, br);
      if (gz.length < content.length) await writeFile(`${file}.gz`, gz);
    }),
  );
  return files;
}

/**
 * The plugin: after `vite build` has written the bundle, precompresses the output folder.
 *
 * @example
 * export default defineConfig({ plugins: [react(), precompress()] });
 */
export function precompress(): Plugin {
  let outDir = "dist";
  return {
    name: "paypath-precompress",
    apply: "build",
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      await precompressDir(outDir);
    },
  };
}

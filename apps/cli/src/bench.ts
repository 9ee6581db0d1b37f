// Streams generated profiles through the estimate command into a null sink and prints the
// throughput and peak memory: `bench cli.rows_per_s <n> rows/s` and `bench cli.max_rss_mb <n> MB`.
import { Writable } from "node:stream";
import { defaultCatalog } from "@paypath/catalog";
import { runEstimate } from "./commands/estimate.js";
import { generateProfiles } from "./testing/generate-profiles.js";

const rows = Number(process.env.BENCH_ROWS ?? 1_000_000);
const nullSink = new Writable({
  write(_chunk, _encoding, callback) {
    callback();
  },
});
let invalidBytes = 0;
const errors = new Writable({
  write(chunk: Buffer, _encoding, callback) {
    invalidBytes += chunk.length;
    callback();
  },
});

const started = performance.now();
const counts = await runEstimate({ input: generateProfiles(defaultCatalog, rows), output: nullSink, errors }, defaultCatalog);
const seconds = (performance.now() - started) / 1000;
if (counts.written !== rows || invalidBytes > 0) {
  throw new Error(`bench expected ${rows} estimates, got ${JSON.stringify(counts)}`);
}
const maxRssMb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(`bench cli.rows_per_s ${Math.round(rows / seconds)} rows/s\n`);
process.stdout.write(`bench cli.max_rss_mb ${maxRssMb.toFixed(1)} MB\n`);

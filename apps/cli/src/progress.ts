/** A stream progress can be drawn on: only a terminal, which understands carriage returns. */
export interface ProgressTarget {
  write(text: string): unknown;
}

/** Shows rows done and rows per second on one line, redrawn at most every `intervalMs`. */
export interface Progress {
  update(rows: number): void;
  finish(rows: number): void;
}

/**
 * Creates a one-line progress indicator (`12,288 rows · 48,000 rows/s`) for a terminal; pass the
 * clock in. Use it only when stderr is a TTY, never in pipes or tests.
 *
 * @example
 * const progress = createProgress(process.stderr, () => performance.now());
 * progress.update(4096); // draws "\r4,096 rows · 40,960 rows/s"
 * progress.finish(5000); // draws the final count and ends the line
 */
export function createProgress(target: ProgressTarget, now: () => number, intervalMs = 200): Progress {
  const started = now();
  let drawn = started;
  const draw = (rows: number): void => {
    const seconds = Math.max((now() - started) / 1000, 1e-3);
    const rate = Math.round(rows / seconds);
    target.write(`\r\u001b[K${rows.toLocaleString("en-US")} rows · ${rate.toLocaleString("en-US")} rows/s`);
  };
  return {
    update(rows) {
      if (now() - drawn < intervalMs) return;
      drawn = now();
      draw(rows);
    },
    finish(rows) {
      draw(rows);
      target.write("\n");
    },
  };
}

/**
 * Where an offset in a text falls, as a 1-based line and column, for reporting problems in files.
 * Build it once per text; each lookup is a binary search over the line starts.
 *
 * @example
 * textPositions("a\nbc").at(3) // → { line: 2, column: 2 }
 */
export function textPositions(text: string): { at(offset: number): { line: number; column: number } } {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return {
    at(offset) {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= offset) lo = mid;
        else hi = mid - 1;
      }
      return { line: lo + 1, column: offset - starts[lo]! + 1 };
    },
  };
}

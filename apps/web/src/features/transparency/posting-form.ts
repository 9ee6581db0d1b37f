/** The posting form's range fields as typed. */
export interface RangeDraft {
  readonly min: string;
  readonly max: string;
}

/**
 * Reads the optional narrower range: both fields empty → the band itself (undefined); otherwise
 * both must be whole amounts (commas and spaces allowed) with the maximum above the minimum.
 *
 * @example
 * readRange({ min: "95,000", max: "120000" }) // → { range: { min: 95000, max: 120000 }, errors: {} }
 * readRange({ min: "", max: "" }) // → { range: undefined, errors: {} }
 */
export function readRange(draft: RangeDraft): { range: { min: number; max: number } | undefined; errors: { min?: string; max?: string } } {
  const min = draft.min.trim();
  const max = draft.max.trim();
  if (min === "" && max === "") return { range: undefined, errors: {} };
  const parse = (text: string): number | null => {
    const cleaned = text.replace(/[,\s]/g, "");
    return /^\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : null;
  };
  const errors: { min?: string; max?: string } = {};
  const lo = parse(min);
  const hi = parse(max);
  if (min === "") errors.min = "Give a minimum too, or leave both empty for the whole band.";
  else if (lo === null || lo <= 0) errors.min = "Enter an amount, like 95,000.";
  if (max === "") errors.max = "Give a maximum too, or leave both empty for the whole band.";
  else if (hi === null || hi <= 0) errors.max = "Enter an amount, like 120,000.";
  if (!errors.min && !errors.max && hi! <= lo!) errors.max = "The maximum must be more than the minimum.";
  return errors.min || errors.max ? { range: undefined, errors } : { range: { min: lo!, max: hi! }, errors };
}

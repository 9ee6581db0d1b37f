/** A multiplicative factor to attribute. */
export interface Factor<Id extends string = string> {
  readonly id: Id;
  readonly multiplier: number;
}

/** A factor's money share of a gap. */
export interface Share<Id extends string = string> {
  readonly id: Id;
  readonly amount: number;
}

/**
 * Splits the gap between `benchmark × Π multipliers` and `benchmark` into one money amount per
 * factor. The model is multiplicative, so each factor gets the logarithmic mean of the two
 * totals times its log-multiplier (the LMDI decomposition): order-independent, exact, and
 * well defined when factors cancel out. The float residual of the sum goes to the largest part,
 * so the parts add up to `total − benchmark`. Pass `total` when it was computed another way
 * (in another order of multiplications) so the parts add up to that figure.
 *
 * @example
 * attribute(100_000, [{ id: "level", multiplier: 1.2 }, { id: "location", multiplier: 1.1 }])
 * // → [{ id: "level", amount: 21_015.6 }, { id: "location", amount: 10_984.4 }]
 */
export function attribute<Id extends string>(
  benchmark: number,
  factors: readonly Factor<Id>[],
  total?: number,
): Share<Id>[] {
  let logSum = 0;
  let product = 1;
  for (const f of factors) {
    logSum += Math.log(f.multiplier);
    product *= f.multiplier;
  }
  const gap = (total ?? benchmark * product) - benchmark;
  const logMean = Math.abs(logSum) < 1e-12 ? benchmark : gap / logSum;

  const shares = factors.map((f) => ({ id: f.id, amount: logMean * Math.log(f.multiplier) }));
  let sum = 0;
  let largest = -1;
  for (let i = 0; i < shares.length; i++) {
    sum += shares[i]!.amount;
    if (largest < 0 || Math.abs(shares[i]!.amount) > Math.abs(shares[largest]!.amount)) largest = i;
  }
  if (largest >= 0) {
    const s = shares[largest]!;
    shares[largest] = { id: s.id, amount: s.amount + (gap - sum) };
  }
  return shares;
}

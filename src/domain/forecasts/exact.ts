/** An exact non-negative-denominator fraction of BigInts: money × rates without floating point. */
export interface Ratio {
  readonly num: bigint;
  readonly den: bigint;
}

const abs = (n: bigint) => (n < 0n ? -n : n);
function gcd(a: bigint, b: bigint): bigint {
  let [x, y] = [abs(a), abs(b)];
  while (y) [x, y] = [y, x % y];
  return x;
}

export function ratio(num: bigint | number, den: bigint | number = 1n): Ratio {
  let [n, d] = [BigInt(num), BigInt(den)];
  if (d === 0n) throw new Error('ratio with denominator 0');
  if (d < 0n) [n, d] = [-n, -d];
  const g = gcd(n, d) || 1n;
  return { num: n / g, den: d / g };
}

export const ZERO: Ratio = { num: 0n, den: 1n };

export const addRatio = (a: Ratio, b: Ratio): Ratio => ratio(a.num * b.den + b.num * a.den, a.den * b.den);

/** An integer amount times a fraction, still exact. */
export const scale = (amount: number, r: Ratio): Ratio => ratio(BigInt(amount) * r.num, r.den);

/** ⌊n / d⌋ for any signs (BigInt division truncates toward zero). */
function floorDiv(n: bigint, d: bigint): bigint {
  const q = n / d;
  return n % d !== 0n && n < 0n !== d < 0n ? q - 1n : q;
}

/** The nearest integer, halves rounded up: ⌊x + ½⌋ = ⌊(2n + d) / 2d⌋. */
export const roundHalfUp = (r: Ratio): number => Number(floorDiv(2n * r.num + r.den, 2n * r.den));

/** For display only (percentages); sums always stay in `Ratio`. */
export const toNumber = (r: Ratio): number => Number(r.num) / Number(r.den);

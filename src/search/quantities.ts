// Chinese numerals of amounts, ages and periods, as prose writes them: 六十五, 两万, 一万五千,
// 三千五百万, 二〇二四. Unlike statute labels (src/laws/numerals.ts), prose counts past 9,999 and
// says 两 for 2 anywhere.

const DIGITS: ReadonlyMap<string, number> = new Map([
  ['零', 0],
  ['〇', 0],
  ['一', 1],
  ['二', 2],
  ['两', 2],
  ['三', 3],
  ['四', 4],
  ['五', 5],
  ['六', 6],
  ['七', 7],
  ['八', 8],
  ['九', 9],
]);
const SMALL_UNITS: ReadonlyMap<string, number> = new Map([
  ['十', 10],
  ['百', 100],
  ['千', 1000],
]);

/** The value of a Chinese numeral, or null when it is not one a reader would write. */
export function parseQuantity(numeral: string): number | null {
  const chars = [...numeral];
  if (chars.length === 0) return null;
  // Digit by digit, as years are written (二〇二四).
  if (chars.length > 1 && chars.every((char) => DIGITS.has(char))) {
    return Number(chars.map((char) => DIGITS.get(char)).join(''));
  }
  let total = 0;
  let rest = numeral;
  for (const [unit, value] of [
    ['亿', 1e8],
    ['万', 1e4],
  ] as const) {
    const at = rest.indexOf(unit);
    if (at === -1) continue;
    // 万 alone counts one (万元); 千万 is a thousand of them.
    const head = at === 0 ? 1 : belowTenThousand(rest.slice(0, at));
    if (head === null) return null;
    total += head * value;
    rest = rest.slice(at + 1);
  }
  if (rest === '') return total;
  const tail = belowTenThousand(rest.replace(/^[零〇]/, ''));
  return tail === null ? null : total + tail;
}

/** 1 to 9,999 from 五, 十五, 六十五, 一百零五, 两千, 三千五百; null for anything else. */
function belowTenThousand(numeral: string): number | null {
  let total = 0;
  let digit: number | null = null;
  let lastUnit = Infinity;
  for (const [index, char] of [...numeral].entries()) {
    const value = DIGITS.get(char);
    const unit = SMALL_UNITS.get(char);
    if (value === 0) {
      // 一百零五: a zero only ever stands between two other figures.
      if (digit !== null || index === 0) return null;
    } else if (value !== undefined) {
      if (digit !== null) return null;
      digit = value;
    } else if (unit !== undefined) {
      // A bare 十 leads the numeral (十五); any other unit needs its digit.
      if (unit >= lastUnit || (digit === null && !(unit === 10 && index === 0))) return null;
      total += (digit ?? 1) * unit;
      lastUnit = unit;
      digit = null;
    } else {
      return null;
    }
  }
  const value = total + (digit ?? 0);
  return value > 0 ? value : null;
}

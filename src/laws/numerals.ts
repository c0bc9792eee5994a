// Chinese numerals as used in statute labels (第一千零八十七条) and in references to them.
// Parsing is strict on purpose: a lenient parser would turn a garbled label into a wrong article
// number instead of an error.

const DIGITS: ReadonlyMap<string, number> = new Map([...'一二三四五六七八九'].map((c, i) => [c, i + 1]));
const UNITS: ReadonlyMap<string, number> = new Map([
  ['十', 10],
  ['百', 100],
  ['千', 1000],
]);
const ZEROS = new Set(['零', '〇']);
const MAX = 9999;

const ARABIC = /^[0-9０-９]+$/;

/** 1–9999 from 五百七十七, 一千零八十七, 十二, 一十二, 两千, 577 or ５７７; null for anything else. */
export function parseChineseNumber(s: string): number | null {
  const value = ARABIC.test(s) ? parseArabic(s) : parseChinese(s);
  return value !== null && value >= 1 && value <= MAX ? value : null;
}

function parseArabic(s: string): number {
  const ascii = s.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10));
  return Number.parseInt(ascii, 10);
}

/**
 * Positional reading with the rules of written Chinese: units strictly decrease, a skipped
 * position must be marked by one 零 (一千零八十七), and an unmarked gap (一千八十七) or a trailing
 * digit after 百/千 (一百一, colloquial for 110) is rejected as ambiguous.
 */
function parseChinese(s: string): number | null {
  let total = 0;
  let digit: number | null = null;
  let lastUnit = Infinity;
  let zero = false;
  const chars = [...s];

  for (const [index, char] of chars.entries()) {
    // 两 only ever counts hundreds or thousands (两百, 两千), never units or tens.
    const value = char === '两' && ['百', '千'].includes(chars[index + 1] ?? '') ? 2 : DIGITS.get(char);
    const unit = UNITS.get(char);
    if (value !== undefined) {
      if (digit !== null) return null;
      digit = value;
    } else if (ZEROS.has(char)) {
      if (digit !== null || total === 0 || zero) return null;
      zero = true;
    } else if (unit !== undefined) {
      // A bare 十 is only written at the start (十二); elsewhere it needs its digit (一百一十).
      if (unit >= lastUnit || (digit === null && (unit !== 10 || total !== 0))) return null;
      if (zero !== hasGap(lastUnit, unit)) return null;
      total += (digit ?? 1) * unit;
      lastUnit = unit;
      digit = null;
      zero = false;
    } else {
      return null;
    }
  }

  if (digit === null) return zero || total === 0 ? null : total;
  if (zero !== hasGap(lastUnit, 1)) return null;
  return total + digit;
}

function hasGap(higherUnit: number, lowerUnit: number): boolean {
  return higherUnit !== Infinity && higherUnit / lowerUnit > 10;
}

/** The form printed in statute labels: 十, 十二, 一百零一, 一百一十, 一千零八十七, 一千二百六十. */
export function toChineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > MAX) {
    throw new RangeError(`toChineseNumber: ${n} is not an integer from 1 to ${MAX}`);
  }
  const names = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  const places: [number, string][] = [
    [1000, '千'],
    [100, '百'],
    [10, '十'],
    [1, ''],
  ];
  let out = '';
  let pendingZero = false;
  for (const [place, unit] of places) {
    const d = Math.floor(n / place) % 10;
    if (d === 0) {
      pendingZero = out !== '';
      continue;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    // 十二 rather than 一十二, but only when the tens lead the number.
    out += (place === 10 && d === 1 && out === '' ? '' : names[d]) + unit;
  }
  return out;
}

// List numbering and bullets: where an item's own text starts, and which number it carries.
// Every check looks at a bounded window from the item's start, so a long line costs nothing extra.
import { fold } from './fold';

export interface ListMarker {
  kind: 'none' | 'number' | 'bullet';
  /** The item's number (1-based) when the marker is a numbering. */
  value?: number;
  /** Where the item's own text starts (after the marker and whitespace). */
  contentStart: number;
}

const BULLETS = new Set('•●◆◇■□▪▫►▶▸▹➢➣➤➔→★☆✦✧○◎◉・‧∙⁃‣◦✓✔√·※❖♦'.split(''));
const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
export const CN_DIGIT_CODES: ReadonlySet<number> = new Set(Object.keys(CN_DIGITS).map((k) => k.charCodeAt(0)));
// Units that follow a bare number which is a quantity, not a list number ("3 年以上").
const QUANTITY_UNITS = new Set('年月日天周个人万千百次岁小分秒元倍%+'.split(''));

/**
 * `text.slice(from, to).split(/\s+/).length` without building the array: one more than the whitespace runs.
 * Counting stops once it passes `limit` (the caller only compares with it), returning limit + 1.
 */
export function splitCount(text: string, from = 0, to = text.length, limit = Infinity): number {
  let count = 1;
  let inSpace = false;
  for (let i = from; i < to && count <= limit; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (space && !inSpace) count++;
    inSpace = space;
  }
  return count;
}

export function isSpace(c: number): boolean {
  // Printable ASCII and CJK, most of any posting, are answered by the first test.
  if ((c > 0x20 && c < 0xa0) || (c > 0x3000 && c < 0xfeff)) return false;
  return (
    c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Value of a circled / parenthesised / full-stop digit glyph (①, ⑴, ⒈, ❶, ➀, ➊, ㈠), or 0. */
const GLYPH_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x2460, 0x2473], [0x2474, 0x2487], [0x2488, 0x249b], [0x2776, 0x277f], [0x2780, 0x2789], [0x278a, 0x2793], [0x3220, 0x3229],
];

export function glyphNumber(c: number): number {
  if (c < 0x2460 || c > 0x3229) return 0;
  for (const [lo, hi] of GLYPH_RANGES) if (c >= lo && c <= hi) return c - lo + 1;
  return 0;
}

function chineseNumber(s: string): number {
  if (s.length === 1) return CN_DIGITS[s] ?? 0;
  if (s.length === 2 && s[0] === '十') return 10 + (CN_DIGITS[s[1]!] ?? 0);
  if (s.length === 2 && s[1] === '十') return (CN_DIGITS[s[0]!] ?? 0) * 10;
  if (s.length === 3 && s[1] === '十') return (CN_DIGITS[s[0]!] ?? 0) * 10 + (CN_DIGITS[s[2]!] ?? 0);
  return 0;
}

export function skipSpace(text: string, i: number, end: number): number {
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** One numbering at `i` of folded text: its value and where it ends, or undefined. */
export function numberingAt(text: string, i: number, end: number): { value: number; end: number } | undefined {
  const c = text.charCodeAt(i);
  const glyph = glyphNumber(c);
  if (glyph) return { value: glyph, end: i + 1 };
  if (isDigit(c)) {
    let j = i;
    while (j < end && j - i < 3 && isDigit(text.charCodeAt(j))) j++;
    if (j - i > 2 || (j < end && isDigit(text.charCodeAt(j)))) return undefined;
    const value = Number(text.slice(i, j));
    const next = text[j];
    if (next === '、' || next === ')' || next === ']' || next === '】') return { value, end: j + 1 };
    // "1." but not "1.5"
    if (next === '.' && !isDigit(text.charCodeAt(j + 1))) return { value, end: j + 1 };
    // "1 负责…": a bare number before text, unless it is a quantity ("3 年以上经验").
    if (next === ' ') {
      const k = skipSpace(text, j, end);
      const after = text.charCodeAt(k);
      if (k < end && after >= 0x2e80 && !QUANTITY_UNITS.has(text[k]!)) return { value, end: j };
    }
    return undefined;
  }
  if (c === 0x28 /* ( */ || text[i] === '【' || text[i] === '[') {
    const close = text[i] === '【' ? '】' : text[i] === '[' ? ']' : ')';
    let j = i + 1;
    while (j < end && j - i <= 3 && text[j] !== close) j++;
    if (text[j] !== close || j === i + 1) return undefined;
    const inner = text.slice(i + 1, j);
    const value = /^\d{1,2}$/.test(inner) ? Number(inner) : chineseNumber(inner);
    return value ? { value, end: j + 1 } : undefined;
  }
  if (CN_DIGIT_CODES.has(c)) {
    let j = i;
    while (j < end && j - i < 3 && CN_DIGIT_CODES.has(text.charCodeAt(j))) j++;
    const next = text[j];
    if (next === '、' || next === '.' || next === ',') {
      const value = chineseNumber(text.slice(i, j));
      if (value) return { value, end: j + 1 };
    }
  }
  return undefined;
}

// Symbols and emoji used as bullets ("✅ 负责…", "👉 Plan…", "▲"); sticky, so it only looks at position i.
const SYMBOL_BULLET_RE = /(?:\p{Extended_Pictographic}|[\u2190-\u21ff\u25a0-\u25ff\u2600-\u27bf\u2b00-\u2bff])\ufe0f?/uy;

const BULLET_CODES = new Set([...BULLETS].map((b) => b.charCodeAt(0)));
const DASHES = new Set([0x2d, 0x2013, 0x2014]); // - – —

export function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function bulletEnd(text: string, i: number, end: number): number {
  const code = text.charCodeAt(i);
  const next = text.charCodeAt(i + 1);
  if (BULLET_CODES.has(code)) return i + 1;
  if (DASHES.has(code)) return next === code ? -1 : i + 1; // "--" is a rule, not a bullet
  // "**bold**" is not a bullet; "*负责…" is.
  if (code === 0x2a || code === 0x2b || code === 0x3e) return i + 1 < end && (isSpace(next) || (code === 0x2a && next >= 0x3000)) ? i + 1 : -1;
  // "a. Plan…", "B) Run…": a single letter as a sub-item marker ("e.g." and "U.S." have no space after the letter).
  if (isAsciiLetter(code)) {
    const single = (next === 0x2e || next === 0x29) && isSpace(text.charCodeAt(i + 2)) && !isAsciiLetter(text.charCodeAt(i - 1));
    return single ? i + 2 : -1;
  }
  if (code === 0x23) {
    let j = i;
    while (j < end && text.charCodeAt(j) === 0x23) j++;
    return j < end && isSpace(text.charCodeAt(j)) ? j : -1;
  }
  if (code >= 0x2190 && !(code >= 0x2460 && code <= 0x24ff) && (code < 0x2e80 || (code >= 0xd800 && code <= 0xdbff))) {
    SYMBOL_BULLET_RE.lastIndex = i;
    const m = SYMBOL_BULLET_RE.exec(text);
    if (m && i + m[0].length <= end) return i + m[0].length;
  }
  return -1;
}

/**
 * True when no numbering or bullet can start at `i`: a CJK ideograph that is no Chinese digit, or an ASCII letter
 * not followed by "." or ")" (a sub-item letter). Most lines open so, and skip the marker checks.
 */
function opensPlainText(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c >= 0x4e00 && c <= 0x9fff) return !CN_DIGIT_CODES.has(c);
  if (!isAsciiLetter(c)) return false;
  const next = text.charCodeAt(i + 1);
  return next !== 0x2e && next !== 0x29;
}

/** Parse the leading numbering / bullets of folded text in [start, end). */
export function parseListMarker(text: string, start: number, end: number): ListMarker {
  let i = skipSpace(text, start, end);
  if (i < end && opensPlainText(text, i)) return { kind: 'none', value: undefined, contentStart: i };
  let kind: ListMarker['kind'] = 'none';
  let value: number | undefined;
  for (let round = 0; round < 3 && i < end; round++) {
    const num = numberingAt(text, i, end);
    if (num) {
      if (kind !== 'number') value ??= num.value;
      kind = 'number';
      i = skipSpace(text, num.end, end);
      continue;
    }
    const b = bulletEnd(text, i, end);
    if (b < 0) break;
    if (kind === 'none') kind = 'bullet';
    i = skipSpace(text, b, end);
  }
  return { kind, value, contentStart: i };
}

export function trimEnd(text: string, start: number, end: number): number {
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

/** The span of a line without its list numbering / bullet and surrounding whitespace. */
export function stripListMarker(input: string, start: number, end: number): { start: number; end: number } {
  const s = Math.max(0, Math.min(start, input.length));
  const e = Math.max(s, Math.min(end, input.length));
  // Markers are short: fold only a bounded window to find where the text starts.
  const windowEnd = Math.min(e, s + 256);
  const local = fold(input.slice(s, windowEnd));
  const { contentStart } = parseListMarker(local, 0, local.length);
  const from = s + contentStart;
  // A line that is only whitespace inside the window may still have text further on.
  const begin = contentStart >= local.length && windowEnd < e ? skipSpace(input, windowEnd, e) : from;
  return { start: Math.min(begin, e), end: Math.max(Math.min(begin, e), trimEnd(input, begin, e)) };
}

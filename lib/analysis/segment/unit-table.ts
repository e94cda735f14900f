// Sets of UTF-16 units as lookup tables, to rule a regex out before it runs. A large /u alternation costs a few
// hundred nanoseconds per call even when it fails, and most clauses fail most of them; one array read per
// character is far cheaper. Each guard must be implied by its regex (a unit test checks the word lists).
import { isSpace } from './markers';

/**
 * A set of UTF-16 units as a bitset (8 KB): a byte per unit (64 KB a set) spread Chinese text's look-ups over
 * so many cache lines, across the twenty-odd sets, that the reads missed the cache more often than not.
 */
export type UnitSet = Uint32Array;

export function unitTable(units: string): UnitSet {
  const table = new Uint32Array(0x10000 >>> 5);
  for (let i = 0; i < units.length; i++) {
    const c = units.charCodeAt(i);
    table[c >>> 5] = table[c >>> 5]! | (1 << (c & 31));
  }
  return table;
}

export function hasUnit(table: UnitSet, c: number): boolean {
  return ((table[c >>> 5]! >>> (c & 31)) & 1) === 1;
}

export function containsAny(text: string, table: UnitSet): boolean {
  for (let i = 0; i < text.length; i++) if (hasUnit(table, text.charCodeAt(i))) return true;
  return false;
}

export function opensWithAny(text: string, table: UnitSet): boolean {
  return text.length > 0 && hasUnit(table, text.charCodeAt(0));
}

export function endsWithAny(text: string, table: UnitSet): boolean {
  return text.length > 0 && hasUnit(table, text.charCodeAt(text.length - 1));
}

/** True when [start, end) of `text` holds a character that is not whitespace (what `trim() !== ''` asks). */
export function hasNonSpace(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isSpace(text.charCodeAt(i))) return true;
  return false;
}

/** Where every match of a guarded regex has one of the guard's units. */
export type GuardAt = 'start' | 'any' | 'end';

export interface Guard {
  re: RegExp;
  at: GuardAt;
  units: string;
  /** Two-unit sequences that also let a match through (pairGuard); empty for a plain guard. */
  pairs: readonly string[];
  /** False when the regex cannot match `text`: no unit of the guard where a match needs one. */
  mayMatch(text: string): boolean;
  /** `re.test(text)`, run only when the guard allows a match (for regexes without the g flag). */
  test(text: string): boolean;
}

export function guard(re: RegExp, at: GuardAt, units: string): Guard {
  const table = unitTable(units);
  const mayMatch =
    at === 'start'
      ? (text: string) => opensWithAny(text, table)
      : at === 'end'
        ? (text: string) => endsWithAny(text, table)
        : (text: string) => containsAny(text, table);
  return { re, at, units, pairs: [], mayMatch, test: (text) => mayMatch(text) && re.test(text) };
}

/**
 * A guard for a regex every match of which holds one of `units` or one of the two-unit `pairs`: for words whose
 * characters alone are too common to rule much out ("负责" opens most duty lines; only "认真负责" is a trait).
 */
export function pairGuard(re: RegExp, units: string, pairs: readonly string[]): Guard {
  if (pairs.some((p) => p.length !== 2)) throw new Error('pairGuard: every pair must be two units');
  const single = unitTable(units);
  const firsts = unitTable(pairs.map((p) => p[0]).join(''));
  const keys = pairs.map((p) => p.charCodeAt(0) * 0x10000 + p.charCodeAt(1));
  const mayMatch = (text: string) => {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (hasUnit(single, c)) return true;
      if (!hasUnit(firsts, c) || i + 1 >= text.length) continue;
      const key = c * 0x10000 + text.charCodeAt(i + 1);
      for (const k of keys) if (k === key) return true;
    }
    return false;
  };
  return { re, at: 'any', units, pairs, mayMatch, test: (text) => mayMatch(text) && re.test(text) };
}

/**
 * Several 'any' guards answered by one scan of the text: bit g of the result is `guards[g].mayMatch(text)`. A clause
 * is checked against most of them in turn, and one pass costs less than one pass each.
 */
export function guardScan(guards: readonly Guard[]): (text: string) => number {
  if (guards.length > 8 || guards.some((g) => g.at !== 'any')) throw new Error('guardScan: up to eight guards, all of kind any');
  const single = new Uint8Array(0x10000);
  const pairFirst = new Uint8Array(0x10000);
  const pairKeys: number[] = [];
  const pairBits: number[] = [];
  guards.forEach((g, b) => {
    for (let i = 0; i < g.units.length; i++) single[g.units.charCodeAt(i)]! |= 1 << b;
    for (const p of g.pairs) {
      pairFirst[p.charCodeAt(0)]! |= 1 << b;
      pairKeys.push(p.charCodeAt(0) * 0x10000 + p.charCodeAt(1));
      pairBits.push(1 << b);
    }
  });
  return (text) => {
    let mask = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      mask |= single[c]!;
      if (pairFirst[c] === 0 || i + 1 >= text.length) continue;
      const key = c * 0x10000 + text.charCodeAt(i + 1);
      for (let k = 0; k < pairKeys.length; k++) if (pairKeys[k] === key) mask |= pairBits[k]!;
    }
    return mask;
  };
}

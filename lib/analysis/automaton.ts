// An Aho–Corasick automaton over the lexicon's cue parts, packed into typed arrays: one pass over a line
// finds every part that occurs in it. Built once when the lexicon is compiled.

export interface Automaton {
  /** The root's transitions by UTF-16 code (0 = stay at the root): most characters leave from the root. */
  rootNext: Int32Array;
  /**
   * The other states' transitions in an open-addressing hash table keyed by state · 2^16 + code: slot s
   * holds the key at [2s] and the target state at [2s + 1] (one cache line for both); a key of -1 marks
   * a free slot; linear probing. One multiply finds a slot: faster than scanning a state's children.
   */
  table: Int32Array;
  /** Slot of a key: `Math.imul(key, HASH) >>> shift`, probing on with `(slot + 1) & mask`. */
  shift: number;
  mask: number;
  /**
   * Bit `code & 31` of `childBits[state]` is set when the state has a child for some code with those low
   * bits. Most look-ups are for a child that does not exist: this small array answers them without
   * touching the (much larger, cache-missing) hash table.
   */
  childBits: Int32Array;
  fail: Int32Array;
  /** The part ids a state completes (its own and its fail chain's): `outIds[outFirst[s] … outFirst[s+1])`. */
  outFirst: Int32Array;
  outIds: Int32Array;
}

/** Build the automaton; part ids are indexes into `parts`. */
export function buildAutomaton(parts: readonly string[]): Automaton {
  // Transitions keyed by state · 2^16 + UTF-16 code while building; packed afterwards.
  const goto = new Map<number, number>();
  const children: number[][] = [[]];
  const fail: number[] = [0];
  const out: number[][] = [[]];
  parts.forEach((part, id) => {
    let state = 0;
    for (let k = 0; k < part.length; k++) {
      const key = state * 0x10000 + part.charCodeAt(k);
      let next = goto.get(key);
      if (next === undefined) {
        next = fail.length;
        fail.push(0);
        out.push([]);
        children.push([]);
        goto.set(key, next);
        children[state]!.push(key);
      }
      state = next;
    }
    out[state]!.push(id);
  });
  const queue: number[] = children[0]!.map((key) => goto.get(key)!);
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    for (const key of children[state]!) {
      const code = key % 0x10000;
      const next = goto.get(key)!;
      queue.push(next);
      let f = fail[state]!;
      while (f && !goto.has(f * 0x10000 + code)) f = fail[f]!;
      const target = goto.get(f * 0x10000 + code);
      fail[next] = target !== undefined && target !== next ? target : 0;
      if (out[fail[next]!]!.length) out[next] = out[next]!.concat(out[fail[next]!]!);
    }
  }
  return { ...pack(goto, fail.length), fail: Int32Array.from(fail), ...flatten(out) };
}

export const HASH = 0x9e3779b1 | 0;

function pack(goto: Map<number, number>, states: number) {
  const rootNext = new Int32Array(0x10000);
  // At most a quarter full, so a probe rarely goes past its first slot. State · 2^16 + code fits in
  // an Int32 while there are fewer than 2^15 states (the lexicon has a few thousand).
  if (states >= 0x8000) throw new Error(`lexicon automaton too large: ${states} states`);
  const bits = Math.max(4, Math.ceil(Math.log2(goto.size * 4)));
  const table = new Int32Array(2 << bits).fill(-1);
  const childBits = new Int32Array(states);
  const shift = 32 - bits;
  const mask = (1 << bits) - 1;
  for (const [key, target] of goto) {
    if (key < 0x10000) {
      rootNext[key] = target;
      continue;
    }
    const state = Math.floor(key / 0x10000);
    childBits[state] = childBits[state]! | (1 << (key & 31));
    let slot = Math.imul(key, HASH) >>> shift;
    while (table[2 * slot] !== -1) slot = (slot + 1) & mask;
    table[2 * slot] = key;
    table[2 * slot + 1] = target;
  }
  return { rootNext, table, shift, mask, childBits };
}

function flatten(out: number[][]) {
  const outFirst = new Int32Array(out.length + 1);
  out.forEach((ids, s) => (outFirst[s + 1] = outFirst[s]! + ids.length));
  return { outFirst, outIds: Int32Array.from(out.flat()) };
}

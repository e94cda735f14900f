// An Aho–Corasick automaton over the lexicon's cue parts, packed into typed arrays: one pass over a line
// finds every part that occurs in it. Built once when the lexicon is compiled.

export interface Automaton {
  /** The root's transitions by UTF-16 code (0 = stay at the root): most characters leave from the root. */
  rootNext: Int32Array;
  /** The other states' transitions, packed per state with codes sorted: `codes[first[s] … first[s+1])`. */
  first: Int32Array;
  codes: Uint16Array;
  targets: Int32Array;
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

function pack(goto: Map<number, number>, states: number) {
  const rootNext = new Int32Array(0x10000);
  const keys = [...goto.keys()].sort((a, b) => a - b);
  const first = new Int32Array(states + 1);
  const codes = new Uint16Array(keys.length);
  const targets = new Int32Array(keys.length);
  keys.forEach((key, k) => {
    if (key < 0x10000) rootNext[key] = goto.get(key)!;
    const slot = Math.floor(key / 0x10000) + 1;
    first[slot] = first[slot]! + 1;
    codes[k] = key % 0x10000;
    targets[k] = goto.get(key)!;
  });
  for (let s = 0; s < states; s++) first[s + 1] = first[s + 1]! + first[s]!;
  return { rootNext, first, codes, targets };
}

function flatten(out: number[][]) {
  const outFirst = new Int32Array(out.length + 1);
  out.forEach((ids, s) => (outFirst[s + 1] = outFirst[s]! + ids.length));
  return { outFirst, outIds: Int32Array.from(out.flat()) };
}

/** The state after reading `code` in `state` (following fail links). */
export function step(a: Automaton, state: number, code: number): number {
  while (state !== 0) {
    for (let k = a.first[state]!, end = a.first[state + 1]!; k < end; k++) {
      const c = a.codes[k]!;
      if (c === code) return a.targets[k]!;
      if (c > code) break;
    }
    state = a.fail[state]!;
  }
  return a.rootNext[code]!;
}

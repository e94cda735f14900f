// An Aho–Corasick automaton over the lexicon's cue parts, packed into typed arrays: one pass over a line
// finds every part that occurs in it. Built once when the lexicon is compiled.
//
// Layout: UTF-16 codes map to a small alphabet of classes (the codes that occur in some part); the goto
// function is a double-array trie over those classes. A step is two array reads (the state's base, then
// the cell it points at), and a code in no part sends the automaton straight back to the root.

export interface Automaton {
  /** Class of each UTF-16 code, 1 … classCount; 0 for a code that occurs in no part. */
  classOf: Uint16Array;
  /** The goto function of state s on class c lives in cell `base[s] + c`, if that cell belongs to s. */
  base: Int32Array;
  /**
   * Cells interleaved as [owner, target] (one cache line for both): cell k belongs to state `cells[2k]`
   * (-1: free) and leads to state `cells[2k + 1]`.
   */
  cells: Int32Array;
  /** The root's transition by class (0: stay at the root); every class has one, so no cell check there. */
  rootNext: Int32Array;
  fail: Int32Array;
  /** The part ids a state completes (its own and its fail chain's): `outIds[outFirst[s] … outFirst[s+1])`. */
  outFirst: Int32Array;
  outIds: Int32Array;
  /**
   * States are numbered so that those completing no part come first (root 0 among them): a state
   * completes some part exactly when it is ≥ this, which the matching loop tests without a table read.
   */
  firstWithOutput: number;
}

/** Build the automaton; part ids are indexes into `parts`. */
export function buildAutomaton(parts: readonly string[]): Automaton {
  const { classOf, classCount } = classesOf(parts);
  const trie = buildTrie(parts, classOf);
  const order = breadthFirst(trie);
  const fail = failLinks(trie, order);
  const { base, cells } = packDoubleArray(trie, classCount, order);
  const rootNext = new Int32Array(classCount + 1);
  for (let c = trie.firstChild[0]!; c !== -1; c = trie.sibling[c]!) rootNext[trie.label[c]!] = c;
  return renumbered({ classOf, base, cells, rootNext, fail, ...outputs(trie, fail, order), firstWithOutput: 0 }, order);
}

/**
 * The same automaton with states renumbered: breadth-first (shallow states, the ones most visited, share
 * cache lines), those completing no part before those completing some.
 */
function renumbered(a: Automaton, order: Int32Array): Automaton {
  const states = a.fail.length;
  const hasOutput = (s: number) => a.outFirst[s + 1]! > a.outFirst[s]!;
  const newId = new Int32Array(states);
  let next = 0;
  for (const s of order) if (!hasOutput(s)) newId[s] = next++;
  const firstWithOutput = next;
  for (const s of order) if (hasOutput(s)) newId[s] = next++;
  const oldId = new Int32Array(states);
  newId.forEach((n, s) => (oldId[n] = s));

  const base = new Int32Array(states);
  const fail = new Int32Array(states);
  const outFirst = new Int32Array(states + 1);
  const outIds = new Int32Array(a.outIds.length);
  for (let n = 0; n < states; n++) {
    const s = oldId[n]!;
    base[n] = a.base[s]!;
    fail[n] = newId[a.fail[s]!]!;
    let k = outFirst[n]!;
    for (let j = a.outFirst[s]!; j < a.outFirst[s + 1]!; j++) outIds[k++] = a.outIds[j]!;
    outFirst[n + 1] = k;
  }
  const cells = a.cells.slice();
  for (let k = 0; k < cells.length; k += 2) {
    if (cells[k] === -1) continue;
    cells[k] = newId[cells[k]!]!;
    cells[k + 1] = newId[cells[k + 1]!]!;
  }
  const rootNext = a.rootNext.map((s) => newId[s]!);
  return { classOf: a.classOf, base, cells, rootNext, fail, outFirst, outIds, firstWithOutput };
}

/** The state reached from `state` on class `cls` (0 for a class in no part): goto, following fail links. */
export function step(a: Automaton, state: number, cls: number): number {
  if (cls === 0) return 0;
  while (state !== 0) {
    const cell = a.base[state]! + cls;
    if (a.cells[2 * cell] === state) return a.cells[2 * cell + 1]!;
    state = a.fail[state]!;
  }
  return a.rootNext[cls]!;
}

/**
 * Class numbers in order of first appearance; codes in no part keep class 0. 64 K codes as Uint16
 * (128 KB) turn any code into its class with one read.
 */
function classesOf(parts: readonly string[]): { classOf: Uint16Array; classCount: number } {
  const classOf = new Uint16Array(0x10000);
  let count = 0;
  for (const part of parts) {
    for (let k = 0; k < part.length; k++) {
      const code = part.charCodeAt(k);
      if (classOf[code] === 0) classOf[code] = ++count;
    }
  }
  if (count >= 0x10000) throw new Error(`lexicon alphabet too large: ${count} codes`);
  return { classOf, classCount: count };
}

/** The trie of the parts; states are numbered as created, 0 is the root. Children are linked lists. */
interface Trie {
  states: number;
  /** Class on the edge into each state. */
  label: Int32Array;
  /** First child of each state, and each state's next sibling (-1: none). */
  firstChild: Int32Array;
  sibling: Int32Array;
  childCount: Int32Array;
  /** The part that ends at each state (-1: none); parts are distinct, so at most one. */
  endPart: Int32Array;
  /** Edges keyed by state · 2^16 + class, for look-ups while building. */
  goto: Map<number, number>;
}

function buildTrie(parts: readonly string[], classOf: Uint16Array): Trie {
  let capacity = 1;
  for (const part of parts) capacity += part.length;
  const trie: Trie = {
    states: 1,
    label: new Int32Array(capacity),
    firstChild: new Int32Array(capacity).fill(-1),
    sibling: new Int32Array(capacity).fill(-1),
    childCount: new Int32Array(capacity),
    endPart: new Int32Array(capacity).fill(-1),
    goto: new Map(),
  };
  parts.forEach((part, id) => {
    let state = 0;
    for (let k = 0; k < part.length; k++) state = childOrNew(trie, state, classOf[part.charCodeAt(k)]!);
    trie.endPart[state] = id;
  });
  return trie;
}

function childOrNew(trie: Trie, state: number, cls: number): number {
  const existing = trie.goto.get(state * 0x10000 + cls);
  if (existing !== undefined) return existing;
  const next = trie.states++;
  trie.label[next] = cls;
  // Appended at the head: sibling order does not matter to the automaton.
  trie.sibling[next] = trie.firstChild[state]!;
  trie.firstChild[state] = next;
  trie.childCount[state]!++;
  trie.goto.set(state * 0x10000 + cls, next);
  return next;
}

/** The states in breadth-first order, root first: a state's fail target always comes before it. */
function breadthFirst(trie: Trie): Int32Array {
  const queue = new Int32Array(trie.states);
  let tail = 1;
  for (let head = 0; head < tail; head++) {
    for (let c = trie.firstChild[queue[head]!]!; c !== -1; c = trie.sibling[c]!) queue[tail++] = c;
  }
  return queue;
}

/** A state's fail is the longest proper suffix of its path that is a state too. */
function failLinks(trie: Trie, order: Int32Array): Int32Array {
  const fail = new Int32Array(trie.states);
  for (const state of order) {
    for (let next = trie.firstChild[state]!; next !== -1; next = trie.sibling[next]!) {
      if (state === 0) continue;
      const cls = trie.label[next]!;
      let f = fail[state]!;
      while (f !== 0 && !trie.goto.has(f * 0x10000 + cls)) f = fail[f]!;
      fail[next] = trie.goto.get(f * 0x10000 + cls) ?? 0;
    }
  }
  return fail;
}

/** Each state's own part, then its fail target's list (complete already: fail targets come earlier breadth-first). */
function outputs(trie: Trie, fail: Int32Array, order: Int32Array): { outFirst: Int32Array; outIds: Int32Array } {
  const count = new Int32Array(trie.states);
  for (const s of order) if (s !== 0) count[s] = (trie.endPart[s]! >= 0 ? 1 : 0) + count[fail[s]!]!;
  const outFirst = new Int32Array(trie.states + 1);
  for (let s = 0; s < trie.states; s++) outFirst[s + 1] = outFirst[s]! + count[s]!;
  const outIds = new Int32Array(outFirst[trie.states]!);
  for (const s of order) {
    let k = outFirst[s]!;
    if (trie.endPart[s]! >= 0) outIds[k++] = trie.endPart[s]!;
    outIds.copyWithin(k, outFirst[fail[s]!]!, outFirst[fail[s]! + 1]!);
  }
  return { outFirst, outIds };
}

/**
 * First-fit double array: each state with children gets the lowest base at which all its children's
 * cells are free. Rows are placed breadth-first, so the shallow states (the ones with most children, and
 * the ones a line visits most) go in first, while the array is still empty. Only bases
 * that put a row's lowest class on a hole (a free cell below the highest used one) are tried, then the
 * first base past the used cells: a few tries per row instead of a scan of the whole array.
 */
function packDoubleArray(trie: Trie, classCount: number, order: Int32Array): { base: Int32Array; cells: Int32Array } {
  const base = new Int32Array(trie.states);
  // Cells as [owner, target] pairs; -1 owner = free. Grown on demand; trimmed at the end.
  let cells: Int32Array<ArrayBuffer> = new Int32Array(2 * (trie.states + classCount + 1)).fill(-1);
  /** Free cells below `frontier`, ascending; every cell from `frontier` on is free. */
  const holes: number[] = [];
  let frontier = 1;
  for (const state of order) {
    if (state === 0 || trie.childCount[state] === 0) continue;
    let lowest = classCount;
    let highest = 0;
    for (let c = trie.firstChild[state]!; c !== -1; c = trie.sibling[c]!) {
      lowest = Math.min(lowest, trie.label[c]!);
      highest = Math.max(highest, trie.label[c]!);
    }
    let k = lowerBound(holes, lowest);
    while (k < holes.length && !fits(cells, trie, state, holes[k]! - lowest)) k++;
    const b = k < holes.length ? holes[k]! - lowest : Math.max(0, frontier - lowest);
    base[state] = b;
    if (2 * (b + classCount + 1) > cells.length) cells = grown(cells, 2 * (b + classCount + 1));
    for (let c = trie.firstChild[state]!; c !== -1; c = trie.sibling[c]!) {
      const cell = b + trie.label[c]!;
      cells[2 * cell] = state;
      cells[2 * cell + 1] = c;
      if (cell < frontier) holes.splice(lowerBound(holes, cell), 1);
    }
    for (let cell = frontier; cell < b + highest; cell++) if (cells[2 * cell] === -1) holes.push(cell);
    frontier = Math.max(frontier, b + highest + 1);
  }
  // Every base + class a look-up can form must index the array.
  let size = frontier;
  for (const b of base) size = Math.max(size, b + classCount + 1);
  return { base, cells: cells.slice(0, 2 * size) };
}

/** Whether all of a state's child cells are free at base `b` (the array holds every cell below the frontier). */
function fits(cells: Int32Array, trie: Trie, state: number, b: number): boolean {
  for (let c = trie.firstChild[state]!; c !== -1; c = trie.sibling[c]!) if (cells[2 * (b + trie.label[c]!)] !== -1) return false;
  return true;
}

/** Index of the first element of ascending `xs` that is ≥ x. */
function lowerBound(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function grown(cells: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(Math.max(size, 2 * cells.length)).fill(-1);
  bigger.set(cells);
  return bigger;
}

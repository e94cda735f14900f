import { useEffect, useState } from 'preact/hooks';

/** Duties a domain shows in the first paint: a 600 px popup shows only the first few below the scores. */
export const FIRST_DUTIES = 3;
/**
 * Duties a domain gains in each idle period after that. Rendering and laying out a 300-line posting in one
 * go blocked the popup for ~200 ms; in steps, each task stays short and the popup answers in between.
 */
export const REVEAL_STEP = 30;

function whenIdle(then: () => void): () => void {
  if (globalThis.requestIdleCallback) {
    const id = globalThis.requestIdleCallback(then, { timeout: 300 });
    return () => globalThis.cancelIdleCallback(id);
  }
  const id = setTimeout(then, 0);
  return () => clearTimeout(id);
}

/**
 * How many duties each domain renders now: FIRST_DUTIES at first, REVEAL_STEP more each time the browser is
 * idle, until `longest` (the longest domain's count); Infinity when not `enabled`. A new `result` starts over,
 * so a full result that replaces its glance is revealed in steps too.
 */
export function useReveal(enabled: boolean, longest: number, result: unknown): number {
  const [reveal, setReveal] = useState({ result, shown: FIRST_DUTIES });
  const shown = reveal.result === result ? reveal.shown : FIRST_DUTIES;
  const done = !enabled || shown >= longest;
  useEffect(() => {
    if (done) return;
    return whenIdle(() => setReveal({ result, shown: shown + REVEAL_STEP }));
  }, [done, result, shown]);
  return enabled ? shown : Number.POSITIVE_INFINITY;
}

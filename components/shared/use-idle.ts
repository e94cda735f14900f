import { useEffect, useState } from 'preact/hooks';

/**
 * False on the first render, true once the browser is idle after it (or right after, where there is no
 * requestIdleCallback): lets a view paint what is on screen first and add what lies below later.
 * `enabled: false` is true from the start (no deferral).
 */
export function useIdle(enabled = true): boolean {
  const [idle, setIdle] = useState(!enabled);
  useEffect(() => {
    if (idle) return;
    const whenIdle = globalThis.requestIdleCallback;
    if (whenIdle) {
      const id = whenIdle(() => setIdle(true), { timeout: 300 });
      return () => globalThis.cancelIdleCallback(id);
    }
    const id = setTimeout(() => setIdle(true), 0);
    return () => clearTimeout(id);
  }, [idle]);
  return idle;
}

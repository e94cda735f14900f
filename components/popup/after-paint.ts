// When what the popup just put in the DOM is on screen. Where the browser reports it (Element Timing,
// Chromium), that is the time the element marked `elementtiming` was painted, compositor included; elsewhere
// the task after the next animation frame (whose style, layout and paint run in between). The popup marks
// itself ready then, and only then starts the slow read of the full result, so that read cannot compete with
// the first frame for the CPU.

/** A page in a background tab gets no frames: go ahead after this long anyway. */
const GIVE_UP_MS = 1000;

/** Calls `then` once, in the task after the next rendered frame; returns a cancel function. */
export function afterNextPaint(then: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    clearTimeout(fallback);
    then();
  };
  const fallback = setTimeout(run, GIVE_UP_MS);
  const frame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame(() => (timer = setTimeout(run, 0))) : undefined;
  if (frame === undefined) timer = setTimeout(run, 0);
  return () => {
    done = true;
    clearTimeout(fallback);
    clearTimeout(timer);
    if (frame !== undefined) cancelAnimationFrame(frame);
  };
}

interface ElementTiming extends PerformanceEntry {
  identifier: string;
  renderTime: number;
}

const elementTimingSupported = () =>
  typeof PerformanceObserver === 'function' && (PerformanceObserver.supportedEntryTypes ?? []).includes('element');

/**
 * Calls `then(at)` once the element with `elementtiming={identifier}` committed from now on is painted, `at`
 * being its paint time on the performance timeline; without Element Timing, after the next frame.
 * Returns a cancel function.
 */
export function whenPainted(identifier: string, then: (at: number) => void): () => void {
  if (!elementTimingSupported()) return afterNextPaint(() => then(performance.now()));
  const since = performance.now();
  let done = false;
  const finish = (at: number) => {
    if (done) return;
    done = true;
    observer.disconnect();
    clearTimeout(fallback);
    then(at);
  };
  const observer = new PerformanceObserver((list) => {
    const entry = (list.getEntries() as ElementTiming[]).find((e) => e.identifier === identifier && e.renderTime >= since);
    if (entry) finish(entry.renderTime);
  });
  // Not painted in time (a hidden page, or the element is not there after all): fall back to the frame.
  let cancelFrame = () => undefined as void;
  const fallback = setTimeout(() => (cancelFrame = afterNextPaint(() => finish(performance.now()))), GIVE_UP_MS);
  observer.observe({ type: 'element', buffered: true });
  return () => {
    done = true;
    observer.disconnect();
    clearTimeout(fallback);
    cancelFrame();
  };
}

// Main-thread time of the content script's work, as `rolelens:*` performance measures that the
// browser benchmark reads from the page.

/** Measures kept per name: a long single-page session must not pile up entries in the page's timeline. */
const KEEP_PER_NAME = 20;

export function measured<T>(name: string, work: () => T): T {
  const start = `rolelens:${name}:start`;
  performance.mark(start);
  try {
    return work();
  } finally {
    const measure = `rolelens:${name}`;
    if (performance.getEntriesByName(measure, 'measure').length >= KEEP_PER_NAME) performance.clearMeasures(measure);
    performance.measure(measure, start);
    performance.clearMarks(start);
  }
}

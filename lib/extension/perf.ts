// Main-thread time of the content script's work, as `rolelens:*` performance measures that the
// browser benchmark reads from the page.
export function measured<T>(name: string, work: () => T): T {
  const start = `rolelens:${name}:start`;
  performance.mark(start);
  try {
    return work();
  } finally {
    performance.measure(`rolelens:${name}`, start);
    performance.clearMarks(start);
  }
}

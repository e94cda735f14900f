// What the right-click analysis does with selected text before analysing it: empty selections get a
// hint, very long ones are cut (at a line break when one is near) and say so.
export const MAX_SELECTION_CHARS = 12_000;

export type PreparedSelection =
  | { kind: 'empty' }
  | { kind: 'text'; text: string; cappedFrom?: number };

export function prepareSelection(raw: string | null | undefined, max = MAX_SELECTION_CHARS): PreparedSelection {
  const text = (raw ?? '').replace(/\r\n?/g, '\n').trim();
  if (!text) return { kind: 'empty' };
  if (text.length <= max) return { kind: 'text', text };
  const lastBreak = text.lastIndexOf('\n', max);
  const cut = lastBreak > max * 0.8 ? lastBreak : max;
  return { kind: 'text', text: text.slice(0, cut).trimEnd(), cappedFrom: text.length };
}

/** A title for a selection's analysis: its first line, shortened. */
export function selectionTitle(text: string): string {
  const firstLine = text.split('\n', 1)[0]?.trim() ?? '';
  return firstLine.length > 60 ? `${firstLine.slice(0, 59)}…` : firstLine;
}

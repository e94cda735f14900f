// Pure: cut a duty's text into plain and cue pieces. Cue offsets index the ORIGINAL posting, as do
// the duty's own start/end, so a cue sits at cue.start - duty.start inside the duty's text.
import type { Cue, Duty } from '@/lib/analysis/schema';

export interface Piece {
  text: string;
  cue?: Cue;
}

export function highlightPieces(duty: Pick<Duty, 'text' | 'start' | 'cues'>): Piece[] {
  const len = duty.text.length;
  const spans = duty.cues
    .map((cue) => ({ cue, s: cue.start - duty.start, e: cue.end - duty.start }))
    .filter(({ s, e }) => s >= 0 && e <= len && e > s)
    // Earlier first; at the same start the longer cue wins, overlapping later ones are skipped.
    .sort((a, b) => a.s - b.s || b.e - a.e);
  const pieces: Piece[] = [];
  let pos = 0;
  for (const { cue, s, e } of spans) {
    if (s < pos) continue;
    if (s > pos) pieces.push({ text: duty.text.slice(pos, s) });
    pieces.push({ text: duty.text.slice(s, e), cue });
    pos = e;
  }
  if (pos < len) pieces.push({ text: duty.text.slice(pos) });
  return pieces;
}

/** Class suffix for a cue's colour: its domain, else its level, else custom. */
export function cueTone(cue: Cue): string {
  return cue.domain ?? (cue.level ? 'level' : 'custom');
}

// Pure checks for custom cues, shared by the cue editor and the settings import.
import type { CustomCue } from '@/lib/analysis/schema';
import type { MessageKey } from '@/lib/i18n';

export const CUE_MIN = 2;
export const CUE_MAX = 40;
export const CUES_MAX = 200;

/** Cues compare without case or surrounding/inner extra spaces: "ROI " and "roi" are the same cue. */
export function cueKey(text: string): string {
  return text.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

export interface CueError {
  key: MessageKey;
  sub?: number;
}

/** Why a new cue cannot be added, or null when it can. */
export function checkNewCue(draft: Pick<CustomCue, 'text' | 'domain' | 'level'>, existing: readonly CustomCue[]): CueError | null {
  const text = draft.text.trim();
  if (!text) return { key: 'cueErrEmpty' };
  if ([...text].length > CUE_MAX) return { key: 'cueErrLong', sub: CUE_MAX };
  if ([...text].length < CUE_MIN) return { key: 'cueErrEmpty' };
  if (!draft.domain && !draft.level) return { key: 'cueErrTarget' };
  if (existing.some((c) => cueKey(c.text) === cueKey(text))) return { key: 'cueErrDuplicate' };
  if (existing.length >= CUES_MAX) return { key: 'cueErrTooMany', sub: CUES_MAX };
  return null;
}

/** The first cue (by index) that repeats an earlier one, for validating a whole imported list. */
export function firstDuplicate(cues: readonly CustomCue[]): string | null {
  const seen = new Set<string>();
  for (const c of cues) {
    const key = cueKey(c.text);
    if (seen.has(key)) return c.text;
    seen.add(key);
  }
  return null;
}

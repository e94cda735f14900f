// The stored shapes of the analysis history, one schema per version, and the steps between them.
// v1 (first release) was a bare array of entries; v2 wraps it so the page can say how many entries
// the size cap removed, and copies the scores the list sorts and filters by out of each result.
import * as z from 'zod/mini';
import {
  AnalysisResultSchema,
  BandSchema,
  SeniorityFitSchema,
  TitleFitSchema,
  type AnalysisResult,
} from '../analysis/schema';

export const HistoryEntryV1Schema = z.object({
  id: z.string().check(z.minLength(1)),
  site: z.string(),
  url: z.string(),
  title: z.string(),
  company: z.optional(z.string()),
  analyzedAt: z.number(),
  result: AnalysisResultSchema,
});
export type HistoryEntryV1 = z.infer<typeof HistoryEntryV1Schema>;
export const HistoryV1Schema = z.array(HistoryEntryV1Schema);

export const HistoryEntrySchema = z.object({
  id: z.string().check(z.minLength(1)),
  site: z.string(),
  url: z.string(),
  title: z.string(),
  company: z.optional(z.string()),
  /** When it was analysed (ms since epoch). */
  at: z.number(),
  mix: z.int().check(z.gte(0), z.lte(100)),
  band: BandSchema,
  titleFit: TitleFitSchema,
  seniorityFit: SeniorityFitSchema,
  result: AnalysisResultSchema,
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

export const HistoryV2Schema = z.object({
  entries: z.array(HistoryEntrySchema),
  /** How many entries the size cap has removed so far (shown as a note on the history page). */
  dropped: z.int().check(z.gte(0)),
});
export type HistoryV2 = z.infer<typeof HistoryV2Schema>;

export const EMPTY_HISTORY: HistoryV2 = { entries: [], dropped: 0 };

/** The scores the history list shows, copied out of a result. */
export function summaryOf(result: AnalysisResult): Pick<HistoryEntry, 'mix' | 'band' | 'titleFit' | 'seniorityFit'> {
  const { mix, band, titleFit, seniorityFit } = result.scores;
  return { mix, band, titleFit, seniorityFit };
}

/** Parse what storage holds; invalid entries are skipped, a non-object becomes an empty history. */
export function parseHistory(value: unknown): HistoryV2 {
  const whole = HistoryV2Schema.safeParse(value);
  if (whole.success) return whole.data;
  const obj = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const rawEntries = Array.isArray(obj.entries) ? obj.entries : [];
  const entries = rawEntries.flatMap((e) => {
    const parsed = HistoryEntrySchema.safeParse(e);
    return parsed.success ? [parsed.data] : [];
  });
  const dropped = typeof obj.dropped === 'number' && obj.dropped >= 0 ? Math.floor(obj.dropped) : 0;
  return { entries, dropped };
}

/**
 * v1 → v2. Every v1 field is kept (analyzedAt is renamed at); entries that do not parse as v1 are
 * left out rather than failing the whole history. A value that is already v2 is kept as v2: WXT
 * reads a value without its version marker as v1, and the marker is lost when the user clears the
 * extension's storage mid-session and the history is written again before the worker restarts.
 */
export function migrateHistoryV1toV2(old: unknown): HistoryV2 {
  if (!Array.isArray(old)) return parseHistory(old);
  const list = old;
  const entries: HistoryEntry[] = [];
  for (const raw of list) {
    const parsed = HistoryEntryV1Schema.safeParse(raw);
    if (!parsed.success) continue;
    const { analyzedAt, ...rest } = parsed.data;
    entries.push({ ...rest, at: analyzedAt, ...summaryOf(rest.result) });
  }
  return { entries, dropped: 0 };
}

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

/**
 * v1 → v2. Every v1 field is kept (analyzedAt is renamed at); entries that do not parse as v1 are
 * left out rather than failing the whole history.
 */
export function migrateHistoryV1toV2(old: unknown): HistoryV2 {
  const list = Array.isArray(old) ? old : [];
  const entries: HistoryEntry[] = [];
  for (const raw of list) {
    const parsed = HistoryEntryV1Schema.safeParse(raw);
    if (!parsed.success) continue;
    const { analyzedAt, ...rest } = parsed.data;
    entries.push({ ...rest, at: analyzedAt, ...summaryOf(rest.result) });
  }
  return { entries, dropped: 0 };
}

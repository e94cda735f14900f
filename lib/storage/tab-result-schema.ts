// Pure: the shapes of a tab's stored analysis. The full result, and its glance: the first screen of it
// (scores, verdict, badges and each domain's first duties), stored next to it under its own key. A long
// posting's full result is hundreds of KB, and reading it out of session storage and validating it took
// the popup 50-150 ms; the glance is a few KB, so the popup paints from it at once and loads the rest after.
import * as z from 'zod/mini';
import { AnalysisResultSchema, DomainCountsSchema, DutySchema, type DomainCounts, type Duty } from '../analysis/schema';
import { ExtractedPostingSchema } from '../sites/types';

export const TAB_RESULT_SOURCES = ['board', 'generic', 'selection'] as const;

export const TabResultSchema = z.object({
  posting: ExtractedPostingSchema,
  result: AnalysisResultSchema,
  /** How the posting was found: a board adapter, the generic extractor, or selected text. */
  source: z.enum(TAB_RESULT_SOURCES),
  /** When it was analysed (ms since epoch). */
  at: z.number(),
  /** Set when a long selection was cut before analysis: the original length in characters. */
  cappedFrom: z.optional(z.int().check(z.positive())),
});
export type TabResult = z.infer<typeof TabResultSchema>;

/** Bumped when the glance's shape changes: a glance of another version reads as none (the popup then reads the full result). */
export const GLANCE_VERSION = 1;
/** Duties a domain keeps in the glance: what the popup's first screen shows of each. */
export const GLANCE_DUTIES_PER_DOMAIN = 3;

export const TabGlanceSchema = z.object({
  version: z.literal(GLANCE_VERSION),
  posting: z.extend(z.omit(ExtractedPostingSchema, { text: true }), { textLength: z.int().check(z.gte(0)) }),
  result: z.extend(z.omit(AnalysisResultSchema, { duties: true, requirements: true, sections: true }), {
    /** Each domain's first duties, in the posting's order. */
    duties: z.array(DutySchema),
    /** How many duties each domain has in the full result. */
    dutyTotals: DomainCountsSchema,
  }),
  source: z.enum(TAB_RESULT_SOURCES),
  at: z.number(),
  cappedFrom: z.optional(z.int().check(z.positive())),
});
export type TabGlance = z.infer<typeof TabGlanceSchema>;

export function isGlance(tab: TabResult | TabGlance): tab is TabGlance {
  return 'version' in tab && tab.version === GLANCE_VERSION && 'dutyTotals' in tab.result;
}

export function glanceOf(tab: TabResult, perDomain = GLANCE_DUTIES_PER_DOMAIN): TabGlance {
  const { text, ...posting } = tab.posting;
  const { duties, requirements: _requirements, sections: _sections, ...result } = tab.result;
  const dutyTotals: DomainCounts = { marketing: 0, operations: 0, shared: 0, sales: 0, product: 0, other: 0 };
  const first: Duty[] = [];
  for (const duty of duties) if (dutyTotals[duty.domain]++ < perDomain) first.push(duty);
  return {
    version: GLANCE_VERSION,
    posting: { ...posting, textLength: text.length },
    result: { ...result, duties: first, dutyTotals },
    source: tab.source,
    at: tab.at,
    ...(tab.cappedFrom === undefined ? {} : { cappedFrom: tab.cappedFrom }),
  };
}

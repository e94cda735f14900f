// The analysis shown for each tab (what the badge says and the popup opens with) and the last
// analysis the user asked for by right-click. Session storage: gone when the browser closes,
// cleared per tab when the tab closes. Every read is validated; a bad value reads as nothing.
import { storage } from '#imports';
import * as z from 'zod/mini';
import { AnalysisResultSchema } from '../analysis/schema';
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

type SessionKey = `session:${string}`;
const tabKey = (tabId: number): SessionKey => `session:tabResult:${tabId}`;
const LAST_ANALYSIS_KEY: SessionKey = 'session:lastAnalysis';

/** Parses anything into a TabResult, or null (logged) when it does not fit the schema. */
export function parseTabResult(value: unknown): TabResult | null {
  if (value === null || value === undefined) return null;
  const parsed = TabResultSchema.safeParse(value);
  if (!parsed.success) {
    console.warn('[role-lens] ignored a stored result that does not fit the schema', parsed.error.issues[0]);
    return null;
  }
  return parsed.data;
}

export async function getTabResult(tabId: number): Promise<TabResult | null> {
  return parseTabResult(await storage.getItem(tabKey(tabId)));
}

export async function setTabResult(tabId: number, result: TabResult): Promise<void> {
  await storage.setItem(tabKey(tabId), TabResultSchema.parse(result));
}

export async function clearTabResult(tabId: number): Promise<void> {
  await storage.removeItem(tabKey(tabId));
}

export function watchTabResult(tabId: number, callback: (result: TabResult | null) => void): () => void {
  return storage.watch(tabKey(tabId), (value) => callback(parseTabResult(value)));
}

export async function getLastAnalysis(): Promise<TabResult | null> {
  return parseTabResult(await storage.getItem(LAST_ANALYSIS_KEY));
}

export async function setLastAnalysis(result: TabResult): Promise<void> {
  await storage.setItem(LAST_ANALYSIS_KEY, TabResultSchema.parse(result));
}

export function watchLastAnalysis(callback: (result: TabResult | null) => void): () => void {
  return storage.watch(LAST_ANALYSIS_KEY, (value) => callback(parseTabResult(value)));
}

// The analysis shown for each tab (what the badge says and the popup opens with) and the last
// analysis the user asked for by right-click. Session storage: gone when the browser closes,
// cleared per tab when the tab closes. Each result is stored twice in one write: in full, and as its
// glance (see tab-result-schema.ts) that the popup paints from first. Every read is validated; a bad
// value reads as nothing.
import { storage } from '#imports';
import { glanceOf, TabGlanceSchema, TabResultSchema, type TabGlance, type TabResult } from './tab-result-schema';

export { GLANCE_DUTIES_PER_DOMAIN, TAB_RESULT_SOURCES, TabGlanceSchema, TabResultSchema, glanceOf, isGlance } from './tab-result-schema';
export type { TabGlance, TabResult } from './tab-result-schema';

type SessionKey = `session:${string}`;
const tabKey = (tabId: number): SessionKey => `session:tabResult:${tabId}`;
const tabGlanceKey = (tabId: number): SessionKey => `session:tabGlance:${tabId}`;
const LAST_ANALYSIS_KEY: SessionKey = 'session:lastAnalysis';
const LAST_GLANCE_KEY: SessionKey = 'session:lastGlance';

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

/** Parses anything into a TabGlance, or null: a glance of an older version is not an error, the full result is read instead. */
export function parseTabGlance(value: unknown): TabGlance | null {
  if (value === null || value === undefined) return null;
  const parsed = TabGlanceSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** Both values in one write, so a reader never finds a glance of one posting next to the result of another. */
async function setBoth(key: SessionKey, glanceKey: SessionKey, result: TabResult): Promise<void> {
  const full = TabResultSchema.parse(result);
  await storage.setItems([
    { key, value: full },
    { key: glanceKey, value: glanceOf(full) },
  ]);
}

export async function getTabResult(tabId: number): Promise<TabResult | null> {
  return parseTabResult(await storage.getItem(tabKey(tabId)));
}

export async function getTabGlance(tabId: number): Promise<TabGlance | null> {
  return parseTabGlance(await storage.getItem(tabGlanceKey(tabId)));
}

export async function setTabResult(tabId: number, result: TabResult): Promise<void> {
  await setBoth(tabKey(tabId), tabGlanceKey(tabId), result);
}

export async function clearTabResult(tabId: number): Promise<void> {
  await storage.removeItems([tabKey(tabId), tabGlanceKey(tabId)]);
}

export function watchTabResult(tabId: number, callback: (result: TabResult | null) => void): () => void {
  return storage.watch(tabKey(tabId), (value) => callback(parseTabResult(value)));
}

export async function getLastAnalysis(): Promise<TabResult | null> {
  return parseTabResult(await storage.getItem(LAST_ANALYSIS_KEY));
}

export async function getLastGlance(): Promise<TabGlance | null> {
  return parseTabGlance(await storage.getItem(LAST_GLANCE_KEY));
}

export async function setLastAnalysis(result: TabResult): Promise<void> {
  await setBoth(LAST_ANALYSIS_KEY, LAST_GLANCE_KEY, result);
}

export function watchLastAnalysis(callback: (result: TabResult | null) => void): () => void {
  return storage.watch(LAST_ANALYSIS_KEY, (value) => callback(parseTabResult(value)));
}

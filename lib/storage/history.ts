// History of analysed postings: one versioned storage item. Reads validate entry by entry, so one
// corrupt entry is skipped instead of hiding the whole history. Writes are serialised within a context.
import { storage } from '#imports';
import type { AnalysisResult } from '../analysis/schema';
import {
  EMPTY_HISTORY,
  HistoryEntrySchema,
  migrateHistoryV1toV2,
  parseHistory,
  summaryOf,
  type HistoryEntry,
  type HistoryV2,
} from './history-migrations';
import { getSettings } from './settings';

export type { HistoryEntry } from './history-migrations';
export { parseHistory };

export const HISTORY_VERSION = 2;
/** chrome.storage.local holds 10 MB without unlimitedStorage; history keeps well under it. */
export const HISTORY_MAX_ENTRIES = 200;
export const HISTORY_MAX_BYTES = 4_000_000;
const DAY_MS = 86_400_000;

export const historyItem = storage.defineItem<HistoryV2>('local:history', {
  fallback: EMPTY_HISTORY,
  version: HISTORY_VERSION,
  migrations: { 2: migrateHistoryV1toV2 },
});

export interface HistoryInput {
  site: string;
  url: string;
  title: string;
  company?: string;
  result: AnalysisResult;
}

export interface HistoryView {
  entries: HistoryEntry[];
  dropped: number;
  max: number;
}

/** Same posting analysed again: same link, same title, same duty lines. */
function samePosting(a: HistoryEntry, b: HistoryEntry): boolean {
  if (a.url !== b.url || a.title !== b.title) return false;
  const lines = (e: HistoryEntry) => e.result.duties.map((d) => d.text).join('\n');
  return lines(a) === lines(b);
}

function withinDays(entries: HistoryEntry[], days: number, now: number): HistoryEntry[] {
  return days > 0 ? entries.filter((e) => e.at >= now - days * DAY_MS) : entries;
}

/**
 * Pure: put `entry` first, drop its earlier copy and entries older than `days`, then enforce the
 * caps by dropping the oldest; entries removed by the caps are counted in `dropped`.
 */
export function insertEntry(
  history: HistoryV2,
  entry: HistoryEntry,
  opts: { days: number; now: number; maxEntries?: number; maxBytes?: number },
): HistoryV2 {
  const maxEntries = opts.maxEntries ?? HISTORY_MAX_ENTRIES;
  const maxBytes = opts.maxBytes ?? HISTORY_MAX_BYTES;
  const kept = withinDays(history.entries.filter((e) => !samePosting(e, entry)), opts.days, opts.now);
  const entries = [entry, ...kept].sort((a, b) => b.at - a.at);
  let dropped = history.dropped;
  while (entries.length > maxEntries) {
    entries.pop();
    dropped++;
  }
  let bytes = JSON.stringify(entries).length;
  while (entries.length > 1 && bytes > maxBytes) {
    bytes -= JSON.stringify(entries.pop()).length + 1;
    dropped++;
  }
  return { entries, dropped };
}

let queue: Promise<unknown> = Promise.resolve();
function serialised<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

async function readHistory(): Promise<HistoryV2> {
  return parseHistory(await historyItem.getValue());
}

function newId(now: number): string {
  const random = globalThis.crypto?.randomUUID?.() ?? Math.random().toString(36).slice(2);
  return `${now.toString(36)}-${random}`;
}

/** Record one analysis, if the user keeps history. */
export function addToHistory(input: HistoryInput, opts: { now?: number } = {}): Promise<void> {
  return serialised(async () => {
    const settings = await getSettings();
    if (!settings.historyEnabled) return;
    const now = opts.now ?? Date.now();
    const entry: HistoryEntry = HistoryEntrySchema.parse({
      id: newId(now),
      site: input.site,
      url: input.url,
      title: input.title || input.result.title,
      ...(input.company ? { company: input.company } : {}),
      at: now,
      ...summaryOf(input.result),
      result: input.result,
    });
    await historyItem.setValue(insertEntry(await readHistory(), entry, { days: settings.historyDays, now }));
  });
}

/** Entries newest first, without those older than the kept number of days. */
export async function getHistory(opts: { now?: number } = {}): Promise<HistoryView> {
  const [history, settings] = await Promise.all([readHistory(), getSettings()]);
  const entries = withinDays(history.entries, settings.historyDays, opts.now ?? Date.now());
  return { entries: [...entries].sort((a, b) => b.at - a.at), dropped: history.dropped, max: HISTORY_MAX_ENTRIES };
}

export function deleteHistory(ids: readonly string[]): Promise<void> {
  const gone = new Set(ids);
  return serialised(async () => {
    const history = await readHistory();
    await historyItem.setValue({ ...history, entries: history.entries.filter((e) => !gone.has(e.id)) });
  });
}

export function clearHistory(): Promise<void> {
  return serialised(() => historyItem.setValue(EMPTY_HISTORY));
}

export function watchHistory(callback: () => void): () => void {
  return historyItem.watch(() => callback());
}

// Pure: filter and sort the history list.
import type { Band } from '@/lib/analysis/schema';
import type { HistoryEntry } from '@/lib/storage/history';

export const SORTS = ['dateDesc', 'dateAsc', 'mixDesc', 'mixAsc', 'title'] as const;
export type HistorySort = (typeof SORTS)[number];

export interface HistoryQuery {
  site: string;
  band: Band | '';
  text: string;
  sort: HistorySort;
}

export const DEFAULT_QUERY: HistoryQuery = { site: '', band: '', text: '', sort: 'dateDesc' };

const fold = (s: string) => s.normalize('NFKC').toLowerCase();

export function queryHistory(entries: readonly HistoryEntry[], q: HistoryQuery): HistoryEntry[] {
  const needle = fold(q.text.trim());
  const kept = entries.filter(
    (e) =>
      (!q.site || e.site === q.site) &&
      (!q.band || e.band === q.band) &&
      (!needle || fold(`${e.title} ${e.company ?? ''}`).includes(needle)),
  );
  const byDate = (a: HistoryEntry, b: HistoryEntry) => b.at - a.at;
  const compare: Record<HistorySort, (a: HistoryEntry, b: HistoryEntry) => number> = {
    dateDesc: byDate,
    dateAsc: (a, b) => a.at - b.at,
    mixDesc: (a, b) => b.mix - a.mix || byDate(a, b),
    mixAsc: (a, b) => a.mix - b.mix || byDate(a, b),
    title: (a, b) => a.title.localeCompare(b.title, 'zh-CN') || byDate(a, b),
  };
  return [...kept].sort(compare[q.sort]);
}

export function sitesOf(entries: readonly HistoryEntry[]): string[] {
  return [...new Set(entries.map((e) => e.site))].sort();
}

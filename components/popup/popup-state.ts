// Pure: which screen the popup shows, from the URL and what the loaders found.
import type { TabGlance, TabResult } from '@/lib/storage/tab-result-schema';

export type PopupTarget = { kind: 'tab'; tabId: number } | { kind: 'active' } | { kind: 'last' };

/** `?tabId=N` selects tab N (the full-tab view and tests use it); `?view=last` the last right-click analysis. */
export function parsePopupTarget(search: string): PopupTarget {
  const params = new URLSearchParams(search);
  const raw = params.get('tabId');
  if (raw !== null && /^\d{1,10}$/.test(raw)) return { kind: 'tab', tabId: Number(raw) };
  if (params.get('view') === 'last') return { kind: 'last' };
  return { kind: 'active' };
}

export type PopupState =
  | { kind: 'loading' }
  /** `tab` is a glance until the full result is read (see PopupApp). */
  | { kind: 'result'; tab: TabResult | TabGlance; tabId?: number }
  | { kind: 'none'; last: TabResult | null }
  | { kind: 'failed'; message: string; last: TabResult | null };

export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message.slice(0, 300);
  if (typeof error === 'string' && error) return error.slice(0, 300);
  return '';
}

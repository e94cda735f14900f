// History as CSV (RFC 4180). Cells come from web pages, so a leading = + - @ is defused: spreadsheets
// would otherwise run it as a formula.
import type { HistoryEntry } from '../storage/history-migrations';
import { t, type UiLang } from '../i18n';

export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const COLUMNS = ['site', 'title', 'company', 'url', 'mix', 'band', 'titleFit', 'seniorityFit', 'marketing', 'operations', 'shared', 'sales', 'product', 'other', 'analyzedAt'] as const;

/** One header row of stable English column ids, then one row an entry; labels in `lang` for the enum columns. */
export function historyToCsv(entries: readonly HistoryEntry[], lang: UiLang): string {
  const rows = entries.map((e) => {
    const c = e.result.scores.counts;
    return [
      e.site, e.title, e.company ?? '', e.url, e.mix,
      t(lang, `band_${e.band}`), t(lang, `titleFit_${e.titleFit}`), t(lang, `seniorityFit_${e.seniorityFit}`),
      c.marketing, c.operations, c.shared, c.sales, c.product, c.other,
      new Date(e.at).toISOString(),
    ].map(csvCell).join(',');
  });
  return [COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}

// JSON exports carry a kind and a version so a later import can recognise and migrate them.
import type { AnalysisResult } from '../analysis/schema';
import type { HistoryEntry } from '../storage/history-migrations';

export interface ExportedPosting {
  site?: string;
  url?: string;
  title?: string;
  company?: string;
  salary?: string;
  location?: string;
}

export function analysisToJson(result: AnalysisResult, posting: ExportedPosting = {}, exportedAt = new Date()): string {
  const { site, url, title, company, salary, location } = posting;
  return `${JSON.stringify(
    { kind: 'rolelens-analysis', version: 1, exportedAt: exportedAt.toISOString(), posting: { site, url, title, company, salary, location }, result },
    null,
    2,
  )}\n`;
}

export function historyToJson(entries: readonly HistoryEntry[], exportedAt = new Date()): string {
  return `${JSON.stringify({ kind: 'rolelens-history', version: 2, exportedAt: exportedAt.toISOString(), entries }, null, 2)}\n`;
}

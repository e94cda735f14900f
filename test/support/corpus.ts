// Loads the shared gold corpus (../shared/corpus/*.jsonl) and computes the figures the
// corpus test and the benchmark report. Test-only: the corpus is never copied into the project.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOMAINS, LEVELS, type Domain, type Level } from '../../lib/analysis/schema';

export const CORPUS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus');

export interface GoldDuty {
  text: string;
  domain: Domain;
  level: Level;
}
export interface GoldPosting {
  id: string;
  title: string;
  text: string;
  duties: GoldDuty[];
  platform?: string;
}

export function corpusAvailable(): boolean {
  return existsSync(CORPUS_DIR) && readdirSync(CORPUS_DIR).some((f) => f.endsWith('.jsonl'));
}

export function loadCorpus(): Map<string, GoldPosting[]> {
  const files = new Map<string, GoldPosting[]>();
  for (const name of readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.jsonl')).sort()) {
    const postings = readFileSync(join(CORPUS_DIR, name), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as GoldPosting);
    files.set(name, postings);
  }
  return files;
}

/** The matching key: NFKC, lower case, leading numbering stripped, no whitespace / * / # / punctuation. */
export function matchKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/^\s*(?:[-*•·]\s*|\(?\d{1,2}[).、.．]\s*|[①-⑳]\s*|[一二三四五六七八九十]+[、.]\s*|\d{1,2}\s+)+/u, '')
    .replace(/[\s*#；;。.,，、:：!！]+/gu, '');
}

export interface Confusion {
  matrix: Record<Domain, Record<Domain, number>>;
}

export function macroF1(pairs: Array<{ gold: Domain; pred: Domain }>): { f1: number; perDomain: Record<Domain, number> } {
  const perDomain = {} as Record<Domain, number>;
  const present: number[] = [];
  for (const d of DOMAINS) {
    const tp = pairs.filter((p) => p.gold === d && p.pred === d).length;
    const fp = pairs.filter((p) => p.gold !== d && p.pred === d).length;
    const fn = pairs.filter((p) => p.gold === d && p.pred !== d).length;
    const f1 = tp + fp + fn === 0 ? NaN : (2 * tp) / (2 * tp + fp + fn);
    perDomain[d] = f1;
    // Macro average over the domains that occur (in gold or prediction) in this set.
    if (!Number.isNaN(f1)) present.push(f1);
  }
  return { f1: present.reduce((a, b) => a + b, 0) / Math.max(1, present.length), perDomain };
}

export function confusionMatrix(pairs: Array<{ gold: Domain; pred: Domain }>): string {
  const short = (d: string) => d.slice(0, 5).padStart(6);
  const rows = [`gold\\pred${DOMAINS.map(short).join('')}`];
  for (const g of DOMAINS) {
    rows.push(g.slice(0, 9).padEnd(9) + DOMAINS.map((p) => String(pairs.filter((x) => x.gold === g && x.pred === p).length).padStart(6)).join(''));
  }
  return rows.join('\n');
}

export function levelAccuracy(pairs: Array<{ gold: Level; pred: Level }>): number {
  return pairs.filter((p) => p.gold === p.pred).length / Math.max(1, pairs.length);
}

/** F1 of predicted duty lines against gold ones, as multisets of match keys. */
export function extractionCounts(predicted: string[], gold: string[]): { tp: number; fp: number; fn: number } {
  const pool = new Map<string, number>();
  for (const g of gold.map(matchKey)) pool.set(g, (pool.get(g) ?? 0) + 1);
  let tp = 0;
  for (const p of predicted.map(matchKey)) {
    const n = pool.get(p) ?? 0;
    if (n > 0) {
      tp++;
      pool.set(p, n - 1);
    }
  }
  return { tp, fp: predicted.length - tp, fn: gold.length - tp };
}

export function f1FromCounts(c: { tp: number; fp: number; fn: number }): number {
  return c.tp === 0 ? (c.fp + c.fn === 0 ? 1 : 0) : (2 * c.tp) / (2 * c.tp + c.fp + c.fn);
}

/** The mix formula over gold domains (same formula as the analysis). */
export function goldMix(domains: Domain[]): number {
  const n = (d: Domain) => domains.filter((x) => x === d).length;
  const M = n('marketing') + n('shared') / 2;
  const O = n('operations') + n('shared') / 2;
  return M + O === 0 ? 0 : Math.round((100 * 2 * Math.min(M, O)) / (M + O));
}

export { LEVELS, DOMAINS };

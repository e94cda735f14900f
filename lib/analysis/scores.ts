// Posting-level scores. The mix formula is deliberately simple so the UI can show it with the
// posting's own numbers filled in.
import type { Band, Domain, DomainCounts, Level, Scores, SeniorityFit, TitleFit, TitleInfo } from './schema';

export function countDomains(domains: Domain[]): DomainCounts {
  const counts: DomainCounts = { marketing: 0, operations: 0, shared: 0, sales: 0, product: 0, other: 0 };
  for (const d of domains) counts[d]++;
  return counts;
}

/** M = marketing + ½·shared, O = operations + ½·shared, mix = round(100 · 2·min(M, O) / (M + O)). */
export function mixScore(counts: DomainCounts): { M: number; O: number; mix: number } {
  const M = counts.marketing + counts.shared / 2;
  const O = counts.operations + counts.shared / 2;
  const mix = M + O === 0 ? 0 : Math.round((100 * 2 * Math.min(M, O)) / (M + O));
  return { M, O, mix };
}

export function bandOf(mix: number, M: number, O: number): Band {
  if (M + O === 0) return 'none';
  if (mix < 30) return 'clear';
  if (mix < 60) return 'leaning';
  return 'mixed';
}

/**
 * Does the role the title names hold the posting's duties?
 * - fits: the named role holds most of the marketing + operations duties (or a declared mix is leaning/mixed);
 * - mixed: the title names one role but the duties are mixed;
 * - mislabelled: most duties belong to the other role, or to sales, product or other;
 * - unknown: the title names neither role (or there are no duties).
 */
export function titleFit(role: TitleInfo['role'], counts: DomainCounts, band: Band): TitleFit {
  const total = counts.marketing + counts.operations + counts.shared + counts.sales + counts.product + counts.other;
  if (role === 'none' || total === 0) return 'unknown';
  const { M, O } = mixScore(counts);
  const elsewhere = counts.sales + counts.product + counts.other;
  // Most duties outside marketing and operations: a "运营" title over store or back-office work (rule 12).
  if (elsewhere > M + O) return 'mislabelled';
  if (role === 'mix') return band === 'leaning' || band === 'mixed' ? 'fits' : 'mislabelled';
  if (band === 'mixed') return 'mixed';
  const named = role === 'marketing' ? M : O;
  const otherSide = role === 'marketing' ? O : M;
  return named >= otherSide ? 'fits' : 'mislabelled';
}

const DECIDING_LEVELS: Level[] = ['strategy', 'tactics', 'management'];

/** Senior titles should carry strategy, tactics or management; junior ones should not mostly set strategy or manage. */
export function seniorityFit(seniority: TitleInfo['seniority'], levels: Level[]): SeniorityFit {
  if (seniority === 'none' || levels.length === 0) return 'unknown';
  let deciding = 0;
  let leading = 0;
  for (const l of levels) {
    if (l === 'strategy' || l === 'management') leading++;
    if (DECIDING_LEVELS.includes(l)) deciding++;
  }
  if (seniority === 'senior') return deciding / levels.length < 0.25 ? 'inflated' : 'fits';
  return leading / levels.length >= 0.5 ? 'understated' : 'fits';
}

export function computeScores(domains: Domain[], levels: Level[], title: TitleInfo): Scores {
  const counts = countDomains(domains);
  const { M, O, mix } = mixScore(counts);
  const band = bandOf(mix, M, O);
  const spill = counts.sales + counts.product;
  return {
    mix,
    band,
    spillover: domains.length ? Math.round((spill / domains.length) * 1000) / 1000 : 0,
    titleFit: titleFit(title.role, counts, band),
    seniorityFit: seniorityFit(title.seniority, levels),
    M,
    O,
    counts,
  };
}

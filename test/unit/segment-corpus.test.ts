// The quality bar for duty extraction, measured on the shared gold corpus when it is present
// (../shared/corpus; never copied into the project). Details: npx tsx test/corpus/extraction-report.ts --misses
import { describe, expect, it } from 'vitest';
import { segmentPosting } from '../../lib/analysis/segment';
import { corpusAvailable, extractionCounts, f1FromCounts, loadCorpus } from '../support/corpus';

type Counts = { tp: number; fp: number; fn: number };
const add = (a: Counts, b: Counts): Counts => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn });

function fileCounts(postings: ReturnType<typeof loadCorpus> extends Map<string, infer P> ? P : never): Counts {
  return postings.reduce<Counts>(
    (sum, p) => add(sum, extractionCounts(segmentPosting(p.text).duties.map((d) => d.text), p.duties.map((d) => d.text))),
    { tp: 0, fp: 0, fn: 0 },
  );
}

describe.skipIf(!corpusAvailable())('duty extraction F1 on the gold corpus', () => {
  const corpus = corpusAvailable() ? loadCorpus() : new Map();
  const counts = new Map([...corpus].map(([file, postings]) => [file, fileCounts(postings)]));

  it.each([
    ['postings.jsonl', 0.95],
    ['postings-boards.jsonl', 0.95],
    ['postings-en.jsonl', 0.85],
  ])('%s ≥ %s', (file, bar) => {
    const c = counts.get(file);
    expect(c, `${file} missing from the corpus`).toBeDefined();
    expect(f1FromCounts(c!)).toBeGreaterThanOrEqual(bar);
  });

  it('the two Chinese files together ≥ 0.95', () => {
    const zh = [...counts].filter(([file]) => !file.includes('-en')).reduce<Counts>((s, [, c]) => add(s, c), { tp: 0, fp: 0, fn: 0 });
    expect(f1FromCounts(zh)).toBeGreaterThanOrEqual(0.95);
  });
});

// Quality bar of the domain classifier on the gold corpus: every duty line classified on its own,
// macro-F1 over the six domains, per file, for all Chinese lines together and in total.
import { describe, expect, it } from 'vitest';
import { classifyDomain } from '../../lib/analysis/classify';
import { getLexicon } from '../../lib/analysis/lexicon';
import { prepareLine } from '../../lib/analysis/line';
import { corpusAvailable, loadCorpus, macroF1, type GoldPosting } from '../support/corpus';

const BARS: Record<string, number> = {
  'postings.jsonl': 0.8,
  'postings-boards.jsonl': 0.8,
  'postings-en.jsonl': 0.75,
};

function score(postings: GoldPosting[]): number {
  const lexicon = getLexicon();
  const pairs = postings.flatMap((p) => p.duties.map((d) => ({ gold: d.domain, pred: classifyDomain(prepareLine(d.text, 0, lexicon)).domain })));
  return macroF1(pairs).f1;
}

describe.skipIf(!corpusAvailable())('domain classifier on the gold corpus', () => {
  const corpus = corpusAvailable() ? loadCorpus() : new Map<string, GoldPosting[]>();

  it.each([...corpus.keys()])('%s reaches its macro-F1 bar', (file) => {
    expect(score(corpus.get(file)!)).toBeGreaterThanOrEqual(BARS[file] ?? 0.8);
  });

  it('reaches 0.80 for all Chinese lines together and in total', () => {
    const all = [...corpus.values()].flat();
    const chinese = [...corpus].filter(([file]) => file !== 'postings-en.jsonl').flatMap(([, postings]) => postings);
    expect(score(chinese)).toBeGreaterThanOrEqual(0.8);
    expect(score(all)).toBeGreaterThanOrEqual(0.8);
  });
});

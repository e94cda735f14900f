// Measures the analysis against the shared gold corpus: per file and in total, domain macro-F1 and level
// accuracy (each gold duty classified on its own), duty extraction F1 (whole postings) and mix MAE.
import { describe, expect, it } from 'vitest';
import { analyzeLine, analyzePosting } from '../../lib/analysis';
import type { Domain, Level } from '../../lib/analysis/schema';
import {
  CORPUS_DIR,
  confusionMatrix,
  corpusAvailable,
  extractionCounts,
  f1FromCounts,
  goldMix,
  levelAccuracy,
  loadCorpus,
  macroF1,
  type GoldPosting,
} from '../support/corpus';

interface Figures {
  postings: number;
  duties: number;
  macroF1: number;
  level: number;
  extraction: number;
  mixMae: number;
  domainPairs: Array<{ gold: Domain; pred: Domain }>;
}

function measure(postings: GoldPosting[]): Figures {
  const domainPairs: Array<{ gold: Domain; pred: Domain }> = [];
  const levelPairs: Array<{ gold: Level; pred: Level }> = [];
  const counts = { tp: 0, fp: 0, fn: 0 };
  let mixError = 0;
  for (const posting of postings) {
    for (const gold of posting.duties) {
      const duty = analyzeLine(gold.text);
      domainPairs.push({ gold: gold.domain, pred: duty.domain });
      levelPairs.push({ gold: gold.level, pred: duty.level });
    }
    const result = analyzePosting({ title: posting.title, text: posting.text });
    const c = extractionCounts(
      result.duties.map((d) => d.text),
      posting.duties.map((d) => d.text),
    );
    counts.tp += c.tp;
    counts.fp += c.fp;
    counts.fn += c.fn;
    mixError += Math.abs(result.scores.mix - goldMix(posting.duties.map((d) => d.domain)));
  }
  return {
    postings: postings.length,
    duties: domainPairs.length,
    macroF1: macroF1(domainPairs).f1,
    level: levelAccuracy(levelPairs),
    extraction: f1FromCounts(counts),
    mixMae: mixError / Math.max(1, postings.length),
    domainPairs,
  };
}

const BARS = {
  zh: { macroF1: 0.8, level: 0.75, extraction: 0.95, mixMae: 10 },
  en: { macroF1: 0.75, level: 0.7, extraction: 0.85, mixMae: 15 },
};

const available = corpusAvailable();
const inCi = process.env.CI === 'true';

describe('gold corpus', () => {
  if (!available && !inCi) {
    it.skip(`skipped: no corpus at ${CORPUS_DIR} (it is read from ../shared/corpus beside the project)`, () => {});
    return;
  }

  it('is present (CI must have it)', () => {
    expect(available, `the corpus must exist at ${CORPUS_DIR}`).toBe(true);
  });
  if (!available) return;

  const files = loadCorpus();
  const all = [...files.values()].flat();
  const rows: Array<[string, Figures]> = [...files].map(([name, postings]) => [name, measure(postings)]);
  const total = measure(all);
  rows.push(['TOTAL', total]);

  const table = rows
    .map(([name, f]) =>
      `${name.padEnd(24)} postings ${String(f.postings).padStart(3)} duties ${String(f.duties).padStart(4)}  ` +
      `domain macro-F1 ${f.macroF1.toFixed(3)}  level ${f.level.toFixed(3)}  extraction F1 ${f.extraction.toFixed(3)}  mix MAE ${f.mixMae.toFixed(1)}`,
    )
    .join('\n');
  console.log(`\nCorpus figures\n${table}\n\nDomain confusion (all files, rows = gold)\n${confusionMatrix(total.domainPairs)}\n`);

  for (const [name, figures] of rows) {
    const bars = name.includes('-en') ? BARS.en : BARS.zh;
    it(`${name}: meets its bars`, () => {
      expect.soft(figures.macroF1, 'domain macro-F1').toBeGreaterThanOrEqual(bars.macroF1);
      expect.soft(figures.level, 'level accuracy').toBeGreaterThanOrEqual(bars.level);
      expect.soft(figures.extraction, 'extraction F1').toBeGreaterThanOrEqual(bars.extraction);
      expect.soft(figures.mixMae, 'mix MAE').toBeLessThanOrEqual(bars.mixMae);
    });
  }
});

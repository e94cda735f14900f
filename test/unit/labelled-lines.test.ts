// Generalisation bar of the domain classifier on labelled duty lines of our own
// (test/fixtures/labelled-lines/*.jsonl), written for the rubric and never taken from the corpus.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { classifyDomain } from '../../lib/analysis/classify';
import { getLexicon } from '../../lib/analysis/lexicon';
import { prepareLine } from '../../lib/analysis/line';
import { DOMAINS } from '../../lib/analysis/constants';
import { macroF1 } from '../support/corpus';

const LabelledSchema = z.object({ text: z.string().check(z.minLength(4)), domain: z.enum(DOMAINS), why: z.string().check(z.minLength(2)) });
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/labelled-lines');

function load(lang: 'zh' | 'en') {
  return readFileSync(join(FIXTURES, `${lang}.jsonl`), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => LabelledSchema.parse(JSON.parse(l)));
}

const BARS = { zh: 0.8, en: 0.75 } as const;

describe.each(['zh', 'en'] as const)('labelled lines (%s)', (lang) => {
  const lines = load(lang);

  it('is a real test set: enough lines, every domain present, no duplicates', () => {
    expect(lines.length).toBeGreaterThanOrEqual(lang === 'zh' ? 180 : 100);
    for (const d of DOMAINS) expect(lines.filter((l) => l.domain === d).length, d).toBeGreaterThanOrEqual(5);
    expect(new Set(lines.map((l) => l.text)).size).toBe(lines.length);
  });

  it(`reaches macro-F1 ${BARS[lang]}`, () => {
    const lexicon = getLexicon();
    const pairs = lines.map((l) => ({ gold: l.domain, pred: classifyDomain(prepareLine(l.text, 0, lexicon)).domain }));
    expect(macroF1(pairs).f1).toBeGreaterThanOrEqual(BARS[lang]);
  });
});

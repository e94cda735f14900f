// Generalisation report for the domain classifier, on lines it was not tuned on.
//   npx tsx test/corpus/holdout-report.ts [--errors] [--lost] [--set zh|en|zh-blind|en-blind]
// 1. Our own labelled lines (test/fixtures/labelled-lines/*.jsonl): macro-F1, per-domain F1, confusion.
//    zh / en were written before tuning and then used to find errors; zh-blind / en-blind were written
//    later and are only ever read as totals (never print their errors while tuning, or they stop being blind).
// 2. Leave-one-file-out over the gold corpus: for each file, drop every domain cue that fires on that
//    file's gold lines but on no line of the other corpus files nor of our labelled lines — the cues
//    that file alone motivates — and score the file again. The drop estimates how much of the file's
//    figure comes from cues fitted to it.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { classifyDomain } from '../../lib/analysis/classify';
import { selectDomainMatches } from '../../lib/analysis/classify/select';
import { compileLexicon, getLexicon, loadCueFiles, type Lexicon } from '../../lib/analysis/lexicon';
import { prepareLine } from '../../lib/analysis/line';
import { DOMAINS, type Domain } from '../../lib/analysis/schema';
import { confusionMatrix, corpusAvailable, loadCorpus, macroF1 } from '../support/corpus';

const args = process.argv.slice(2);
const showErrors = args.includes('--errors');
const onlySet = args.includes('--set') ? args[args.indexOf('--set') + 1] : undefined;

interface Labelled {
  text: string;
  domain: Domain;
  why: string;
}

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/labelled-lines');
const load = (name: string): Labelled[] =>
  readFileSync(join(FIXTURES, `${name}.jsonl`), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Labelled);

const predict = (text: string, lexicon: Lexicon) => classifyDomain(prepareLine(text, 0, lexicon));

function report(name: string, lines: Labelled[], lexicon: Lexicon, errors = showErrors) {
  const rows = lines.map((l) => {
    const d = predict(l.text, lexicon);
    return { ...l, gold: l.domain, pred: d.domain, cues: d.cues.map((c) => c.rule).join(' | ') };
  });
  const { f1, perDomain } = macroF1(rows);
  const acc = rows.filter((r) => r.gold === r.pred).length / Math.max(1, rows.length);
  console.log(`\n== ${name}: ${rows.length} lines, macro-F1 ${f1.toFixed(3)}, accuracy ${acc.toFixed(3)}`);
  console.log(DOMAINS.map((d) => `${d} ${Number.isNaN(perDomain[d]) ? '-' : perDomain[d].toFixed(2)}`).join('  '));
  console.log(confusionMatrix(rows));
  if (errors) {
    for (const r of rows.filter((x) => x.gold !== x.pred)) {
      console.log(`${r.gold.slice(0, 5)}→${r.pred.slice(0, 5)}  ${r.text}  (${r.why})\n      [${r.cues}]`);
    }
  }
}

const sets = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.jsonl'))
  .map((f) => f.slice(0, -'.jsonl'.length))
  .sort();
const own = new Map(sets.map((name) => [name, load(name)]));
for (const [name, lines] of own) if (!onlySet || name === onlySet) report(`labelled-lines/${name}.jsonl`, lines, getLexicon(), showErrors && (!name.endsWith('-blind') || onlySet === name));

if (!onlySet && corpusAvailable()) {
  const corpus = loadCorpus();
  const lexicon = getLexicon();
  /** Builtin cue texts (lower-cased) that fire, as a standing domain match, on any of these lines. */
  const firing = (texts: string[]) => {
    const set = new Set<string>();
    for (const t of texts) for (const m of selectDomainMatches(prepareLine(t, 0, lexicon).matches)) if (m.cue.source === 'builtin') set.add(m.cue.text);
    return set;
  };
  const ownFiring = firing([...own.values()].flat().map((l) => l.text));
  const linesOf = new Map([...corpus].map(([file, postings]) => [file, postings.flatMap((p) => p.duties)]));
  console.log('\n== leave-one-file-out (cues only that file motivates removed)');
  for (const [file, duties] of linesOf) {
    const elsewhere = firing([...linesOf].filter(([f]) => f !== file).flatMap(([, ds]) => ds.map((d) => d.text)));
    const onlyHere = [...firing(duties.map((d) => d.text))].filter((c) => !elsewhere.has(c) && !ownFiring.has(c));
    const drop = new Set(onlyHere);
    const files = loadCueFiles().map(({ name, file: f }) => ({ name, file: { ...f, cues: f.cues.filter((c) => f.kind !== 'domain' || !drop.has(c.text)) } }));
    const reduced = compileLexicon(files);
    const full = macroF1(duties.map((d) => ({ gold: d.domain, pred: predict(d.text, lexicon).domain }))).f1;
    const held = macroF1(duties.map((d) => ({ gold: d.domain, pred: predict(d.text, reduced).domain }))).f1;
    console.log(`${file.padEnd(24)} full ${full.toFixed(3)}  held-out ${held.toFixed(3)}  (${drop.size} cues removed)`);
    if (showErrors && drop.size) console.log(`      removed: ${onlyHere.join(', ')}`);
    if (args.includes('--lost')) {
      // Lines right with the full lexicon and wrong without the file's own cues: where broader vocabulary is missing.
      for (const d of duties) {
        const before = predict(d.text, lexicon).domain;
        const after = predict(d.text, reduced);
        if (before === d.domain && after.domain !== d.domain) console.log(`   ${d.domain.slice(0, 5)}→${after.domain.slice(0, 5)}  ${d.text.slice(0, 90)}  [${after.cues.map((c) => c.text).join(' ')}]`);
      }
    }
  }
}

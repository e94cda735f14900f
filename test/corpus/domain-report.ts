// Dev report for the domain classifier: every gold duty line classified on its own.
//   npx tsx test/corpus/domain-report.ts [--errors] [--file postings.jsonl]
// Prints per-file macro-F1, per-domain F1 and the confusion matrix (Chinese together and total too).
import { classifyDomain } from '../../lib/analysis/classify';
import { getLexicon } from '../../lib/analysis/lexicon';
import { prepareLine } from '../../lib/analysis/line';
import { DOMAINS, type Domain } from '../../lib/analysis/schema';
import { confusionMatrix, loadCorpus, macroF1 } from '../support/corpus';

const args = process.argv.slice(2);
const showErrors = args.includes('--errors');
const only = args.includes('--file') ? args[args.indexOf('--file') + 1] : undefined;

interface Row {
  file: string;
  text: string;
  gold: Domain;
  pred: Domain;
  cues: string;
}

const lexicon = getLexicon();
const rows: Row[] = [];
for (const [file, postings] of loadCorpus()) {
  for (const posting of postings) {
    for (const duty of posting.duties) {
      const decision = classifyDomain(prepareLine(duty.text, 0, lexicon));
      rows.push({ file, text: duty.text, gold: duty.domain, pred: decision.domain, cues: decision.cues.map((c) => c.rule).join(' | ') });
    }
  }
}

function report(name: string, set: Row[]) {
  const { f1, perDomain } = macroF1(set);
  const acc = set.filter((r) => r.gold === r.pred).length / Math.max(1, set.length);
  console.log(`\n== ${name}: ${set.length} lines, macro-F1 ${f1.toFixed(3)}, accuracy ${acc.toFixed(3)}`);
  console.log(DOMAINS.map((d) => `${d} ${Number.isNaN(perDomain[d]) ? '-' : perDomain[d].toFixed(2)}`).join('  '));
  console.log(confusionMatrix(set));
}

const files = [...new Set(rows.map((r) => r.file))];
for (const file of files) if (!only || file === only) report(file, rows.filter((r) => r.file === file));
if (!only) {
  report('all Chinese', rows.filter((r) => r.file !== 'postings-en.jsonl'));
  report('total', rows);
}
if (showErrors) {
  console.log('\n== errors (gold → predicted: line  [cues])');
  for (const r of rows.filter((x) => x.gold !== x.pred && (!only || x.file === only))) {
    console.log(`${r.gold.slice(0, 5)}→${r.pred.slice(0, 5)}  ${r.text.slice(0, 110)}\n      [${r.cues}]`);
  }
}

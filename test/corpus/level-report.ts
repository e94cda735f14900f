// Dev report for the level classifier: each gold duty line classified on its own, per-file accuracy,
// a level confusion matrix, and with --errors the wrong lines with the cues that decided them.
// Run: npx tsx test/corpus/level-report.ts [--errors] [--file postings-en.jsonl]
import { classifyLevel } from '../../lib/analysis/level';
import { getLexicon } from '../../lib/analysis/lexicon';
import { prepareLine } from '../../lib/analysis/line';
import { LEVELS, levelAccuracy, loadCorpus, type GoldDuty } from '../support/corpus';
import type { Level } from '../../lib/analysis/schema';

const args = process.argv.slice(2);
const showErrors = args.includes('--errors');
const onlyFile = args.includes('--file') ? args[args.indexOf('--file') + 1] : undefined;

interface Row {
  duty: GoldDuty;
  pred: Level;
  cues: string[];
}

function classifyAll(duties: GoldDuty[]): Row[] {
  const lexicon = getLexicon();
  return duties.map((duty) => {
    const decision = classifyLevel(prepareLine(duty.text, 0, lexicon));
    return { duty, pred: decision.level, cues: decision.cues.map((c) => c.rule) };
  });
}

function matrix(rows: Row[]): string {
  const short = (l: string) => l.slice(0, 5).padStart(7);
  const lines = [`gold\\pred ${LEVELS.map(short).join('')}`];
  for (const g of LEVELS) {
    lines.push(g.padEnd(10) + ' ' + LEVELS.map((p) => String(rows.filter((r) => r.duty.level === g && r.pred === p).length).padStart(7)).join(''));
  }
  return lines.join('\n');
}

const accuracy = (rows: Row[]) => levelAccuracy(rows.map((r) => ({ gold: r.duty.level, pred: r.pred })));
const fmt = (rows: Row[]) => `${accuracy(rows).toFixed(3)} (${rows.filter((r) => r.pred === r.duty.level).length}/${rows.length})`;

const started = performance.now();
const all: Row[] = [];
const chinese: Row[] = [];
for (const [file, postings] of loadCorpus()) {
  if (onlyFile && file !== onlyFile) continue;
  const rows = classifyAll(postings.flatMap((p) => p.duties));
  all.push(...rows);
  if (!file.includes('-en')) chinese.push(...rows);
  console.log(`\n== ${file}: level accuracy ${fmt(rows)}`);
  console.log(matrix(rows));
  if (showErrors) {
    for (const r of rows.filter((x) => x.pred !== x.duty.level)) {
      console.log(`  gold ${r.duty.level.padEnd(10)} pred ${r.pred.padEnd(10)} ${r.duty.text.slice(0, 90)}`);
      if (r.cues.length) console.log(`      ${r.cues.join(' | ')}`);
    }
  }
}
console.log(`\nChinese files: ${fmt(chinese)}   total: ${fmt(all)}`);
console.log(matrix(all));
console.log(`(${all.length} lines in ${(performance.now() - started).toFixed(0)} ms, lexicon compile included)`);

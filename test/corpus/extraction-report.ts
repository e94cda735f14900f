// Dev report: duty-extraction precision / recall / F1 of segmentPosting on the gold corpus, per file,
// over the Chinese files together, and overall. `--misses` lists missed and extra lines per posting.
// `--stress` re-measures on variants of each posting (CRLF, <br />, other numbering, headings removed, one line).
// Run: npx tsx test/corpus/extraction-report.ts [--misses] [--file postings-en.jsonl] [--stress]
import { segmentPosting } from '../../lib/analysis/segment';
import { corpusAvailable, extractionCounts, f1FromCounts, loadCorpus, matchKey } from '../support/corpus';

type Counts = { tp: number; fp: number; fn: number };

function add(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

function format(name: string, c: Counts): string {
  const p = c.tp / Math.max(1, c.tp + c.fp);
  const r = c.tp / Math.max(1, c.tp + c.fn);
  return `${name.padEnd(26)} P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f1FromCounts(c).toFixed(3)}  (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`;
}

function misses(predicted: string[], gold: string[]): { missed: string[]; extra: string[] } {
  const left = new Map<string, number>();
  for (const p of predicted.map(matchKey)) left.set(p, (left.get(p) ?? 0) + 1);
  const missed = gold.filter((g) => {
    const k = matchKey(g);
    const n = left.get(k) ?? 0;
    if (n > 0) left.set(k, n - 1);
    return n === 0;
  });
  const goldLeft = new Map<string, number>();
  for (const g of gold.map(matchKey)) goldLeft.set(g, (goldLeft.get(g) ?? 0) + 1);
  const extra = predicted.filter((p) => {
    const k = matchKey(p);
    const n = goldLeft.get(k) ?? 0;
    if (n > 0) goldLeft.set(k, n - 1);
    return n === 0;
  });
  return { missed, extra };
}

// Robustness variants of each posting (dev only): the same gold lines written the ways other boards write them.
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const HEADING_LINE = /^[\s【\[*#]*(?:[\p{Script=Han}]{2,8}|[A-Za-z][A-Za-z' &/-]{2,40})[】\]*\s]*[:：]?[\s*]*$/u;
const VARIANTS: Record<string, (t: string) => string> = {
  crlf: (t) => t.replace(/\n/g, '\r\n'),
  br: (t) => t.replace(/\n/g, '<br />'),
  'paren-numbers': (t) => t.replace(/^(\s*)(\d{1,2})[、.．](\s*)/gm, '$1（$2）'),
  'circled-numbers': (t) => t.replace(/^(\s*)(\d{1,2})[、.．](\s*)/gm, (_m, a: string, n: string) => a + (CIRCLED[Number(n) - 1] ?? n + '.')),
  // The requirements heading lost: its list runs on under the duties heading.
  'no-requirement-headings': (t) =>
    t
      .split('\n')
      .filter((l) => !/^[\s【\[*#]*(?:任职要求|岗位要求|任职资格|职位要求|任职条件|工作要求|(?:minimum |preferred |required )?qualifications|requirements)[】\]*\s]*[:：]?[\s*]*$/iu.test(l))
      .join('\n'),
  'no-headings': (t) => t.split('\n').filter((l) => !HEADING_LINE.test(l.trim()) || l.trim().length > 24).join('\n'),
  // Line breaks lost: lines run together, with a space where a line did not end in punctuation.
  'one-line': (t) =>
    !/\p{Script=Han}/u.test(t)
      ? t
      : t
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .map((l) => (/[。；;！!？?:：]$/u.test(l) ? l : l + ' '))
      .join(''),
};

function stress(): void {
  for (const [variant, transform] of Object.entries(VARIANTS)) {
    const zero: Counts = { tp: 0, fp: 0, fn: 0 };
    const perFile: string[] = [];
    for (const [file, postings] of loadCorpus()) {
      let sum = zero;
      for (const posting of postings) {
        const predicted = segmentPosting(transform(posting.text)).duties.map((d) => d.text);
        sum = add(sum, extractionCounts(predicted, posting.duties.map((d) => d.text)));
      }
      perFile.push(`  ${format(file, sum)}`);
    }
    console.log(`${variant}\n${perFile.join('\n')}`);
  }
}

function main(): void {
  if (!corpusAvailable()) {
    console.error('corpus not found (../shared/corpus)');
    process.exit(1);
  }
  if (process.argv.includes('--stress')) return stress();
  const showMisses = process.argv.includes('--misses');
  const only = process.argv[process.argv.indexOf('--file') + 1];
  // `--variant no-headings` measures (and with --misses lists) one robustness variant.
  const variant = process.argv.includes('--variant') ? process.argv[process.argv.indexOf('--variant') + 1] : undefined;
  const transform = (variant && VARIANTS[variant]) || ((t: string) => t);
  const zero: Counts = { tp: 0, fp: 0, fn: 0 };
  let total = zero;
  let chinese = zero;
  const lines: string[] = [];
  for (const [file, postings] of loadCorpus()) {
    if (process.argv.includes('--file') && file !== only) continue;
    let sum = zero;
    for (const posting of postings) {
      const predicted = segmentPosting(transform(posting.text)).duties.map((d) => d.text);
      const gold = posting.duties.map((d) => d.text);
      const c = extractionCounts(predicted, gold);
      sum = add(sum, c);
      if (showMisses && (c.fp || c.fn)) {
        const m = misses(predicted, gold);
        console.log(`\n## ${file} ${posting.id} ${posting.title}`);
        for (const t of m.missed) console.log(`  - missed: ${t.slice(0, 140)}`);
        for (const t of m.extra) console.log(`  + extra:  ${t.slice(0, 140)}`);
      }
    }
    lines.push(format(file, sum));
    total = add(total, sum);
    if (!file.includes('-en')) chinese = add(chinese, sum);
  }
  console.log('\n' + lines.join('\n'));
  console.log(format('Chinese files together', chinese));
  console.log(format('all files', total));
}

main();

// `npm run bench`: speed of the analysis core.
// - postings per second and the median time per posting over the corpus (or the bundled examples);
// - the ratio of the full analysis to a baseline that only normalises and splits lines, same texts, same run;
// - time against input size (1 KB … 1 MB) to show it grows linearly.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyzePosting } from '../lib/analysis';
import { CUE_FILES, compileLexicon, loadCueFiles } from '../lib/analysis/lexicon';
import { normalize } from '../lib/analysis/normalize';
import { corpusAvailable, loadCorpus } from '../test/support/corpus';

interface Text {
  title?: string;
  text: string;
}

function texts(): { label: string; items: Text[] } {
  if (corpusAvailable()) return { label: 'the shared corpus', items: [...loadCorpus().values()].flat() };
  const dir = join(import.meta.dirname, '../examples');
  return { label: 'the bundled examples', items: readdirSync(dir).map((f) => ({ text: readFileSync(join(dir, f), 'utf8') })) };
}

function baseline(text: string): number {
  return normalize(text, { lowercase: true }).text.split('\n').length;
}

function timePass(items: Text[], fn: (t: Text) => unknown): number {
  const start = performance.now();
  for (const item of items) fn(item);
  return performance.now() - start;
}

/**
 * Full and baseline passes alternate, round by round, so both see the same load on a shared machine (which pass
 * goes first alternates too); the ratio is the median of the per-round ratios, with its middle half (quartiles).
 * Times are medians, in ms per pass.
 */
function compare(items: Text[], rounds: number): { full: number; base: number; ratio: number; spread: [number, number] } {
  const full: number[] = [];
  const base: number[] = [];
  const ratios: number[] = [];
  const fullPass = () => timePass(items, (t) => analyzePosting(t));
  const basePass = () => timePass(items, (t) => baseline(t.text));
  for (let r = 0; r < rounds; r++) {
    let f: number;
    let b: number;
    if (r % 2 === 0) {
      f = fullPass();
      b = basePass();
    } else {
      b = basePass();
      f = fullPass();
    }
    full.push(f);
    base.push(b);
    ratios.push(f / b);
  }
  return { full: median(full), base: median(base), ratio: median(ratios), spread: [quantile(ratios, 0.25), quantile(ratios, 0.75)] };
}
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) * q)]!;
const median = (xs: number[]) => quantile(xs, 0.5);

const { label, items } = texts();
const totalKb = items.reduce((n, t) => n + t.text.length, 0) / 1024;

// Compiling the lexicon happens once, at load; shown here so its cost is visible.
const compileStart = performance.now();
compileLexicon(loadCueFiles(CUE_FILES));
const compileMs = performance.now() - compileStart;

// Warm up the JIT on both paths before measuring: with only a few passes the first rounds still ran while code
// was being optimised (per-round ratios of 5–7 settling to under 4 by round ten), so warm-up runs for a fixed
// number of passes and at least one second.
const warmStart = performance.now();
for (let i = 0; i < 30 || performance.now() - warmStart < 1000; i++) for (const t of items) (analyzePosting(t), baseline(t.text));

const perPosting: number[] = [];
for (const t of items) {
  const start = performance.now();
  for (let i = 0; i < 5; i++) analyzePosting(t);
  perPosting.push((performance.now() - start) / 5);
}
perPosting.sort((a, b) => a - b);

const { full, base, ratio, spread } = compare(items, 61);

console.log(`Role Lens analysis benchmark — ${items.length} postings from ${label} (${totalKb.toFixed(0)} KB), Node ${process.version}`);
console.log(`lexicon compile (once, at load)   ${compileMs.toFixed(2)} ms`);
console.log(`postings per second                ${Math.round((items.length / full) * 1000)}`);
console.log(`median time per posting            ${median(perPosting).toFixed(3)} ms  (p90 ${perPosting[Math.floor(perPosting.length * 0.9)]!.toFixed(3)} ms)`);
console.log(`full analysis, all postings        ${full.toFixed(2)} ms`);
console.log(`baseline (normalise + split lines) ${base.toFixed(2)} ms`);
console.log(`ratio full / baseline              ${ratio.toFixed(2)}  (target ≤ 4; median of 61 per-round ratios, middle half ${spread[0].toFixed(2)}–${spread[1].toFixed(2)})`);

// Linear growth: the same mix of postings repeated to each size.
const sample = items.map((t) => t.text).join('\n\n');
console.log('\nsize       full ms   baseline ms   ratio   µs per KB (full)');
for (const kb of [1, 10, 100, 1000]) {
  const target = kb * 1024;
  const text = sample.repeat(Math.ceil(target / sample.length)).slice(0, target);
  const rounds = kb >= 1000 ? 5 : kb >= 100 ? 9 : 25;
  const { full: f, base: b, ratio: r } = compare([{ text }], rounds);
  console.log(`${(kb >= 1000 ? `${kb / 1000} MB` : `${kb} KB`).padEnd(10)} ${f.toFixed(2).padStart(8)} ${b.toFixed(2).padStart(12)} ${r.toFixed(2).padStart(8)} ${((f * 1000) / kb).toFixed(1).padStart(12)}`);
}

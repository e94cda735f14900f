// The one entry point of the analysis: the CLI, the extension and the benchmark all come through here.
// Pure and synchronous; imports no runtime Zod so the content script stays small (callers validate
// their own boundaries with the schemas in ./schema).
import { classifyDomain } from './classify';
import { classifyLevel } from './level';
import { getLexicon, type ExtraCue, type Lexicon } from './lexicon';
import { prepareLine } from './line';
import { computeScores } from './scores';
import { segmentPosting, type LineSpan } from './segment';
import { readTitle } from './title';
import { seniorityFitReason, titleFitReason, verdictFor } from './verdict';
import type { AnalysisOptions, AnalysisResult, Cue, Duty, Lang, PostingInput } from './schema';

export type * from './schema';

function lexiconFor(extraCues: AnalysisOptions['extraCues']): Lexicon {
  if (!extraCues?.length) return getLexicon();
  const extra: ExtraCue[] = extraCues.map((c) => ({ text: c.text, domain: c.domain, level: c.level, weight: c.weight ?? 3 }));
  return getLexicon(extra);
}

const SAMPLE = 20_000;
const CHUNK = 64;
const HAN = /[\u3400-\u9fff]/;

/** 'zh' when Han characters make up a fair share of the letters, else 'en'. */
export function detectLang(text: string, title = ''): Lang {
  // The first SAMPLE characters of "title\ntext" (a long posting says early which language it is in).
  const counts = { han: 0, latin: 0 };
  countScripts(title, 0, Math.min(title.length, SAMPLE), counts);
  const end = Math.min(text.length, Math.max(0, SAMPLE - title.length - 1));
  // No Han character at all is 'en' whatever the rest; the regex engine finds that out fastest.
  if (counts.han === 0 && !HAN.test(end < text.length ? text.slice(0, end) : text)) return 'en';
  for (let from = 0; from < end; from += CHUNK) {
    // Stop once the characters still unread could not change the answer, whatever they are.
    const unread = end - from;
    if (counts.han > 0 && counts.han * 4 >= counts.latin + unread) return 'zh';
    if ((counts.han + unread) * 4 < counts.latin) return 'en';
    countScripts(text, from, Math.min(end, from + CHUNK), counts);
  }
  // A Han character carries about as much as a short English word.
  return counts.han * 4 >= counts.latin && counts.han > 0 ? 'zh' : 'en';
}

function countScripts(sample: string, from: number, to: number, counts: { han: number; latin: number }): void {
  let han = 0;
  let latin = 0;
  for (let i = from; i < to; i++) {
    const c = sample.charCodeAt(i);
    if (c >= 0x3400 && c <= 0x9fff) han++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
  }
  counts.han += han;
  counts.latin += latin;
}

const byStartThenEnd = (a: Cue, b: Cue) => a.start - b.start || a.end - b.end;

/** Both lists are in text order; the merge keeps that order (by start, then end; domain cues first on a tie). */
function inTextOrder(domainCues: Cue[], levelCues: Cue[]): Cue[] {
  // The two lists are this line's own (nothing else holds them): one that stands alone is sorted in place.
  const cues = levelCues.length === 0 ? domainCues : domainCues.length === 0 ? levelCues : domainCues.concat(levelCues);
  // Insertion sort: a line has a handful of cues, and it is stable. A long line dense with cues gets the
  // built-in sort instead, which is stable too (same order), and not quadratic.
  if (cues.length > 64) return cues.sort(byStartThenEnd);
  for (let i = 1; i < cues.length; i++) {
    const cue = cues[i]!;
    let j = i - 1;
    while (j >= 0 && (cues[j]!.start > cue.start || (cues[j]!.start === cue.start && cues[j]!.end > cue.end))) {
      cues[j + 1] = cues[j]!;
      j--;
    }
    cues[j + 1] = cue;
  }
  return cues;
}

function classifySpan(span: LineSpan, lexicon: Lexicon): Duty {
  const line = prepareLine(span.text, span.start, lexicon);
  const domain = classifyDomain(line);
  const level = classifyLevel(line);
  const cues = inTextOrder(domain.cues, level.cues);
  const text = span.text;
  // Two literals rather than a spread: the same key order either way, without copying an object.
  return domain.secondary
    ? { text, start: span.start, end: span.end, domain: domain.domain, secondary: domain.secondary, level: level.level, confidence: domain.confidence, rule: domain.rule, cues }
    : { text, start: span.start, end: span.end, domain: domain.domain, level: level.level, confidence: domain.confidence, rule: domain.rule, cues };
}

/** The whole text, trimmed, as one line span. */
function wholeSpan(text: string): LineSpan[] {
  const start = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  return end > start ? [{ text: text.slice(start, end), start, end }] : [];
}

/** Analyse one posting: sections, duty lines with domain, level and cues, scores and verdict. */
export function analyzePosting(input: PostingInput, options: AnalysisOptions = {}): AnalysisResult {
  const text = input.text;
  const title = (input.title ?? '').trim();
  const lexicon = lexiconFor(options.extraCues);
  const lineUnit = options.unit === 'line';
  const segmented = lineUnit
    ? { sections: [{ kind: 'duties' as const, start: 0, end: text.length }], duties: wholeSpan(text), requirements: [] }
    : segmentPosting(text, { other: false });
  const duties = segmented.duties.map((span) => classifySpan(span, lexicon));
  const titleInfo = readTitle(title);
  const scores = computeScores(
    duties.map((d) => d.domain),
    duties.map((d) => d.level),
    titleInfo,
  );
  return {
    schemaVersion: 1,
    title,
    lang: options.lang ?? detectLang(text, title),
    duties,
    // The segmenter's spans are already plain { text, start, end } objects, built for this result alone.
    requirements: segmented.requirements,
    sections: segmented.sections,
    scores,
    titleInfo,
    reasons: { titleFit: titleFitReason(scores, titleInfo), seniorityFit: seniorityFitReason(scores, titleInfo) },
    verdict: verdictFor(scores, duties.length),
  };
}

/** Classify one duty line on its own (no section or line splitting); offsets index `text`. */
export function analyzeLine(text: string, options: AnalysisOptions = {}): Duty {
  const lexicon = lexiconFor(options.extraCues);
  const [span] = wholeSpan(text);
  return classifySpan(span ?? { text: '', start: 0, end: 0 }, lexicon);
}

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
import type { AnalysisOptions, AnalysisResult, Duty, Lang, PostingInput } from './schema';

export type * from './schema';

function lexiconFor(extraCues: AnalysisOptions['extraCues']): Lexicon {
  const extra: ExtraCue[] = (extraCues ?? []).map((c) => ({ text: c.text, domain: c.domain, level: c.level, weight: c.weight ?? 3 }));
  return getLexicon(extra);
}

/** 'zh' when Han characters make up a fair share of the letters, else 'en'. */
export function detectLang(text: string): Lang {
  let han = 0;
  let latin = 0;
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c >= 0x3400 && c <= 0x9fff) han++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
  }
  // A Han character carries about as much as a short English word.
  return han * 4 >= latin && han > 0 ? 'zh' : 'en';
}

function classifySpan(input: string, span: LineSpan, lexicon: Lexicon): Duty {
  const line = prepareLine(span.text, span.start, lexicon);
  const domain = classifyDomain(line);
  const level = classifyLevel(line);
  const cues = [...domain.cues, ...level.cues].sort((a, b) => a.start - b.start || a.end - b.end);
  return {
    text: input.slice(span.start, span.end),
    start: span.start,
    end: span.end,
    domain: domain.domain,
    ...(domain.secondary ? { secondary: domain.secondary } : {}),
    level: level.level,
    confidence: domain.confidence,
    rule: domain.rule,
    cues,
  };
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
    : segmentPosting(text);
  const duties = segmented.duties.map((span) => classifySpan(text, span, lexicon));
  const titleInfo = readTitle(title);
  const scores = computeScores(
    duties.map((d) => d.domain),
    duties.map((d) => d.level),
    titleInfo,
  );
  return {
    schemaVersion: 1,
    title,
    lang: options.lang ?? detectLang(`${title}\n${text}`),
    duties,
    requirements: segmented.requirements.map((r) => ({ text: r.text, start: r.start, end: r.end })),
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
  return classifySpan(text, span ?? { text: '', start: 0, end: 0 }, lexicon);
}

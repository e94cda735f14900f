// The cue lexicon: data files (one a domain, one a level, zh and en together) validated when loaded,
// compiled once into a single Aho–Corasick automaton so that matching a line costs one pass over it.
import * as z from 'zod/mini';
import { GAP_MAX, cueMatcher } from './cue-matcher';
import { domainRuleTail, levelRules, ownPart } from './rule-text';
import { DOMAINS, LEVELS, type Domain, type Level } from './constants';
import { CONCEPT_RULE } from './classify/concepts';
import type { DecisionRule } from './schema';
import marketing from './lexicon/domain-marketing.json';
import operations from './lexicon/domain-operations.json';
import shared from './lexicon/domain-shared.json';
import sales from './lexicon/domain-sales.json';
import product from './lexicon/domain-product.json';
import other from './lexicon/domain-other.json';
import strategy from './lexicon/level-strategy.json';
import tactics from './lexicon/level-tactics.json';
import execution from './lexicon/level-execution.json';
import management from './lexicon/level-management.json';
import chores from './lexicon/level-chores.json';

/**
 * One cue. `text` is matched in the normalised, lower-cased line; a `…` inside it is a gap of up to
 * GAP_MAX characters within one clause ("制定…战略"), per language;
 * every part of an English cue matches on word boundaries.
 */
export const CueEntrySchema = z.object({
  text: z.string().check(z.minLength(1), z.maxLength(40)),
  lang: z.enum(['zh', 'en']),
  weight: z.number().check(z.gte(0.1), z.lte(10)),
  /**
   * For domain cues: `outcome` names what the line is accountable for (awareness, conversion…);
   * `activity` names work that belongs to the domain; `overlap` names overlap work (软文, 活动, 策划)
   * that outcome cues decide. Level files use `level`.
   */
  role: z.enum(['outcome', 'activity', 'overlap', 'level']),
  note: z.string().check(z.minLength(1)),
  /** A line of our own (never from the corpus) that this cue alone should classify as its file's target. */
  example: z.string().check(z.minLength(1)),
});
export type CueEntry = z.infer<typeof CueEntrySchema>;

export const CueFileSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('domain'), target: z.enum(DOMAINS), about: z.string(), cues: z.array(CueEntrySchema) }),
  z.object({ kind: z.literal('level'), target: z.enum(LEVELS), about: z.string(), cues: z.array(CueEntrySchema) }),
]);
export type CueFile = z.infer<typeof CueFileSchema>;

export const CUE_FILES: Record<string, unknown> = {
  'domain-marketing': marketing,
  'domain-operations': operations,
  'domain-shared': shared,
  'domain-sales': sales,
  'domain-product': product,
  'domain-other': other,
  'level-strategy': strategy,
  'level-tactics': tactics,
  'level-execution': execution,
  'level-management': management,
  'level-chores': chores,
};

export { GAP_MAX };

export interface CompiledCue extends CueEntry {
  kind: 'domain' | 'level';
  target: Domain | Level;
  source: 'builtin' | 'custom';
  /** The cue text split at `…` (lower-cased); one part for a plain cue. */
  parts: string[];
  /** Automaton ids of parts[1…] (empty for a plain cue); filled in by cueMatcher. */
  restIds: number[];
  /** Position in the compiled lexicon: settles the order of matches on the same span. */
  id: number;
  /** The rubric concept the cue stands for: its note's tag before the first colon ("custom" for user cues). */
  concept: string;
  /** The rubric rule the cue's concept names when it decides a line (CONCEPT_RULE), if any. */
  conceptRule: DecisionRule | undefined;
  /** A domain cue's rule text after its spelling when it counts for its own domain ('' for level cues). */
  ownRule: string;
  /** A level cue's whole rule text when it leads the line and when it does not (['', ''] for domain cues). */
  levelRules: readonly [string, string];
}

export interface CueMatch {
  cue: CompiledCue;
  /** Half-open span in the text given to `match` (normalised, lower-cased). */
  start: number;
  end: number;
}

export interface Lexicon {
  cues: CompiledCue[];
  match(normalizedLower: string): CueMatch[];
}

export interface ExtraCue {
  text: string;
  domain?: Domain;
  level?: Level;
  weight: number;
}

export function loadCueFiles(files: Record<string, unknown> = CUE_FILES): Array<{ name: string; file: CueFile }> {
  return Object.entries(files).map(([name, raw]) => {
    const parsed = CueFileSchema.safeParse(raw);
    if (!parsed.success) throw new Error(`lexicon file ${name}.json is invalid: ${z.prettifyError(parsed.error)}`);
    return { name, file: parsed.data };
  });
}

export function compileLexicon(files: Array<{ file: CueFile }>, extra: ExtraCue[] = []): Lexicon {
  const cues: CompiledCue[] = [];
  const add = (entry: CueEntry, kind: CompiledCue['kind'], target: CompiledCue['target'], source: CompiledCue['source']) =>
    cues.push(compiledCue(entry, kind, target, source, cues.length));
  for (const { file } of files) for (const entry of file.cues) add(entry, file.kind, file.target, 'builtin');
  for (const c of extra) {
    const lang: 'zh' | 'en' = /[\u3400-\u9fff]/.test(c.text) ? 'zh' : 'en';
    const entry = { text: c.text, lang, weight: c.weight, note: 'custom cue', example: c.text };
    if (c.domain) add({ ...entry, role: 'activity' }, 'domain', c.domain, 'custom');
    if (c.level) add({ ...entry, role: 'level' }, 'level', c.level, 'custom');
  }

  return { cues, match: cueMatcher(cues) };
}

function compiledCue(entry: CueEntry, kind: CompiledCue['kind'], target: CompiledCue['target'], source: CompiledCue['source'], id: number): CompiledCue {
  const colon = entry.note.indexOf(':');
  const concept = source === 'custom' ? 'custom' : colon > 0 ? entry.note.slice(0, colon).trim() : entry.note.trim();
  // One object shape for every cue (built-in or custom), so the classifiers' property reads stay monomorphic.
  return {
    text: entry.text,
    lang: entry.lang,
    weight: entry.weight,
    role: entry.role,
    note: entry.note,
    example: entry.example,
    kind,
    target,
    source,
    parts: splitParts(entry.text),
    restIds: [],
    id,
    concept,
    conceptRule: CONCEPT_RULES.get(concept),
    ownRule: kind === 'domain' ? domainRuleTail(ownPart(source, entry.role), concept, target as Domain) : '',
    levelRules: kind === 'level' ? levelRules(entry.text, source, target as Level) : NO_LEVEL_RULES,
  };
}

const NO_LEVEL_RULES: readonly [string, string] = ['', ''];
/** Looked up by a concept read from a cue's note, which is not a property-name literal. */
const CONCEPT_RULES = new Map(Object.entries(CONCEPT_RULE));

function splitParts(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .split(/…|\.\.\./)
    .map((p) => p.trim())
    .filter(Boolean);
}

let defaultLexicon: Lexicon | undefined;
const customLexicons = new Map<string, Lexicon>();

/** The built-in lexicon (compiled once), or one with the user's extra cues (cached per cue set). */
export function getLexicon(extra: ExtraCue[] = []): Lexicon {
  if (extra.length === 0) return (defaultLexicon ??= compileLexicon(loadCueFiles()));
  const key = JSON.stringify(extra);
  let lexicon = customLexicons.get(key);
  if (!lexicon) {
    lexicon = compileLexicon(loadCueFiles(), extra);
    if (customLexicons.size > 8) customLexicons.clear();
    customLexicons.set(key, lexicon);
  }
  return lexicon;
}

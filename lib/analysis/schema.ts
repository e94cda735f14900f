// zod/mini: the same schemas at a fraction of full Zod's bundle size, so the popup and content
// script load fast.
import * as z from 'zod/mini';
import { BANDS, DECISION_RULES, DOMAINS, LEVELS, SENIORITY_FITS, TITLE_FITS } from './constants';

export { BANDS, DECISION_RULES, DOMAINS, LEVELS, SENIORITY_FITS, TITLE_FITS };

// The analysis's data at its boundaries. Results are plain JSON (no classes) so they can be
// stored, messaged between extension scripts and printed by the CLI unchanged.

export const DomainSchema = z.enum(DOMAINS);
export const LevelSchema = z.enum(LEVELS);
export const BandSchema = z.enum(BANDS);
export const TitleFitSchema = z.enum(TITLE_FITS);
export const SeniorityFitSchema = z.enum(SENIORITY_FITS);
export const LangSchema = z.enum(['zh', 'en']);

export type Domain = z.infer<typeof DomainSchema>;
export type Level = z.infer<typeof LevelSchema>;
export type Band = z.infer<typeof BandSchema>;
export type TitleFit = z.infer<typeof TitleFitSchema>;
export type SeniorityFit = z.infer<typeof SeniorityFitSchema>;
export type Lang = z.infer<typeof LangSchema>;

const Bilingual = z.object({ zh: z.string(), en: z.string() });
export type Bilingual = z.infer<typeof Bilingual>;

/** A cue a user adds in the options page: a phrase that pushes a line towards a domain and/or level. */
export const CustomCueSchema = z
  .object({
    text: z.string().check(z.trim(), z.minLength(1), z.maxLength(40)),
    domain: z.optional(DomainSchema),
    level: z.optional(LevelSchema),
    weight: z._default(z.number().check(z.gte(0.1), z.lte(10)), 3),
  })
  .check(
    z.refine((c) => c.domain !== undefined || c.level !== undefined, {
      message: 'a custom cue needs a domain or a level',
    }),
  );
export type CustomCue = z.infer<typeof CustomCueSchema>;

export const AnalysisOptionsSchema = z.object({
  /** Language of the posting; detected from the text when absent. */
  lang: z.optional(LangSchema),
  extraCues: z._default(z.array(CustomCueSchema), []),
  /** 'line': the whole text is exactly one duty line (no sections, no splitting). */
  unit: z._default(z.enum(['posting', 'line']), 'posting'),
});
export type AnalysisOptions = z.input<typeof AnalysisOptionsSchema>;

export const PostingInputSchema = z.object({
  title: z.optional(z.string()),
  text: z.string(),
});
export type PostingInput = z.infer<typeof PostingInputSchema>;

const Offset = () => z.int().check(z.gte(0));
const Span = { start: Offset(), end: Offset() };

/**
 * One phrase that decided (part of) a label. `start`/`end` index the ORIGINAL input text,
 * so `input.slice(start, end)` is exactly `text`. `rule` is the human-readable reason,
 * e.g. "转化率 → outcome: conversion → operations".
 */
export const CueSchema = z.object({
  text: z.string(),
  ...Span,
  /** What the cue speaks to: an outcome (decides overlap work), an activity, or a level. */
  kind: z.enum(['outcome', 'activity', 'domain', 'level', 'custom']),
  domain: z.optional(DomainSchema),
  level: z.optional(LevelSchema),
  weight: z.number(),
  rule: z.string(),
});
export type Cue = z.infer<typeof CueSchema>;

export const DecisionRuleSchema = z.enum(DECISION_RULES);
export type DecisionRule = z.infer<typeof DecisionRuleSchema>;

export const DutySchema = z.object({
  text: z.string(),
  ...Span,
  domain: DomainSchema,
  secondary: z.optional(DomainSchema),
  level: LevelSchema,
  confidence: z.number().check(z.gte(0), z.lte(1)),
  rule: DecisionRuleSchema,
  cues: z.array(CueSchema),
});
export type Duty = z.infer<typeof DutySchema>;

export const RequirementSchema = z.object({ text: z.string(), ...Span });
export type Requirement = z.infer<typeof RequirementSchema>;

export const SectionKindSchema = z.enum(['duties', 'requirements', 'other']);
export type SectionKind = z.infer<typeof SectionKindSchema>;
export const SectionSchema = z.object({
  kind: SectionKindSchema,
  heading: z.optional(z.string()),
  ...Span,
});
export type Section = z.infer<typeof SectionSchema>;

export const DomainCountsSchema = z.object({
  marketing: z.int(),
  operations: z.int(),
  shared: z.int(),
  sales: z.int(),
  product: z.int(),
  other: z.int(),
});
export type DomainCounts = z.infer<typeof DomainCountsSchema>;

export const ScoresSchema = z.object({
  /** round(100 · 2·min(M, O) / (M + O)); 0 when M + O = 0. */
  mix: z.int().check(z.gte(0), z.lte(100)),
  band: BandSchema,
  /** Share of duties in sales or product, 0–1. */
  spillover: z.number().check(z.gte(0), z.lte(1)),
  titleFit: TitleFitSchema,
  seniorityFit: SeniorityFitSchema,
  /** The formula's inputs, so the UI can show it with this posting's numbers. */
  M: z.number().check(z.gte(0)),
  O: z.number().check(z.gte(0)),
  counts: DomainCountsSchema,
});
export type Scores = z.infer<typeof ScoresSchema>;

export const TitleInfoSchema = z.object({
  /** The role the title names. */
  role: z.enum(['marketing', 'operations', 'mix', 'none']),
  seniority: z.enum(['senior', 'junior', 'none']),
  /** The title words that decided role and seniority, offsets into the title. */
  markers: z.array(z.object({ text: z.string(), ...Span, means: z.string() })),
});
export type TitleInfo = z.infer<typeof TitleInfoSchema>;

export const AnalysisResultSchema = z.object({
  schemaVersion: z.literal(1),
  title: z.string(),
  lang: LangSchema,
  duties: z.array(DutySchema),
  requirements: z.array(RequirementSchema),
  sections: z.array(SectionSchema),
  scores: ScoresSchema,
  titleInfo: TitleInfoSchema,
  /** One-line reasons for the two fit badges. */
  reasons: z.object({ titleFit: Bilingual, seniorityFit: Bilingual }),
  verdict: Bilingual,
});
export type AnalysisResult = z.infer<typeof AnalysisResultSchema>;

// Every message between the extension's scripts, validated on receipt with zod/mini (full Zod would
// more than double the content script). The analysis runs in the background, off the page's main
// thread and out of the content script's bundle: content scripts send text and get results back.
import * as z from 'zod/mini';
import { BANDS, DECISION_RULES, DOMAINS, LEVELS, SENIORITY_FITS, TITLE_FITS } from './analysis/constants';
import { ExtractedPostingSchema } from './sites/types';

// ── The analysis result as it travels back to a content script (mirror of lib/analysis/schema.ts) ──
const Span = { start: z.number().check(z.int(), z.gte(0)), end: z.number().check(z.int(), z.gte(0)) };
const Domain = z.enum(DOMAINS);
const Level = z.enum(LEVELS);
const Bilingual = z.object({ zh: z.string(), en: z.string() });
const Cue = z.object({
  text: z.string(),
  ...Span,
  kind: z.enum(['outcome', 'activity', 'domain', 'level', 'custom']),
  domain: z.optional(Domain),
  level: z.optional(Level),
  weight: z.number(),
  rule: z.string(),
});
const Duty = z.object({
  text: z.string(),
  ...Span,
  domain: Domain,
  secondary: z.optional(Domain),
  level: Level,
  confidence: z.number().check(z.gte(0), z.lte(1)),
  rule: z.enum(DECISION_RULES),
  cues: z.array(Cue),
});
const Count = z.number().check(z.int());
export const AnalysisResultMiniSchema = z.object({
  schemaVersion: z.literal(1),
  title: z.string(),
  lang: z.enum(['zh', 'en']),
  duties: z.array(Duty),
  requirements: z.array(z.object({ text: z.string(), ...Span })),
  sections: z.array(z.object({ kind: z.enum(['duties', 'requirements', 'other']), heading: z.optional(z.string()), ...Span })),
  scores: z.object({
    mix: z.number().check(z.int(), z.gte(0), z.lte(100)),
    band: z.enum(BANDS),
    spillover: z.number().check(z.gte(0), z.lte(1)),
    titleFit: z.enum(TITLE_FITS),
    seniorityFit: z.enum(SENIORITY_FITS),
    M: z.number().check(z.gte(0)),
    O: z.number().check(z.gte(0)),
    counts: z.object({ marketing: Count, operations: Count, shared: Count, sales: Count, product: Count, other: Count }),
  }),
  titleInfo: z.object({
    role: z.enum(['marketing', 'operations', 'mix', 'none']),
    seniority: z.enum(['senior', 'junior', 'none']),
    markers: z.array(z.object({ text: z.string(), ...Span, means: z.string() })),
  }),
  reasons: z.object({ titleFit: Bilingual, seniorityFit: Bilingual }),
  verdict: Bilingual,
});

export const ChipModelSchema = z.object({
  domain: Domain,
  mix: z.number().check(z.int(), z.gte(0), z.lte(100)),
  band: z.enum(BANDS),
  titleOnly: z.boolean(),
});

/** A card as sent for a chip: only the text the card itself shows. */
const CardText = z.object({ title: z.string().check(z.maxLength(500)), text: z.string().check(z.maxLength(5000)) });
export const MAX_CARDS_PER_MESSAGE = 400;

// ── Content script → background ──
export const AnalyzePostingMessage = z.object({
  type: z.literal('analyze-posting'),
  posting: ExtractedPostingSchema,
  source: z.enum(['board', 'generic']),
});
export const PageClearedMessage = z.object({ type: z.literal('page-cleared') });
export const AnalyzeCardsMessage = z.object({
  type: z.literal('analyze-cards'),
  cards: z.array(CardText).check(z.maxLength(MAX_CARDS_PER_MESSAGE)),
});
export const AnalyzeSelectionTextMessage = z.object({
  type: z.literal('analyze-selection-text'),
  text: z.string().check(z.minLength(1)),
  url: z.string(),
  cappedFrom: z.optional(z.number().check(z.int(), z.positive())),
});
export const SetCollapsedMessage = z.object({
  type: z.literal('set-collapsed'),
  site: z.string().check(z.minLength(1), z.maxLength(40)),
  collapsed: z.boolean(),
});
export const SetTintMessage = z.object({ type: z.literal('set-tint'), on: z.boolean() });
export const OpenFullMessage = z.object({ type: z.literal('open-full') });
export const GetStringsMessage = z.object({ type: z.literal('get-strings'), lang: z.enum(['en', 'zh']) });

export const ContentToBackgroundSchema = z.discriminatedUnion('type', [
  AnalyzePostingMessage,
  PageClearedMessage,
  AnalyzeCardsMessage,
  AnalyzeSelectionTextMessage,
  SetCollapsedMessage,
  SetTintMessage,
  OpenFullMessage,
  GetStringsMessage,
]);
export type ContentToBackground = z.infer<typeof ContentToBackgroundSchema>;

// Replies from the background.
export const AnalysisReplySchema = z.object({ result: AnalysisResultMiniSchema, posting: ExtractedPostingSchema });
export type AnalysisReply = z.infer<typeof AnalysisReplySchema>;
export const ChipsReplySchema = z.object({ chips: z.array(ChipModelSchema) });
export type ChipsReply = z.infer<typeof ChipsReplySchema>;
export const AckReplySchema = z.object({ ok: z.boolean() });

// ── Background → content script ──
/** Which content script a request is for: the board script and an injected selection script can share a frame. */
const Target = z.enum(['board', 'selection']);
export const PingMessage = z.object({ type: z.literal('ping'), target: Target });
export const AnalyzeSelectionMessage = z.object({
  type: z.literal('analyze-selection'),
  target: Target,
  /** The menu's copy of the selection, used when the page's own selection is gone. */
  text: z.optional(z.string()),
  trigger: z.enum(['menu', 'command']),
});
export const BackgroundToContentSchema = z.discriminatedUnion('type', [PingMessage, AnalyzeSelectionMessage]);
export type BackgroundToContent = z.infer<typeof BackgroundToContentSchema>;

export const PongSchema = z.object({ alive: z.literal(true), script: z.enum(['board', 'selection']) });
export type Pong = z.infer<typeof PongSchema>;
export const SelectionReplySchema = z.object({ status: z.enum(['shown', 'empty']) });
export type SelectionReply = z.infer<typeof SelectionReplySchema>;

/**
 * Parses a received message; anything that does not fit is logged and dropped (returns null), so a
 * page or another extension can never make us act on a malformed message.
 */
export function parseMessage<T>(schema: z.ZodMiniType<T>, raw: unknown, where: string): T | null {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  console.warn(`[role-lens] ${where}: ignored a malformed message`, parsed.error.issues[0]?.message ?? parsed.error);
  return null;
}

// Every message between the extension's scripts, validated on receipt with zod/mini (full Zod would
// more than double the content script). The analysis runs in the background, off the page's main
// thread and out of the content script's bundle: content scripts send text and get results back.
import * as z from 'zod/mini';
import { BANDS } from './analysis/constants';
import { AnalysisResultSchema, DomainSchema } from './analysis/schema';
import { ExtractedPostingSchema } from './sites/types';

const Domain = DomainSchema;

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
export const AnalysisReplySchema = z.object({ result: AnalysisResultSchema, posting: ExtractedPostingSchema });
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

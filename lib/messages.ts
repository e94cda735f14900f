// Every message between the extension's scripts, validated on receipt. zod/mini keeps the content
// script's bundle small; the analysis result inside a message is checked again by the background
// against the full AnalysisResultSchema before it is stored or shown in the badge.
import * as z from 'zod/mini';
import { ExtractedPostingSchema } from './sites/types';

/** An analysis result as it travels: an object here, validated in full by whoever stores it. */
const ResultPayload = z.looseObject({ schemaVersion: z.literal(1) });

// Content script → background.
export const PageResultMessage = z.object({
  type: z.literal('page-result'),
  posting: ExtractedPostingSchema,
  result: ResultPayload,
  source: z.enum(['board', 'generic']),
});
export const PageClearedMessage = z.object({ type: z.literal('page-cleared') });
export const SelectionResultMessage = z.object({
  type: z.literal('selection-result'),
  posting: ExtractedPostingSchema,
  result: ResultPayload,
  cappedFrom: z.optional(z.number().check(z.int(), z.positive())),
});
export const SetCollapsedMessage = z.object({
  type: z.literal('set-collapsed'),
  site: z.string().check(z.minLength(1), z.maxLength(40)),
  collapsed: z.boolean(),
});
export const SetTintMessage = z.object({ type: z.literal('set-tint'), on: z.boolean() });
export const OpenFullMessage = z.object({ type: z.literal('open-full') });

export const ContentToBackgroundSchema = z.discriminatedUnion('type', [
  PageResultMessage,
  PageClearedMessage,
  SelectionResultMessage,
  SetCollapsedMessage,
  SetTintMessage,
  OpenFullMessage,
]);
export type ContentToBackground = z.infer<typeof ContentToBackgroundSchema>;

// Background → content script.
export const PingMessage = z.object({ type: z.literal('ping') });
export const AnalyzeSelectionMessage = z.object({
  type: z.literal('analyze-selection'),
  /** The menu's copy of the selection, used when the page's own selection is gone. */
  text: z.optional(z.string()),
  trigger: z.enum(['menu', 'command']),
});
export const BackgroundToContentSchema = z.discriminatedUnion('type', [PingMessage, AnalyzeSelectionMessage]);
export type BackgroundToContent = z.infer<typeof BackgroundToContentSchema>;

export const PongSchema = z.object({ alive: z.literal(true), script: z.enum(['board', 'selection']) });
export type Pong = z.infer<typeof PongSchema>;

export const SelectionReplySchema = z.object({
  status: z.enum(['shown', 'empty']),
});
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

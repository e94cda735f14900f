// How content scripts talk to the background: requests whose replies are validated like any other
// message (null when the background is gone, e.g. after an extension update, or answers nonsense).
import { browser } from '#imports';
import * as z from 'zod/mini';
import { parseMessage, type ContentToBackground } from '../messages';

export async function ask<T>(message: ContentToBackground, reply: z.ZodMiniType<T>): Promise<T | null> {
  try {
    return parseMessage(reply, await browser.runtime.sendMessage(message), `reply to ${message.type}`);
  } catch (error) {
    console.debug('[role-lens] content: no answer from the background', message.type, error);
    return null;
  }
}

export function tell(message: ContentToBackground): void {
  browser.runtime.sendMessage(message).catch((error: unknown) => {
    console.debug('[role-lens] content: the background did not take the message', message.type, error);
  });
}

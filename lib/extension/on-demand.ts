// The popup's way into any page: inject the extractor through activeTab + scripting (no host
// permission), validate what it returns, analyse it here and keep it as the tab's result.
import { browser } from '#imports';
import { ExtractedPostingSchema } from '../sites/types';
import { getSettings } from '../storage/settings';
import type { TabResult } from '../storage/tab-results';
import { analyzeWithCues } from './analyze';
import { acceptPageResult } from './background/page-results';

export const EXTRACT_SCRIPT = '/content-scripts/extract.js';

/** What the injected extractor hands back: the posting, or null when the page has none. */
export async function extractFromTab(tabId: number): Promise<unknown> {
  const [frame] = await browser.scripting.executeScript({ target: { tabId }, files: [EXTRACT_SCRIPT] });
  return frame?.result ?? null;
}

export async function analyzeTabOnDemand(tabId: number): Promise<TabResult | null> {
  let raw: unknown;
  try {
    raw = await extractFromTab(tabId);
  } catch (error) {
    // chrome:// pages, the Web Store, PDF viewer, or no activeTab grant.
    console.debug('[role-lens] on-demand: cannot read this tab', error);
    return null;
  }
  if (raw === null) return null;
  const parsed = ExtractedPostingSchema.safeParse(raw);
  if (!parsed.success) {
    console.warn('[role-lens] on-demand: the extractor returned something that is not a posting', parsed.error.issues[0]);
    return null;
  }
  const posting = parsed.data;
  const { customCues } = await getSettings();
  const result = analyzeWithCues({ title: posting.title, text: posting.text }, customCues);
  return acceptPageResult(tabId, { posting, result, source: posting.site === 'generic' ? 'generic' : 'board' });
}

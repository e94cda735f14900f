// A content script reported (or withdrew) the posting on its tab: validate it in full, keep it for
// the popup, set the badge, and record it in history once per posting.
import { browser } from '#imports';
import { addToHistory } from '../../storage/history';
import { clearTabResult, getTabResult, setTabResult, TabResultSchema, type TabResult } from '../../storage/tab-results';
import { showBadge } from '../badge';

type PageResult = { posting: unknown; result: unknown; source: 'board' | 'generic'; cappedFrom?: number };

export function samePosting(a: TabResult | null, b: TabResult): boolean {
  return a !== null && a.posting.url === b.posting.url && a.posting.text === b.posting.text;
}

export async function acceptPageResult(tabId: number, message: PageResult, now = Date.now()): Promise<TabResult | null> {
  const parsed = TabResultSchema.safeParse({ ...message, at: now });
  if (!parsed.success) {
    console.warn('[role-lens] background: ignored a page result that does not fit the schema', parsed.error.issues[0]);
    return null;
  }
  const previous = await getTabResult(tabId);
  // Storage can refuse a write (quota, a clear racing us): the page still gets its panel and badge.
  await tolerated(setTabResult(tabId, parsed.data), 'tab result');
  await showBadge(tabId, parsed.data.result.scores);
  if (!samePosting(previous, parsed.data)) {
    const { posting, result } = parsed.data;
    await tolerated(addToHistory({ site: posting.site, url: posting.url, title: posting.title, company: posting.company, result }), 'history');
  }
  return parsed.data;
}

async function tolerated(write: Promise<void>, what: string): Promise<void> {
  try {
    await write;
  } catch (error) {
    console.warn(`[role-lens] background: could not store the ${what}`, error);
  }
}

export async function clearPageResult(tabId: number): Promise<void> {
  await clearTabResult(tabId);
  await showBadge(tabId, null);
}

/** Session results belong to a tab: drop them when it closes; a full navigation clears the badge itself. */
export function cleanUpClosedTabs(): void {
  browser.tabs.onRemoved.addListener((tabId) => void clearTabResult(tabId));
}

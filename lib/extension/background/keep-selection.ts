// A right-click analysis is kept twice: as the last analysis (the popup shows it) and, when it found
// duties and the user keeps history, as a history entry like any analysed posting.
import { addToHistory } from '../../storage/history';
import { setLastAnalysis, type TabResult } from '../../storage/tab-results';

export async function keepSelectionAnalysis(stored: TabResult): Promise<void> {
  await setLastAnalysis(stored);
  // A stray word or sentence finds no duties: not worth a history entry.
  if (stored.result.duties.length === 0) return;
  const { posting, result } = stored;
  try {
    await addToHistory({ site: posting.site, url: posting.url, title: posting.title, result });
  } catch (error) {
    // History is a convenience: a refused write (quota) must not lose the analysis itself.
    console.warn('[role-lens] background: could not add the selection to history', error);
  }
}

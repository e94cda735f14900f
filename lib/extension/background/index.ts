// Everything the service worker does, wired in one call from entrypoints/background.ts.
import { registerSelectionEntryPoints } from './context-menu';
import { registerMessageRouter } from './messages';
import { cleanUpClosedTabs } from './page-results';

export function startBackground(): void {
  registerMessageRouter();
  registerSelectionEntryPoints();
  cleanUpClosedTabs();
}

// Injected on demand (activeTab + scripting) into pages without the board script, to show a
// right-click analysis in place. Never registered in the manifest: no host permission.
import { listenForSelectionRequests } from '@/lib/extension/selection-listener';
import { readContentSettings } from '@/lib/extension/content-settings';

export default defineContentScript({
  registration: 'runtime',
  matches: [],
  cssInjectionMode: 'manual',
  noScriptStartedPostMessage: true,
  main(ctx) {
    listenForSelectionRequests(ctx, 'selection', readContentSettings);
  },
});

// Injected on demand (activeTab + scripting) to show a right-click analysis in place with the full
// split. Never registered in the manifest: no host permission.
import '@/lib/zod-jitless';
import { readContentSettings } from '@/lib/extension/content-settings';
import { FULL_SELECTION_CSS, FullSelectionBody } from '@/lib/extension/selection-full';
import { listenForSelectionRequests } from '@/lib/extension/selection-listener';

export default defineContentScript({
  registration: 'runtime',
  matches: [],
  cssInjectionMode: 'manual',
  noScriptStartedPostMessage: true,
  main(ctx) {
    listenForSelectionRequests(ctx, 'selection', readContentSettings, { Body: FullSelectionBody, css: FULL_SELECTION_CSS });
  },
});

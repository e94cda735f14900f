// Injected on demand by the popup (activeTab + scripting): returns the posting on the page, found by
// the board's adapter or the generic one, as plain JSON. Never registered in the manifest.
import '@/lib/zod-jitless';
import { extractPosting } from '@/lib/sites';

export default defineContentScript({
  registration: 'runtime',
  matches: [],
  cssInjectionMode: 'manual',
  noScriptStartedPostMessage: true,
  main() {
    return extractPosting(document, new URL(location.href))?.posting ?? null;
  },
});

// The board content script: registered only for the job boards' host patterns.
import '@/lib/zod-jitless';
import { startBoardPage } from '@/lib/extension/board-page';
import { BOARD_MATCHES } from '@/lib/sites';

export default defineContentScript({
  matches: BOARD_MATCHES,
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  noScriptStartedPostMessage: true,
  main: (ctx) => startBoardPage(ctx),
});

// Code passed to `sw.evaluate` / `page.evaluate` runs in the browser, where `chrome` is a global.
import type { Browser } from '@wxt-dev/browser';

declare global {
  const chrome: typeof Browser;
}
export {};

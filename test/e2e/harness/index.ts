// The real-browser harness, shared by every e2e test and the browser benchmark.
export { EXTENSION_DIR, ROOT, ensureExtensionBuilt, isBuildFresh } from './build';
export { EXTRA_HOSTS, fixtureServer, type FixtureServer, type ServedRequest } from './server';
export {
  CHROMIUM_PATH,
  chromiumAvailable,
  closeAndCollectLeaks,
  externalRequests,
  hostResolverRules,
  launchExtension,
  openPage,
  requireChromium,
  serviceWorkerFetches,
  type ExtensionSession,
  type LaunchOptions,
  type RecordedRequest,
} from './browser';
export {
  badgeColor,
  badgeText,
  dispatchCommand,
  dispatchMenuClick,
  localStorageItems,
  openTab,
  sessionStorage,
  setLocalItems,
  waitForBadge,
} from './service-worker';

// Launches Debian's Firefox ESR through puppeteer-core over WebDriver BiDi with the extension
// installed, kept off the network: every non-local request goes to a loopback trap proxy, and the
// services that phone home (updates, telemetry, safebrowsing, remote settings...) are switched off.
import { existsSync } from 'node:fs';
import puppeteer, { type Browser } from 'puppeteer-core';

export const FIREFOX_PATH = process.env.ROLELENS_FIREFOX ?? '/usr/bin/firefox-esr';
export const GECKO_ID = 'role-lens@rolelens.invalid';
/** Fixed so the test can open moz-extension://<uuid>/popup.html. */
export const EXTENSION_UUID = '5b0f3c2e-7a41-4d8e-9c16-2f7e0a9b4d31';

export function hasFirefox(): boolean {
  return existsSync(FIREFOX_PATH);
}

export interface FirefoxSession {
  browser: Browser;
  extUrl(path: string): string;
  close(): Promise<void>;
}

function offlinePrefs(localDomains: readonly string[], trapPort: number): Record<string, unknown> {
  return {
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
    // Names in localDomains resolve to 127.0.0.1 (the fixture server listens on :443).
    'network.dns.localDomains': localDomains.join(','),
    'network.stricttransportsecurity.preloadlist': false,
    // Anything else goes to the trap proxy on loopback (it records and drops it), never the internet.
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': trapPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': trapPort,
    'network.proxy.no_proxies_on': localDomains.join(','),
    'network.proxy.allow_hijacking_localhost': false,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.http.speculative-parallel-limit': 0,
    'network.proxy.share_proxy_settings': true,
    'network.proxy.socks_remote_dns': true,
    'network.trr.mode': 5,
    'network.captive-portal-service.enabled': false,
    'dom.push.connection.enabled': false,
    'dom.push.serverURL': '',
    'browser.region.network.url': '',
    'browser.region.update.enabled': false,
    'network.connectivity-service.enabled': false,
    'app.update.enabled': false,
    'app.update.auto': false,
    'app.normandy.enabled': false,
    'app.shield.optoutstudies.enabled': false,
    'datareporting.healthreport.uploadEnabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.unified': false,
    'toolkit.telemetry.server': 'https://127.0.0.1:9/',
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'browser.safebrowsing.downloads.enabled': false,
    'browser.safebrowsing.blockedURIs.enabled': false,
    'browser.safebrowsing.provider.mozilla.updateURL': '',
    'browser.safebrowsing.provider.google4.updateURL': '',
    // Honoured on release builds only with MOZ_DISABLE_NONLOCAL_CONNECTIONS=1 (set at launch).
    'services.settings.server': 'data:,#remote-settings-dummy/v1',
    'extensions.update.enabled': false,
    'extensions.getAddons.cache.enabled': false,
    'extensions.blocklist.enabled': false,
    'browser.search.update': false,
    'browser.newtabpage.enabled': false,
    'browser.startup.homepage': 'about:blank',
    'browser.startup.page': 0,
    'browser.ping-centre.telemetry': false,
    'browser.discovery.enabled': false,
    'media.gmp-manager.url': 'https://127.0.0.1:9/',
    'media.gmp-gmpopenh264.enabled': false,
    'security.OCSP.enabled': 0,
    'security.remote_settings.crlite_filters.enabled': false,
    'security.remote_settings.intermediates.enabled': false,
    'geo.provider.network.url': '',
    'identity.fxaccounts.enabled': false,
    'intl.locale.requested': 'en-US',
    ...(process.env.ROLELENS_FIREFOX_DEBUG === '1' ? { 'devtools.console.stdout.content': true, 'devtools.console.stdout.chrome': true, 'browser.dom.window.dump.enabled': true } : {}),
    'intl.accept_languages': 'en-US',
  };
}

/** `trapPort`: a loopback listener that stands in as the proxy for every non-local request. */
export async function launchFirefox(extensionDir: string, localDomains: readonly string[], trapPort: number): Promise<FirefoxSession> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    protocol: 'webDriverBiDi',
    acceptInsecureCerts: true,
    dumpio: process.env.ROLELENS_FIREFOX_DEBUG === '1',
    // moz-extension:// pages are not "safe" navigation targets for WebDriver without system access.
    args: ['-remote-allow-system-access'],
    // Firefox's own guard: refuse any socket to a non-loopback address.
    env: { ...process.env, MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' },
    extraPrefsFirefox: offlinePrefs(localDomains, trapPort),
  });
  try {
    const id = await browser.installExtension(extensionDir);
    if (id !== GECKO_ID) throw new Error(`installed extension id ${id}, expected ${GECKO_ID}`);
  } catch (error) {
    await browser.close();
    throw error;
  }
  return {
    browser,
    extUrl: (path) => `moz-extension://${EXTENSION_UUID}/${path}`,
    close: () => browser.close(),
  };
}

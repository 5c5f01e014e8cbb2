/**
 * Launches Debian's Chromium through playwright-core (no browser download works on these
 * machines). The benchmark and the browser tests share it.
 */
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/**
 * Headless, as root, and quiet: without the background-networking flags Chromium keeps opening
 * connections this machine's closed network refuses. Shared by Playwright and Lighthouse launches.
 */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_FLAGS, '--disable-quic'],
  });
}

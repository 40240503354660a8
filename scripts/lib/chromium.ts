/**
 * Chromium for the browser tests and the benchmark: CHROME_PATH, else Debian's /usr/bin/chromium
 * (Playwright cannot download browsers here), started headless with the flags this machine needs
 * (without the background-networking ones Chromium tries, and fails, to reach Google's hosts).
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { CHROME_PATH as CONFIGURED } from '../../src/config.ts';

export const CHROME_PATH = CONFIGURED;
export const HAS_BROWSER = existsSync(CHROME_PATH);
export const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROME_PATH, args: CHROME_FLAGS });
}

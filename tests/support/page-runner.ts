/** Helpers for walking many pages in one browser: a concurrency limit and a network settle. */
import type { BrowserContext, Page } from 'playwright-core';

/** At most `slots` tasks at once (the browser tests share two cores with the browser itself). */
export function limit(slots: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (task) => {
    // A freed slot is handed straight to the next waiter, so `running` never exceeds `slots`.
    if (running >= slots) await new Promise<void>((resolve) => waiting.push(resolve));
    else running += 1;
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else running -= 1;
    }
  };
}

/**
 * At most `slots` tasks at once, each given a page of its own from a pool that is reused from one
 * task to the next (opening a page costs a tenth of a second, a third once axe is an init script).
 * `setup` runs once per page (listeners, routes) and what it returns goes with the page to every
 * task. Between tasks the page goes to about:blank; a task must add no listener of its own.
 */
export interface PagePool<Extra> {
  run<T>(task: (page: Page, extra: Extra) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export function pagePool<Extra = undefined>(context: BrowserContext, slots: number, setup?: (page: Page) => Promise<Extra>): PagePool<Extra> {
  const slot = limit(slots);
  const idle: { page: Page; extra: Extra }[] = [];
  const opened: Page[] = [];
  const open = async () => {
    const page = await context.newPage();
    opened.push(page);
    // Without a setup there is nothing to carry; `undefined` is then the Extra the caller asked for.
    return { page, extra: setup ? await setup(page) : (undefined as Extra) };
  };
  return {
    run: (task) =>
      slot(async () => {
        const entry = idle.pop() ?? (await open());
        try {
          return await task(entry.page, entry.extra);
        } finally {
          // Leaving the page ends whatever it still had in flight, so that none of it reaches the next task.
          await entry.page.goto('about:blank');
          idle.push(entry);
        }
      }),
    close: async () => {
      await Promise.all(opened.map((page) => page.close()));
    },
  };
}

/** Two animation frames: what a page's observers and scripts need to react, with no fixed delay. */
export const nextFrames = (page: Page): Promise<void> => page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));

/**
 * Counts the page's requests in flight. `settled()` scrolls to the end (so whatever loads on
 * visibility starts loading; `{ scroll: false }` stays put), then waits until no request is in
 * flight and none starts within two animation frames: no fixed delay, unlike Playwright's 500 ms
 * "networkidle".
 */
export function trackRequests(page: Page): { settled(options?: { scroll?: boolean }): Promise<void>; started(): number } {
  let inFlight = 0;
  let started = 0;
  let wake: (() => void) | undefined;
  page.on('request', () => {
    inFlight += 1;
    started += 1;
  });
  const done = () => {
    inFlight -= 1;
    if (inFlight === 0) wake?.();
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  const idle = () => (inFlight === 0 ? Promise.resolve() : new Promise<void>((resolve) => (wake = resolve)));
  return {
    started: () => started,
    async settled({ scroll = true } = {}) {
      if (scroll) await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }));
      for (;;) {
        const before = started;
        await nextFrames(page);
        await idle();
        if (started === before) return;
      }
    },
  };
}

/**
 * A loader that runs once per build and shares its result: pages that look the same things up
 * (entities, articles, mention and backlink indexes) do the work once, not once per page. In
 * development content changes between requests, so there it runs on every call.
 */
export function oncePerBuild<T>(load: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () => (import.meta.env.DEV ? load() : (result ??= load()));
}

/** The same for a synchronous loader (a citation's text is asked for inside synchronous code). */
export function oncePerBuildSync<T>(load: () => T): () => T {
  let result: { value: T } | undefined;
  return () => (import.meta.env.DEV ? load() : (result ??= { value: load() }).value);
}

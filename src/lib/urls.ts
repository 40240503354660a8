/** Internal URLs that respect the configured `base` (the site may live under a sub-path). */
export function withBase(base: string, path: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return `${root}${path.replace(/^\//, '')}`;
}

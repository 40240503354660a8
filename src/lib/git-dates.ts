/**
 * "Last updated" dates of articles from git history, with an honest fallback: in a shallow clone
 * (where the oldest fetched commit seems to touch every file) or without git, the date comes from
 * the article's frontmatter (`updated`, else `published`) and the page says so. Pure: the git
 * output is passed in (src/data/last-updated.ts runs git at build time).
 */

/** The arguments that produce the output parseGitLog reads, for paths under `dir`. */
export const gitLogArguments = (dir: string): string[] => ['log', '--format=%x1e%cI', '--name-only', '--relative', '--', dir];

/**
 * Date (YYYY-MM-DD, as the committer's clock showed it) of the newest commit touching each file,
 * from `git log --format=%x1e%cI --name-only` output (newest commit first).
 */
export function parseGitLog(output: string): Map<string, string> {
  const dates = new Map<string, string>();
  for (const record of output.split('\x1e')) {
    const [header = '', ...files] = record.split('\n');
    const date = /^(\d{4}-\d{2}-\d{2})T/.exec(header.trim())?.[1];
    if (date === undefined) continue;
    for (const file of files.map((name) => name.trim()).filter(Boolean)) {
      if (!dates.has(file)) dates.set(file, date);
    }
  }
  return dates;
}

/** What is known of the repository at build time. */
export type GitHistory =
  | { state: 'full'; dates: ReadonlyMap<string, string> }
  | { state: 'shallow' }
  | { state: 'unavailable'; reason: string };

export interface LastUpdated {
  /** ISO date shown as "last updated". */
  date: string;
  /** Where the date comes from: the git history, or the article's frontmatter. */
  from: 'git' | 'metadata';
  /** Why the metadata was used (shallow clone, no git, file not committed yet). */
  reason?: string;
}

/** The "last updated" date of one article file (path relative to the project root). */
export function lastUpdated(
  history: GitHistory,
  file: string,
  metadata: { published: string; updated?: string | undefined },
): LastUpdated {
  const fallback = metadata.updated ?? metadata.published;
  if (history.state === 'shallow') {
    return { date: fallback, from: 'metadata', reason: 'the site was built from a shallow git clone, which lacks the history' };
  }
  if (history.state === 'unavailable') return { date: fallback, from: 'metadata', reason: history.reason };
  const date = history.dates.get(file.replace(/^\.\//, ''));
  if (date === undefined) return { date: fallback, from: 'metadata', reason: 'the file has no commit yet' };
  return { date, from: 'git' };
}

/** "Edit this page" URL of a file on a GitHub-style host, or undefined without a repository URL. */
export function editUrl(repoUrl: string | undefined, file: string, branch = 'main'): string | undefined {
  if (!repoUrl) return undefined;
  return `${repoUrl.replace(/\/+$/, '')}/edit/${branch}/${file.replace(/^\.\//, '')}`;
}

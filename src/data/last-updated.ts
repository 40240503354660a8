/**
 * Runs git once per build for the "last updated" dates of articles (see src/lib/git-dates.ts for
 * the logic and the fallback). Build-time only: it spawns git in the project folder.
 */
import { execFileSync } from 'node:child_process';
import { gitLogArguments, lastUpdated, parseGitLog, type GitHistory, type LastUpdated } from '../lib/git-dates.ts';
import { CONTENT_DIR } from '../config.ts';

let history: GitHistory | undefined;

function git(args: string[]): string {
  return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
}

function readHistory(): GitHistory {
  try {
    if (git(['rev-parse', '--is-shallow-repository']).trim() === 'true') return { state: 'shallow' };
    return { state: 'full', dates: parseGitLog(git(gitLogArguments(`${CONTENT_DIR}/articles`))) };
  } catch {
    return { state: 'unavailable', reason: 'git history was not available when the site was built' };
  }
}

/** "Last updated" for an article file (its path relative to the project root). */
export function articleLastUpdated(file: string, metadata: { published: string; updated?: string | undefined }): LastUpdated {
  history ??= readHistory();
  return lastUpdated(history, file, metadata);
}

/** `npm run check:content`: every content problem, one per line as file:line: message. */
import { checkContent } from '../src/lib/content/check.ts';
import { readContentFiles } from '../src/lib/content/files.ts';
import { formatProblems } from '../src/lib/content/problems.ts';
import { CONTENT_DIR } from '../src/config.ts';

const root = process.argv[2] ?? process.cwd();
const { problems, content } = checkContent(readContentFiles(root, CONTENT_DIR));
const errors = problems.filter((problem) => problem.severity === 'error').length;
if (problems.length > 0) console.error(formatProblems(problems));
console.log(
  `check:content: ${content.articles.length} articles, ${content.figures.size} figures, ${content.entities.size} entities, ` +
    `${content.bibliography?.items.length ?? 0} bibliography entries; ${errors} errors, ${problems.length - errors} warnings`,
);
process.exitCode = errors > 0 ? 1 : 0;

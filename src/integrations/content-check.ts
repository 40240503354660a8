/**
 * Runs the content check before Astro loads any collection, so a build fails with every problem
 * in every file (Astro's own validation stops at the first bad entry).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../lib/content/check.ts';
import { readContentFiles } from '../lib/content/files.ts';
import { formatProblems } from '../lib/content/problems.ts';
import { CONTENT_DIR } from '../config.ts';

export default function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const { problems } = checkContent(readContentFiles(fileURLToPath(config.root), CONTENT_DIR));
        const errors = problems.filter((problem) => problem.severity === 'error');
        if (problems.length > errors.length) logger.warn(formatProblems(problems.filter((p) => p.severity === 'warning')));
        if (errors.length === 0) return;
        const report = `${errors.length} content problem${errors.length === 1 ? '' : 's'}:\n${formatProblems(errors)}`;
        if (command === 'build') throw new Error(report);
        logger.error(report);
      },
    },
  };
}

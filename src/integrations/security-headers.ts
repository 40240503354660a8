/**
 * After the build: every page gets a Content-Security-Policy meta tag with the hashes of its own
 * inline scripts and rel="noopener noreferrer" on links to other sites, and dist/_headers carries
 * the site-wide policy for static hosts that read it.
 * (Astro's `security.csp` does not hash `is:inline` scripts, which the theme and search loaders are.)
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFile, inlineScriptHashes, pagePolicy, withPolicyMeta } from '../lib/csp.ts';
import { withSafeExternalLinks } from '../lib/external-links.ts';

export default function securityHeaders(): AstroIntegration {
  let base = '/';
  let site = 'http://localhost';
  return {
    name: 'security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        site = config.site ?? site; // only tells outside links from ours
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const all = new Set<string>();
        const pages = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html'));
        for (const name of pages) {
          const file = join(root, name);
          const html = readFileSync(file, 'utf8');
          const hashes = inlineScriptHashes(html);
          for (const hash of hashes) all.add(hash);
          writeFileSync(file, withSafeExternalLinks(withPolicyMeta(html, pagePolicy(hashes)), site));
        }
        writeFileSync(join(root, '_headers'), headersFile(base, all));
        logger.info(`Content-Security-Policy on ${pages.length} pages, ${all.size} inline-script hashes; wrote _headers`);
      },
    },
  };
}

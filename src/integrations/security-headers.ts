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
  let site: string | undefined;
  return {
    name: 'security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        site = config.site; // tells outside links from ours
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const names = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html'));
        const pages = names.map((name) => {
          const file = join(root, name);
          const html = readFileSync(file, 'utf8');
          const hashes = inlineScriptHashes(html);
          writeFileSync(file, withSafeExternalLinks(withPolicyMeta(html, pagePolicy(hashes)), site));
          // The URL a host serves the page at: "articles/x/index.html" → "articles/x/".
          return { path: name.replace(/(^|\/)index\.html$/, '$1'), hashes };
        });
        writeFileSync(join(root, '_headers'), headersFile(base, pages));
        logger.info(`Content-Security-Policy on ${pages.length} pages, each with its own inline-script hashes; wrote _headers`);
      },
    },
  };
}

/**
 * The Markdown pipeline, in order: GFM (tables, footnotes), typography (curly quotes; our
 * remark-typography in place of Astro's much slower remark-smartypants), the citation guard (fails on keys the
 * bibliography lacks and on citations rehype-citation would skip or crash on), worded locators
 * kept whole, rehype-citation on the shared bibliography (with its multiple-citation links
 * repaired), and the references section.
 */
import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import remarkTypography from './remark-typography.ts';
import remarkCitationGuard from './remark-citation-guard.ts';
import remarkCitationLocators from './remark-citation-locators.ts';
import rehypeCitations from './rehype-citations.ts';
import rehypeCitationLinks from './rehype-citation-links.ts';
import rehypeReferencesSection from './rehype-references-section.ts';
import rehypeBaseLinks from './rehype-base-links.ts';
import rehypeParagraphIds from './rehype-paragraph-ids.ts';

export interface PipelineOptions {
  /** Absolute path of the .bib file. */
  bibliography: string;
  /** The site's base path ("/" or "/repo/"): root-relative links in content get it prefixed. */
  base?: string;
}

export function markdownPipeline({ bibliography, base = '/' }: PipelineOptions): UnifiedProcessorOptions & { remarkRehype: Record<string, unknown> } {
  return {
    gfm: false,
    smartypants: false,
    remarkPlugins: [remarkGfm, remarkTypography, [remarkCitationGuard, { bibliography }], remarkCitationLocators],
    rehypePlugins: [[rehypeCitations, { bibliography }], rehypeCitationLinks, rehypeReferencesSection, rehypeParagraphIds, [rehypeBaseLinks, { base }]],
    remarkRehype: {
      footnoteLabel: 'Notes',
      footnoteLabelTagName: 'h2',
      // No sr-only class: the notes heading is visible, like the references heading.
      footnoteLabelProperties: {},
      footnoteBackLabel: (index: number) => `Back to the text of note ${index + 1}`,
    },
  };
}

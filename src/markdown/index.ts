/**
 * The Markdown pipeline, in order: the tree the content check has parsed, when there is one
 * (remark-checked-tree.ts), GFM (tables, footnotes), citations (rendered in Chicago
 * author-date by the build's shared citeproc engine, before typography so that locators are
 * matched as written), typography (curly quotes; our remark-typography in place of Astro's much
 * slower remark-smartypants), then on the HTML side the notes' kinds, the references section,
 * passage ids, a section element around each heading's section, and base-aware links.
 */
import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import remarkCheckedTree from './remark-checked-tree.ts';
import remarkCitations from './remark-citations.ts';
import remarkTypography from './remark-typography.ts';
import rehypeNoteKinds from './rehype-note-kinds.ts';
import rehypeNoteMarks from './rehype-note-marks.ts';
import rehypeReferencesSection from './rehype-references-section.ts';
import rehypeBaseLinks from './rehype-base-links.ts';
import rehypeParagraphIds from './rehype-paragraph-ids.ts';
import rehypeSections from './rehype-sections.ts';

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
    remarkPlugins: [remarkCheckedTree, remarkGfm, [remarkCitations, { bibliography }], remarkTypography],
    rehypePlugins: [rehypeNoteKinds, rehypeNoteMarks, [rehypeReferencesSection, { bibliography }], rehypeParagraphIds, rehypeSections, [rehypeBaseLinks, { base }]],
    remarkRehype: {
      footnoteLabel: 'Notes',
      footnoteLabelTagName: 'h2',
      // No sr-only class: the notes heading is visible, like the references heading.
      footnoteLabelProperties: {},
      footnoteBackLabel: (index: number) => `Back to the text of note ${index + 1}`,
    },
  };
}

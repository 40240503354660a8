/** Frontmatter of an article (content/articles/*.mdx). Unknown fields are errors. */
import { z } from 'astro/zod';
import {
  citationKeySchema,
  countryCodeSchema,
  idSchema,
  isoDateSchema,
  languageTagSchema,
} from './common.ts';

/** The source document an article mirrors, as far as the document itself tells. */
export const sourceDocumentSchema = z.strictObject({
  /** Citation key of the source document in content/bibliography.bib. */
  key: citationKeySchema,
  /** The source's title, or null when the document does not give one. */
  title: z.string().min(1).nullable(),
  /** The source's author as printed, or null when unknown. */
  author: z.string().min(1).nullable(),
  /** Publication date as precisely as known ("2014", "2021-05"). */
  date: isoDateSchema,
  /** Where it was published (journal, series, site), or null when unknown. */
  venue: z.string().min(1).nullable(),
  /** Languages of the source's text as BCP 47 tags, main language first. */
  languages: z.array(languageTagSchema).min(1),
  /** File name of the annotated source text in shared/sources, when there is one. */
  file: z.string().min(1).optional(),
  /** One or two sentences on how the article follows the source (sections, order). */
  mirroring: z.string().min(1),
});

/** A dated correction of a published article: what was wrong and what was changed. */
export const correctionSchema = z.strictObject({
  /** The day the correction was made, as a quoted full ISO date ("2026-12-01"). */
  date: isoDateSchema.refine((value) => /^\d{4}-\d{2}-\d{2}$/.test(value), {
    error: 'give the full day of a correction as a quoted "YYYY-MM-DD" date',
  }),
  /** What was wrong and what it now says, in one or two sentences of our own. */
  text: z.string().min(1),
});
export type Correction = z.output<typeof correctionSchema>;

export const articleSchema = z.strictObject({
  /** Title shown on the page, in lists and in search results. */
  title: z.string().trim().min(1, { error: 'the title is empty: write one' }).max(200, { error: 'a title of more than 200 characters cannot be read in a list or a tab: shorten it' }),
  /** One or two sentences for lists, search results and social cards. */
  summary: z.string().trim().min(1, { error: 'the summary is empty: write one or two sentences' }),
  /** The source document this article mirrors. */
  source: sourceDocumentSchema,
  /** ISO 3166-1 alpha-2 codes of the countries the article discusses. */
  countries: z.array(countryCodeSchema).default([]),
  /** Ids of the organisations (content/entities/organisations) the article discusses. */
  organisations: z.array(idSchema).default([]),
  /** Free topic labels, lower case. */
  topics: z.array(z.string().min(1)).default([]),
  /** First publication on this site (quoted ISO date). */
  published: isoDateSchema,
  /** Last substantive revision (quoted ISO date). */
  updated: isoDateSchema.optional(),
  /** Drafts are built in development only and never published. */
  draft: z.boolean().default(false),
  /** Marks the example article that exercises every feature; it is labelled as such. */
  example: z.boolean().default(false),
  /**
   * Corrections made after publication, oldest first, each `{ date: "YYYY-MM-DD", text }`; shown
   * at the end of the article and on the site-wide corrections page (/corrections/).
   */
  corrections: z.array(correctionSchema).default([]),
});
export type Article = z.output<typeof articleSchema>;

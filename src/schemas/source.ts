/**
 * The units of a source document (content/sources/<key>.yaml, named by the document's citation
 * key): the only places a citation of that document may point to. Articles, figures, maps and
 * entities cite a unit by its locator; the content check rejects any other locator, and the
 * article's "How this article follows its source" page lists every unit with the passages that
 * cite it.
 */
import { z } from 'astro/zod';
import { citationKeySchema, languageTagSchema } from './common.ts';

/** One unit: a paragraph, an endnote, a section or a sub-heading of the source. */
export const sourceUnitSchema = z.strictObject({
  /**
   * How citations name the unit, e.g. "para. 3", "n. xii", "sec. Discussion, Other AQ-linked
   * groups". Unique within the source.
   */
  locator: z.string().trim().min(1),
  /** A sub-heading as the source prints it, when the unit has one. */
  heading: z.string().trim().min(1).optional(),
  /** The unit's first words as the source prints them (a few words), so that a reader can find it. */
  begins: z.string().trim().min(1).max(80, { error: 'quote only the first few words of the unit (at most 80 characters)' }),
  /** The first words of a second stretch of the unit, where the source's text interrupts it. */
  resumes: z.string().trim().min(1).max(80).optional(),
  /** The language of the unit's text (BCP 47), when it is not English, e.g. "ru" or "uz-Cyrl". */
  lang: languageTagSchema.optional(),
  /** What the unit contains, in one line of our own words. */
  summary: z.string().trim().min(1),
  /** For an endnote: the works (citation keys) it names. Citing one of them beside the source follows the endnote. */
  works: z.array(citationKeySchema).default([]),
  /** For an endnote: the locator of the unit whose text carries its mark. */
  calledFrom: z.string().trim().min(1).optional(),
  /**
   * Why the articles deliberately leave this unit out, in our own words. A unit that no passage
   * cites fails the build unless it says why here; the reason is shown to readers.
   */
  omitted: z.string().trim().min(1).optional(),
});

export const sourceSchema = z.strictObject({
  /** File name of the annotated source text (in shared/sources), when there is one. */
  file: z.string().trim().min(1).optional(),
  /** The units, in the order of the source's argument. */
  units: z.array(sourceUnitSchema).min(1, { error: 'list at least one unit of the source' }),
});

export type SourceUnit = z.output<typeof sourceUnitSchema>;
export type SourceDocument = z.output<typeof sourceSchema>;

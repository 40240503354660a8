/**
 * Field types shared by every content schema. Messages say what is wrong and how to fix it,
 * because they are shown to maintainers as build errors.
 */
import { z } from 'astro/zod';
import { isoDateProblem } from '../lib/dates.ts';
import { isCountryCode } from '../lib/countries.ts';

/** Lower-case letters, digits and single hyphens: the form of every id and of every content file's name. */
export const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Text a reader sees: trimmed, and never empty (the message names what is missing). */
export const requiredText = (what: string) => z.string().trim().min(1, { error: `${what} is empty: write it` });

/** A kebab-case id: lower-case letters, digits and single hyphens. */
export const idSchema = z
  .string()
  .regex(KEBAB_ID, {
    error: 'ids are kebab-case: lower-case letters, digits and hyphens (e.g. "islamic-jihad-union")',
  });

/**
 * A quoted ISO date of one to three parts. Unquoted YAML dates arrive as Date objects (and roll
 * impossible dates over), so only strings are accepted.
 */
export const isoDateSchema = z
  .string({ error: 'write dates as quoted ISO strings, e.g. "2014-10" or "2019-11-06"' })
  .superRefine((value, ctx) => {
    const problem = isoDateProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** An ISO 3166-1 alpha-2 country code in capitals, e.g. "KG". */
export const countryCodeSchema = z.string().refine(isCountryCode, {
  error: (issue) =>
    `"${String(issue.input)}" is not an ISO 3166-1 alpha-2 country code: use two capitals such as KZ, KG, TJ, TM, UZ`,
});

/** A BCP 47 language tag such as "en", "ru" or "uz-Cyrl". */
export const languageTagSchema = z.string().refine(
  (tag) => {
    try {
      return Intl.getCanonicalLocales(tag).length === 1;
    } catch {
      return false;
    }
  },
  { error: 'use a BCP 47 language tag such as "en", "ru" or "uz-Cyrl"' },
);

/** A citation key of content/bibliography.bib. Existence is checked against the parsed .bib. */
export const citationKeySchema = z
  .string()
  .regex(/^[A-Za-z0-9_:.-]+$/, { error: 'citation keys use letters, digits and _ : . - only' });

/**
 * Where a claim comes from: a bibliography entry and, optionally, the place inside it. For a
 * source document with units (content/sources/<key>.yaml), the locator must name one of them.
 */
export const sourceRefSchema = z.strictObject({
  /** Citation key in content/bibliography.bib. */
  key: citationKeySchema,
  /** Place in the work: "para. 3", "n. xii", "sec. Discussion, para. 1". */
  locator: z.string().trim().min(1, { error: 'the locator is empty: name the unit of the source (e.g. "para. 3"), or remove it' }).optional(),
});
export type SourceRef = z.output<typeof sourceRefSchema>;

/** A source reference that must say where in the work the claim is. */
export const locatedSourceRefSchema = z.strictObject({
  ...sourceRefSchema.shape,
  locator: z
    .string({ error: 'give the `locator`: the unit of the source that contains the statement (e.g. "para. 3")' })
    .trim()
    .min(1, { error: 'the locator is empty: name the unit of the source that contains the statement (e.g. "para. 3")' }),
});

/** A name variant: a plain string, or a name with the language it is written in. */
export const aliasSchema = z.union([
  z.string().min(1),
  z.strictObject({
    /** The variant as written, e.g. "Исламское государство". */
    name: z.string().min(1),
    /** BCP 47 tag of the variant's language and script, e.g. "ru" or "uz-Cyrl". */
    lang: languageTagSchema,
  }),
]);
export type Alias = z.output<typeof aliasSchema>;

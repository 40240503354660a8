/**
 * Articles: where the file is (only kebab-case .mdx files directly in content/articles are
 * published), the frontmatter and its dates, and everything the body refers to, read from the
 * MDX tree (article-body.ts): citations and their locators, figures, entities, maps, notes,
 * images, and markup that content may not carry.
 */
import { articleSchema } from '../../schemas/article.ts';
import { articleDocument, readArticleBody } from './article-body.ts';
import { baseName, isKebabId, type CheckContext } from './context.ts';
import { validateAt } from './validate.ts';
import { parseLocatedYaml } from './yaml.ts';

const FRONTMATTER = /^---\n([\s\S]*?)\n---(?:\n|$)/;

/** Why the build would not publish this file as an article, if it would not. */
function placementProblem(file: string, articlesDir: string): string | undefined {
  const inside = file.startsWith(`${articlesDir}/`) ? file.slice(articlesDir.length + 1) : baseName(file);
  if (inside.includes('/')) return `articles live directly in ${articlesDir}/: the build does not publish ${inside}; move it up`;
  if (file.endsWith('.md')) return `articles are .mdx files: rename ${baseName(file)}.md to ${baseName(file)}.mdx (a .md file is not published)`;
  if (!isKebabId(baseName(file))) return `the file name "${baseName(file)}" is its URL and must be kebab-case (lower-case letters, digits, hyphens): rename it`;
  return undefined;
}

export function checkArticles(context: CheckContext, articlesDir: string): void {
  const { content } = context;
  for (const source of context.files.articles) {
    const placement = placementProblem(source.file, articlesDir);
    if (placement) {
      context.error(source.file, 1, placement);
      continue;
    }
    const match = FRONTMATTER.exec(source.text);
    if (!match) {
      context.error(source.file, 1, 'no frontmatter: start the file with a "---" block (see docs/content-model.md)');
      continue;
    }
    const yaml = parseLocatedYaml(match[1]!, 2);
    const { data, problems } = validateAt(articleSchema, yaml, source.file);
    context.problems.push(...problems);
    // The whole file with its frontmatter blanked, as MDX compiles it: lines are the file's.
    const document = articleDocument(match[0], source.text.slice(match[0].length));
    const read = readArticleBody(document, 1);
    if ('syntaxError' in read) {
      context.error(source.file, read.syntaxError.line, read.syntaxError.id);
      continue;
    }
    const { body, tree } = read;
    if (data) {
      content.articles.push({ file: source.file, slug: baseName(source.file), data, body, document, tree });
      context.checkKey(source.file, yaml.lineOf(['source', 'key']), data.source.key);
      data.organisations.forEach((id, index) => {
        if (!context.entityOfKind(id, 'organisations')) {
          context.error(source.file, yaml.lineOf(['organisations', index]), `unknown organisation "${id}": add content/entities/organisations/${id}.yaml or fix the id`);
        }
      });
      checkDates(context, source.file, data, yaml.lineOf.bind(yaml));
    }
    const error = (line: number, message: string) => context.error(source.file, line, message);
    for (const ref of body.citations) {
      context.checkKey(source.file, ref.line, ref.id);
      const wrongLocator = context.locatorProblem(ref.id, ref.locator);
      if (wrongLocator) error(ref.line, wrongLocator);
    }
    for (const ref of body.citationProblems) error(ref.line, ref.id);
    for (const ref of body.citationsInContext) {
      error(ref.line, `citation [@${ref.id}] inside a <Context> box: a Context box is our own background and never cites a source; move the sourced statement and its citation into the article's prose`);
    }
    for (const ref of body.figures) if (!context.figureKnown(ref.id)) error(ref.line, `unknown figure id "${ref.id}": add it to content/data/figures or fix the id`);
    for (const ref of body.entities) if (!context.entityKnown(ref.id)) error(ref.line, `unknown entity id "${ref.id}": add content/entities/<kind>/${ref.id}.yaml or fix the id`);
    for (const ref of body.strayNumbers) {
      error(ref.line, `the number "${ref.id}" is typed into the prose: add it to content/data/figures and write <Stat id="…" /> (only years and calendar dates may be typed)`);
    }
    for (const image of body.images) {
      if (!image.alt) error(image.line, `image "${image.id}" has no alt text: describe what it shows, as ![A map of …](${image.id}) or <img alt="A map of …">`);
      if (/^(?:https?:)?\/\//i.test(image.id)) {
        error(image.line, `image "${image.id}" is on another site, which the site never loads from (its security policy blocks it): save it under public/ and write its path`);
      } else if (image.id.startsWith('/') && context.files.publicFiles && !context.files.publicFiles.has(decodeURIComponent(image.id.slice(1).split(/[?#]/)[0]!))) {
        error(image.line, `image "${image.id}" is not a file under public/: add public${image.id.split(/[?#]/)[0]} or fix the path`);
      }
    }
    for (const ref of [...body.unsafe, ...body.mistakes]) error(ref.line, ref.id);
  }
}

/** Dates that contradict each other or lie in the future. */
function checkDates(context: CheckContext, file: string, data: { published: string; updated?: string | undefined; corrections: { date: string }[] }, lineOf: (path: PropertyKey[]) => number): void {
  if (data.updated !== undefined && data.updated < data.published) {
    context.error(file, lineOf(['updated']), `updated (${data.updated}) is before published (${data.published}): fix one of them`);
  }
  if (data.updated !== undefined && data.updated > context.today) context.error(file, lineOf(['updated']), `updated (${data.updated}) is after today (${context.today}): use the day of the change`);
  data.corrections.forEach((correction, index) => {
    if (correction.date < data.published) {
      context.error(file, lineOf(['corrections', index, 'date']), `a correction dated ${correction.date} comes before the article was published (${data.published}): use the day of the correction`);
    }
    if (correction.date > context.today) context.error(file, lineOf(['corrections', index, 'date']), `a correction dated ${correction.date} is after today (${context.today}): use the day of the correction`);
  });
}

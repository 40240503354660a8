/**
 * The content against the sources' own text: every unit is where content/sources says it is,
 * every figure's wording is in the unit it cites and agrees with its hedges, every event's sourced
 * date and links are in the units its statements cite, and background stays uncited. Needs the
 * sources beside the project (../shared/sources), as CI has them.
 */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { readContentFiles } from '../../src/lib/content/files.ts';
import { resolveLocator } from '../../src/lib/sources.ts';
import { linkId, linkProvenance, type EventLink, type HistoricalEvent } from '../../src/schemas/entities.ts';
import type { Figure } from '../../src/schemas/figure.ts';
import { haveSources, mentionsNumber, normalise, unitTexts } from '../support/source-text.ts';

const { content } = checkContent(readContentFiles(process.cwd()));
const sources = [...content.sources].filter(([, document]) => document.file !== undefined);

describe.skipIf(!haveSources)('the sources themselves', () => {
  // Read when the first test runs: a skipped suite still runs this body to collect its tests, and
  // without ../shared/sources there is nothing to read.
  let read: Map<string, Map<string, string>> | undefined;
  const texts = { get: (key: string) => (read ??= new Map(sources.map(([k, document]) => [k, unitTexts(document)]))).get(key) };
  /** The text of the units a citation names (a range: all of them). */
  const cited = (key: string, locator: string): string => {
    const document = content.sources.get(key);
    if (!document) return '';
    const resolved = resolveLocator(document, key, locator);
    if ('problem' in resolved) throw new Error(resolved.problem);
    return resolved.units.map((unit) => texts.get(key)!.get(unit.locator) ?? '').join(' ');
  };

  it('finds every unit of every source by its first words, each once', () => {
    for (const [key, document] of sources) {
      expect(texts.get(key)!.size, key).toBe(document.units.length);
    }
  });

  it('finds each endnote mark in the paragraph the endnote says it is called from', () => {
    for (const [key, document] of sources) {
      for (const unit of document.units.filter((u) => u.calledFrom !== undefined)) {
        const mark = `[${unit.locator.replace(/^n\. /, '')}]`;
        expect(texts.get(key)!.get(unit.calledFrom!), `${key} ${unit.locator}`).toContain(mark);
      }
    }
  });

  const figures = [...content.figures.values()].map(({ data }) => data).filter((figure) => content.sources.has(figure.source.key));
  const unit = (figure: Figure) => cited(figure.source.key, figure.source.locator);

  it.each(figures.map((figure) => [figure.id, figure] as const))('figure %s: its wording is in the unit it cites and holds its number', (_id, figure) => {
    // " … " leaves words out between quoted parts: each part is in the unit, in order.
    const text = unit(figure);
    let from = 0;
    for (const part of figure.wording.split('…').map((piece) => normalise(piece)).filter(Boolean)) {
      const at = text.indexOf(part, from);
      expect(at, `${figure.source.locator} does not contain "${part}" (after the wording's earlier parts)`).toBeGreaterThanOrEqual(0);
      from = at + part.length;
    }
    const wording = normalise(figure.wording);
    const numbers = figure.value !== undefined ? [figure.value] : [figure.min!, figure.max!];
    for (const number of numbers) expect(mentionsNumber(wording, number, figure.unit), `"${figure.wording}" does not give ${number}`).toBe(true);
  });

  /** A hedge word of the wording, and the field that must carry it. */
  const HEDGES: { words: RegExp; qualifier: Figure['qualifier'] }[] = [
    { words: /\b(?:about|around|approximately|some)\b/, qualifier: 'about' },
    { words: /\b(?:nearly|almost)\b/, qualifier: 'nearly' },
    { words: /\bup to\b/, qualifier: 'up-to' },
    { words: /\bat least\b/, qualifier: 'at-least' },
    { words: /\b(?:more than|over)\b/, qualifier: 'more-than' },
  ];

  it.each(figures.map((figure) => [figure.id, figure] as const))('figure %s: its qualifier and status say what its wording says', (_id, figure) => {
    const wording = normalise(figure.wording);
    const said = HEDGES.filter((hedge) => hedge.words.test(wording)).map((hedge) => hedge.qualifier);
    expect(said.length, `"${figure.wording}" carries more than one hedge`).toBeLessThanOrEqual(1);
    expect(figure.qualifier, `"${figure.wording}"`).toBe(said[0]);
    if (/\bestimat/.test(wording)) expect(figure.status, `"${figure.wording}" is an estimate`).toBe('estimate');
    const around = unit(figure);
    if (figure.status === 'unofficial') expect(around).toContain('unofficial');
    if (figure.status === 'denied') expect(around).toContain('denied');
    if (figure.status === 'estimate') expect(around).toMatch(/estimat/);
    if (figure.status === 'official') expect(around).toMatch(/official|authorit|government|ministr|\bmvd\b|security (?:agencies|officials|forces)|police|prison/);
  });

  const events = [...content.entities.values()].flatMap((entity) => (entity.kind === 'events' ? [[entity.id, entity.data] as const] : []));
  const eventUnits = (event: HistoricalEvent) => event.sourced.map((statement) => cited(statement.source.key, statement.source.locator)).join(' ');
  const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

  it.each(events.filter(([, event]) => event.dateFrom === 'source'))('event %s: a date from the sources is in the units it cites', (_id, event) => {
    const text = eventUnits(event);
    for (const date of [event.date, event.endDate].filter((d): d is string => d !== undefined)) {
      const [year, month, day] = date.split('-');
      expect(text, `year ${year}`).toContain(year);
      if (month) expect(text, `month of ${date}`).toContain(MONTHS[Number(month) - 1]);
      if (day) expect(text, `day of ${date}`).toMatch(new RegExp(`\\b${Number(day)}\\b`));
    }
  });

  const names = (id: string): string[] => {
    const entity = content.entities.get(id);
    if (!entity) return [id];
    const acronym = entity.kind === 'organisations' ? entity.data.acronym : undefined;
    return [entity.data.name, acronym, ...entity.data.aliases.map((alias) => (typeof alias === 'string' ? alias : alias.name))]
      .filter((name): name is string => Boolean(name))
      .map(normalise);
  };

  it.each(events)('event %s: every place, organisation and person not marked background is named in the units it cites', (_id, event) => {
    const text = eventUnits(event);
    const links: EventLink[] = [...event.places, ...event.organisations, ...event.people];
    for (const link of links.filter((l) => linkProvenance(l) === 'source')) {
      expect(names(linkId(link)).some((name) => text.includes(name)), `${linkId(link)} is not named in the cited units: mark it { id, from: background }`).toBe(true);
    }
  });
});

describe('background is never cited', () => {
  it('no entity background and no Context box holds a citation (the schema and the check reject one)', () => {
    for (const [id, entity] of content.entities) {
      expect(entity.data.background ?? '', id).not.toMatch(/\[[^\]]*@|(?:^|\s)@[a-z]/);
    }
    for (const article of content.articles) expect(article.body.citationsInContext, article.file).toEqual([]);
  });
});

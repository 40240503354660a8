/**
 * What an MDX article refers to, found line by line in its body: figure, entity and citation ids,
 * and digits typed into prose (every number a reader sees must come from the figures data set).
 */
import { citationKeysIn } from '../citations.ts';

export interface Reference {
  id: string;
  line: number;
}

export interface BodyReferences {
  figures: Reference[];
  entities: Reference[];
  citations: Reference[];
  /** Digits in prose that are neither years nor calendar dates. */
  strayNumbers: Reference[];
}

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const ALLOWED_DIGITS = [
  new RegExp(`\\b\\d{1,2} ${MONTH}\\b`, 'g'), // 12 April
  new RegExp(`\\b${MONTH} \\d{1,2},`, 'g'), // April 12,
  /\b(?:1[0-9]{3}|20[0-9]{2})(?:s\b|['’]s\b)?/g, // 1991, 1990s
];

/** Parts of a line that are markup, not prose: tags, expressions, citations, notes, code, URLs. */
const NOT_PROSE = [
  /`[^`]*`/g,
  /<[^>]*>/g,
  /\{[^}]*\}/g,
  /\[[^\]]*@[^\]]*\]/g,
  /\[\^[^\]]+\]:?/g,
  /\]\([^)]*\)/g,
  /https?:\/\/\S+/g,
  /(?<=\s|^)-?@[^\s,;]+(?:\s+\[[^\]]*\])?/g,
];

function quotedIds(text: string): string[] {
  return [...text.matchAll(/["']([^"']+)["']/g)].map((match) => match[1]!);
}

export function scanBody(body: string, firstLine: number): BodyReferences {
  const found: BodyReferences = { figures: [], entities: [], citations: [], strayNumbers: [] };
  let inFence = false;
  body.split('\n').forEach((text, index) => {
    const line = firstLine + index;
    if (/^\s*(```|~~~)/.test(text)) inFence = !inFence;
    if (inFence || /^\s*(import|export)\s/.test(text)) return;
    for (const match of text.matchAll(/<Stat\b[^>]*?\bid=["']([^"']+)["']/g)) found.figures.push({ id: match[1]!, line });
    for (const match of text.matchAll(/<KeyFigures\b[^>]*?\bids=\{\[([^\]]*)\]\}/g)) {
      for (const id of quotedIds(match[1]!)) found.figures.push({ id, line });
    }
    for (const match of text.matchAll(/<Entity\b[^>]*?\bid=["']([^"']+)["']/g)) found.entities.push({ id: match[1]!, line });
    for (const id of citationKeysIn(text)) found.citations.push({ id, line });
    let prose = NOT_PROSE.reduce((rest, pattern) => rest.replace(pattern, ' '), text);
    prose = ALLOWED_DIGITS.reduce((rest, pattern) => rest.replace(pattern, ' '), prose);
    for (const match of prose.matchAll(/\d[\d,.]*/g)) found.strayNumbers.push({ id: match[0], line });
  });
  return found;
}

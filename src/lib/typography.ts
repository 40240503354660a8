/**
 * SmartyPants typography (curly quotes, em dashes, ellipses) as plain string functions. They
 * reproduce what Astro's default, remark-smartypants (retext-smartypants with its default
 * options), does to our prose, which tests/unit/markdown/remark-typography.test.ts checks
 * against the real articles. That plugin builds a natural-language syntax tree of every text
 * node and was a quarter of the build time at 1,000 articles; these read characters instead.
 */

const OPEN = { '"': '“', "'": '‘' } as const;
const CLOSE = { '"': '”', "'": '’' } as const;
type Quote = keyof typeof OPEN;

const isQuote = (char: string | undefined): char is Quote => char === '"' || char === "'";
const isWord = (char: string | undefined): boolean => char !== undefined && /[\p{L}\p{N}\p{M}]/u.test(char);
const isSpace = (char: string | undefined): boolean => char !== undefined && /\s/.test(char);
/** Neither word nor space: retext's punctuation and symbol nodes. */
const isMark = (char: string | undefined): boolean => char !== undefined && !isWord(char) && !isSpace(char);

/** The word that starts at `index` (retext's WordNode), or '' if none does. */
function wordAt(text: string, index: number): string {
  let end = index;
  while (isWord(text[end])) end += 1;
  return text.slice(index, end);
}

/**
 * Straight quotes to curly ones, character for character, so the result has the input's length
 * (callers slice it back into the text nodes it was joined from). The rules are
 * retext-smartypants' `quotesDefault`, in its order, read on characters instead of tokens. The
 * neighbours are read from the input: a quote already curled is punctuation either way.
 */
export function smartQuotes(text: string): string {
  let out = '';
  let copied = 0;
  const set = (index: number, char: string) => {
    out += text.slice(copied, index) + char;
    copied = index + 1;
  };
  for (let i = nextQuote(text, 0); i !== -1; i = nextQuote(text, i + 1)) {
    const quote = text[i] as Quote;
    // retext reads a run of one quote character as one token, which no quote rule matches.
    if (text[i - 1] === quote || text[i + 1] === quote) continue;
    const previous = text[i - 1];
    const next = text[i + 1];
    const nextWord = wordAt(text, i + 1);
    if (isMark(next) && !isWord(text[i + 2])) {
      set(i, CLOSE[quote]); // a quote against punctuation: `"Iraq".`
    } else if (isQuote(next) && isWord(text[i + 2])) {
      set(i, OPEN[quote]); // a quote inside a quote: `"'Quoted' words"`
      set(i + 1, OPEN[next]);
      i += 1;
    } else if (/^\d\ds$/.test(nextWord)) {
      set(i, CLOSE[quote]); // a decade: `the '80s`
    } else if ((isSpace(previous) || isMark(previous)) && isWord(next)) {
      set(i, OPEN[quote]);
    } else if (isWord(previous)) {
      set(i, CLOSE[quote]);
    } else if (next === undefined || isSpace(next) || (quote === "'" && nextWord === 's')) {
      set(i, CLOSE[quote]);
    } else {
      set(i, OPEN[quote]);
    }
  }
  return out + text.slice(copied);
}

function nextQuote(text: string, from: number): number {
  const double = text.indexOf('"', from);
  const single = text.indexOf("'", from);
  return double === -1 ? single : single === -1 ? double : Math.min(double, single);
}

/** Two hyphens to an em dash, three or more dots (spaced or not) to an ellipsis, `` and '' to curly double quotes. */
export function smartPunctuation(text: string): string {
  return text
    .replace(/(?<!-)--(?!-)/g, '—')
    .replace(/\.{3,}|\.(?:[ \t]+\.){2,}/g, '…')
    .replace(/(?<!`)``(?!`)/g, '“')
    .replace(/(?<!')''(?!')/g, '”');
}

/**
 * ISO 8601 calendar dates of one, two or three parts ("2014", "2014-10", "2014-10-07"), checked
 * for real: YAML parsers silently roll "2024-13-45" over into a valid date, so content dates are
 * kept as strings and validated here.
 */
const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Precision of a partial ISO date. */
export type DatePrecision = 'year' | 'month' | 'day';

/** Why a string is not a valid ISO date, or `null` when it is one. */
export function isoDateProblem(value: string): string | null {
  const match = ISO_DATE.exec(value);
  if (!match) return `"${value}" is not an ISO date: write "YYYY", "YYYY-MM" or "YYYY-MM-DD"`;
  const [, , month, day] = match;
  const year = Number(match[1]);
  if (month !== undefined && (Number(month) < 1 || Number(month) > 12)) {
    return `"${value}" has month ${month}: months run from 01 to 12`;
  }
  if (month !== undefined && day !== undefined) {
    const last = new Date(Date.UTC(year, Number(month), 0)).getUTCDate();
    if (Number(day) < 1 || Number(day) > last) {
      return `"${value}" has day ${day}: ${year}-${month} has days 01 to ${last}`;
    }
  }
  return null;
}

export function datePrecision(value: string): DatePrecision {
  const parts = value.split('-').length;
  return parts === 1 ? 'year' : parts === 2 ? 'month' : 'day';
}

// Building an Intl.DateTimeFormat costs far more than formatting with one; lists of articles
// format the same dates thousands of times in a large build.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, withDay: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${withDay}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', year: 'numeric', month: 'long', ...(withDay ? { day: 'numeric' } : {}) });
    formatters.set(key, format);
  }
  return format;
}

/** Human form of a partial ISO date: "2014", "October 2014", "7 October 2014". */
export function formatIsoDate(value: string, locale = 'en-GB'): string {
  const [year, month = '01', day = '01'] = value.split('-');
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  const precision = datePrecision(value);
  if (precision === 'year') return String(year);
  return formatter(locale, precision === 'day').format(date);
}

/** Sort key that orders partial dates chronologically ("2014" before "2014-01"). */
export function dateSortKey(value: string): string {
  return value.padEnd(10, value.length === 4 ? '-00-00' : '-00');
}

/**
 * The "cite this page" formats offered as files rather than inline text. Reference managers
 * (Zotero, Mendeley, EndNote, BibDesk) import BibTeX, RIS and CSL-JSON as files, so a download
 * serves them better than text to select, and keeping them out of the page spares every reader
 * their bytes (issue 15). Chicago and APA, the formats pasted into prose, stay inline. Pure.
 */
import { bibtex } from './bibtex.ts';
import { cslJson } from './csl-json.ts';
import { ris } from './ris.ts';
import type { CitedPage } from './work.ts';

export interface CiteDownload {
  /** The file's name beside the article: `/articles/<slug>/<file>`. */
  file: string;
  /** What the link says. */
  label: string;
  /** The media type it is served with where the host reads it (Astro's dev server, tests). */
  type: string;
  render: (page: CitedPage) => string;
}

export const CITE_DOWNLOADS: readonly CiteDownload[] = [
  { file: 'cite.bib', label: 'BibTeX', type: 'application/x-bibtex; charset=utf-8', render: bibtex },
  // RIS keeps its CRLF line ends: the format requires them.
  { file: 'cite.ris', label: 'RIS', type: 'application/x-research-info-systems; charset=utf-8', render: ris },
  { file: 'cite.json', label: 'CSL-JSON', type: 'application/vnd.citationstyles.csl+json; charset=utf-8', render: cslJson },
];

/** The download for a file name, if it is one. */
export const citeDownload = (file: string): CiteDownload | undefined => CITE_DOWNLOADS.find((download) => download.file === file);

/** The name a browser saves the file as: the page's id with the format's extension ("cafr-x.bib"). */
export const downloadName = (page: CitedPage, download: CiteDownload): string => `${page.id}${download.file.slice(download.file.lastIndexOf('.'))}`;

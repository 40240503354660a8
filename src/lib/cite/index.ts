/** "Cite this page": every format, from one description of the page. */
export { chicago } from './chicago.ts';
export { apa } from './apa.ts';
export { bibtex } from './bibtex.ts';
export { ris } from './ris.ts';
export { cslJson, cslItem } from './csl-json.ts';
export { CITE_DOWNLOADS, citeDownload, downloadName, type CiteDownload } from './downloads.ts';
export type { CitedPage } from './work.ts';

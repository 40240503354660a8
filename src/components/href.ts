/** Base-aware internal link for components: href('data/') → "/data/" or "/repo/data/". */
import { withBase } from '../lib/urls.ts';

export const href = (path: string): string => withBase(import.meta.env.BASE_URL, path);

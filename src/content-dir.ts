/**
 * The folder content is read from: `content` by default; tests point CONTENT_DIR at a fixture
 * to build a known site or to prove that bad input fails the build.
 */
export const CONTENT_DIR = (process.env['CONTENT_DIR'] ?? 'content').replace(/\/+$/, '');

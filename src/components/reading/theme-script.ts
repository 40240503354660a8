/**
 * The inline head script that applies a remembered theme before the first paint (no flash).
 * Keep it byte-identical: the Content-Security-Policy allows it by its sha256 hash
 * (see tests/unit/lib/reading/theme-script.test.ts, which pins the hash).
 */
export const THEME_SCRIPT = 'try{var t=localStorage.getItem("theme");if(t==="dark"||t==="light")document.documentElement.dataset.theme=t}catch(e){}';

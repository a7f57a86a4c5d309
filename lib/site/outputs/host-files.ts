/**
 * The files only a web host reads (Netlify and Cloudflare Pages): written by
 * the headers and redirects steps, never precached by the service worker and
 * never in the offline copy, whose reader's browser and server ignore them.
 */
export const HEADERS_FILE = "_headers";
export const REDIRECTS_FILE = "_redirects";
const HOST_FILES: readonly string[] = [HEADERS_FILE, REDIRECTS_FILE];

/** Whether a file of the built site (its path in it) is one only the host reads. */
export const isHostFile = (name: string): boolean => HOST_FILES.includes(name);

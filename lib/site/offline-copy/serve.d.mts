/** Types of serve.mjs, which stays plain JavaScript so the offline copy runs with Node alone. */
export interface ServedSite {
  /** e.g. http://127.0.0.1:1234 */
  readonly origin: string;
  close(): Promise<void>;
}

export function serveSite(options: { root: string; prefix?: string; port?: number }): Promise<ServedSite>;

/** Folders (relative to the site) whose files Pagefind names after their content: kept by browsers. */
export const CONTENT_NAMED_FOLDERS: readonly string[];
/** The Cache-Control header of those files. */
export const CONTENT_NAMED_CACHE_CONTROL: string;

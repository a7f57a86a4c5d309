/** Types of serve.mjs, which stays plain JavaScript so the offline copy runs with Node alone. */
export interface ServedSite {
  /** e.g. http://127.0.0.1:1234 */
  readonly origin: string;
  close(): Promise<void>;
}

export function serveSite(options: { root: string; prefix?: string; port?: number }): Promise<ServedSite>;

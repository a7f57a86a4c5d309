/**
 * Memoisation for pure render helpers whose argument is plain data: the
 * result is kept under the argument's JSON. The dev server's rebuilds then
 * recompute only what an edit changed (citeproc formats one claim in about
 * 15 ms, so 1,000 unchanged claims cost 15 s on every rebuild without it).
 */
export function memoisedByJson<A, R>(compute: (arg: A) => R, limit = 100_000): (arg: A) => R {
  const results = new Map<string, R>();
  return (arg) => {
    const key = JSON.stringify(arg);
    const known = results.get(key);
    if (known !== undefined) return known;
    const result = compute(arg);
    // Edits leave stale entries behind; forgetting everything now and then bounds the memory.
    if (results.size >= limit) results.clear();
    results.set(key, result);
    return result;
  };
}

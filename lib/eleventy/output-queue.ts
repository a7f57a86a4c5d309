/**
 * The dev server's after-build outputs, run in the background. Eleventy
 * reloads the browser only when its `eleventy.after` handlers return, so
 * awaiting the search index there made every edit wait for a full Pagefind
 * run. The queue runs the outputs after the reload instead, one run at a
 * time; the next rebuild waits for the running one before it writes pages,
 * so outputs never read a half-written site.
 */
export class OutputQueue {
  #running: Promise<void> = Promise.resolve();

  /** Starts `run` after the previous run; a failure is reported through `report`, never thrown. */
  start(run: () => Promise<void>, report: (error: unknown) => void): void {
    this.#running = this.#running.then(run).catch(report);
  }

  /** Resolves once no run is in progress. */
  idle(): Promise<void> {
    return this.#running;
  }
}

/**
 * Undo steps for a benchmark: each process started, topic created or file written registers how to undo it; all run
 * once, last registered first, on success, on error and on SIGINT/SIGTERM, each within a deadline.
 */
export class Cleanup {
  private readonly steps: Array<{ what: string; run: () => Promise<void> }> = [];
  private running: Promise<void> | undefined;

  add(what: string, run: () => Promise<void>): () => Promise<void> {
    const step = { what, run };
    this.steps.push(step);
    // Run one step early (e.g. a row's cluster when the row ends); it is then not run again.
    return async () => {
      const index = this.steps.indexOf(step);
      if (index === -1) return;
      this.steps.splice(index, 1);
      await this.guard(step);
    };
  }

  runAll(): Promise<void> {
    this.running ??= (async () => {
      while (this.steps.length > 0) {
        const step = this.steps.pop();
        if (step) await this.guard(step);
      }
    })();
    return this.running;
  }

  private async guard(step: { what: string; run: () => Promise<void> }): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        step.run(),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error('took over 60 s')), 60_000);
        }),
      ]);
    } catch (err) {
      console.error(`cleanup: ${step.what} failed: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      clearTimeout(timer);
    }
  }
}

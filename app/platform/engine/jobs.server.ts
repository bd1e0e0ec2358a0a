import { log, logError } from "../web/log.server";

/** A background job run in-process on an interval (scheduler sweep, outbox delivery, purges). */
export interface BackgroundJob {
  naam: string;
  intervalMs: number;
  run: () => void | Promise<void>;
}

/**
 * Runs jobs one tick at a time: a tick never overlaps the previous tick of the same job, and a failing
 * tick is logged and retried on the next interval.
 */
export class JobRunner {
  private timers = new Map<string, NodeJS.Timeout>();
  private running = new Map<string, Promise<void>>();
  private stopped = false;

  constructor(private readonly jobs: BackgroundJob[]) {}

  start(): void {
    this.stopped = false;
    for (const job of this.jobs) this.schedule(job, 0);
    log("info", "achtergrondtaken gestart", { taken: this.jobs.map((j) => j.naam) });
  }

  /** Runs one job now (tests and the test clock use this), waiting for a tick already under way. */
  async runNow(naam: string): Promise<void> {
    const job = this.jobs.find((j) => j.naam === naam);
    if (!job) throw new Error(`Onbekende taak: ${naam}`);
    await this.running.get(naam);
    await this.tick(job);
  }

  private schedule(job: BackgroundJob, delay: number): void {
    if (this.stopped) return;
    const t = setTimeout(() => {
      void this.tick(job).finally(() => this.schedule(job, job.intervalMs));
    }, delay);
    t.unref();
    this.timers.set(job.naam, t);
  }

  private async tick(job: BackgroundJob): Promise<void> {
    const p = (async () => {
      try {
        await job.run();
      } catch (err) {
        logError("achtergrondtaak mislukt", err, { taak: job.naam });
      }
    })();
    this.running.set(job.naam, p);
    await p;
    this.running.delete(job.naam);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    await Promise.all(this.running.values());
  }
}

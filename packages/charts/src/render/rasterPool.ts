import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { type PdfOptions, toPdf } from "./toPdf.ts";
import { toPng } from "./toPng.ts";

/** A figure drawn for print: PNG (with its dpi) and vector PDF. */
export interface Rasters {
  readonly png: Uint8Array;
  readonly pdf: Uint8Array;
}

/** What the main thread sends a raster worker (internal). */
export interface RasterRequest {
  readonly id: number;
  readonly svg: string;
  readonly dpi?: number;
  readonly pdf: PdfOptions;
}

/** What a raster worker sends back (internal). */
export type RasterResponse =
  | { readonly id: number; readonly png: Uint8Array; readonly pdf: Uint8Array }
  | { readonly id: number; readonly error: string };

/** Options of {@link RasterPool}. */
export interface RasterPoolOptions {
  /**
   * Worker threads. Default: the machine's available parallelism (`os.availableParallelism()`):
   * the thread that builds the report mostly waits for them at the end. `0` renders on the calling
   * thread.
   */
  readonly threads?: number;
  /** Resolution of the PNGs. Default: 300 dpi (as {@link toPng}). */
  readonly dpi?: number;
}

/** Where the compiled worker program is, or null when the code runs from its TypeScript sources. */
function workerUrl(): URL | null {
  try {
    // Resolved only under the `monitoring-dist` condition (the compiled commands); from the
    // TypeScript sources (vitest, tsx, Deno) there is no compiled worker and figures are drawn here.
    const url = import.meta.resolve("@monitoring-social/charts/rasterWorker");
    return url.endsWith(".js") ? new URL(url) : null;
  } catch {
    return null;
  }
}

/**
 * Draws figures to PNG and PDF on worker threads, so that the thread building a report goes on
 * while the figures of the previous section are rasterised (on a 2-core machine, the 32 figures of
 * the Schaerbeek report: PNG and PDF together take about twice as long as everything else). Each
 * worker loads the fonts and renderers once. The files are exactly those of {@link toPng} and
 * {@link toPdf} called directly (same functions, same fonts): the thread makes no difference. When
 * no worker can run (the code runs from its TypeScript sources, or a worker fails to start), every
 * figure is drawn on the calling thread.
 * @example
 * const pool = new RasterPool();
 * const { png, pdf } = await pool.render(svg, { title: "Non-recours", lang: "fr" });
 * await pool.close();
 */
export class RasterPool {
  readonly #threads: number;
  readonly #dpi: number | undefined;
  readonly #workers: Worker[] = [];
  readonly #idle: Worker[] = [];
  readonly #queue: RasterRequest[] = [];
  readonly #busy = new Map<Worker, RasterRequest>();
  readonly #pending = new Map<number, { resolve: (r: Rasters) => void; reject: (e: Error) => void }>();
  #next = 0;
  #url: URL | null | undefined;

  constructor(options: RasterPoolOptions = {}) {
    this.#threads = Math.max(0, options.threads ?? availableParallelism());
    this.#dpi = options.dpi;
  }

  /** Threads drawing figures so far (0 until the first figure, and when drawing on this thread). */
  get threads(): number {
    return this.#workers.length;
  }

  /**
   * Draws one SVG (as written by `toSvg`) to PNG and PDF.
   * @throws Error (rejects) when the SVG cannot be drawn (see {@link toPdf}).
   */
  render(svg: string, pdf: PdfOptions = {}): Promise<Rasters> {
    const request: RasterRequest = {
      id: this.#next++,
      svg,
      pdf,
      ...(this.#dpi === undefined ? {} : { dpi: this.#dpi }),
    };
    this.#url ??= this.#threads > 0 ? workerUrl() : null;
    if (this.#url === null) return this.#renderHere(request);
    return new Promise<Rasters>((resolve, reject) => {
      this.#pending.set(request.id, { resolve, reject });
      this.#queue.push(request);
      this.#dispatch();
    });
  }

  /** Stops the workers (after the figures asked for are drawn). */
  async close(): Promise<void> {
    await Promise.all(this.#workers.map((w) => w.terminate()));
    this.#workers.length = 0;
    this.#idle.length = 0;
  }

  async #renderHere(request: RasterRequest): Promise<Rasters> {
    const png = toPng(request.svg, request.dpi === undefined ? {} : { dpi: request.dpi });
    return { png, pdf: await toPdf(request.svg, request.pdf) };
  }

  #dispatch(): void {
    while (this.#queue.length > 0) {
      let worker = this.#idle.pop();
      if (worker === undefined && this.#workers.length < this.#threads) worker = this.#spawn();
      if (worker === undefined) return;
      const request = this.#queue.shift()!;
      this.#busy.set(worker, request);
      worker.ref();
      worker.postMessage(request);
    }
  }

  #spawn(): Worker | undefined {
    let worker: Worker;
    try {
      worker = new Worker(this.#url!);
    } catch {
      return this.#fallBack();
    }
    worker.on("message", (response: RasterResponse) => {
      const waiting = this.#pending.get(response.id);
      this.#pending.delete(response.id);
      if ("error" in response) waiting?.reject(new Error(response.error));
      else waiting?.resolve({ png: new Uint8Array(response.png), pdf: new Uint8Array(response.pdf) });
      this.#busy.delete(worker);
      // An idle worker does not keep the process alive.
      worker.unref();
      this.#idle.push(worker);
      this.#dispatch();
    });
    worker.on("error", () => {
      // A worker that cannot run: its figure goes back in the queue, drawn by another worker, or
      // here when none is left.
      const request = this.#busy.get(worker);
      this.#busy.delete(worker);
      if (request) this.#queue.unshift(request);
      const i = this.#workers.indexOf(worker);
      if (i >= 0) this.#workers.splice(i, 1);
      const j = this.#idle.indexOf(worker);
      if (j >= 0) this.#idle.splice(j, 1);
      if (this.#workers.length === 0) this.#fallBack();
      else this.#dispatch();
    });
    this.#workers.push(worker);
    return worker;
  }

  /** Draws every waiting figure on this thread (no worker could run). */
  #fallBack(): undefined {
    this.#url = null;
    for (const [id, waiting] of this.#pending) {
      const i = this.#queue.findIndex((r) => r.id === id);
      if (i < 0) continue;
      const [request] = this.#queue.splice(i, 1);
      this.#pending.delete(id);
      this.#renderHere(request!).then(waiting.resolve, waiting.reject);
    }
    return undefined;
  }
}

/**
 * The program of a {@link RasterPool} worker thread: renders each SVG it receives to PNG and PDF
 * with the same functions as the main thread ({@link toPng}, {@link toPdf}), so a figure is the
 * same file whichever thread drew it. Compiled to its own file (`dist/render/rasterWorker.js`,
 * exported as `@monitoring-social/charts/rasterWorker` under the `monitoring-dist` condition) so
 * that a worker loads the renderers only, not Vega.
 */
import { parentPort } from "node:worker_threads";
import type { RasterRequest, RasterResponse } from "./rasterPool.ts";
import { toPdf } from "./toPdf.ts";
import { toPng } from "./toPng.ts";

parentPort?.on("message", async (request: RasterRequest) => {
  let response: RasterResponse;
  try {
    const png = toPng(request.svg, request.dpi === undefined ? {} : { dpi: request.dpi });
    const pdf = await toPdf(request.svg, request.pdf);
    response = { id: request.id, png, pdf };
  } catch (e) {
    response = { id: request.id, error: String((e as Error)?.message ?? e) };
  }
  parentPort?.postMessage(
    response,
    "png" in response ? [response.png.buffer as ArrayBuffer, response.pdf.buffer as ArrayBuffer] : [],
  );
});

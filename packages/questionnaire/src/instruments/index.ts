import type { Instrument } from "../model/instrument.ts";
import { worker2021 } from "./worker/worker2021.ts";
import { worker2025 } from "./worker/worker2025.ts";

export { worker2021 } from "./worker/worker2021.ts";
export { worker2025 } from "./worker/worker2025.ts";

/** Both versions of the worker questionnaire, oldest first. */
export const workerInstruments: readonly Instrument[] = [worker2021, worker2025];

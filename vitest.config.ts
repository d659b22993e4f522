import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["packages/*/test/**/*.test.ts", "tests/**/*.test.ts"],
    typecheck: { enabled: true, include: ["packages/*/test/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
    testTimeout: 60_000,
    // Module loading is paid once per worker, not once per test file: the packages (vega, exceljs,
    // arquero…) take seconds to import and no test relies on a fresh module state.
    isolate: false,
    // Every core (vitest's default leaves one to its main process, i.e. one worker on a 2-core
    // machine): the files are mostly CPU-bound and pnpm test's other tasks mostly wait.
    maxWorkers: availableParallelism(),
  },
});

// The entry of the threads that check salary files and refit the catalog. Plain JavaScript, so a
// thread starts the same way under any runner; the task itself is TypeScript, loaded through tsx.
import { parentPort, workerData } from "node:worker_threads";
import { tsImport } from "tsx/esm/api";

const { runRefitTask } = await tsImport("./refit-task.ts", import.meta.url);

try {
  const outcome = runRefitTask(workerData, (step) => parentPort.postMessage({ type: "step", step }));
  parentPort.postMessage({ type: "done", outcome });
} catch (error) {
  parentPort.postMessage({ type: "error", message: error instanceof Error ? error.message : String(error) });
}

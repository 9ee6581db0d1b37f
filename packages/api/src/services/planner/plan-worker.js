// The entry of the threads that plan career paths. Plain JavaScript, so that a thread starts the
// same way under any runner; the task itself is TypeScript, loaded through tsx.
import { tsImport } from "tsx/esm/api";

const { planTask } = await tsImport("./plan-task.ts", import.meta.url);

export default planTask;

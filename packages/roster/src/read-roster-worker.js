// The entry of the threads that read roster files. Plain JavaScript, so that a thread starts the
// same way under any runner; the task itself is TypeScript, loaded through tsx.
import { tsImport } from "tsx/esm/api";

const { readRosterTask } = await tsImport("./read-roster-task.ts", import.meta.url);

export default readRosterTask;

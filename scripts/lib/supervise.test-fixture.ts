// Runs supervise() on the processes and timings the test passes as JSON in argv[2].
import { supervise, type ProcessSpec, type Restarts } from "./supervise";

const { specs, restarts } = JSON.parse(process.argv[2]!) as { specs: { name: string; script: string }[]; restarts: Restarts };
const processSpecs: ProcessSpec[] = specs.map(({ name, script }) => ({ name, command: process.execPath, args: ["-e", script], env: process.env }));
supervise(processSpecs, () => Promise.resolve(void console.log("cleaned up")), restarts);

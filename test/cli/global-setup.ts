import { ensureCliBuilt } from "./run-cli";

/** Builds the CLI once, before the test workers start, when `dist/cli` is missing or older than `src`. */
export default function globalSetup(): void {
  ensureCliBuilt();
}

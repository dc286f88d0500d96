#!/usr/bin/env node
// `npm stop`: stop the dev server that `npm start` left running and remove
// the sideloaded manifest from Excel desktop.
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { stateFile, unsideload } from "./dev-host.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const statePath = stateFile(ROOT);

unsideload(path.join(ROOT, "manifest.xml"));

let state;
try {
  state = JSON.parse(readFileSync(statePath, "utf8"));
} catch {
  console.log("Thi đua's dev server is not running.");
  process.exit(0);
}
try {
  process.kill(state.pid, "SIGTERM");
  console.log(`Stopped Thi đua's dev server (${state.url}).`);
} catch {
  console.log("Thi đua's dev server had already stopped.");
}
rmSync(statePath, { force: true });

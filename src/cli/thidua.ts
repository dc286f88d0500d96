import { run } from "./main";

// The `thidua` command: `npm run thidua -- …` and the package's bin.

// `npm run` starts scripts in the package's root; the officer's relative paths
// (khoi-2026/, --out ket-qua.xlsx) mean the folder they typed the command in,
// which npm keeps in INIT_CWD.
if (process.env.npm_lifecycle_event === "thidua" && process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);
run(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
}).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    process.stderr.write(`Thi đua: unexpected failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);

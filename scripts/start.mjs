#!/usr/bin/env node
// `npm start`: serve the task pane on port 3000 and say how to open it. Where
// Excel desktop is installed (Windows, Mac) the manifest is also sideloaded
// and Excel opened, as `office-addin-debugging start` does; elsewhere the
// printed URL opens the browser preview, which needs no Excel.
import { spawn } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import https from "node:https";
import path from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { devCertificates, excelDesktop, openExcel, sideload, stateFile } from "./dev-host.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const PORT = Number(process.env.THIDUA_PORT || 3000);
const secure = devCertificates() !== null;
const url = `${secure ? "https" : "http"}://localhost:${PORT}/taskpane.html`;

const server = spawn(process.execPath, ["node_modules/webpack/bin/webpack.js", "serve", "--mode", "development"], {
  cwd: ROOT,
  stdio: ["ignore", "pipe", "pipe"],
  env: { ...process.env, THIDUA_PORT: String(PORT) },
});
// webpack's progress lines are for the curious; keep them, but after ours.
server.stdout.on("data", (chunk) => process.env.THIDUA_VERBOSE && process.stdout.write(chunk));
// webpack-dev-server says "running at http://localhost:…/" (a 404 there) long before the first
// compile is done; the address is ours to print, once the page answers. Its notes (<i>) wait for
// THIDUA_VERBOSE; its warnings (<w>) and errors pass.
createInterface({ input: server.stderr }).on("line", (line) => {
  if (process.env.THIDUA_VERBOSE || !line.startsWith("<i> ")) process.stderr.write(`${line}\n`);
});
// `npm stop` signals this process, which takes the server down with it.
writeFileSync(stateFile(ROOT), JSON.stringify({ pid: process.pid, url }));

let stopping = false;
function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  rmSync(stateFile(ROOT), { force: true });
  server.kill("SIGTERM");
  process.exitCode = code;
}
process.on("SIGINT", () => stop(0));
process.on("SIGTERM", () => stop(0));
server.on("exit", (code) => {
  rmSync(stateFile(ROOT), { force: true });
  if (!stopping) {
    console.error(`The dev server stopped (exit ${code}). Is port ${PORT} already in use? Try \`npm stop\`.`);
    process.exit(code || 1);
  }
});

/** Resolves when the page answers; the dev server's certificate is self-signed, so it is not verified here. */
function waitForPage(timeoutMs) {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const get = secure ? https.get : http.get;
      const req = get(url, { rejectUnauthorized: false }, (res) => {
        res.resume();
        if (res.statusCode === 200) resolve();
        else retry();
      });
      req.on("error", retry);
    };
    const retry = () => (Date.now() - started > timeoutMs ? reject(new Error(`no answer from ${url}`)) : setTimeout(attempt, 500));
    attempt();
  });
}

try {
  await waitForPage(180_000);
} catch (error) {
  console.error(`Thi đua did not start: ${error.message}`);
  stop(1);
}

if (!stopping) {
  const lines = [
    "",
    `Thi đua is running: ${url}`,
    "",
    "  • Browser preview (no Excel needed): open the address above.",
  ];
  const excel = excelDesktop();
  if (excel && secure) {
    sideload(path.join(ROOT, "manifest.xml"));
    openExcel(excel);
    lines.push("  • Excel desktop: the add-in is sideloaded; on the Home tab, click «Chấm điểm thi đua».");
  } else if (excel) {
    lines.push(
      "  • Excel desktop needs https: run `npx office-addin-dev-certs install` once, then `npm start` again.",
    );
  } else {
    lines.push(
      "  • Excel on the web: Insert › Add-ins › Upload My Add-in › manifest.xml (needs https: see README, «Sideloading»).",
      "  • Excel desktop: not found on this machine; see README, «Sideloading».",
    );
  }
  lines.push("", "Stop with Ctrl+C, or `npm stop` from another terminal.", "");
  console.log(lines.join("\n"));
}

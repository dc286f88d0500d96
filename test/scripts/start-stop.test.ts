import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { ROOT } from "../support/build-pane";

jest.setTimeout(240_000);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Resolves with everything printed once `text` appears; rejects if the process ends first. */
function waitForOutput(child: ChildProcess, text: string): Promise<string> {
  let out = "";
  return new Promise((resolve, reject) => {
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes(text)) resolve(out);
    });
    child.stderr?.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.on("exit", (code) => reject(new Error(`exited ${code} before printing "${text}":\n${out}`)));
  });
}

describe("npm start / npm stop", () => {
  const scratch = mkdtempSync(path.join(os.tmpdir(), "thidua-start-"));
  // No dev certificates in this HOME: the server speaks http, as on a fresh machine.
  const env = { ...process.env, HOME: scratch, THIDUA_STATE_FILE: path.join(scratch, "state.json") };
  let start: ChildProcess | undefined;

  afterAll(() => {
    start?.kill("SIGKILL");
    rmSync(scratch, { recursive: true, force: true });
  });

  test("serves the pane, says how to open it, and stops on `npm stop`", async () => {
    const port = await freePort();
    start = spawn(process.execPath, ["scripts/start.mjs"], { cwd: ROOT, env: { ...env, THIDUA_PORT: String(port) } });
    const printed = await waitForOutput(start, "Stop with Ctrl+C");
    const url = `http://localhost:${port}/taskpane.html`;
    expect(printed).toContain(`Thi đua is running: ${url}`);
    expect(printed).toContain("Browser preview (no Excel needed)");
    expect(printed).toContain("Upload My Add-in");
    // webpack-dev-server's own "Project is running at http://localhost:…/" came a minute before the pane answered.
    expect(printed).not.toMatch(/running at|webpack-dev-server\]/i);

    const page = await fetch(url);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<div id="root">');
    expect(html).toContain('src="/office-js/office.js"');
    // The preview works offline: office.js comes from the package, not the CDN.
    expect((await fetch(`http://localhost:${port}/office-js/office.js`)).status).toBe(200);
    expect((await fetch(`http://localhost:${port}/manifest.xml`)).status).toBe(200);
    expect(existsSync(env.THIDUA_STATE_FILE)).toBe(true);

    const exited = new Promise<number | null>((resolve) => start!.on("exit", resolve));
    const stop = spawnSync(process.execPath, ["scripts/stop.mjs"], { cwd: ROOT, env, encoding: "utf8" });
    expect(stop.stdout).toContain("Stopped Thi đua's dev server");
    await expect(exited).resolves.toBe(0);
    expect(existsSync(env.THIDUA_STATE_FILE)).toBe(false);
    await expect(fetch(url)).rejects.toThrow();

    const again = spawnSync(process.execPath, ["scripts/stop.mjs"], { cwd: ROOT, env, encoding: "utf8" });
    expect(again.stdout).toContain("is not running");
  });
});

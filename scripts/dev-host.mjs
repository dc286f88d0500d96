// What `npm start` and `npm stop` need to know about this machine: the dev
// certificates, Excel desktop, and how to sideload the manifest into it.
// Sideloading is what office-addin-dev-settings does (a registry value on
// Windows, a manifest file on a Mac); done here to avoid its dependency chain,
// which needs network and native builds.
import { execFileSync, spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

/** Where `npm start` records its process for `npm stop` (overridable so tests never touch a developer's). */
export function stateFile(root) {
  return process.env.THIDUA_STATE_FILE || path.join(root, ".thidua-dev-server.json");
}

export function devCertificates() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = ["localhost.key", "localhost.crt", "ca.crt"].map((f) => path.join(dir, f));
  return files.every((f) => existsSync(f)) ? dir : null;
}

/** The path of Excel desktop, or null (Linux, or no Office). */
export function excelDesktop() {
  if (process.platform === "darwin") {
    const app = "/Applications/Microsoft Excel.app";
    return existsSync(app) ? app : null;
  }
  if (process.platform === "win32") {
    const roots = [process.env.ProgramFiles, process.env["ProgramFiles(x86)"]].filter(Boolean);
    for (const root of roots) {
      const exe = path.join(root, "Microsoft Office", "root", "Office16", "EXCEL.EXE");
      if (existsSync(exe)) return exe;
    }
  }
  return null;
}

function manifestId(manifestPath) {
  const match = /<Id>\s*([^<\s]+)\s*<\/Id>/.exec(readFileSync(manifestPath, "utf8"));
  if (!match) throw new Error(`${manifestPath} has no <Id>.`);
  return match[1];
}

const WINDOWS_KEY = "HKCU\\Software\\Microsoft\\Office\\16.0\\WEF\\Developer";
const macWefFolder = () => path.join(os.homedir(), "Library/Containers/com.microsoft.Excel/Data/Documents/wef");

export function sideload(manifestPath) {
  const id = manifestId(manifestPath);
  if (process.platform === "win32") {
    execFileSync("reg", ["add", WINDOWS_KEY, "/v", id, "/t", "REG_SZ", "/d", manifestPath, "/f"], { stdio: "ignore" });
  } else if (process.platform === "darwin") {
    mkdirSync(macWefFolder(), { recursive: true });
    copyFileSync(manifestPath, path.join(macWefFolder(), `${id}.manifest.xml`));
  }
}

export function unsideload(manifestPath) {
  const id = manifestId(manifestPath);
  if (process.platform === "win32") {
    try {
      execFileSync("reg", ["delete", WINDOWS_KEY, "/v", id, "/f"], { stdio: "ignore" });
    } catch {
      // Not registered: nothing to undo.
    }
  } else if (process.platform === "darwin") {
    rmSync(path.join(macWefFolder(), `${id}.manifest.xml`), { force: true });
  }
}

export function openExcel(excel) {
  const child =
    process.platform === "darwin" ? spawn("open", ["-a", excel], { detached: true, stdio: "ignore" }) : spawn(excel, [], { detached: true, stdio: "ignore" });
  child.unref();
}

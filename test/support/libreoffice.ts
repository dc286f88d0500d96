/**
 * LibreOffice Calc as the second reader of the workbooks we write: every
 * sheet as CSV with its raw values, and the whole workbook as flat ODF
 * (`.fods`), where its tables, links, validations, conditional formats and
 * charts can be looked at. CI installs LibreOffice; without it the suites
 * that use this fail rather than pass on nothing.
 */
import { execFile, execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** Every sheet as its own CSV (the `-1` of LibreOffice ≥ 7.2), UTF-8, numbers as stored (full precision), not as shown. */
const CSV_ALL_SHEETS = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

export function requireLibreOffice(): void {
  if (spawnSync("soffice", ["--version"], { stdio: "ignore" }).status !== 0) {
    throw new Error("LibreOffice (soffice) is needed: apt-get install -y --no-install-recommends libreoffice-calc-nogui");
  }
}

export interface LibreOfficeRead {
  /** Each sheet's rows, by sheet name (NFC). */
  readonly csv: Map<string, string[][]>;
  readonly fods: string;
}

/** Reads `file` (an `.xlsx`) with LibreOffice, working in `dir` (its own profiles, so runs in parallel do not collide). */
export async function readWithLibreOffice(file: string, dir: string): Promise<LibreOfficeRead> {
  requireLibreOffice();
  const profile = (name: string) => `-env:UserInstallation=file://${path.join(dir, name)}`;
  const csvDir = path.join(dir, "csv");
  const fodsDir = path.join(dir, "fods");
  mkdirSync(csvDir, { recursive: true });
  mkdirSync(fodsDir, { recursive: true });
  await Promise.all([
    run("soffice", [profile("lo-csv"), "--headless", "--convert-to", CSV_ALL_SHEETS, "--outdir", csvDir, file]),
    run("soffice", [profile("lo-fods"), "--headless", "--convert-to", "fods", "--outdir", fodsDir, file]),
  ]);
  const base = path.basename(file, ".xlsx");
  const csv = new Map<string, string[][]>();
  for (const name of readdirSync(csvDir)) {
    if (!name.startsWith(`${base}-`)) continue;
    csv.set(name.slice(base.length + 1).replace(/\.csv$/, "").normalize("NFC"), parseCsv(readFileSync(path.join(csvDir, name), "utf8")));
  }
  return { csv, fods: readFileSync(path.join(fodsDir, `${base}.fods`), "utf8") };
}

/** One printed page: its size in points and its text. */
export interface PrintedPage {
  readonly width: number;
  readonly height: number;
  readonly text: string;
}

/**
 * `file` printed by LibreOffice to PDF (each sheet by its print setup), page
 * by page, read with poppler's pdfinfo and pdftotext (`.ci/run` installs
 * poppler-utils). Also leaves the PDF at the returned `pdf` path.
 */
export async function printWithLibreOffice(file: string, dir: string): Promise<{ pdf: string; pages: PrintedPage[] }> {
  requireLibreOffice();
  const outDir = path.join(dir, "pdf");
  mkdirSync(outDir, { recursive: true });
  await run("soffice", [`-env:UserInstallation=file://${path.join(dir, "lo-pdf")}`, "--headless", "--convert-to", "pdf", "--outdir", outDir, file]);
  const pdf = path.join(outDir, `${path.basename(file).replace(/\.[^.]+$/, "")}.pdf`);
  const info = (await run("pdfinfo", ["-f", "1", "-l", "100000", pdf])).stdout;
  const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gm)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
  const text = (await run("pdftotext", ["-layout", pdf, "-"], { maxBuffer: 64 * 1024 * 1024 })).stdout.split("\f");
  return { pdf, pages: sizes.map((size, i) => ({ ...size, text: text[i] ?? "" })) };
}

/** RFC 4180, as LibreOffice writes it: `"` quotes, `""` escapes, newlines inside quotes. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n") {
      rows.push([...row, field]);
      row = [];
      field = "";
    } else if (ch !== "\r") field += ch;
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** `file` opened and saved again as `.xlsx` by LibreOffice (a second writer's bytes), in `dir`; the new file's path. */
export async function resaveWithLibreOffice(file: string, dir: string): Promise<string> {
  requireLibreOffice();
  const out = path.join(dir, "resaved");
  mkdirSync(out, { recursive: true });
  await run("soffice", [`-env:UserInstallation=file://${path.join(dir, "lo-resave")}`, "--headless", "--convert-to", "xlsx", "--outdir", out, file]);
  return path.join(out, path.basename(file));
}

/** LibreOffice Writer's text export of a .docx (a second reader of the Word files we write), headers and footers included; a table cell a line. */
export function docxText(file: string, outDir: string): string {
  requireLibreOffice();
  execFileSync("soffice", [`-env:UserInstallation=file://${outDir}/profile`, "--headless", "--convert-to", "txt:Text (encoded):UTF8", "--outdir", outDir, file], { stdio: "ignore" });
  return readFileSync(path.join(outDir, `${path.basename(file, ".docx")}.txt`), "utf8").replace(/^\uFEFF/, "").replace(/\r\n/g, "\n");
}

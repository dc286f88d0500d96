import { createHash } from "node:crypto";
import { readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";

/** Where the command writes, checked before a long import: a clear refusal instead of Node's EISDIR at the end. */
export type OutputProblem = { kind: "documentsIsFile" | "outIsFolder" | "outNotXlsx" | "jsonIsFolder" | "noFolderFor"; target: string };

/** `--out` names the result workbook: an .xlsx name for what is an .xlsx file, else Excel refuses to open it. */
export function xlsxName(file: string): string {
  return /\.[a-z0-9]{2,4}$/i.test(file) ? file.replace(/\.[a-z0-9]{2,4}$/i, ".xlsx") : `${file}.xlsx`;
}

async function kindOf(target: string): Promise<"file" | "folder" | "none"> {
  try {
    return (await stat(target)).isDirectory() ? "folder" : "file";
  } catch {
    return "none";
  }
}

/** The first problem with the places given (`--out`, `--json`, `--documents`), or null. */
export async function outputProblem(places: { out?: string; json?: string; documents?: string }): Promise<OutputProblem | null> {
  if (places.documents !== undefined && (await kindOf(places.documents)) === "file") return { kind: "documentsIsFile", target: places.documents };
  for (const [option, target] of [
    ["out", places.out],
    ["json", places.json === "-" ? undefined : places.json],
  ] as const) {
    if (target === undefined) continue;
    if ((await kindOf(target)) === "folder") return { kind: option === "out" ? "outIsFolder" : "jsonIsFolder", target };
    if (option === "out" && !/\.xlsx$/i.test(target)) return { kind: "outNotXlsx", target };
    if ((await kindOf(path.dirname(path.resolve(target)))) !== "folder") return { kind: "noFolderFor", target };
  }
  return null;
}

/**
 * The hidden list, beside the documents, of what the command wrote there and
 * the SHA-256 of each as written. An officer edits the minutes after the
 * meeting; a second `rank --documents` must not write over that work.
 */
export const DOCUMENTS_MANIFEST = ".thidua-documents.json";

interface Manifest {
  schema: "thidua.documents/1";
  files: Record<string, { sha256: string }>;
}

/** One document written: where, and the file left as it was because it changed since we wrote it (or we never did). */
export interface Written {
  readonly file: string;
  readonly kept?: string;
}

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

async function hashOf(file: string): Promise<string | null> {
  try {
    return sha256(await readFile(file));
  } catch {
    return null;
  }
}

/**
 * A folder the documents go to. A name is written over only when the file
 * there is exactly what we wrote last time; otherwise the new document goes
 * to the first numbered name free or still ours (`to-trinh (2).docx`).
 */
export async function documentsFolder(dir: string) {
  const manifestFile = path.join(dir, DOCUMENTS_MANIFEST);
  let manifest: Manifest = { schema: "thidua.documents/1", files: {} };
  try {
    const read = JSON.parse(await readFile(manifestFile, "utf8")) as Partial<Manifest>;
    if (read && typeof read.files === "object" && read.files !== null) manifest = { schema: "thidua.documents/1", files: read.files };
  } catch {
    // None yet, or unreadable: every file already there counts as the officer's.
  }
  const ours = async (name: string): Promise<boolean | null> => {
    const current = await hashOf(path.join(dir, name));
    if (current === null) return null;
    return manifest.files[name]?.sha256 === current;
  };
  return {
    async write(name: string, bytes: Uint8Array): Promise<Written> {
      const ext = path.extname(name);
      const stem = name.slice(0, name.length - ext.length);
      let chosen = name;
      for (let n = 2; (await ours(chosen)) === false; n++) chosen = `${stem} (${n})${ext}`;
      const file = path.join(dir, chosen);
      await writeFile(file, bytes);
      manifest.files[chosen] = { sha256: sha256(bytes) };
      await writeFile(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`, "utf8");
      return chosen === name ? { file } : { file, kept: path.join(dir, name) };
    },
  };
}

/**
 * What the officer hands over, as the session's FileSources: files picked or
 * dropped one by one, or whole folders (dropped, or picked with the folder
 * button). A folder is taken as the command line takes one: every file in
 * it and its subfolders that may be the block's (see `isFolderCandidate`),
 * in name order. A file picked alone is always taken, but for lock and
 * hidden files.
 */
import { isFolderCandidate, isHelperFile } from "../../../core/read/file-names";
import type { FileBytes } from "../../session/block-session";

export interface PickedFile {
  readonly file: File;
  /** Where it was inside the folder it came with (`Khối 2026/Phiếu/a.xlsx`); its name when it came alone. */
  readonly path: string;
  readonly inFolder: boolean;
}

/** Files picked or dropped alone. */
export function looseFiles(list: FileList | readonly File[]): PickedFile[] {
  return Array.from(list).map((file) => ({ file, path: file.name, inFolder: false }));
}

/** The files of a folder picked with `<input webkitdirectory>`: each knows its path. */
export function folderPick(list: FileList | readonly File[]): PickedFile[] {
  return Array.from(list).map((file) => ({ file, path: file.webkitRelativePath || file.name, inFolder: file.webkitRelativePath !== "" }));
}

/**
 * The entries of a drop, taken while the drop event lasts (the browser
 * empties its DataTransfer once the handler returns). `null` where the
 * browser does not expose entries for every item: then only the dropped
 * files count.
 */
export function dropEntries(data: DataTransfer): FileSystemEntry[] | null {
  const items = Array.from(data.items ?? []).filter((item) => item.kind === "file");
  if (items.length === 0 || typeof items[0]?.webkitGetAsEntry !== "function") return null;
  const entries = items.map((item) => item.webkitGetAsEntry());
  // Files put in a DataTransfer by a page (not by the file manager) have no entry: their files still count.
  return entries.every((e) => e !== null) ? entries : null;
}

/** Every file under the dropped entries, folders walked to the bottom. */
export async function dropFiles(entries: readonly FileSystemEntry[]): Promise<PickedFile[]> {
  const out: PickedFile[] = [];
  for (const entry of entries) await walk(entry, false, out);
  return out;
}

async function walk(entry: FileSystemEntry, inFolder: boolean, out: PickedFile[]): Promise<void> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    out.push({ file, path: entry.fullPath.replace(/^\//, "") || file.name, inFolder });
    return;
  }
  if (!entry.isDirectory) return;
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  // A directory reader hands its entries over in batches (100 in Chromium) until an empty one.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) return;
    for (const child of batch) await walk(child, true, out);
  }
}

/**
 * The session's sources: a folder's files that may be the block's, in path
 * order after the loose files; lock and hidden files never. Each is known by
 * its name, as the officer sees it in issues, unless two files of one
 * hand-over share a name: then by their paths, so neither replaces the other.
 */
export function toSources(picked: readonly PickedFile[]): FileBytes[] {
  const taken = picked.filter((p) => (p.inFolder ? isFolderCandidate(p.file.name) : !isHelperFile(p.file.name)));
  const loose = taken.filter((p) => !p.inFolder);
  const folder = taken.filter((p) => p.inFolder).sort((a, b) => a.path.localeCompare(b.path, "vi"));
  const ordered = [...loose, ...folder];
  const count = new Map<string, number>();
  for (const p of ordered) count.set(p.file.name, (count.get(p.file.name) ?? 0) + 1);
  return ordered.map((p) => ({ name: (count.get(p.file.name) ?? 0) > 1 ? p.path : p.file.name, read: () => p.file.arrayBuffer() }));
}

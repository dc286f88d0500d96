import { dropFiles, folderPick, looseFiles, toSources } from "../../src/taskpane/features/import/picked-files";

/** A dropped folder as the browser hands it over: entries, a directory reader giving its entries in batches of `batch`. */
function fileEntry(fullPath: string): FileSystemFileEntry {
  const name = fullPath.split("/").pop() as string;
  return { isFile: true, isDirectory: false, name, fullPath, file: (ok: (f: File) => void) => ok(new File([fullPath], name)) } as unknown as FileSystemFileEntry;
}
function folderEntry(fullPath: string, children: FileSystemEntry[], batch = 2): FileSystemDirectoryEntry {
  return {
    isFile: false,
    isDirectory: true,
    name: fullPath.split("/").pop(),
    fullPath,
    createReader: () => {
      let at = 0;
      return {
        readEntries: (ok: (entries: FileSystemEntry[]) => void) => {
          const next = children.slice(at, at + batch);
          at += batch;
          ok(next);
        },
      };
    },
  } as unknown as FileSystemDirectoryEntry;
}

const namesOf = async (sources: ReturnType<typeof toSources>) =>
  Promise.all(sources.map(async (s) => [s.name, new TextDecoder().decode(await s.read())]));

describe("the files an officer hands over", () => {
  test("a dropped folder is walked to the bottom, in every batch its reader gives; only the block's files are taken, in path order", async () => {
    const khoi = folderEntry("/Khoi 2026", [
      fileEntry("/Khoi 2026/z-phieu.xlsx"),
      fileEntry("/Khoi 2026/To trinh.pdf"),
      fileEntry("/Khoi 2026/~$z-phieu.xlsx"),
      fileEntry("/Khoi 2026/.DS_Store"),
      folderEntry("/Khoi 2026/Cu", [fileEntry("/Khoi 2026/Cu/phieu-cu.xls"), fileEntry("/Khoi 2026/Cu/anh.png")]),
      fileEntry("/Khoi 2026/danh-sach.txt"),
      fileEntry("/Khoi 2026/a-tieu-chi.xlsx"),
    ]);
    const picked = await dropFiles([khoi, fileEntry("/rieng.docx")]);
    expect(picked).toHaveLength(9);
    expect(await namesOf(toSources(picked))).toEqual([
      // A file dropped alone is taken whatever it is: the import explains what it cannot read.
      ["rieng.docx", "/rieng.docx"],
      ["a-tieu-chi.xlsx", "/Khoi 2026/a-tieu-chi.xlsx"],
      ["phieu-cu.xls", "/Khoi 2026/Cu/phieu-cu.xls"],
      ["danh-sach.txt", "/Khoi 2026/danh-sach.txt"],
      ["z-phieu.xlsx", "/Khoi 2026/z-phieu.xlsx"],
    ]);
  });

  test("two files of one hand-over with the same name are known by their paths, so neither replaces the other", async () => {
    const picked = await dropFiles([folderEntry("/K", [folderEntry("/K/2025", [fileEntry("/K/2025/phieu.xlsx")]), folderEntry("/K/2026", [fileEntry("/K/2026/phieu.xlsx")])])]);
    expect((await namesOf(toSources(picked))).map(([name]) => name)).toEqual(["K/2025/phieu.xlsx", "K/2026/phieu.xlsx"]);
  });

  test("a folder picked with the folder button: each file's relative path; files picked alone: only lock and hidden files left out", () => {
    const inFolder = (relative: string) => {
      const file = new File(["x"], relative.split("/").pop() as string);
      Object.defineProperty(file, "webkitRelativePath", { value: relative });
      return file;
    };
    const folder = folderPick([inFolder("K/b.xlsx"), inFolder("K/ghi chu.docx"), inFolder("K/a.xlsx")]);
    expect(toSources(folder).map((s) => s.name)).toEqual(["a.xlsx", "b.xlsx"]);
    const loose = looseFiles([new File(["x"], "ghi chu.docx"), new File(["x"], "~$a.xlsx"), new File(["x"], "a.xlsx")]);
    expect(toSources(loose).map((s) => s.name)).toEqual(["ghi chu.docx", "a.xlsx"]);
  });
});

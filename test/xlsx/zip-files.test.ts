import { zipFiles } from "../../src/xlsx/blank-scoresheets";
import { unzipOf } from "../support/zip";

describe("zipFiles: the blank scoresheets' one download", () => {
  it("holds each file under its name as given, byte for byte", async () => {
    const files = [
      { fileName: "Phieu cham - Hội Luật gia tỉnh.xlsx", bytes: new Uint8Array([80, 75, 3, 4, 1, 2, 3]) },
      { fileName: "Phieu cham - Hội Nhà báo.xlsx", bytes: new Uint8Array(5000).fill(7) },
    ];
    const parts = unzipOf(await zipFiles(files));
    expect([...parts.keys()]).toEqual(files.map((f) => f.fileName));
    for (const file of files) expect(parts.get(file.fileName)).toEqual(file.bytes);
  });
});

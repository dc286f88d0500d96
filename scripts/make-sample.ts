/**
 * The browser preview's sample block (`Dùng bộ mẫu`): the fixture builder's
 * realistic 11-unit block (layouts A and B, a defect of every kind, a few
 * unreadable files) written into assets/sample/, with `manifest.json`
 * listing the files in writing order. webpack copies the folder into
 * dist/sample/; the pane fetches it from its own origin.
 *
 *     npx tsx scripts/make-sample.ts
 *
 * The builder is deterministic, so running it again rewrites the same block.
 */
import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { realisticBlock11 } from "../test/fixtures/builder";

const OUT = path.resolve(__dirname, "..", "assets", "sample");

async function main(): Promise<void> {
  await mkdir(OUT, { recursive: true });
  for (const name of await readdir(OUT)) await rm(path.join(OUT, name), { recursive: true, force: true });
  const truth = await realisticBlock11(OUT);
  const manifest = {
    schema: "thidua.sample/1",
    description: "Khối thi đua mẫu: 11 đơn vị, phiếu chấm theo mẫu A và B, có lỗi của mọi loại. / A sample block of 11 units with a defect of every kind.",
    files: truth.files,
  };
  await writeFile(path.join(OUT, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`, "utf8");
  process.stdout.write(`${truth.files.length} files written to ${path.relative(process.cwd(), OUT)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exitCode = 1;
});

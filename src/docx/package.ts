/** A filled template's parts zipped again, in their order (the package's own reading is xlsx/template-package.ts, under the read limits). */
import { unzipSync, zipSync } from "fflate";

export function writePackage(parts: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const files: Record<string, [Uint8Array, { level: 6 }]> = {};
  for (const [name, data] of parts) files[name] = [data, { level: 6 }];
  return zipSync(files);
}

/** The parts of a package we wrote ourselves (a built-in template): trusted, read without bounds. */
export function ownPackageParts(bytes: Uint8Array): Map<string, Uint8Array> {
  return new Map(Object.entries(unzipSync(bytes)).filter(([name]) => !name.endsWith("/")));
}

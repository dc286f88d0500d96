/**
 * Zips for the tests, through fflate (the project's own zip library): a
 * package built from its parts in the order given, and a package's parts
 * read back, by name as stored.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";

/** A part's content; `stored` writes it uncompressed (an OpenDocument's `mimetype`). */
export type ZipPart = string | Uint8Array | { readonly data: string | Uint8Array; readonly stored: true };

const bytesOf = (data: string | Uint8Array): Uint8Array => (typeof data === "string" ? strToU8(data) : data);

/** A zip of `parts`, in their order; deflated unless `deflate` is false. */
export function zipOf(parts: Readonly<Record<string, ZipPart>>, deflate = true): Uint8Array {
  const files: Zippable = {};
  for (const [name, part] of Object.entries(parts)) {
    files[name] = typeof part === "object" && "stored" in part ? [bytesOf(part.data), { level: 0 }] : [bytesOf(part), { level: deflate ? 6 : 0 }];
  }
  return zipSync(files);
}

/** The parts of a zip, by name as stored (folders left out). */
export function unzipOf(bytes: Uint8Array): Map<string, Uint8Array> {
  const parts = unzipSync(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes));
  return new Map(Object.entries(parts).filter(([name]) => !name.endsWith("/")));
}

/** One part of a zip as text; throws when it is not there. */
export function partText(parts: ReadonlyMap<string, Uint8Array>, name: string): string {
  const part = parts.get(name);
  if (!part) throw new Error(`no part ${name} in the zip`);
  return strFromU8(part);
}

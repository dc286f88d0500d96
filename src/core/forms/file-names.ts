/**
 * *Phieu cham - <unit>.xlsx* (SPEC §7.1): a name every file system takes
 * (Windows the strictest: none of `<>:"/\|?*`, no control characters, no
 * trailing dot or space; the prefix rules out device names) and unique in the batch
 * regardless of case, as Windows and macOS compare names.
 */
import { squashSpaces } from "../text/normalize";

const PREFIX = "Phieu cham - ";
const EXTENSION = ".xlsx";
/** Room under the 255 bytes of most file systems, for Vietnamese letters of 2–3 bytes in UTF-8. */
const MAX_NAME_CHARS = 80;

export function formFileNames(units: readonly string[]): string[] {
  const used = new Set<string>();
  return units.map((unit) => {
    const base = `${PREFIX}${safePart(unit)}`;
    let name = `${base}${EXTENSION}`;
    for (let n = 2; used.has(name.toLocaleLowerCase()); n++) name = `${base} (${n})${EXTENSION}`;
    used.add(name.toLocaleLowerCase());
    return name;
  });
}

function safePart(unit: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what no file name may hold
  const cleaned = squashSpaces(unit.normalize("NFC").replace(/[<>:"/\\|?*\u0000-\u001f\u007f]/g, " "));
  const cut = [...cleaned].slice(0, MAX_NAME_CHARS).join("").replace(/[. ]+$/, "");
  return cut === "" ? "don vi" : cut;
}

import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

/**
 * The workbook's default font (the first `<font>` of `xl/styles.xml`,
 * Calibri 11 as exceljs writes it) set to another, in a finished `.xlsx`:
 * for the in-memory writer, which builds its styles only while it writes.
 * The streaming writer sets it up front instead (write-exceljs-stream.ts).
 */
export function withDefaultFont(bytes: Uint8Array, name: string, size: number): Uint8Array {
  const files = unzipSync(bytes);
  const styles = files["xl/styles.xml"];
  if (!styles) return bytes;
  const xml = strFromU8(styles);
  const font = `<font><sz val="${size}"/><color theme="1"/><name val="${name.replace(/[<>&"]/g, "")}"/><family val="1"/></font>`;
  const replaced = xml.replace(/(<fonts\b[^>]*>)\s*<font>[\s\S]*?<\/font>/, `$1${font}`);
  if (replaced === xml) return bytes;
  files["xl/styles.xml"] = strToU8(replaced);
  return zipSync(files, { level: 6 });
}

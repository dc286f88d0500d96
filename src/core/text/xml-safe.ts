/**
 * A user's text made fit for any XML file we write (SPEC §7): XML 1.0 cannot
 * hold C0 control characters but tab, line feed and carriage return, nor
 * U+FFFE/U+FFFF, nor half a surrogate pair. One of them in a meeting's
 * field or a unit's name would make every `.docx` and `.xlsx` written from
 * it unopenable, so they are dropped; everything else is kept as written.
 */
// eslint-disable-next-line no-control-regex
const ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlSafeText(text: string): string {
  return text.replace(ILLEGAL, "");
}

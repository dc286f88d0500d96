// scripts/validate-manifest.mjs, run as `npm run validate` runs it: each broken
// manifest is the real one with a single defect, so a failure here means the
// validator missed that defect (or the real manifest drifted).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const ROOT = path.resolve(__dirname, "..");
const SCRIPT = "scripts/validate-manifest.mjs";
const MANIFEST = path.join(ROOT, "manifest.xml");

interface Run {
  status: number | null;
  output: string;
  errors: string[];
  warnings: string[];
}

function validate(...args: string[]): Run {
  const run = spawnSync(process.execPath, [SCRIPT, ...args], { cwd: ROOT, encoding: "utf8" });
  const output = `${run.stdout}${run.stderr}`;
  const lines = output.split("\n");
  return {
    status: run.status,
    output,
    errors: lines.filter((line) => line.startsWith("✗ ")),
    warnings: lines.filter((line) => line.startsWith("! ")),
  };
}

let original: string;
let tmp: string;

beforeAll(() => {
  original = fs.readFileSync(MANIFEST, "utf8");
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "thidua-manifest-"));
});

afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** Replaces the one occurrence of `from`; fails loudly if the manifest no longer has it. */
function replaceOnce(xml: string, from: string, to: string): string {
  const at = xml.indexOf(from);
  if (at === -1) throw new Error(`manifest.xml no longer contains ${JSON.stringify(from)}; update this test`);
  return xml.slice(0, at) + to + xml.slice(at + from.length);
}

/** Writes `<tmp>/<name>/manifest.xml`, with a copy of assets/ beside it when asked. */
function brokenCopy(name: string, edit: (xml: string) => string, withAssets = false): string {
  const dir = path.join(tmp, name);
  fs.mkdirSync(dir);
  const file = path.join(dir, "manifest.xml");
  fs.writeFileSync(file, edit(original));
  if (withAssets) fs.cpSync(path.join(ROOT, "assets"), path.join(dir, "assets"), { recursive: true });
  return file;
}

const PERMISSIONS_LINE = "  <Permissions>ReadWriteDocument</Permissions>\n";

interface BrokenCase {
  name: string;
  edit: (xml: string) => string;
  message: RegExp;
  withAssets?: boolean;
  afterCopy?: (dir: string) => void;
}

const brokenCases: BrokenCase[] = [
  {
    name: "malformed XML (an unclosed tag)",
    edit: (xml) => replaceOnce(xml, "<Permissions>ReadWriteDocument</Permissions>", "<Permissions>ReadWriteDocument"),
    message: /not well-formed.*Permissions|xmllint.*Permissions/,
  },
  {
    name: "elements out of order (Permissions before DefaultSettings)",
    edit: (xml) => replaceOnce(replaceOnce(xml, PERMISSIONS_LINE, ""), "  <DefaultSettings>", PERMISSIONS_LINE + "  <DefaultSettings>"),
    message: /DefaultSettings: elements out of order: DefaultSettings must come before Permissions/,
  },
  {
    name: "a resid with no resource",
    edit: (xml) => replaceOnce(xml, '<Label resid="OpenPane.Label"/>', '<Label resid="Missing.Label"/>'),
    message: /Label: resid "Missing\.Label" has no resource with that id; add one under Resources\/bt:ShortStrings/,
  },
  {
    name: "a resid of the wrong kind (Label pointing at a LongString)",
    edit: (xml) => replaceOnce(xml, '<Label resid="OpenPane.Label"/>', '<Label resid="OpenPane.Tooltip"/>'),
    message: /Label: resid "OpenPane\.Tooltip" is a bt:LongStrings resource, but Label needs a bt:ShortStrings one/,
  },
  {
    name: "an http:// URL",
    edit: (xml) => replaceOnce(xml, '<SupportUrl DefaultValue="https://', '<SupportUrl DefaultValue="http://'),
    message: /\/OfficeApp\/SupportUrl: http:\/\/localhost:3000\/help\.html uses http:\/\/; Office loads add-ins only over https:\/\//,
  },
  {
    name: "a URL on another origin",
    edit: (xml) =>
      replaceOnce(xml, 'DefaultValue="https://localhost:3000/assets/icon-16.png"', 'DefaultValue="https://cdn.example.com/assets/icon-16.png"'),
    message: /bt:Image\[@id="Icon\.16"\]: https:\/\/cdn\.example\.com\/assets\/icon-16\.png is on origin https:\/\/cdn\.example\.com, but the add-in is served from https:\/\/localhost:3000/,
  },
  {
    name: "a missing icon file",
    edit: (xml) => xml,
    withAssets: true,
    afterCopy: (dir) => fs.rmSync(path.join(dir, "assets", "icon-80.png")),
    message: /bt:Image\[@id="Icon\.80"\]: https:\/\/localhost:3000\/assets\/icon-80\.png points to .*icon-80\.png, which does not exist/,
  },
  {
    name: "a ShortString over 125 characters",
    edit: (xml) => replaceOnce(xml, 'DefaultValue="Chấm điểm thi đua"', `DefaultValue="${"Chấm điểm ".repeat(13)}"`),
    message: /bt:String\[@id="OpenPane\.Label"\]: DefaultValue is 130 characters; shorten it to at most 125/,
  },
  {
    name: "a missing required element (Id)",
    edit: (xml) => replaceOnce(xml, "  <Id>b64a6b1f-2ffe-4ae8-839f-a375dcfa2f05</Id>\n", ""),
    message: /\/OfficeApp: missing required element Id/,
  },
  {
    name: "a bad Permissions value",
    edit: (xml) => replaceOnce(xml, "<Permissions>ReadWriteDocument<", "<Permissions>ReadWriteEverything<"),
    message: /\/OfficeApp\/Permissions: "ReadWriteEverything" is not a permission; use one of Restricted, ReadDocument, ReadWriteDocument, WriteDocument/,
  },
];

describe("validate-manifest", () => {
  test("the real manifest.xml is valid", () => {
    const run = validate("manifest.xml");
    expect(run.errors).toEqual([]);
    expect(run.output).toMatch(/^✓ manifest\.xml: valid \(TaskPaneApp for Excel, ExcelApi 1\.1;.*asset URLs present in assets\/\)$/m);
    expect(run.status).toBe(0);
  });

  test.each(brokenCases)("fails on $name", ({ name, edit, message, withAssets, afterCopy }) => {
    const file = brokenCopy(name.replace(/[^a-z0-9]+/gi, "-"), edit, withAssets);
    afterCopy?.(path.dirname(file));
    const run = validate(file);
    expect(run.status).toBe(1);
    expect(run.errors.length).toBeGreaterThan(0);
    expect(run.output).not.toContain("✓ ");
    expect(run.errors.join("\n")).toMatch(message);
  });

  test("one broken manifest among several fails the run, and the valid one is still reported", () => {
    const broken = brokenCopy("several", (xml) => replaceOnce(xml, "ReadWriteDocument<", "Everything<"));
    const run = validate("manifest.xml", broken);
    expect(run.output).toMatch(/^✓ manifest\.xml: valid/m);
    expect(run.errors).toHaveLength(1);
    expect(run.status).toBe(1);
  });

  test("an unused resource is a warning, not a failure", () => {
    const file = brokenCopy("unused-resource", (xml) =>
      replaceOnce(xml, "</bt:Urls>", '  <bt:Url id="Unused.Url" DefaultValue="https://localhost:3000/unused.html"/>\n      </bt:Urls>'),
    );
    const run = validate(file);
    expect(run.status).toBe(0);
    expect(run.output).toMatch(/^✓ .*manifest\.xml: valid/m);
    expect(run.warnings.join("\n")).toMatch(/bt:Url\[@id="Unused\.Url"\]: resource "Unused\.Url" is never used/);
  });

  test("--assets points the file check at another folder", () => {
    const empty = fs.mkdtempSync(path.join(tmp, "empty-assets-"));
    const run = validate("--assets", empty, "manifest.xml");
    expect(run.status).toBe(1);
    expect(run.errors.join("\n")).toMatch(/icon-32\.png, which does not exist/);
  });

  test("no arguments is a usage error (exit 2)", () => {
    const run = validate();
    expect(run.status).toBe(2);
    expect(run.output).toMatch(/usage: node scripts\/validate-manifest\.mjs/);
  });

  test("an unreadable file exits 2", () => {
    const run = validate(path.join(tmp, "does-not-exist.xml"));
    expect(run.status).toBe(2);
    expect(run.output).toMatch(/cannot read the file \(ENOENT\)/);
  });
});

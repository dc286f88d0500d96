// ESLint rule `thidua/architecture`: dependencies point inward
// (taskpane/excel/xlsx/cli → flow → workbook → core), the pane and the
// command run the officer's flow only through src/flow, the folders of core in one
// order (no folder imports one that imports it back: read ↔ check once was one),
// core stays pure, and task-pane features do not import each other or the
// app shell (bulletproof-react).
// It resolves relative imports against the importing file, so `../check/x`
// (a sibling feature) and `../../core/check/x` (the domain) are told apart.
import { builtinModules } from "node:module";
import path from "node:path";

/** What each layer of src/ may import from the others. */
const ALLOWED_LAYERS = {
  core: ["core"],
  workbook: ["core", "workbook"],
  flow: ["core", "workbook", "flow"],
  excel: ["core", "workbook", "excel"],
  xlsx: ["core", "workbook", "xlsx"],
  docx: ["core", "workbook", "docx"],
  cli: ["core", "workbook", "flow", "xlsx", "docx", "cli"],
  taskpane: ["core", "workbook", "flow", "excel", "xlsx", "docx", "taskpane"],
};

/**
 * The folders of core whose functions make the officer's flow (ranking,
 * proposals, the vote): the pane and the command call them through src/flow,
 * so the two cannot chain them differently. Their types may still be named.
 */
const FLOW_ONLY = { layers: ["cli", "taskpane"], folders: ["rank", "nominate", "vote"], except: ["nominate/awards-file"] };

/**
 * What each folder of src/core may import from the others: the model at the
 * bottom, the import pipeline on top. A new folder gets its line here.
 */
const CORE_FOLDERS = {
  model: [],
  text: ["model"],
  i18n: ["model"],
  read: ["model", "text"],
  rank: ["model", "text"],
  check: ["model", "text", "read", "rank"],
  nominate: ["model", "text", "check", "rank"],
  vote: ["model", "text", "read", "check", "rank", "nominate"],
  documents: ["model", "text", "i18n", "read", "check", "rank", "nominate", "vote"],
  report: ["model", "text", "i18n", "vote"],
  forms: ["model", "text"],
  // What a workbook is, told by its content: criteria table, roster, scoresheet, tally, template, our own instructions.
  recognise: ["model", "text", "read", "forms", "vote"],
  import: ["model", "text", "read", "check", "rank", "forms", "vote", "recognise"],
};

const NODE = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
const isNode = (spec) => NODE.has(spec) || NODE.has(spec.split("/")[0]);
const isUi = (spec) => /^(react|react-dom|scheduler)(\/|$)|^@fluentui\//.test(spec);
const isOffice = (spec) => /^(office-|@microsoft\/office-js)/.test(spec);
const isExcelJs = (spec) => /^exceljs(\/|$)/.test(spec);

/** Packages each layer must not import, with the reason shown to the author. */
const FORBIDDEN_PACKAGES = {
  core: [[(s) => isUi(s) || isOffice(s) || isExcelJs(s) || isNode(s), "src/core is the pure domain (Grid in, results out): no UI, Office, exceljs or Node APIs"]],
  workbook: [[(s) => isUi(s) || isOffice(s) || isExcelJs(s) || isNode(s), "src/workbook holds the ports and what is written through them: no UI, Office, exceljs or Node APIs"]],
  flow: [[(s) => isUi(s) || isOffice(s) || isExcelJs(s) || isNode(s), "src/flow is the officer's use cases, plain inputs in, plain results out: no UI, Office, exceljs or Node APIs"]],
  excel: [[(s) => isUi(s) || isExcelJs(s), "src/excel is the Office.js adapter: no UI, no exceljs"]],
  xlsx: [[(s) => isUi(s) || isOffice(s), "src/xlsx is the exceljs adapter: no UI, no Office"]],
  docx: [[(s) => isUi(s) || isOffice(s) || isExcelJs(s) || isNode(s), "src/docx writes Word files in the pane and the command alike: no UI, Office, exceljs or Node APIs"]],
  cli: [[(s) => isUi(s) || isOffice(s), "the command line runs without a browser or Excel"]],
  taskpane: [[(s) => isNode(s), "the task pane runs in a browser: no Node APIs"]],
};

/** `src/<layer>/…` → { layer, feature } for a path relative to the repo root. */
function place(file, root) {
  const parts = path.relative(root, file).split(path.sep);
  if (parts[0] !== "src" || !(parts[1] in ALLOWED_LAYERS)) return null;
  const layer = parts[1];
  const area = layer === "taskpane" || layer === "core" ? parts[2] : undefined;
  const feature = area === "features" && parts.length > 4 ? parts[3] : undefined;
  return { layer, area, feature };
}

/** Whether the import names types only (`import type …`, `export type … from`, or every specifier `type`). */
function typeOnly(node) {
  if (node.importKind === "type" || node.exportKind === "type") return true;
  const specifiers = node.specifiers ?? [];
  return specifiers.length > 0 && specifiers.every((s) => s.importKind === "type" || s.exportKind === "type");
}

function check(context, node, spec) {
  if (typeof spec !== "string") return;
  const root = context.cwd;
  const file = context.filename;
  const from = place(file, root);
  if (!from) return;
  const report = (message) => context.report({ node, message: `${message} (import "${spec}").` });

  if (!spec.startsWith(".")) {
    for (const [matches, why] of FORBIDDEN_PACKAGES[from.layer]) if (matches(spec)) report(why);
    return;
  }
  const to = place(path.resolve(path.dirname(file), spec), root);
  if (!to) return;
  if (!ALLOWED_LAYERS[from.layer].includes(to.layer)) {
    report(`src/${from.layer} must not depend on src/${to.layer}: dependencies point inward (taskpane/excel/xlsx/cli → flow → workbook → core)`);
    return;
  }
  if (FLOW_ONLY.layers.includes(from.layer) && to.layer === "core" && FLOW_ONLY.folders.includes(to.area) && !typeOnly(node)) {
    const inCore = path.relative(path.join(root, "src", "core"), path.resolve(path.dirname(file), spec)).split(path.sep).join("/").replace(/\.tsx?$/, "");
    if (!FLOW_ONLY.except.includes(inCore))
      report(`src/${from.layer} must not call src/core/${to.area} itself: the officer's flow (ranking, proposals, the vote) goes through src/flow, one for the pane and the command`);
  }
  if (from.layer === "core" && to.layer === "core" && from.area !== to.area) {
    const allowed = Object.hasOwn(CORE_FOLDERS, from.area) ? CORE_FOLDERS[from.area] : null;
    if (allowed && Object.hasOwn(CORE_FOLDERS, to.area) && !allowed.includes(to.area))
      report(`src/core/${from.area} must not depend on src/core/${to.area}: the folders of core depend in one order, and ${from.area} may import only ${allowed.join(", ") || "no other folder"} (CORE_FOLDERS)`);
  }
  if (from.feature && to.layer === "taskpane") {
    if (to.area === "app") report(`feature "${from.feature}" must not import the app shell; the shell composes features`);
    else if (to.feature && to.feature !== from.feature)
      report(`feature "${from.feature}" must not import feature "${to.feature}"; share through components/ or i18n/`);
  }
}

const architecture = {
  meta: { type: "problem", docs: { description: "Keep the layers and features of Thi đua apart" }, schema: [] },
  create(context) {
    return {
      ImportDeclaration: (node) => check(context, node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(context, node, node.source.value),
      ExportAllDeclaration: (node) => check(context, node, node.source.value),
      ImportExpression: (node) => node.source.type === "Literal" && check(context, node, node.source.value),
    };
  },
};

export default { rules: { architecture } };

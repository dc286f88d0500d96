#!/usr/bin/env node
// Offline check of the add-in's XML manifest, for CI, which has no network.
//
// Microsoft's validator (`npm run validate:online`) is the authority where a
// network is; what this one checks and why: docs/DECISIONS.md, D6.
//
// Usage: node scripts/validate-manifest.mjs [--assets DIR] MANIFEST...
// Exit status: 0 every manifest is valid, 1 a manifest has problems,
//              2 bad usage or a file that cannot be read.

import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { DOMParser } from "@xmldom/xmldom";

const USAGE = "usage: node scripts/validate-manifest.mjs [--assets DIR] MANIFEST.xml...";

const NS = {
  office: "http://schemas.microsoft.com/office/appforoffice/1.1",
  overrides: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
};

// The TaskPaneApp content model of OfficeApp (appforoffice/1.1 schema), in
// order. Every one of these may appear at most once.
const ROOT_SEQUENCE = [
  { name: "Id", required: true },
  { name: "AlternateId" },
  { name: "Version", required: true },
  { name: "ProviderName", required: true },
  { name: "DefaultLocale", required: true },
  { name: "DisplayName", required: true },
  { name: "Description", required: true },
  { name: "IconUrl" },
  { name: "HighResolutionIconUrl" },
  { name: "SupportUrl" },
  { name: "AppDomains" },
  { name: "Hosts" },
  { name: "Requirements" },
  { name: "DefaultSettings" },
  { name: "Permissions", required: true },
  { name: "AllowSnapshot" },
  { name: "VersionOverrides" },
];

const PERMISSIONS = ["Restricted", "ReadDocument", "ReadWriteDocument", "WriteDocument"];

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const VERSION = /^\d+(\.\d+){0,3}$/;
const LOCALE = /^[a-z]{2,3}-[A-Z]{2}$/;
const REQUIREMENT_VERSION = /^\d+\.\d+$/;

// Limits the store and Office enforce; longer text is rejected or truncated.
const MAX_SHORT_TEXT = 125;
const MAX_LONG_TEXT = 250;
const MAX_RESOURCE_ID = 32;

// Resource kinds, keyed by the bt: container element that holds them.
const RESOURCE_KINDS = {
  Images: { item: "Image", maxLength: null, example: '<bt:Image id="…" DefaultValue="https://…/icon.png"/>' },
  Urls: { item: "Url", maxLength: null, example: '<bt:Url id="…" DefaultValue="https://…"/>' },
  ShortStrings: { item: "String", maxLength: MAX_SHORT_TEXT, example: '<bt:String id="…" DefaultValue="…"/>' },
  LongStrings: { item: "String", maxLength: MAX_LONG_TEXT, example: '<bt:String id="…" DefaultValue="…"/>' },
};

// Which resource kind a `resid` must point at, by the element that carries it.
// bt:Image is handled separately because it is told apart by its namespace.
const RESID_KIND_BY_ELEMENT = {
  SourceLocation: "Urls",
  LearnMoreUrl: "Urls",
  FunctionFile: "Urls",
  Url: "Urls",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Description: "LongStrings",
};

// Ribbon elements whose ids Office keys its command UI on.
const ID_ELEMENTS = ["Group", "Control", "Item"];

// ---------------------------------------------------------------------------
// Problems

function error(where, message) {
  return { level: "error", text: `${describe(where)}: ${message}` };
}

function warning(where, message) {
  return { level: "warning", text: `${describe(where)}: ${message}` };
}

function describe(where) {
  return typeof where === "string" ? where : elementPath(where);
}

// A readable XPath-like path. Ids are shown because they are what a reader
// searches the manifest for; siblings of the same name are told apart by
// their xsi:type, else by position.
function elementPath(element) {
  const segments = [];
  for (let node = element; node && node.nodeType === 1; node = node.parentNode) {
    segments.unshift(node.nodeName + qualifier(node));
  }
  return "/" + segments.join("/");
}

function qualifier(element) {
  if (element.hasAttribute("id")) {
    return `[@id="${element.getAttribute("id")}"]`;
  }
  const parent = element.parentNode;
  if (!parent || parent.nodeType !== 1) {
    return "";
  }
  const sameName = childElements(parent).filter((sibling) => sibling.nodeName === element.nodeName);
  if (sameName.length < 2) {
    return "";
  }
  if (element.hasAttributeNS(NS.xsi, "type")) {
    return `[@xsi:type="${element.getAttributeNS(NS.xsi, "type")}"]`;
  }
  return `[${sameName.indexOf(element) + 1}]`;
}

// ---------------------------------------------------------------------------
// DOM helpers (xmldom has no querySelector)

function childElements(parent) {
  const elements = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1) {
      elements.push(node);
    }
  }
  return elements;
}

function children(parent, localName, namespace) {
  return childElements(parent).filter(
    (element) => element.localName === localName && element.namespaceURI === namespace,
  );
}

function child(parent, localName, namespace) {
  return children(parent, localName, namespace)[0] ?? null;
}

function descendants(parent, localName, namespace) {
  return Array.from(parent.getElementsByTagNameNS(namespace, localName));
}

function allElements(parent) {
  return Array.from(parent.getElementsByTagName("*"));
}

function text(element) {
  return element.textContent.trim();
}

function attribute(element, name) {
  return element.hasAttribute(name) ? element.getAttribute(name) : null;
}

function xsiType(element) {
  return element.hasAttributeNS(NS.xsi, "type") ? element.getAttributeNS(NS.xsi, "type") : null;
}

// Length in characters as a person counts them, not UTF-16 code units.
function length(value) {
  return Array.from(value).length;
}

// ---------------------------------------------------------------------------
// 1. Well-formedness

function parseXml(source) {
  const problems = [];
  const parser = new DOMParser({
    // xmldom repairs malformed markup and merely warns (e.g. an unquoted
    // attribute); Office's parser rejects it, so every report is an error.
    onError(level, message, handler) {
      problems.push(error(locationOf(handler), `XML is not well-formed (${level}): ${message}; fix the markup`));
    },
  });
  let doc = null;
  try {
    doc = parser.parseFromString(source, "text/xml");
  } catch (thrown) {
    // A fatal error is reported through onError before xmldom throws; only
    // report the exception if that did not happen.
    if (problems.length === 0) {
      problems.push(error("XML", `cannot be parsed: ${thrown.message}`));
    }
  }
  return { doc, problems };
}

function locationOf(handler) {
  const locator = handler && handler.locator;
  if (!locator || !locator.lineNumber) {
    return "XML";
  }
  return `line ${locator.lineNumber}, column ${locator.columnNumber}`;
}

// xmllint is stricter than xmldom about some markup, so use it when present.
function xmllintProblems(file) {
  const result = spawnSync("xmllint", ["--noout", file], { encoding: "utf8" });
  if (result.error || result.status === 0) {
    return [];
  }
  const messageLine = /^.*?:(\d+): (.*)$/;
  const problems = [];
  for (const line of result.stderr.split("\n")) {
    const match = messageLine.exec(line);
    if (match) {
      problems.push(error(`line ${match[1]}`, `xmllint: ${match[2].trim()}; fix the markup`));
    }
  }
  if (problems.length === 0) {
    problems.push(error("XML", `xmllint rejected the file: ${result.stderr.trim() || `exit ${result.status}`}`));
  }
  return problems;
}

// ---------------------------------------------------------------------------
// 2-4. OfficeApp and its direct children

function checkRoot(root) {
  const problems = [];
  if (root.localName !== "OfficeApp" || root.namespaceURI !== NS.office) {
    problems.push(
      error(
        elementPath(root),
        `the root element must be OfficeApp in namespace ${NS.office} ` +
          `(found ${root.localName} in ${root.namespaceURI ?? "no namespace"})`,
      ),
    );
    return problems;
  }
  const type = xsiType(root);
  if (type === null) {
    problems.push(error(root, `needs xsi:type="TaskPaneApp" (with xmlns:xsi="${NS.xsi}" declared)`));
  } else if (type !== "TaskPaneApp") {
    problems.push(error(root, `xsi:type must be "TaskPaneApp" (found "${type}"); this validator checks task-pane add-ins only`));
  }
  return problems;
}

const ROOT_ORDER = ROOT_SEQUENCE.map((entry) => entry.name);

function checkRootSequence(root) {
  const { problems, seen } = checkChildOrder(root);
  problems.push(...checkRequiredChildren(root, seen));
  return problems;
}

// Returns the order problems and the set of child names that were found.
function checkChildOrder(root) {
  const problems = [];
  const seen = new Set();
  let previous = null;
  for (const element of childElements(root)) {
    const name = element.localName;
    const position = element.namespaceURI === NS.office ? ROOT_ORDER.indexOf(name) : -1;
    if (position === -1 && name === "VersionOverrides") {
      continue; // a wrong namespace here is reported by checkVersionOverridesNamespace
    }
    if (position === -1) {
      problems.push(
        error(element, `unknown element; OfficeApp (TaskPaneApp) allows only ${ROOT_ORDER.join(", ")} in the namespace ${NS.office}`),
      );
      continue;
    }
    if (seen.has(name)) {
      problems.push(error(element, `${name} appears more than once; keep a single ${name}`));
      continue;
    }
    if (previous !== null && position < ROOT_ORDER.indexOf(previous)) {
      problems.push(
        error(
          element,
          `elements out of order: ${name} must come before ${previous}; the schema order is ${ROOT_ORDER.join(", ")}`,
        ),
      );
    }
    seen.add(name);
    previous = name;
  }
  return { problems, seen };
}

function checkRequiredChildren(root, seen) {
  const problems = [];
  ROOT_SEQUENCE.forEach((entry, index) => {
    if (entry.required && !seen.has(entry.name)) {
      problems.push(error(root, `missing required element ${entry.name}; add <${entry.name}> ${placeFor(index, seen)}`));
    }
  });
  return problems;
}

// Where a missing element goes, relative to elements the reader can see.
function placeFor(index, seen) {
  const next = ROOT_ORDER.slice(index + 1).find((name) => seen.has(name));
  if (next !== undefined) {
    return `before <${next}>`;
  }
  const previous = ROOT_ORDER.slice(0, index).filter((name) => seen.has(name)).pop();
  if (previous !== undefined) {
    return `after <${previous}>`;
  }
  return "inside OfficeApp";
}

function checkIdentity(root) {
  const problems = [];
  const id = child(root, "Id", NS.office);
  if (id && !GUID.test(text(id))) {
    problems.push(error(id, `"${text(id)}" is not a GUID; use one like 8-4-4-4-12 hex digits (e.g. from crypto.randomUUID())`));
  }
  const version = child(root, "Version", NS.office);
  if (version && !VERSION.test(text(version))) {
    problems.push(error(version, `"${text(version)}" is not a version; use 1 to 4 dot-separated numbers like 1.0.0.0`));
  }
  const provider = child(root, "ProviderName", NS.office);
  if (provider && text(provider) === "") {
    problems.push(error(provider, "is empty; name the publisher"));
  }
  const locale = child(root, "DefaultLocale", NS.office);
  if (locale && !LOCALE.test(text(locale))) {
    problems.push(error(locale, `"${text(locale)}" is not a locale like vi-VN (language-COUNTRY)`));
  }
  return problems;
}

function checkLocalizedText(root) {
  const problems = [];
  const limits = [
    ["DisplayName", MAX_SHORT_TEXT],
    ["Description", MAX_LONG_TEXT],
  ];
  for (const [name, maxLength] of limits) {
    const element = child(root, name, NS.office);
    if (element) {
      problems.push(...checkDefaultValue(element, maxLength));
      problems.push(...checkOverrideValues(element, maxLength));
    }
  }
  return problems;
}

function checkDefaultValue(element, maxLength) {
  const value = attribute(element, "DefaultValue");
  if (value === null || value.trim() === "") {
    return [error(element, "needs a non-empty DefaultValue attribute")];
  }
  if (maxLength !== null && length(value) > maxLength) {
    return [error(element, `DefaultValue is ${length(value)} characters; shorten it to at most ${maxLength}`)];
  }
  return [];
}

function checkOverrideValues(element, maxLength) {
  const problems = [];
  for (const override of childElements(element).filter((e) => e.localName === "Override")) {
    const value = attribute(override, "Value");
    if (maxLength !== null && value !== null && length(value) > maxLength) {
      problems.push(error(override, `Value is ${length(value)} characters; shorten it to at most ${maxLength}`));
    }
  }
  return problems;
}

// Every Override, at the top level or among the resources, needs both halves.
function checkOverrides(root) {
  const problems = [];
  for (const override of allElements(root).filter((e) => e.localName === "Override")) {
    const locale = attribute(override, "Locale");
    if (locale === null) {
      problems.push(error(override, 'needs a Locale attribute, e.g. Locale="en-US"'));
    } else if (!LOCALE.test(locale)) {
      problems.push(error(override, `Locale "${locale}" is not a locale like en-US (language-COUNTRY)`));
    }
    if (attribute(override, "Value") === null) {
      problems.push(error(override, "needs a Value attribute with the localized text or URL"));
    }
  }
  return problems;
}

function checkPermissions(root) {
  const permissions = child(root, "Permissions", NS.office);
  if (!permissions || PERMISSIONS.includes(text(permissions))) {
    return [];
  }
  return [error(permissions, `"${text(permissions)}" is not a permission; use one of ${PERMISSIONS.join(", ")}`)];
}

function checkHosts(root) {
  const hosts = child(root, "Hosts", NS.office);
  if (!hosts) {
    return [error(root, 'missing Hosts; add <Hosts><Host Name="Workbook"/></Hosts> so the add-in is offered in Excel')];
  }
  const problems = [];
  const names = children(hosts, "Host", NS.office).map((host) => attribute(host, "Name"));
  if (!names.includes("Workbook")) {
    problems.push(error(hosts, 'no <Host Name="Workbook"/>; this is an Excel add-in, add it'));
  }
  for (const host of children(hosts, "Host", NS.office)) {
    if (attribute(host, "Name") !== "Workbook") {
      problems.push(warning(host, `Name="${attribute(host, "Name")}" offers this Excel add-in in another Office app; remove it unless that is intended`));
    }
  }
  return problems;
}

function checkRequirements(root) {
  const requirements = child(root, "Requirements", NS.office);
  const sets = requirements ? child(requirements, "Sets", NS.office) : null;
  if (!sets) {
    return [
      error(
        requirements ?? root,
        'missing Requirements/Sets; add <Requirements><Sets><Set Name="ExcelApi" MinVersion="1.1"/></Sets></Requirements>',
      ),
    ];
  }
  const excelApi = children(sets, "Set", NS.office).find((set) => attribute(set, "Name") === "ExcelApi");
  if (!excelApi) {
    return [error(sets, 'no <Set Name="ExcelApi" MinVersion="…"/>; add the ExcelApi requirement set the add-in needs')];
  }
  // A Set without MinVersion inherits the Sets' DefaultMinVersion.
  const minVersion = attribute(excelApi, "MinVersion") ?? attribute(sets, "DefaultMinVersion");
  if (minVersion === null) {
    return [error(excelApi, 'needs MinVersion, e.g. MinVersion="1.1"')];
  }
  if (!REQUIREMENT_VERSION.test(minVersion)) {
    return [error(excelApi, `MinVersion "${minVersion}" is not a requirement-set version like 1.8`)];
  }
  return [];
}

function defaultSourceLocation(root) {
  const settings = child(root, "DefaultSettings", NS.office);
  return settings ? child(settings, "SourceLocation", NS.office) : null;
}

function checkDefaultSettings(root) {
  const source = defaultSourceLocation(root);
  if (!source) {
    return [
      error(root, 'a TaskPaneApp needs DefaultSettings/SourceLocation; add <DefaultSettings><SourceLocation DefaultValue="https://…/taskpane.html"/></DefaultSettings>'),
    ];
  }
  return checkDefaultValue(source, null);
}

// ---------------------------------------------------------------------------
// 5. VersionOverrides: resources and the ribbon that uses them

function versionOverrides(root) {
  return childElements(root).find((element) => element.localName === "VersionOverrides") ?? null;
}

function checkVersionOverridesNamespace(overrides) {
  if (overrides.namespaceURI === NS.overrides) {
    return [];
  }
  return [error(overrides, `must be in namespace ${NS.overrides}; add xmlns="${NS.overrides}" to it`)];
}

function checkVersionOverridesElement(overrides) {
  const problems = [];
  if (xsiType(overrides) !== "VersionOverridesV1_0") {
    problems.push(error(overrides, 'needs xsi:type="VersionOverridesV1_0"'));
  }
  for (const host of descendants(overrides, "Host", NS.overrides)) {
    if (xsiType(host) !== "Workbook") {
      problems.push(error(host, 'the ribbon of an Excel add-in is declared on <Host xsi:type="Workbook">'));
    }
  }
  return problems;
}

// Returns the resources by id, plus the problems found while collecting them.
function collectResources(overrides) {
  const resources = new Map();
  const problems = [];
  const container = child(overrides, "Resources", NS.overrides);
  if (!container) {
    return { resources, problems };
  }
  for (const group of childElements(container)) {
    const kind = group.namespaceURI === NS.bt ? RESOURCE_KINDS[group.localName] : undefined;
    if (!kind) {
      problems.push(error(group, `unknown element in Resources; use bt:Images, bt:Urls, bt:ShortStrings or bt:LongStrings (xmlns:bt="${NS.bt}")`));
      continue;
    }
    for (const element of childElements(group)) {
      if (element.localName !== kind.item || element.namespaceURI !== NS.bt) {
        problems.push(error(element, `bt:${group.localName} may only hold bt:${kind.item} elements`));
        continue;
      }
      problems.push(...addResource(resources, element, group.localName));
      problems.push(...checkDefaultValue(element, kind.maxLength));
      problems.push(...checkOverrideValues(element, kind.maxLength));
    }
  }
  return { resources, problems };
}

function addResource(resources, element, kind) {
  const id = attribute(element, "id");
  if (id === null || id === "") {
    return [error(element, "needs an id attribute so that resid can refer to it")];
  }
  const problems = [];
  if (length(id) > MAX_RESOURCE_ID) {
    problems.push(error(element, `id is ${length(id)} characters; Office allows at most ${MAX_RESOURCE_ID}`));
  }
  const existing = resources.get(id);
  if (existing) {
    problems.push(error(element, `id "${id}" is already used by ${elementPath(existing.element)}; resource ids must be unique`));
    return problems;
  }
  resources.set(id, { kind, element, used: false });
  return problems;
}

function expectedResourceKind(element) {
  if (element.localName === "Image" && element.namespaceURI === NS.bt) {
    return "Images";
  }
  return RESID_KIND_BY_ELEMENT[element.localName] ?? null;
}

function checkResourceReferences(overrides, resources) {
  const problems = [];
  const users = allElements(overrides).filter((element) => element.hasAttribute("resid"));
  for (const element of users) {
    problems.push(...checkResid(element, resources));
  }
  for (const [id, resource] of resources) {
    if (!resource.used) {
      problems.push(warning(resource.element, `resource "${id}" is never used; remove it or refer to it with resid="${id}"`));
    }
  }
  return problems;
}

function checkResid(element, resources) {
  const resid = attribute(element, "resid");
  const expected = expectedResourceKind(element);
  const resource = resources.get(resid);
  if (!resource) {
    const where = expected ? `under Resources/bt:${expected}, e.g. ${RESOURCE_KINDS[expected].example.replace("…", resid)}` : "under Resources";
    return [error(element, `resid "${resid}" has no resource with that id; add one ${where}, or fix the resid`)];
  }
  resource.used = true;
  if (expected && resource.kind !== expected) {
    return [
      error(
        element,
        `resid "${resid}" is a bt:${resource.kind} resource, but ${element.nodeName} needs a bt:${expected} one; ` +
          `point it at a resource under bt:${expected}`,
      ),
    ];
  }
  return [];
}

function checkRibbonIds(overrides) {
  const problems = [];
  const firstUse = new Map();
  const elements = allElements(overrides).filter(
    (element) => element.namespaceURI === NS.overrides && ID_ELEMENTS.includes(element.localName),
  );
  for (const element of elements) {
    const id = attribute(element, "id");
    if (id === null || id === "") {
      problems.push(error(element, `${element.localName} needs a unique id attribute`));
      continue;
    }
    if (firstUse.has(id)) {
      problems.push(error(element, `id "${id}" is already used by ${elementPath(firstUse.get(id))}; Group and Control ids must be unique`));
      continue;
    }
    firstUse.set(id, element);
  }
  return problems;
}

// The ribbon button and Insert > My Add-ins must open the same page, or the
// pane behaves differently depending on how the user opened it.
function checkTaskpaneAction(root, overrides, resources) {
  const source = defaultSourceLocation(root);
  const defaultUrl = source ? attribute(source, "DefaultValue") : null;
  if (defaultUrl === null) {
    return [];
  }
  const actions = descendants(overrides, "Action", NS.overrides).filter((action) => xsiType(action) === "ShowTaskpane");
  const targets = actions.map((action) => taskpaneTarget(action, resources));
  const opensDefault = targets.some((target) => target.url !== null && sameUrl(target.url, defaultUrl));
  if (actions.length === 0 || opensDefault) {
    return [];
  }
  return targets
    .filter((target) => target.url !== null)
    .map((target) =>
      error(
        target.element,
        `the ShowTaskpane action opens ${target.url} (resid "${target.resid}") but DefaultSettings/SourceLocation is ${defaultUrl}; ` +
          "make them the same page",
      ),
    );
}

function taskpaneTarget(action, resources) {
  const element = child(action, "SourceLocation", NS.overrides);
  const resid = element ? attribute(element, "resid") : null;
  const resource = resid === null ? undefined : resources.get(resid);
  const url = resource && resource.kind === "Urls" ? attribute(resource.element, "DefaultValue") : null;
  return { element: element ?? action, resid, url };
}

function sameUrl(a, b) {
  const left = parseUrl(a);
  const right = parseUrl(b);
  if (left && right) {
    return left.href === right.href;
  }
  return a.trim() === b.trim();
}

// ---------------------------------------------------------------------------
// 6. URLs: https, one origin, png icons

function parseUrl(value) {
  try {
    return new URL(value.trim());
  } catch {
    return null;
  }
}

// Every place the manifest names a URL, with whether it is an icon.
function collectUrls(root) {
  const references = [];
  const add = (element, attributeName, isIcon) => {
    const value = attributeName === null ? text(element) : attribute(element, attributeName);
    if (value !== null) {
      references.push({ element, value, isIcon });
    }
  };
  const addWithOverrides = (element, isIcon) => {
    add(element, "DefaultValue", isIcon);
    for (const override of childElements(element).filter((e) => e.localName === "Override")) {
      add(override, "Value", isIcon);
    }
  };

  const source = defaultSourceLocation(root);
  if (source) {
    addWithOverrides(source, false);
  }
  for (const [name, isIcon] of [
    ["IconUrl", true],
    ["HighResolutionIconUrl", true],
    ["SupportUrl", false],
  ]) {
    const element = child(root, name, NS.office);
    if (element) {
      addWithOverrides(element, isIcon);
    }
  }
  for (const domain of descendants(root, "AppDomain", NS.office)) {
    add(domain, null, false);
  }
  const overrides = versionOverrides(root);
  if (overrides) {
    for (const image of descendants(overrides, "Image", NS.bt).filter((e) => e.hasAttribute("id"))) {
      addWithOverrides(image, true);
    }
    for (const url of descendants(overrides, "Url", NS.bt).filter((e) => e.hasAttribute("id"))) {
      addWithOverrides(url, false);
    }
  }
  return references;
}

function checkUrlScheme(reference) {
  const url = parseUrl(reference.value);
  if (!url) {
    return [error(reference.element, `"${reference.value}" is not an absolute URL; write it in full, https://host/path`)];
  }
  if (url.protocol === "http:" && ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname)) {
    return [
      error(
        reference.element,
        `${reference.value} uses http://; Office loads add-ins only over https://, localhost included ` +
          "(the dev server serves https with office-addin-dev-certs)",
      ),
    ];
  }
  if (url.protocol !== "https:") {
    return [error(reference.element, `${reference.value} uses ${url.protocol}//; Office loads add-in files only over https://`)];
  }
  return [];
}

// The origin the add-in is served from: the task pane's, else the first URL's.
function mainOrigin(root, references) {
  const source = defaultSourceLocation(root);
  const candidates = source ? [attribute(source, "DefaultValue") ?? ""] : [];
  candidates.push(...references.map((reference) => reference.value));
  for (const candidate of candidates) {
    const url = parseUrl(candidate);
    if (url && url.protocol === "https:") {
      return url.origin;
    }
  }
  return null;
}

function checkOrigin(reference, origin) {
  const url = parseUrl(reference.value);
  if (!url || url.protocol !== "https:" || url.origin === origin) {
    return [];
  }
  return [
    error(
      reference.element,
      `${reference.value} is on origin ${url.origin}, but the add-in is served from ${origin}; ` +
        "serve every file from that one origin (and let the build rewrite all URLs together)",
    ),
  ];
}

function checkIconExtension(reference) {
  const url = parseUrl(reference.value);
  if (!reference.isIcon || !url || url.pathname.toLowerCase().endsWith(".png")) {
    return [];
  }
  return [error(reference.element, `${reference.value} is an icon but not a .png; Office icons must be PNG files`)];
}

// ---------------------------------------------------------------------------
// 7. Asset files

// Maps https://origin/assets/x.png to DIR/x.png; null for other URLs.
function assetFileFor(reference, origin, assetsDir) {
  const url = parseUrl(reference.value);
  if (!url || url.origin !== origin || !url.pathname.startsWith("/assets/")) {
    return null;
  }
  let relative;
  try {
    relative = decodeURIComponent(url.pathname.slice("/assets/".length));
  } catch {
    relative = url.pathname.slice("/assets/".length);
  }
  return path.join(assetsDir, relative);
}

function checkAssetFiles(references, origin, assetsDir) {
  const problems = [];
  let found = 0;
  for (const reference of references) {
    const file = assetFileFor(reference, origin, assetsDir);
    if (file === null) {
      continue;
    }
    if (isFile(file)) {
      found += 1;
      continue;
    }
    problems.push(
      error(reference.element, `${reference.value} points to ${displayPath(file)}, which does not exist; add the file or fix the URL`),
    );
  }
  return { problems, found };
}

function isFile(file) {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function isDirectory(dir) {
  try {
    return fs.statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

function displayPath(file) {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith("..") ? file : relative;
}

// ---------------------------------------------------------------------------
// Putting it together

// Returns { problems, summary } for one manifest's text.
function validateManifest(source, { file, assetsDir }) {
  const parsed = parseXml(source);
  const wellFormed = [...parsed.problems, ...xmllintProblems(file)];
  if (wellFormed.length > 0 || !parsed.doc) {
    return { problems: wellFormed, summary: "" };
  }

  const root = parsed.doc.documentElement;
  const rootProblems = checkRoot(root);
  if (rootProblems.length > 0) {
    // Everything below assumes an OfficeApp TaskPaneApp; more would be noise.
    return { problems: rootProblems, summary: "" };
  }

  const problems = [
    ...checkRootSequence(root),
    ...checkIdentity(root),
    ...checkLocalizedText(root),
    ...checkOverrides(root),
    ...checkPermissions(root),
    ...checkHosts(root),
    ...checkRequirements(root),
    ...checkDefaultSettings(root),
  ];

  const overrides = versionOverrides(root);
  let resources = new Map();
  const overridesNamespace = overrides ? checkVersionOverridesNamespace(overrides) : [];
  problems.push(...overridesNamespace);
  // In the wrong namespace none of its children would be found, and every
  // resid would be reported as dangling: one message says it all.
  if (overrides && overridesNamespace.length === 0) {
    const collected = collectResources(overrides);
    resources = collected.resources;
    problems.push(...checkVersionOverridesElement(overrides));
    problems.push(...collected.problems);
    problems.push(...checkResourceReferences(overrides, resources));
    problems.push(...checkRibbonIds(overrides));
    problems.push(...checkTaskpaneAction(root, overrides, resources));
  }

  const references = collectUrls(root);
  const origin = mainOrigin(root, references);
  for (const reference of references) {
    problems.push(...checkUrlScheme(reference));
    problems.push(...checkIconExtension(reference));
    if (origin !== null) {
      problems.push(...checkOrigin(reference, origin));
    }
  }

  let assetsNote = "assets not checked (no assets/ folder)";
  if (assetsDir !== null && origin !== null) {
    const assets = checkAssetFiles(references, origin, assetsDir);
    problems.push(...assets.problems);
    assetsNote = `${assets.found} asset URLs present in ${displayPath(assetsDir) || "."}/`;
  }

  const summary = summarize(root, overrides, resources, origin, assetsNote);
  return { problems, summary };
}

function summarize(root, overrides, resources, origin, assetsNote) {
  const requirement = descendants(root, "Set", NS.office).find((set) => attribute(set, "Name") === "ExcelApi");
  const version = child(root, "Version", NS.office);
  const parts = [
    `TaskPaneApp for Excel, ExcelApi ${requirement ? attribute(requirement, "MinVersion") : "?"}`,
    `version ${version ? text(version) : "?"}`,
  ];
  if (overrides) {
    const groups = descendants(overrides, "Group", NS.overrides).length;
    const controls = descendants(overrides, "Control", NS.overrides).length;
    parts.push(`${resources.size} resources, ${groups} group(s), ${controls} control(s)`);
  }
  parts.push(`origin ${origin ?? "?"}`);
  parts.push(assetsNote);
  return parts.join("; ");
}

// ---------------------------------------------------------------------------
// Command line

function parseArguments(argv) {
  const files = [];
  let assets = null;
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index];
    if (argument === "-h" || argument === "--help") {
      return { help: true };
    }
    if (argument === "--assets") {
      assets = argv[index + 1];
      index += 1;
      if (assets === undefined) {
        return { usageError: "--assets needs a directory" };
      }
    } else if (argument.startsWith("--assets=")) {
      assets = argument.slice("--assets=".length);
    } else if (argument.startsWith("-")) {
      return { usageError: `unknown option ${argument}` };
    } else {
      files.push(argument);
    }
  }
  if (files.length === 0) {
    return { usageError: "no manifest given" };
  }
  return { files, assets };
}

// An explicit --assets wins; otherwise the assets/ folder beside the manifest,
// when the checkout has one.
function assetsDirFor(file, explicitAssets) {
  if (explicitAssets !== null) {
    return path.resolve(explicitAssets);
  }
  const beside = path.resolve(path.dirname(file), "assets");
  return isDirectory(beside) ? beside : null;
}

function main(argv) {
  const options = parseArguments(argv);
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  if (options.usageError) {
    console.error(`validate-manifest: ${options.usageError}\n${USAGE}`);
    return 2;
  }
  if (options.assets !== null && !isDirectory(options.assets)) {
    console.error(`validate-manifest: --assets ${options.assets} is not a directory`);
    return 2;
  }

  let status = 0;
  for (const file of options.files) {
    let source;
    try {
      source = fs.readFileSync(file, "utf8");
    } catch (thrown) {
      console.error(`✗ ${file}: cannot read the file (${thrown.code ?? thrown.message})`);
      status = 2;
      continue;
    }
    const assetsDir = assetsDirFor(file, options.assets);
    const { problems, summary } = validateManifest(source.replace(/^\uFEFF/, ""), { file, assetsDir });
    const errors = problems.filter((problem) => problem.level === "error");
    const warnings = problems.filter((problem) => problem.level === "warning");
    if (errors.length === 0) {
      console.log(`✓ ${file}: valid (${summary})`);
    }
    for (const problem of errors) {
      console.log(`✗ ${file}: ${problem.text}`);
    }
    for (const problem of warnings) {
      console.log(`! ${file}: ${problem.text}`);
    }
    if (errors.length > 0 && status === 0) {
      status = 1;
    }
  }
  return status;
}

process.exitCode = main(process.argv.slice(2));

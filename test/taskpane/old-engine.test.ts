import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "acorn";
import { JSDOM, ResourceLoader, type FetchOptions } from "jsdom";
import { ROOT } from "../support/build-pane";

// The pane's page in Excel's old webviews (SPEC §9): its first script is ES5
// written by hand, shows a plain page in Trident / EdgeHTML and loads no
// bundle there; elsewhere it loads Office.js, then the bundle.

const TEMPLATE = readFileSync(path.join(ROOT, "src", "taskpane", "taskpane.html"), "utf8");
const SCRIPTS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js taskpane.0123abcd.js";
/** The page as webpack writes it: the template's one parameter filled in. */
const PAGE = TEMPLATE.replace("<%= paneScripts %>", SCRIPTS);

const USER_AGENTS = {
  // Office 2016/2019 (volume licence) on Windows 10: Internet Explorer 11's engine.
  trident: "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; ms-office; MSOffice 16) like Gecko",
  // Edge Legacy's engine (EdgeHTML 18).
  edgeHtml: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045",
  // WebView2 (Chromium Edge: "Edg/", not "Edge/").
  webView2: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
};

/** Every script the page asks for, answered with a script that only says it ran. */
class CountingLoader extends ResourceLoader {
  readonly requested: string[] = [];
  override fetch(url: string, options: FetchOptions) {
    this.requested.push(url);
    void options;
    const name = url.split("/").pop() ?? url;
    return Promise.resolve(Buffer.from(`(window.ran = window.ran || []).push(${JSON.stringify(name)});`)) as ReturnType<ResourceLoader["fetch"]>;
  }
}

async function open(userAgent: string) {
  const resources = new CountingLoader({ userAgent });
  const dom = new JSDOM(PAGE, { url: "https://addin.thidua.example/taskpane.html", runScripts: "dangerously", resources, pretendToBeVisual: true });
  await new Promise<void>((resolve) => dom.window.addEventListener("load", () => resolve()));
  return { dom, requested: resources.requested, ran: ((dom.window as unknown as { ran?: string[] }).ran ?? []) as string[] };
}

/** The first <script> of the page, as written. */
function firstScript(html: string): string {
  const match = /<script\b[^>]*>([\s\S]*?)<\/script>/i.exec(html);
  if (!match) throw new Error("the page has no script");
  return match[1] as string;
}

describe("the pane's page in an old Excel webview", () => {
  test("the first script of the page is that guard, and parses as ES5 (what Trident runs)", () => {
    const script = firstScript(PAGE);
    expect(script).toContain("Trident/");
    expect(() => parse(script, { ecmaVersion: 5, sourceType: "script" })).not.toThrow();
    // The check can fail: the same parser refuses what the bundle is written in.
    expect(() => parse("const a = () => 1;", { ecmaVersion: 5, sourceType: "script" })).toThrow();
    // Nothing but that guard comes before it: no other script runs first.
    expect(PAGE.indexOf("<script")).toBe(PAGE.indexOf(`<script data-scripts=`));
  });

  test.each([
    ["Trident", USER_AGENTS.trident],
    ["EdgeHTML", USER_AGENTS.edgeHtml],
  ])("in %s it shows why and how to carry on, in Vietnamese and English, and loads no bundle", async (_name, userAgent) => {
    const { dom, requested, ran } = await open(userAgent);
    const text = dom.window.document.body.textContent ?? "";
    expect(text).toContain("Thi đua không chạy được trong phiên bản Excel này");
    expect(text).toContain("Thi đua cannot run in this version of Excel");
    expect(text).toContain("thidua.html");
    expect(text).toContain("Excel 2021");
    expect(text).toContain("Microsoft 365");
    // Where the browser app is, next to the pane on the same server.
    expect(text).toContain("https://addin.thidua.example/thidua.html");
    expect(dom.window.document.querySelector('[role="alert"]')).not.toBeNull();
    expect(requested).toEqual([]);
    expect(ran).toEqual([]);
    dom.window.close();
  });

  test("in WebView2 (Microsoft 365, Office 2021+) it loads Office.js, then the bundle, and shows no message", async () => {
    const { dom, requested, ran } = await open(USER_AGENTS.webView2);
    expect(requested).toEqual(SCRIPTS.split(" ").map((s) => new URL(s, "https://addin.thidua.example/taskpane.html").href));
    expect(ran).toEqual(["office.js", "taskpane.0123abcd.js"]);
    expect(dom.window.document.body.textContent).not.toContain("Thi đua không chạy được");
    dom.window.close();
  });
});

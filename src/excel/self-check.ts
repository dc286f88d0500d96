/**
 * *Kiểm tra Excel này*: each kind of call the add-in makes, tried once on
 * this very Excel in a scratch sheet that is removed afterwards, with what
 * Excel says of itself (version, platform, the ExcelApi requirement sets it
 * supports). Nothing of the officer's is touched: the checks work only on
 * sheets they add, and every sheet that was not there before is deleted at
 * the end, whatever failed.
 *
 * One `Excel.run`, a request per check, so that one refusal (the cause the
 * report exists to find) does not hide the others. A check whose
 * requirement set is missing is not tried and says which set.
 */
import { runBatch, type ExcelHost } from "./host";

export type SelfCheckId = "add-sheet" | "write" | "read" | "table" | "merge" | "validation" | "page-setup" | "names" | "protect" | "insert-file" | "remove";

export interface SelfCheckResult {
  readonly id: SelfCheckId;
  readonly outcome: "ok" | "failed" | "skipped";
  /** Excel's error (`code: message`) for a failure; the requirement set missing for a skip. */
  readonly detail?: string;
}

export interface SelfCheckReport {
  /** `Office.context.diagnostics`: Excel's build (`16.0.17928.20114`) and platform (`PC`, `OfficeOnline`, `Mac`), null where unknown. */
  readonly version: string | null;
  readonly platform: string | null;
  /** The ExcelApi versions supported (`1.1` … `1.17`). */
  readonly apiSets: readonly string[];
  /** Whether a batch waits for a cell edit instead of failing (ExcelApi 1.11). */
  readonly delayForCellEdit: boolean;
  readonly results: readonly SelfCheckResult[];
}

export interface SelfCheckOptions {
  readonly diagnostics?: { readonly version?: string; readonly platform?: string } | null;
  /** A small .xlsx (base64) with one sheet, for `insertWorksheetsFromBase64`; without it that check is skipped. */
  readonly smallFileBase64?: string;
}

/** What each check needs, as `1.x` of ExcelApi. */
const NEEDS: Readonly<Record<SelfCheckId, string>> = {
  "add-sheet": "1.1",
  write: "1.1",
  read: "1.1",
  table: "1.1",
  merge: "1.2",
  validation: "1.8",
  "page-setup": "1.9",
  names: "1.4",
  protect: "1.2",
  "insert-file": "1.13",
  remove: "1.1",
};

/** The highest ExcelApi minor version asked about: past the newest Microsoft has published. */
const HIGHEST_MINOR = 20;
/** Text with Vietnamese letters, a leading `=` kept as text, a number and a formula: what our writers write. */
const ROW: readonly (string | number)[] = ["Hội Luật gia tỉnh Yên Bái", "=Khối thi đua", 9.5, "=C1*2"];
const FORMATS: readonly string[] = ["@", "@", "0.00", "General"];

function describe(error: unknown): string {
  if (error && typeof error === "object") {
    const { code, message } = error as { code?: unknown; message?: unknown };
    const text = typeof message === "string" ? message : String(error);
    return typeof code === "string" && !text.startsWith(code) ? `${code}: ${text}` : text;
  }
  return String(error);
}

/** Runs every check; never throws for a refusal of Excel's (that is a result), only when no batch can run at all. */
export async function runSelfCheck(host: ExcelHost, options: SelfCheckOptions = {}): Promise<SelfCheckReport> {
  const apiSets: string[] = [];
  for (let minor = 1; minor <= HIGHEST_MINOR; minor++) if (host.isSupported("ExcelApi", `1.${minor}`)) apiSets.push(`1.${minor}`);
  const supports = (id: SelfCheckId) => host.isSupported("ExcelApi", NEEDS[id]);
  const results: SelfCheckResult[] = [];

  await runBatch(host, async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name,items/id");
    await context.sync();
    const before = new Set(worksheets.items.map((ws) => ws.id));
    const taken = new Set(worksheets.items.map((ws) => ws.name.toLocaleLowerCase()));
    let n = 1;
    while (taken.has(`~td-check ${n}`)) n++;
    const scratchName = `~td-check ${n}`;

    const attempt = async (id: SelfCheckId, queue: () => void | Promise<void>, verify?: () => string | null) => {
      if (!supports(id)) {
        results.push({ id, outcome: "skipped", detail: `ExcelApi ${NEEDS[id]}` });
        return false;
      }
      try {
        await queue();
        await context.sync();
        const wrong = verify?.() ?? null;
        results.push(wrong === null ? { id, outcome: "ok" } : { id, outcome: "failed", detail: wrong });
        return wrong === null;
      } catch (error) {
        results.push({ id, outcome: "failed", detail: describe(error) });
        return false;
      }
    };

    try {
      let scratch: Excel.Worksheet | null = null;
      const added = await attempt("add-sheet", () => {
        scratch = worksheets.add(scratchName);
      });
      const ws = scratch as Excel.Worksheet | null;
      if (!added || !ws) {
        for (const id of ["write", "read", "table", "merge", "validation", "page-setup", "names", "protect"] as const) results.push({ id, outcome: "skipped", detail: "add-sheet" });
      } else {
        const row = ws.getRange("A1:D1");
        await attempt("write", () => {
          row.numberFormat = [[...FORMATS]];
          row.values = [[...ROW]];
        });
        let read: Excel.Range | null = null;
        await attempt(
          "read",
          () => {
            read = ws.getRange("A1:D1").load("values,valueTypes");
          },
          () => {
            const got = (read as Excel.Range | null)?.values[0] ?? [];
            // The formula's result is Excel's to compute (the double does not): the three values as written.
            return got[0] === ROW[0] && got[1] === ROW[1] && got[2] === ROW[2] ? null : `read back ${JSON.stringify(got)}`;
          },
        );
        await attempt("table", () => {
          ws.getRange("A3:B3").values = [["Đơn vị", "Điểm"]];
          ws.getRange("A4:B4").values = [["Hội Nông dân", 9]];
          const table = ws.tables.add("A3:B4", true);
          table.name = `tdCheck_${n}`;
        });
        let merged: Excel.RangeAreas | null = null;
        await attempt(
          "merge",
          () => {
            ws.getRange("A7:C7").merge(false);
            if (host.isSupported("ExcelApi", "1.13")) merged = ws.getRange("A6:D8").getMergedAreasOrNullObject().load("address");
          },
          () => {
            const areas = merged as Excel.RangeAreas | null;
            return areas === null || (!areas.isNullObject && /A7:C7/.test(areas.address)) ? null : "the merged area was not read back";
          },
        );
        await attempt("validation", () => {
          const dv = ws.getRange("B4").dataValidation;
          dv.rule = { decimal: { formula1: 0, formula2: 10, operator: "Between" } };
          dv.errorAlert = { showAlert: true, style: "Stop", title: "Điểm", message: "Từ 0 đến 10" };
        });
        await attempt("page-setup", () => {
          const layout = ws.pageLayout;
          layout.orientation = "Portrait";
          layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
          layout.setPrintArea("A1:D8");
        });
        await attempt("names", () => {
          ws.names.add("tdCheck", '="kiểm tra"', "Thi đua");
        });
        await attempt("protect", () => {
          ws.protection.protect();
          ws.protection.unprotect();
        });
      }
      const file = options.smallFileBase64;
      if (file === undefined) results.push({ id: "insert-file", outcome: "skipped", detail: "no file" });
      else {
        await attempt("insert-file", async () => {
          const ids = context.workbook.insertWorksheetsFromBase64(file, { positionType: "End" });
          await context.sync();
          if (ids.value.length !== 1) throw new Error(`${ids.value.length} sheets inserted, not one`);
        });
      }
    } finally {
      // Every sheet the checks added goes, whatever they are called and whatever failed.
      await attempt("remove", async () => {
        const now = context.workbook.worksheets;
        now.load("items/id");
        await context.sync();
        for (const sheet of now.items) if (!before.has(sheet.id)) sheet.delete();
      });
    }
  });

  return {
    version: options.diagnostics?.version ?? null,
    platform: options.diagnostics?.platform ?? null,
    apiSets,
    delayForCellEdit: host.isSupported("ExcelApi", "1.11"),
    results,
  };
}

/**
 * exceljs, loaded once, on first use: the browser build keeps it in a lazy
 * chunk that only downloads when the first file is read or written.
 */
export type ExcelJsModule = typeof import("exceljs");

let exceljsLoading: Promise<ExcelJsModule> | null = null;

/**
 * Under ts-jest (CommonJS) the import is a `require` wrapped by
 * `__importStar`, whose `default` is the module itself; webpack bundles
 * exceljs's browser build (UMD, seen as CommonJS) and hands over a namespace
 * whose `default` is `module.exports`; Node's ESM import of the CommonJS
 * package (tsx) does the same. `default ?? module` covers all three. A failed
 * load is forgotten so the next use tries again.
 */
export function loadExcelJs(): Promise<ExcelJsModule> {
  exceljsLoading ??= import("exceljs").then(
    (mod) => {
      const ns = mod as ExcelJsModule & { default?: ExcelJsModule };
      const resolved = ns.default ?? ns;
      if (typeof resolved.Workbook !== "function") throw new Error("exceljs has no Workbook export");
      return resolved;
    },
    (error: unknown) => {
      exceljsLoading = null;
      throw error;
    },
  );
  return exceljsLoading;
}

/**
 * The adapter's calls against office-addin-mock's OfficeMockObject (the
 * Office team's mock): writing one small sheet into a workbook with no sheet
 * of ours touches exactly the expected API surface, in order.
 */
import { OfficeMockObject } from "office-addin-mock";
import { ExcelSink } from "../../src/excel/excel-sink";
import type { SheetSpec } from "../../src/workbook/ports/sink";

type Call = [string, ...unknown[]];

function mockExcel(calls: Call[]) {
  const range = (address: string) => {
    const format = {
      font: {} as Record<string, unknown>,
      set wrapText(v: boolean) {
        calls.push(["format.wrapText", address, v]);
      },
      set verticalAlignment(v: string) {
        calls.push(["format.verticalAlignment", address, v]);
      },
      set columnWidth(v: number) {
        calls.push(["format.columnWidth", address, v]);
      },
      autofitRows: () => calls.push(["format.autofitRows", address]),
    };
    format.font = new Proxy({}, { set: (_t, key, v) => (calls.push([`font.${String(key)}`, address, v]), true) });
    return {
      format,
      set numberFormat(v: unknown) {
        calls.push(["numberFormat", address, v]);
      },
      set values(v: unknown) {
        calls.push(["values", address, v]);
      },
      set hyperlink(v: unknown) {
        calls.push(["hyperlink", address, v]);
      },
    };
  };
  const worksheet = {
    getRange: (address: string) => range(address),
    freezePanes: { freezeRows: (n: number) => calls.push(["freezeRows", n]) },
    tables: {
      add: (address: string, headers: boolean) => {
        calls.push(["tables.add", address, headers]);
        return new Proxy({}, { set: (_t, key, v) => (calls.push([`table.${String(key)}`, v]), true) });
      },
    },
    activate: () => calls.push(["activate"]),
  };
  const data = {
    context: {
      workbook: {
        worksheets: {
          load: function (this: unknown, what: string) {
            calls.push(["worksheets.load", what]);
            return this;
          },
          add: (name: string) => {
            calls.push(["worksheets.add", name]);
            return worksheet;
          },
        },
        names: {
          load: function (this: unknown, what: string) {
            calls.push(["names.load", what]);
            return this;
          },
        },
        protection: {
          protected: false,
          load: function (this: unknown, what: string) {
            calls.push(["protection.load", what]);
            return this;
          },
        },
      },
      runtime: { enableEvents: true },
      application: {
        suspendApiCalculationUntilNextSync: () => calls.push(["suspendApiCalculation"]),
        suspendScreenUpdatingUntilNextSync: () => calls.push(["suspendScreenUpdating"]),
      },
    },
    run: async function (this: { context: unknown }, batch: (context: unknown) => Promise<unknown>) {
      return batch(this.context);
    },
  };
  const mock = new OfficeMockObject(data) as unknown as {
    context: { workbook: { worksheets: { items: unknown[] } }; runtime: { enableEvents: boolean }; sync(): Promise<void> };
    run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  };
  // An empty workbook as far as our sheets go: no worksheet items to look at.
  mock.context.workbook.worksheets.items = [];
  (mock.context.workbook as unknown as { names: { items: unknown[] } }).names.items = [];
  // The workbook's structure not protected.
  (mock.context.workbook as unknown as { protection: { protected: boolean } }).protection.protected = false;
  const sync = mock.context.sync.bind(mock.context);
  (mock.context as { sync(): Promise<void> }).sync = async () => {
    calls.push(["sync"]);
    await sync();
  };
  const runtime = mock.context.runtime;
  let events = true;
  Object.defineProperty(runtime, "enableEvents", {
    get: () => events,
    set: (v: boolean) => {
      calls.push(["enableEvents", v]);
      events = v;
    },
  });
  return mock;
}

const sheet: SheetSpec = {
  name: "Cài đặt",
  titleLines: ["CÀI ĐẶT"],
  table: {
    name: "tdSettings",
    columns: [{ header: "Khóa", width: 20 }, { header: "Giá trị", numberFormat: "0.00" }],
    rows: [
      ["Năm", 2025],
      ["=Khối", null],
    ],
  },
  active: true,
};

it("writes one small sheet through the expected Office.js calls (ExcelApi 1.8)", async () => {
  const calls: Call[] = [];
  const mock = mockExcel(calls);
  const sink = new ExcelSink({ host: { run: (batch) => mock.run(batch), isSupported: () => false } });
  await sink.writeSheets([sheet]);

  expect(calls).toEqual([
    ["worksheets.load", "items/name,items/id,items/tables/items/name"],
    ["names.load", "items/name"],
    ["protection.load", "protected"],
    ["sync"],
    ["suspendApiCalculation"],
    ["enableEvents", false],
    ["worksheets.add", "Cài đặt"],
    ["numberFormat", "A1:A1", [["@"]]],
    ["values", "A1:A1", [["CÀI ĐẶT"]]],
    ["font.bold", "A1", true],
    ["font.size", "A1", 13],
    ["numberFormat", "A3:B3", [["@", "@"]]],
    ["values", "A3:B3", [["Khóa", "Giá trị"]]],
    ["numberFormat", "A4:B5", [["@", "0.00"], ["@", "0.00"]]],
    ["values", "A4:B5", [["Năm", 2025], ["=Khối", ""]]],
    ["format.wrapText", "A3:B3", true],
    ["format.verticalAlignment", "A3:B3", "Top"],
    ["tables.add", "A3:B5", true],
    ["table.name", "tdSettings"],
    ["table.style", "TableStyleMedium2"],
    ["format.columnWidth", "A:A", 108.75],
    ["format.columnWidth", "B:B", 56.25],
    ["freezeRows", 3],
    ["activate"],
    ["sync"],
    ["enableEvents", true],
    ["sync"],
  ]);
  expect(sink.lastSyncCount).toBe(3);
});

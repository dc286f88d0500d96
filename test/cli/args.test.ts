import { parseCliArgs } from "../../src/cli/args";

describe("thidua arguments (SPEC §8)", () => {
  test("check with every option", () => {
    expect(
      parseCliArgs(["check", "--criteria", "bang.xlsx", "--roster", "ds.xlsx", "--json", "-", "--lang", "en", "a.xlsx", "b.xlsx"]),
    ).toEqual({
      ok: true,
      args: { command: "check", criteria: "bang.xlsx", roster: "ds.xlsx", json: "-", lang: "en", inputs: ["a.xlsx", "b.xlsx"] },
    });
  });

  test("a folder alone is enough: the criteria table and roster are found by content", () => {
    expect(parseCliArgs(["check", "khoi-2026/"])).toEqual({ ok: true, args: { command: "check", lang: "vi", inputs: ["khoi-2026/"] } });
  });

  test.each([
    [[], /Chưa có lệnh/],
    [["--lang", "en"], /No command/],
    [["tinh"], /Không có lệnh “tinh”/],
    [["tinh", "--lang", "en"], /There is no command “tinh”/],
    [["check"], /Chưa có phiếu chấm/],
    [["check", "--lang", "en"], /No scoresheets given/],
    [["check", "--lang", "fr", "a.xlsx"], /--lang chỉ nhận vi hoặc en/],
    [["check", "--bogus", "a.xlsx"], /bogus/],
    [["check", "--criteria"], /criteria/],
  ])("%j is refused with a reason", (argv, why) => {
    const parsed = parseCliArgs(argv);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(why);
  });

  test.each([[["--help"]], [["-h"]], [["rank", "--help", "a.xlsx"]]])("%j asks for the usage, not a run (exit status 0)", (argv) => {
    expect(parseCliArgs(argv)).toEqual({ ok: false, message: "", help: true });
  });
});

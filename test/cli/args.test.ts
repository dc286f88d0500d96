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
    [[], /No command/],
    [["tinh"], /Unknown command “tinh”/],
    [["check"], /No scoresheet/],
    [["check", "--lang", "fr", "a.xlsx"], /--lang takes vi or en/],
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

/**
 * `--awards FILE.json` (SPEC §5), checked by a schema so that every mistake
 * is listed with its entry, its field and what to write instead (Vietnamese,
 * then English), and the officer fixes the file in one go.
 */
import { z } from "zod";
import type { Award } from "../model/award";

export type AwardsParse = { ok: true; awards: Award[] } | { ok: false; errors: string[] };

const PERCENT = /^\s*(\d+(?:[.,]\d+)?)\s*%\s*$/;
const QUOTA = 'chỉ tiêu là một số nguyên hoặc một tỷ lệ như "30%" / "quota" must be a whole number or a percentage such as "30%"';

const name = (vi: string, en: string, example: string) =>
  z
    .string({ message: `cần ${vi}, ví dụ "${example}" / ${en} is needed, e.g. "${example}"` })
    .trim()
    .min(1, { message: `${vi} đang trống / ${en} is blank` });

const award = z
  .object({
    id: name("mã danh hiệu", "the id", "bang-khen"),
    name: name("tên danh hiệu", "the name", "Bằng khen"),
    quota: z.union([z.number().int({ message: QUOTA }).min(0, { message: QUOTA }), z.string().regex(PERCENT, { message: QUOTA })], { message: QUOTA }),
    aliases: z.array(z.string(), { message: 'cần một danh sách tên, ví dụ ["Cờ CP"] / a list of names, e.g. ["Cờ CP"]' }).optional(),
    minAverage: z.number({ message: "cần một số, ví dụ 95 / a number, e.g. 95" }).finite().optional(),
    requiresRegistration: z.boolean({ message: "cần true hoặc false / true or false" }).optional(),
  })
  .strict();

const awards = z
  .array(award, { message: 'tệp phải là một danh sách danh hiệu, cao nhất trước: [{"id": …, "name": …, "quota": …}] / a list of awards, highest first' })
  .min(1, { message: "danh sách danh hiệu đang trống / the list of awards is empty" });

/** Ids used twice, checked apart from the schema so they are listed beside the other mistakes. */
function repeatedIds(json: unknown): string[] {
  if (!Array.isArray(json)) return [];
  const seen = new Set<string>();
  return json.flatMap((entry: unknown, index) => {
    const id = typeof entry === "object" && entry !== null && typeof (entry as { id?: unknown }).id === "string" ? (entry as { id: string }).id.trim() : "";
    if (id === "") return [];
    const repeated = seen.has(id);
    seen.add(id);
    return repeated ? [`${place([index, "id"])}: mã "${id}" bị dùng hai lần / the id "${id}" is used twice`] : [];
  });
}

/** Where an issue is, as the officer counts: `danh hiệu 2 / award 2, "quota"`. */
function place(path: readonly PropertyKey[]): string {
  const [index, field] = path;
  if (typeof index !== "number") return "tệp / the file";
  const entry = `danh hiệu ${index + 1} / award ${index + 1}`;
  return field === undefined ? entry : `${entry}, "${String(field)}"`;
}

/** The block's awards, highest first; `requiresRegistration` defaults to true, as for the built-in awards. */
export function parseAwards(json: unknown): AwardsParse {
  const parsed = awards.safeParse(json);
  const repeated = repeatedIds(json);
  if (!parsed.success || repeated.length > 0) {
    return {
      ok: false,
      errors: (parsed.error?.issues ?? []).map((issue) =>
        issue.code === "unrecognized_keys"
          ? `${place(issue.path)}: không biết trường ${issue.keys.map((k) => `"${k}"`).join(", ")}; các trường là id, name, quota, aliases, minAverage, requiresRegistration / unknown field(s)`
          : `${place(issue.path)}: ${issue.message}`,
      ).concat(repeated),
    };
  }
  return {
    ok: true,
    awards: parsed.data.map((a) => ({
      id: a.id,
      name: a.name,
      quota: typeof a.quota === "number" ? a.quota : (`${Number((PERCENT.exec(a.quota)?.[1] ?? "").replace(",", "."))}%` as `${number}%`),
      aliases: a.aliases ?? [],
      ...(a.minAverage === undefined ? {} : { minAverage: a.minAverage }),
      requiresRegistration: a.requiresRegistration !== false,
    })),
  };
}

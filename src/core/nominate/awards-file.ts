import type { Award } from "../model/award";

export type AwardsParse = { ok: true; awards: Award[] } | { ok: false; errors: string[] };

/**
 * The block's awards from a JSON file (SPEC §5), highest first:
 * `[{"id", "name", "quota": 2 | "30%", "aliases"?, "minAverage"?, "requiresRegistration"?}]`.
 * Every mistake is listed with the entry it is in, so the officer fixes the
 * file in one go. `requiresRegistration` defaults to true, as for the
 * built-in awards.
 */
export function parseAwards(json: unknown): AwardsParse {
  if (!Array.isArray(json) || json.length === 0) return { ok: false, errors: ["the file must hold a non-empty list of awards, highest first"] };
  const errors: string[] = [];
  const awards: Award[] = [];
  const ids = new Set<string>();
  json.forEach((entry: unknown, index) => {
    const where = `award ${index + 1}`;
    if (typeof entry !== "object" || entry === null) {
      errors.push(`${where}: not an object`);
      return;
    }
    const e = entry as Record<string, unknown>;
    const id = typeof e.id === "string" ? e.id.trim() : "";
    const name = typeof e.name === "string" ? e.name.trim() : "";
    if (!id) errors.push(`${where}: "id" is missing`);
    else if (ids.has(id)) errors.push(`${where}: the id "${id}" is used twice`);
    ids.add(id);
    if (!name) errors.push(`${where}: "name" is missing`);
    const quota = parseQuota(e.quota);
    if (quota === null) errors.push(`${where}: "quota" must be a whole number or a percentage such as "30%"`);
    const aliases = e.aliases === undefined ? [] : e.aliases;
    if (!Array.isArray(aliases) || aliases.some((a) => typeof a !== "string")) errors.push(`${where}: "aliases" must be a list of names`);
    if (e.minAverage !== undefined && (typeof e.minAverage !== "number" || !Number.isFinite(e.minAverage)))
      errors.push(`${where}: "minAverage" must be a number`);
    if (e.requiresRegistration !== undefined && typeof e.requiresRegistration !== "boolean")
      errors.push(`${where}: "requiresRegistration" must be true or false`);
    if (id && name && quota !== null && Array.isArray(aliases)) {
      awards.push({
        id,
        name,
        quota,
        aliases: aliases.filter((a): a is string => typeof a === "string"),
        ...(typeof e.minAverage === "number" ? { minAverage: e.minAverage } : {}),
        requiresRegistration: e.requiresRegistration !== false,
      });
    }
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, awards };
}

function parseQuota(value: unknown): Award["quota"] | null {
  if (typeof value === "number") return Number.isInteger(value) && value >= 0 ? value : null;
  if (typeof value !== "string") return null;
  const match = /^\s*(\d+(?:[.,]\d+)?)\s*%\s*$/.exec(value);
  return match ? (`${Number((match[1] ?? "").replace(",", "."))}%` as `${number}%`) : null;
}

import type { FileSource } from "./block-session";

/**
 * The sample block the preview offers (*Dùng bộ mẫu*): written by
 * scripts/make-sample.ts into assets/sample/, copied by webpack to
 * `sample/` beside the pane, fetched from the pane's own origin.
 */
export async function loadSampleFiles(base = "sample/"): Promise<FileSource[]> {
  const response = await fetch(`${base}manifest.json`);
  if (!response.ok) throw new Error(`sample/manifest.json: HTTP ${response.status}`);
  const manifest = (await response.json()) as { files?: unknown };
  const files = Array.isArray(manifest.files) ? manifest.files.filter((f): f is string => typeof f === "string") : [];
  return files.map((name) => ({
    name,
    read: async () => {
      const file = await fetch(`${base}${encodeURIComponent(name)}`);
      if (!file.ok) throw new Error(`${name}: HTTP ${file.status}`);
      return file.arrayBuffer();
    },
  }));
}

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

/**
 * The same sample carried inside the browser app's bundle (its own lazy
 * chunk on an intranet server, inlined in thidua.html): nothing is fetched,
 * which a page opened from file:// could not do anyway.
 */
export async function loadEmbeddedSample(): Promise<FileSource[]> {
  const { default: files } = await import("../../../assets/sample/manifest.json?embed");
  return files.map(({ name, base64 }) => ({ name, read: async () => bytesOfBase64(base64) }));
}

export function bytesOfBase64(base64: string): ArrayBuffer {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes.buffer;
}

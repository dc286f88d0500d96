/**
 * Hands a file to the browser's download, for the preview and for the task
 * pane inside Excel where its web view allows downloads (Excel on the web,
 * Windows); Excel on the Mac ignores them, and the steps say so.
 */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

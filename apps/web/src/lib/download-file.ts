/**
 * Starts a download of `data` as a file named `fileName`, through a temporary link to a blob URL
 * (released a second later, once the browser has taken it).
 *
 * @example
 * downloadFile("offers-comparison.csv", csv, "text/csv;charset=utf-8");
 */
export function downloadFile(fileName: string, data: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

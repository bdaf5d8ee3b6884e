/** Hands `text` to the browser as a file download named `fileName`. */
export function downloadFile(fileName: string, text: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser the click's turn to start the download before the URL goes.
  window.setTimeout(() => URL.revokeObjectURL(url), 0);
}

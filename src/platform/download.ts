/** Hands a text made on the device to the browser as a file download: works offline, sends nothing. */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the blob only after the click's task: give them a moment before freeing it.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

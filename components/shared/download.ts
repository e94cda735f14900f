// Browser side effects for the export buttons, kept out of the pure formatters in lib/export.

/** Save text as a file through a temporary object URL (works in extension pages and shadow roots). */
export function downloadText(fileName: string, text: string, mime: string, opts: { bom?: boolean } = {}): void {
  // A BOM makes spreadsheet apps read UTF-8 CSV with Chinese text correctly.
  const blob = new Blob([opts.bom ? '\ufeff' : '', text], { type: `${mime};charset=utf-8` });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Copy text; falls back to a hidden textarea where the async clipboard API is refused. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    let ok = false;
    try {
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    }
    area.remove();
    return ok;
  }
}

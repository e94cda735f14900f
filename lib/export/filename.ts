/** A file name from page text: no path separators or reserved characters, bounded length. */
export function safeFileName(base: string, ext: string, date = new Date()): string {
  const stem = base.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, '-').replace(/^[-.]+|[-.]+$/g, '').slice(0, 60);
  return `${stem || 'rolelens'}-${date.toISOString().slice(0, 10)}.${ext}`;
}

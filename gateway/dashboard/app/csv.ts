/** UTF-8's byte order mark: without it Excel reads the file as the system code page and garbles the Chinese. */
const BOM = '\uFEFF';

/** A table as CSV (RFC 4180: CRLF, fields with a comma, quote or line break quoted), with the BOM. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number | null>>): string {
  return BOM + rows.map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}

function field(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

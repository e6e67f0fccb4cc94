/** Quote one CSV field when it holds a comma, quote, or line break (RFC 4180). */
function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Serialise rows as RFC 4180 CSV with CRLF line ends and a UTF-8 byte-order mark (so spreadsheets read Chinese). */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(field).join(",")).join("\r\n")}\r\n`;
}

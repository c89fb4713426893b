/**
 * Minimal PDF files for tests, written byte by byte with a correct cross-reference table: a page
 * that only draws (no text layer, as a scan has none), a page with a line of text, and a file
 * that asks for a password (a standard security handler whose user password is not empty).
 */

export interface TestPdfOptions {
  /** The page's content stream; a drawn rectangle when absent. */
  content?: string;
  /** Protect the file with a password pdf.js does not have. */
  encrypted?: boolean;
}

const hex = (n: number, seed: number) => Array.from({ length: n }, (_, i) => ((i * 73 + seed * 31) % 256).toString(16).padStart(2, '0')).join('');

/** A one-page PDF. */
export function testPdf(options: TestPdfOptions = {}): Uint8Array {
  const content = options.content ?? '0 0 1 RG 20 20 160 160 re S';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  if (options.encrypted) objects.push(`<< /Filter /Standard /V 1 /R 2 /O <${hex(32, 1)}> /U <${hex(32, 2)}> /P -44 >>`);
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  const encrypt = options.encrypted ? ` /Encrypt ${objects.length} 0 R` : '';
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /ID [<${hex(16, 3)}> <${hex(16, 3)}>]${encrypt} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

/** A page with one line of text (Helvetica: ASCII only). */
export const textPdf = (text: string) => testPdf({ content: `BT /F1 12 Tf 20 100 Td (${text.replace(/[()\\]/g, (c) => `\\${c}`)}) Tj ET` });

import { PDFParse } from 'pdf-parse';

export interface PdfText {
  /** Text of each page, in order. */
  pages: string[];
  /** All text. */
  text: string;
}

/** The text a reader would get out of a PDF, page by page (pdf.js through pdf-parse). */
export async function pdfText(bytes: Buffer | Uint8Array): Promise<PdfText> {
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    const result = await parser.getText();
    return { pages: result.pages.map((p) => p.text), text: result.text };
  } finally {
    await parser.destroy();
  }
}

/** Without any white space: PDF text extraction breaks lines and spaces where layout did. */
export const squash = (text: string): string => text.replace(/\s+/g, '');

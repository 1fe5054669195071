import { PDFParse } from 'pdf-parse';

export interface PdfText {
  /** Text of each page, in order. */
  pages: string[];
  /** All text. */
  text: string;
  /** Width and height of each page, in points. */
  sizes: [number, number][];
}

/** The text a reader would get out of a PDF, page by page (pdf.js through pdf-parse). */
export async function pdfText(bytes: Buffer | Uint8Array): Promise<PdfText> {
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    const result = await parser.getText();
    const info = await parser.getInfo({ parsePageInfo: true });
    return {
      pages: result.pages.map((p) => p.text),
      text: result.text,
      sizes: info.pages.map((p): [number, number] => [p.width, p.height]),
    };
  } finally {
    await parser.destroy();
  }
}

/** Without any white space: PDF text extraction breaks lines and spaces where layout did. */
export const squash = (text: string): string => text.replace(/\s+/g, '');

import { crc32, deflateSync } from 'node:zlib';
import type { Caller, TestApp } from './test-app.js';

/** What POST /media/exercises/:id/images answers: the media as JSON, or an error's code and fields. */
export interface UploadAnswer {
  status: number;
  body: {
    id: string;
    url: string;
    position: number;
    altText: string;
    author: string;
    licence: string;
    reused?: boolean;
    code?: string;
    field?: string;
    fields?: { field: string; message: string }[];
    message?: string;
  };
}

/** Uploads `bytes` with the form's text fields, as a clinician unless told otherwise. */
export async function uploadImage(
  t: TestApp,
  exerciseId: string,
  bytes: Buffer,
  fields: Record<string, string> = {},
  as: Caller = 'clinician',
): Promise<UploadAnswer> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)]), 'picture.png');
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  const headers =
    typeof as === 'object'
      ? as.headers
      : as === 'anonymous'
        ? {}
        : { authorization: `Bearer ${t.tokens[as]}` };
  const res = await fetch(`${t.url}/media/exercises/${exerciseId}/images`, {
    method: 'POST',
    headers,
    body: form,
  });
  return { status: res.status, body: (await res.json()) as UploadAnswer['body'] };
}

/**
 * A valid greyscale PNG of the given size, made here (signature, IHDR, IDAT, IEND), with text
 * chunks (metadata an upload drops) when `texts` are given.
 */
export function png(width: number, height: number, texts: Record<string, string> = {}): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale, no interlace
  const rows = Buffer.alloc((width + 1) * height, 0x80);
  for (let y = 0; y < height; y++) rows[y * (width + 1)] = 0; // filter byte of each row
  const textChunks = Object.entries(texts).map(([key, value]) =>
    chunk('tEXt', Buffer.from(`${key}\0${value}`, 'latin1')),
  );
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    ...textChunks,
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

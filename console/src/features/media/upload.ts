import { ApiError, type ClientErrorCode, type FieldProblem } from '../../lib/errors';
import { accessToken, renewAfterRefusal } from '../../lib/session';

/** The texts sent with an image, as the upload form names them (POST /media/exercises/:id/images). */
export interface UploadTexts {
  altText: string;
  author: string;
  licence: string;
}

/** What the route answers: the stored item (`reused` when the exercise already shows these bytes). */
export interface UploadedMedia {
  id: string;
  url: string;
  altText: string;
  reused: boolean;
}

interface HttpErrorBody {
  code?: ClientErrorCode;
  message?: string;
  field?: string;
  fields?: FieldProblem[];
}

/**
 * Sends one image as multipart/form-data with the Bearer token of the session; a refused token is
 * renewed once and the upload sent again. A refusal throws ApiError with the route's field
 * problems (`file`, `altText`, `author`, `licence`), worded by the service.
 */
export async function uploadImage(
  exerciseId: string,
  file: File,
  texts: UploadTexts,
): Promise<UploadedMedia> {
  const send = async (token: string | null) => {
    const body = new FormData();
    body.append('file', file);
    for (const [key, value] of Object.entries(texts)) if (value.trim()) body.append(key, value);
    const headers: Record<string, string> = { accept: 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    try {
      return await fetch(`/media/exercises/${encodeURIComponent(exerciseId)}/images`, {
        method: 'POST',
        headers,
        body,
      });
    } catch {
      throw new ApiError('The service cannot be reached', 'NETWORK');
    }
  };
  let token = await accessToken();
  let response = await send(token);
  if (response.status === 401 && token) {
    token = await renewAfterRefusal(token);
    if (token) response = await send(token);
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new ApiError(`The service answered ${response.status}`, 'NETWORK');
  }
  if (response.ok) return json as UploadedMedia;
  const error = json as HttpErrorBody;
  const fields =
    error.fields ?? (error.field ? [{ field: error.field, message: error.message ?? '' }] : []);
  throw new ApiError(
    error.message ?? `The service answered ${response.status}`,
    error.code ?? 'INTERNAL_SERVER_ERROR',
    fields,
  );
}

/** The service words field problems from the field's name ("file is …"): a sentence for people. */
export function sentence(message: string): string {
  const text = message.trim();
  return text ? text[0].toUpperCase() + text.slice(1) + (/[.!?]$/.test(text) ? '' : '.') : text;
}

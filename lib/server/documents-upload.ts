import 'server-only';
import { InvalidInputError, PayloadTooLargeError, UnsupportedMediaTypeError } from './errors';
import { FILE_SIZE_LIMIT } from './files';
import { readBoundedBody } from './request-body';

/**
 * Reading an upload's multipart body with the size limit enforced while the bytes arrive, so an
 * oversized request is refused after reading at most the limit, never buffered whole first.
 */

/** Room beside the file for the form's text fields and the multipart framing. */
const FORM_OVERHEAD = 256 * 1024;

/** Rounded up: a file just over the limit must not read as exactly the limit. */
const megabytes = (bytes: number) => `${(Math.ceil((bytes / 1024 / 1024) * 10) / 10).toFixed(1)} MB`;
export const sizeRule = (limit: number, actual?: number) =>
  `文件：不能超过 ${limit / 1024 / 1024} MB${actual === undefined ? '' : `（此文件 ${megabytes(actual)}）`}`;

export interface UploadForm {
  /** The text fields, each once (a repeated field keeps its first value). */
  fields: Record<string, string>;
  file: { bytes: Buffer; name: string } | null;
}

/** The fields and the one file of a multipart/form-data request; 413, 415 or 400 naming the field. */
export async function readUploadForm(request: Request, limit = FILE_SIZE_LIMIT): Promise<UploadForm> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^multipart\/form-data\s*;/i.test(type)) {
    throw new UnsupportedMediaTypeError('body', '请求：须为 multipart/form-data（一个文件及其说明字段）');
  }
  // A declared length over the limit is refused before any byte is read, a longer body as it arrives.
  const body = await readBoundedBody(request, limit + FORM_OVERHEAD, () => new PayloadTooLargeError('file', sizeRule(limit)));
  let form: FormData;
  try {
    form = await new Response(new Uint8Array(body), { headers: { 'content-type': type } }).formData();
  } catch {
    throw new InvalidInputError('请求内容不是有效的 multipart/form-data。', { body: ['请求：不是有效的 multipart/form-data'] });
  }
  const fields: Record<string, string> = {};
  let file: UploadForm['file'] = null;
  for (const [key, value] of form.entries()) {
    if (typeof value === 'string') {
      fields[key] ??= value;
    } else if (key !== 'file') {
      throw new InvalidInputError(`字段“${key}”不应是文件。`, { [key]: [`${key}：应为文字，不是文件`] });
    } else if (file) {
      throw new InvalidInputError('一次只能上传一个文件。', { file: ['文件：一次只能上传一个文件'] });
    } else {
      file = { bytes: Buffer.from(await value.arrayBuffer()), name: value.name };
    }
  }
  if (file && file.bytes.length > limit) throw new PayloadTooLargeError('file', sizeRule(limit, file.bytes.length));
  return { fields, file };
}

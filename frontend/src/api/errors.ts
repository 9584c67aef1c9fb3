// RFC 9457 problem details → ApiError. Every failed API call surfaces as an ApiError whose
// `message` is the Chinese text to show the user.

export interface ApiFieldError {
  /** Where the invalid input is, e.g. ["body", "name"]. */
  loc: (string | number)[];
  msg: string;
}

export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string | null;
  code?: string;
  errors?: ApiFieldError[] | null;
}

const FALLBACK_MESSAGES: Record<number, string> = {
  0: '网络异常，无法连接服务器',
  400: '请求有误',
  401: '未登录或登录已过期',
  403: '没有权限执行此操作',
  404: '请求的资源不存在',
  409: '数据冲突',
  413: '提交的内容过大',
  422: '提交的数据不符合要求',
  423: '账号已被临时锁定',
  429: '请求过于频繁，请稍后再试',
  500: '服务器内部错误',
  502: '服务暂时不可用',
  503: '服务暂时不可用',
  504: '服务响应超时',
};

function fallbackMessage(status: number): string {
  return (
    FALLBACK_MESSAGES[status] ??
    (status >= 500 ? '服务器内部错误' : `请求失败（状态码 ${status}）`)
  );
}

/** Where request values live in a `loc`; stripped to get the form field name. */
const LOCATION_PREFIXES = new Set(['body', 'query', 'path', 'header', 'cookie']);

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string | null;
  readonly type: string;
  readonly errors: ApiFieldError[];
  /** Set when this 401 ended the session (refresh failed): the UI already said so. */
  sessionEnded = false;

  constructor(init: {
    status: number;
    code?: string;
    title?: string;
    detail?: string | null;
    type?: string;
    errors?: ApiFieldError[];
  }) {
    const title = init.title || fallbackMessage(init.status);
    const detail = init.detail || null;
    super(detail ?? title);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code ?? (init.status === 0 ? 'network_error' : `http_${init.status}`);
    this.title = title;
    this.detail = detail;
    this.type = init.type ?? 'about:blank';
    this.errors = init.errors ?? [];
  }

  /** Field errors keyed by the request field they concern (location prefix dropped). */
  fieldErrors(): { name: (string | number)[]; messages: string[] }[] {
    const byField = new Map<string, { name: (string | number)[]; messages: string[] }>();
    for (const error of this.errors) {
      const loc = [...error.loc];
      if (typeof loc[0] === 'string' && LOCATION_PREFIXES.has(loc[0])) loc.shift();
      if (loc.length === 0) continue;
      const name = [loc[0] as string | number];
      const key = String(loc[0]);
      const entry = byField.get(key) ?? { name, messages: [] };
      entry.messages.push(error.msg);
      byField.set(key, entry);
    }
    return [...byField.values()];
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asFieldErrors(value: unknown): ApiFieldError[] {
  if (!Array.isArray(value)) return [];
  const out: ApiFieldError[] = [];
  for (const item of value) {
    if (!isRecord(item)) continue;
    const loc = Array.isArray(item.loc)
      ? item.loc.filter((p): p is string | number => typeof p === 'string' || typeof p === 'number')
      : [];
    const msg = typeof item.msg === 'string' ? item.msg : '';
    if (msg) out.push({ loc, msg });
  }
  return out;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Maps an HTTP status and a (possibly problem+json) body to an ApiError. */
export function problemToApiError(status: number, body: unknown): ApiError {
  if (!isRecord(body)) return new ApiError({ status });
  const problemStatus = typeof body.status === 'number' ? body.status : status;
  return new ApiError({
    status: problemStatus,
    code: str(body.code),
    title: str(body.title),
    detail: str(body.detail) ?? null,
    type: str(body.type),
    errors: asFieldErrors(body.errors),
  });
}

/** Reads a failed Response's body (problem+json or plain JSON) into an ApiError. */
export async function responseToApiError(response: Response): Promise<ApiError> {
  let body: unknown = null;
  const contentType = response.headers.get('Content-Type') ?? '';
  if (contentType.includes('json')) {
    try {
      body = await response.json();
    } catch {
      body = null;
    }
  }
  return problemToApiError(response.status, body);
}

export function networkError(cause: unknown): ApiError {
  const error = new ApiError({ status: 0 });
  (error as { cause?: unknown }).cause = cause;
  return error;
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

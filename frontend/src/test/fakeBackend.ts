// A tiny stand-in for catalog-api in unit tests: routes fetch calls by method and path.
import { vi } from 'vitest';

export interface Call {
  method: string;
  path: string;
  headers: Headers;
  body: unknown;
}

type Handler = (call: Call) => Response | Promise<Response>;

export function json(status: number, body: unknown, contentType = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } });
}

export function problem(status: number, title: string, code: string, detail?: string): Response {
  return json(status, { type: `https://gongkai.gov.cn/problems/${code}`, title, status, code, detail }, 'application/problem+json');
}

/** JSON bodies parsed; anything else (e.g. multipart form data) kept as text. */
function parseBody(text: string, contentType: string | null): unknown {
  if (!text) return undefined;
  if (contentType && !contentType.includes('json')) return text;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Installs a fetch stub; `routes` maps "METHOD /path-after-prefix" to a handler. */
export function fakeBackend(routes: Record<string, Handler>) {
  const calls: Call[] = [];
  const fetchStub = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(String(input), init);
    const url = new URL(request.url);
    const text = await request.text();
    const call: Call = {
      method: request.method,
      path: url.pathname.replace(/^\/api\/catalog\/v1/, '') + url.search,
      headers: request.headers,
      body: parseBody(text, request.headers.get('Content-Type')),
    };
    calls.push(call);
    const key = `${call.method} ${url.pathname.replace(/^\/api\/catalog\/v1/, '')}`;
    const handler = routes[key];
    if (!handler) return problem(404, '请求的资源不存在', 'not_found');
    return handler(call);
  });
  vi.stubGlobal('fetch', fetchStub);
  return { calls, fetchStub };
}

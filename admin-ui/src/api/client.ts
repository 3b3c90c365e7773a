/** The kind of a wrong field: the service kit's `FieldErrorCode`, stable across the API. */
export type FieldErrorCode =
  | 'required'
  | 'too_long'
  | 'invalid_format'
  | 'out_of_range'
  | 'not_allowed'
  | 'unknown_field'
  | 'conflict'
  | 'incorrect';

/** One wrong field of a 400 problem: `message` is the server's English, `code` what to translate. */
export interface FieldError {
  field: string;
  code: FieldErrorCode;
  message: string;
}

/** An RFC 9457 problem document as the gateway and services send it. */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  errors?: FieldError[];
}

/** A failed call: `status` 0 means the server was not reached at all. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem = {},
  ) {
    super(problem.detail ?? problem.title ?? (status === 0 ? 'Network error' : `HTTP ${status}`));
    this.name = 'ApiError';
  }

  /** The server's own explanation, when it gave one. */
  get detail(): string | undefined {
    return this.problem.detail ?? this.problem.title;
  }
}

export interface ApiResponse<T> {
  status: number;
  data: T;
  /** The `Location` header of a `202 Accepted`, pointing at the resource to follow. */
  location: string | null;
}

export interface RequestOptions {
  body?: unknown;
  signal?: AbortSignal;
}

export interface ApiClient {
  get<T>(path: string, options?: RequestOptions): Promise<T>;
  send<T>(method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, options?: RequestOptions): Promise<ApiResponse<T>>;
  /** Forgets the CSRF token; the server issues a new one after login and logout. */
  resetCsrf(): void;
}

export interface ApiClientOptions {
  /** Called on every 401, before the error is thrown: the session is gone, so the app shows Login. */
  onUnauthorized: () => void;
  fetch?: typeof fetch;
}

interface CsrfToken {
  token: string;
  headerName: string;
}

const CSRF_PATH = '/api/auth/csrf';

/**
 * Same-origin JSON client for the gateway: cookies carry the session, every write carries the CSRF
 * token from `GET /api/auth/csrf`, failures become {@link ApiError} with the problem+json detail.
 */
export function createApiClient(options: ApiClientOptions): ApiClient {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  let csrf: Promise<CsrfToken> | null = null;

  async function call(method: string, path: string, opts: RequestOptions, headers: Record<string, string>) {
    const init: RequestInit = {
      method,
      credentials: 'same-origin',
      headers: {
        Accept: 'application/json, application/problem+json',
        // Lets Spring Security answer a plain 401 instead of a Basic-auth challenge the browser would pop up.
        'X-Requested-With': 'XMLHttpRequest',
        ...(opts.body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...headers,
      },
      body: opts.body === undefined ? null : JSON.stringify(opts.body),
      signal: opts.signal ?? null,
    };
    try {
      return await doFetch(path, init);
    } catch (error) {
      if (isAbort(error)) throw error;
      throw new ApiError(0);
    }
  }

  function csrfToken(): Promise<CsrfToken> {
    csrf ??= (async () => {
      const response = await call('GET', CSRF_PATH, {}, {});
      if (!response.ok) throw await toError(response);
      return (await response.json()) as CsrfToken;
    })();
    csrf.catch(() => (csrf = null));
    return csrf;
  }

  async function fail(response: Response): Promise<never> {
    if (response.status === 401) options.onUnauthorized();
    throw await toError(response);
  }

  return {
    async get<T>(path: string, opts: RequestOptions = {}): Promise<T> {
      const response = await call('GET', path, opts, {});
      if (!response.ok) return fail(response);
      return (await readBody(response)) as T;
    },

    async send<T>(method: string, path: string, opts: RequestOptions = {}): Promise<ApiResponse<T>> {
      const attempt = async () => {
        const { token, headerName } = await csrfToken();
        return call(method, path, opts, { [headerName]: token });
      };
      let response = await attempt();
      if (response.status === 403) {
        // The token rotates on login/logout and the session may have been renewed: fetch a fresh one once.
        csrf = null;
        response = await attempt();
      }
      if (!response.ok) return fail(response);
      return {
        status: response.status,
        data: (await readBody(response)) as T,
        location: response.headers.get('Location'),
      };
    },

    resetCsrf() {
      csrf = null;
    },
  };
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const text = await response.text();
  return text === '' ? undefined : JSON.parse(text);
}

async function toError(response: Response): Promise<ApiError> {
  const type = response.headers.get('Content-Type') ?? '';
  let problem: Problem = {};
  if (type.includes('json')) {
    try {
      problem = (await response.json()) as Problem;
    } catch {
      // A broken error body still leaves the status code to report.
    }
  }
  return new ApiError(response.status, problem);
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

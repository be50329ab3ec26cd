import { type FastifyReply, type FastifyRequest } from 'fastify';

/**
 * The dashboard keeps its refresh token in this httpOnly cookie: scripts cannot read it, it
 * travels only to /graphql, and SameSite=Strict keeps other sites from sending it.
 */
export const REFRESH_COOKIE = 'lagebild_refresh';
const COOKIE_PATH = '/graphql';

export function readRefreshCookie(request: FastifyRequest): string | undefined {
  const header = request.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === REFRESH_COOKIE) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

export function setRefreshCookie(
  request: FastifyRequest,
  reply: FastifyReply | undefined,
  token: string,
  expiresAt: Date,
): void {
  const maxAge = Math.max(0, Math.floor((expiresAt.getTime() - Date.now()) / 1000));
  reply?.header('set-cookie', cookie(request, encodeURIComponent(token), maxAge));
}

export function clearRefreshCookie(request: FastifyRequest, reply: FastifyReply | undefined): void {
  reply?.header('set-cookie', cookie(request, '', 0));
}

function cookie(request: FastifyRequest, value: string, maxAgeSeconds: number): string {
  const secure = request.protocol === 'https' ? '; Secure' : '';
  return `${REFRESH_COOKIE}=${value}; Max-Age=${maxAgeSeconds}; Path=${COOKIE_PATH}; HttpOnly; SameSite=Strict${secure}`;
}

import { type AppConfig } from '../config/config';

/**
 * Links in mails and on the subscription pages start from `LAGEBILD_PUBLIC_URL`, never from a
 * request's Host header; without it they point at this server on localhost (development).
 */
export function publicBase(config: AppConfig): string {
  return (config.publicUrl ?? `http://localhost:${config.port}`).replace(/\/+$/, '');
}

export function confirmUrl(config: AppConfig, token: string): string {
  return `${publicBase(config)}/status/subscriptions/confirm/${encodeURIComponent(token)}`;
}

export function unsubscribeUrl(config: AppConfig, token: string): string {
  return `${publicBase(config)}/status/unsubscribe/${encodeURIComponent(token)}`;
}

export function statusPageUrl(config: AppConfig): string {
  return `${publicBase(config)}/status`;
}

/** RFC 8058 one-click unsubscribe headers for a mail to a subscriber. */
export function unsubscribeHeaders(config: AppConfig, token: string): Record<string, string> {
  return {
    'List-Unsubscribe': `<${unsubscribeUrl(config, token)}>`,
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  };
}

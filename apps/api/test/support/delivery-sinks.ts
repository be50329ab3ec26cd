import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** One mail as the SMTP sink received it. */
export interface ReceivedMail {
  to: string[];
  raw: string;
  /** Headers, lower-case names, unfolded. */
  headers: Map<string, string>;
  /** The text part, quoted-printable decoded. */
  text: string;
}

/** RFC 2047 encoded words (`=?UTF-8?Q?…?=` and `=?UTF-8?B?…?=`) as nodemailer writes them. */
function decodeEncodedWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?UTF-8\?([QB])\?([^?]*)\?=/gi, (_m, encoding: string, text: string) =>
      encoding.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(
            text
              .replace(/_/g, ' ')
              .replace(/=([0-9A-F]{2})/gi, (_q, hex: string) =>
                String.fromCharCode(parseInt(hex, 16)),
              ),
            'latin1',
          ).toString('utf8'),
    );
}

function parseMail(raw: string, to: string[]): ReceivedMail {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const headers = new Map<string, string>();
  for (const line of head.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim());
  }
  for (const [name, value] of headers) headers.set(name, decodeEncodedWords(value));
  let body = raw.slice(split + 4);
  if (/quoted-printable/i.test(headers.get('content-transfer-encoding') ?? '')) {
    body = Buffer.from(
      body
        .replace(/=\r\n/g, '')
        .replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))),
      'latin1',
    ).toString('utf8');
  }
  return { to, raw, headers, text: body };
}

/** A real SMTP server on a free port that keeps what it receives. */
export class SmtpSink {
  readonly mails: ReceivedMail[] = [];
  /** Replies 451 (try later) to the next message to each of these addresses. */
  readonly failOnce = new Set<string>();
  /** Replies 550 (refused for good) to the next message to each of these addresses. */
  readonly rejectOnce = new Set<string>();
  private readonly server: SMTPServer;
  port = 0;

  constructor() {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const refused = session.envelope.rcptTo.find((rcpt) =>
            this.rejectOnce.delete(rcpt.address),
          );
          if (refused) {
            const error = new Error('mailbox unavailable') as Error & { responseCode: number };
            error.responseCode = 550;
            callback(error);
            return;
          }
          const deferred = session.envelope.rcptTo.find((rcpt) =>
            this.failOnce.delete(rcpt.address),
          );
          if (deferred) {
            const error = new Error('try again later') as Error & { responseCode: number };
            error.responseCode = 451;
            callback(error);
            return;
          }
          this.mails.push(
            parseMail(
              Buffer.concat(chunks).toString('utf8'),
              session.envelope.rcptTo.map((rcpt) => rcpt.address),
            ),
          );
          callback();
        });
      },
    });
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.server.address() as AddressInfo).port;
    return `smtp://127.0.0.1:${this.port}`;
  }

  to(address: string): ReceivedMail[] {
    return this.mails.filter((mail) => mail.to.includes(address));
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** One request as the webhook receiver got it. */
export interface ReceivedCall {
  /** When the request arrived (ms since the epoch). */
  at: number;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A real HTTP server on a free port answering webhook calls with a chosen status. */
export class WebhookReceiver {
  readonly calls: ReceivedCall[] = [];
  /** The status per path; 204 when unset. A list is used up front to back. */
  answers = new Map<string, number[]>();
  private readonly server: Server;
  url = '';

  constructor() {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const path = request.url ?? '/';
        this.calls.push({
          at: Date.now(),
          path,
          headers: request.headers,
          body: Buffer.concat(chunks).toString(),
        });
        const queue = this.answers.get(path);
        const status = queue && queue.length > 1 ? (queue.shift() ?? 204) : (queue?.[0] ?? 204);
        response.writeHead(status).end();
      });
    });
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  callsTo(path: string): ReceivedCall[] {
    return this.calls.filter((call) => call.path === path);
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.closeAllConnections();
      this.server.close(() => resolve());
    });
  }
}

/** Polls `check` until it returns a value other than undefined/false, or fails at the deadline. */
export async function eventually<T>(
  check: () => T | undefined | false | Promise<T | undefined | false>,
  what: string,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

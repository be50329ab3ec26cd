import { type StatusPageModel } from './models/status-page.model';
import {
  type PageIdentity,
  toAtomFeed,
  toStatusPageModel,
  toSummaryJson,
} from './status-page.mapper';
import { type PublicStatusView } from './status-page.service';

/**
 * Renderings kept per picture. The base URL may come from the request's Host header, so only
 * a few are kept: made-up hosts are rendered for their request and forgotten.
 */
const MAX_DOCUMENTS = 8;

/** The public view as computed once, each of its renderings made at most once. */
export class PublicStatus {
  private model: StatusPageModel | undefined;
  private readonly documents = new Map<string, Buffer>();

  constructor(readonly view: PublicStatusView) {}

  statusPage(): StatusPageModel {
    this.model ??= toStatusPageModel(this.view);
    return this.model;
  }

  /** The UTF-8 bytes of `summary.json`. */
  summaryJson(page: PageIdentity): Buffer {
    return this.document('summary', page, () => JSON.stringify(toSummaryJson(this.view, page)));
  }

  /** The UTF-8 bytes of the Atom feed. */
  atomFeed(page: PageIdentity): Buffer {
    return this.document('feed', page, () => toAtomFeed(this.view, page));
  }

  private document(kind: string, page: PageIdentity, render: () => string): Buffer {
    const key = JSON.stringify([kind, page.id, page.name, page.title, page.timeZone, page.baseUrl]);
    const kept = this.documents.get(key);
    if (kept) return kept;
    const bytes = Buffer.from(render(), 'utf8');
    if (this.documents.size < MAX_DOCUMENTS) this.documents.set(key, bytes);
    return bytes;
  }
}

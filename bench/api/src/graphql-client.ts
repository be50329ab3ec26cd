// A minimal GraphQL client for feeding and checking the API.

export interface GraphqlErrorShape {
  message: string;
  extensions?: { code?: string };
}

export class GraphqlClient {
  private token: string | undefined;
  private loggedInAt = 0;

  constructor(
    readonly baseUrl: string,
    private readonly credentials?: { email: string; password: string },
  ) {}

  /** The Bearer token; logs in again before the 15-minute access token runs out. */
  async accessToken(): Promise<string> {
    if (!this.credentials) throw new Error('This client has no credentials');
    if (this.token === undefined || Date.now() - this.loggedInAt > 10 * 60_000) {
      const data = await this.request<{ login: { accessToken: string } }>(
        'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
        { input: this.credentials },
        false,
      );
      this.token = data.login.accessToken;
      this.loggedInAt = Date.now();
    }
    return this.token;
  }

  async request<T>(
    query: string,
    variables?: Record<string, unknown>,
    authenticated = this.credentials !== undefined,
  ): Promise<T> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (authenticated) headers['authorization'] = `Bearer ${await this.accessToken()}`;
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
    });
    const text = await response.text();
    let payload: { data?: T; errors?: GraphqlErrorShape[] };
    try {
      payload = JSON.parse(text) as { data?: T; errors?: GraphqlErrorShape[] };
    } catch {
      throw new Error(`Not JSON (HTTP ${response.status}): ${text.slice(0, 300)}`);
    }
    if (payload.errors?.length || payload.data === undefined) {
      throw new Error(
        `GraphQL error (HTTP ${response.status}): ${JSON.stringify(payload.errors).slice(0, 600)}`,
      );
    }
    return payload.data;
  }
}

/** A refusal the operations tool reports as one line. */
export class PortableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PortableError';
  }
}

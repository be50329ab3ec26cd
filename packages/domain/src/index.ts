/**
 * The public API of the Lagebild domain: every rule and calculation the API and the dashboard
 * use. Pure: no I/O, no framework, no clock (`now` is always a parameter).
 */
export const DOMAIN_VERSION = '0.1.0';

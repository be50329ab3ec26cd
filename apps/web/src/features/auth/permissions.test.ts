import { roleAllows } from './permissions';
import { safeNext } from './safe-next';

describe('roleAllows', () => {
  it.each([
    ['VIEWER', 'VIEWER', true],
    ['VIEWER', 'RESPONDER', false],
    ['RESPONDER', 'VIEWER', true],
    ['RESPONDER', 'ADMIN', false],
    ['ADMIN', 'RESPONDER', true],
  ] as const)('%s may use controls needing %s: %s', (role, required, expected) => {
    expect(roleAllows(role, required)).toBe(expected);
  });

  it('allows nothing without a session', () => {
    expect(roleAllows(undefined, 'VIEWER')).toBe(false);
  });
});

describe('safeNext', () => {
  it('follows a path on this site after login', () => {
    expect(safeNext('/incidents/INC-0001?tab=plan')).toBe('/incidents/INC-0001?tab=plan');
  });

  it.each([null, 'https://evil.example/', '//evil.example/x', 'javascript:alert(1)'])(
    'ignores %s and goes to the overview',
    (next) => {
      expect(safeNext(next)).toBe('/');
    },
  );
});

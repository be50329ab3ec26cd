import fc from 'fast-check';
import { DomainError } from '../shared/domain-error';
import {
  COMMUNICATION_STATUSES,
  type Communication,
  type CommunicationStatus,
} from './communication';
import {
  canTransitionCommunication,
  COMMUNICATION_TRANSITIONS,
  communicationTransitionRefusal,
  fourEyesRefusal,
  transitionCommunication,
} from './communication-status';

const CREATED = new Date('2026-11-20T09:00:00Z');
const LATER = new Date('2026-11-20T09:05:00Z');

function message(status: CommunicationStatus): Communication {
  return {
    channel: 'STATUS_PAGE',
    audience: 'PUBLIC',
    locale: 'en',
    subject: 'Server failure',
    body: 'We are on it.',
    status,
    createdAt: CREATED,
    approvedAt: null,
    publishedAt: null,
    retractedAt: null,
  };
}

describe('communication status machine', () => {
  it.each([
    ['DRAFT', 'APPROVED', true],
    ['DRAFT', 'PUBLISHED', false],
    ['DRAFT', 'RETRACTED', true],
    ['APPROVED', 'PUBLISHED', true],
    ['APPROVED', 'DRAFT', false],
    ['APPROVED', 'RETRACTED', true],
    ['PUBLISHED', 'RETRACTED', true],
    ['PUBLISHED', 'APPROVED', false],
    ['PUBLISHED', 'PUBLISHED', false],
    ['RETRACTED', 'DRAFT', false],
    ['RETRACTED', 'PUBLISHED', false],
  ] as const)('%s -> %s allowed: %s', (from, to, allowed) => {
    expect(canTransitionCommunication(from, to)).toBe(allowed);
    expect(communicationTransitionRefusal(from, to) === null).toBe(allowed);
  });

  it.each([
    ['DRAFT', 'PUBLISHED', 'must be approved before it is published'],
    ['PUBLISHED', 'PUBLISHED', 'already PUBLISHED'],
    ['RETRACTED', 'APPROVED', 'cannot change any more'],
    ['PUBLISHED', 'APPROVED', 'can only be retracted'],
    ['APPROVED', 'DRAFT', 'cannot move from APPROVED to DRAFT'],
  ] as const)('explains why %s -> %s is refused', (from, to, reason) => {
    expect(communicationTransitionRefusal(from, to)).toContain(reason);
  });

  it('stamps the moment of each step and leaves the input unchanged', () => {
    const draft = message('DRAFT');
    const approved = transitionCommunication(draft, 'APPROVED', LATER);
    expect(approved).toMatchObject({ status: 'APPROVED', approvedAt: LATER });
    const published = transitionCommunication(approved, 'PUBLISHED', LATER);
    expect(published).toMatchObject({ status: 'PUBLISHED', publishedAt: LATER });
    const retracted = transitionCommunication(published, 'RETRACTED', LATER);
    expect(retracted).toMatchObject({ status: 'RETRACTED', retractedAt: LATER });
    expect(draft.status).toBe('DRAFT');
  });

  it('refuses an illegal move with CONFLICT and a reason', () => {
    expect(() => transitionCommunication(message('DRAFT'), 'PUBLISHED', LATER)).toThrow(
      DomainError,
    );
    try {
      transitionCommunication(message('PUBLISHED'), 'PUBLISHED', LATER);
    } catch (error) {
      expect((error as DomainError).code).toBe('CONFLICT');
      expect((error as DomainError).issues[0]?.field).toBe('status');
    }
  });

  it('never reaches a status by a move the table does not list', () => {
    const status = fc.constantFrom(...COMMUNICATION_STATUSES);
    fc.assert(
      fc.property(fc.array(status, { maxLength: 12 }), (attempts) => {
        let current = message('DRAFT');
        for (const to of attempts) {
          const before = current.status;
          try {
            current = transitionCommunication(current, to, LATER);
            expect(COMMUNICATION_TRANSITIONS[before]).toContain(current.status);
          } catch (error) {
            expect(canTransitionCommunication(before, to)).toBe(false);
            expect((error as DomainError).code).toBe('CONFLICT');
          }
        }
        // Publishing always happens after approval.
        if (current.publishedAt !== null) {
          expect(current.approvedAt).not.toBeNull();
        }
      }),
    );
  });
});

describe('fourEyesRefusal', () => {
  it('refuses the drafter or the last editor under the rule, and nobody without it', () => {
    const drafters = ['anna@shop.example', 'ben@shop.example'];
    expect(fourEyesRefusal(drafters, 'anna@shop.example', true)?.code).toBe('FORBIDDEN');
    expect(fourEyesRefusal(drafters, 'ben@shop.example', true)?.issues[0]?.code).toBe('FOUR_EYES');
    expect(fourEyesRefusal(drafters, 'clara@shop.example', true)).toBeNull();
    expect(fourEyesRefusal(drafters, 'anna@shop.example', false)).toBeNull();
    expect(fourEyesRefusal(['anna@shop.example', null], 'anna@shop.example', true)).not.toBeNull();
  });
});

import fc from 'fast-check';
import { DomainError } from '../shared/domain-error';
import { declareIncident, transitionIncident, type Incident } from './incident';
import {
  ACTIVE_INCIDENT_STATUSES,
  allowedNextStatuses,
  assertIncidentTransition,
  canTransition,
  INCIDENT_STATUSES,
  isActiveIncidentStatus,
  isIncidentStatus,
  transitionRejection,
  type IncidentStatus,
} from './incident-status';

const order = (status: IncidentStatus): number => INCIDENT_STATUSES.indexOf(status);

describe('incident state machine', () => {
  const pairs = INCIDENT_STATUSES.flatMap((from) =>
    INCIDENT_STATUSES.map((to) => [from, to] as const),
  );

  it.each(pairs)(
    '%s -> %s follows the rule "forward while active, reopen when resolved"',
    (from, to) => {
      const expected = from === 'RESOLVED' ? to !== 'RESOLVED' : order(to) > order(from);
      expect(canTransition(from, to)).toBe(expected);
      expect(transitionRejection(from, to) === null).toBe(expected);
    },
  );

  it.each<[IncidentStatus, IncidentStatus[]]>([
    ['INVESTIGATING', ['IDENTIFIED', 'RECOVERING', 'MONITORING', 'RESOLVED']],
    ['IDENTIFIED', ['RECOVERING', 'MONITORING', 'RESOLVED']],
    ['RECOVERING', ['MONITORING', 'RESOLVED']],
    ['MONITORING', ['RESOLVED']],
    ['RESOLVED', ['INVESTIGATING', 'IDENTIFIED', 'RECOVERING', 'MONITORING']],
  ])('from %s allows %j', (from, next) => {
    expect(allowedNextStatuses(from)).toEqual(next);
  });

  it('explains a rejected move in words', () => {
    expect(transitionRejection('MONITORING', 'RECOVERING')).toBe(
      'An incident cannot go back from Monitoring to Recovering; allowed next: Resolved.',
    );
    expect(transitionRejection('RESOLVED', 'RESOLVED')).toBe('The incident is already Resolved.');
  });

  it('throws a coded error on the status field for an illegal move', () => {
    expect.assertions(3);
    try {
      assertIncidentTransition('RECOVERING', 'INVESTIGATING');
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('BAD_USER_INPUT');
      expect((error as DomainError).issues[0]?.field).toBe('status');
    }
  });

  it('knows which values are statuses and which are active', () => {
    expect(isIncidentStatus('MONITORING')).toBe(true);
    expect(isIncidentStatus('CLOSED')).toBe(false);
    expect(ACTIVE_INCIDENT_STATUSES).toEqual(INCIDENT_STATUSES.filter(isActiveIncidentStatus));
    expect(ACTIVE_INCIDENT_STATUSES).not.toContain('RESOLVED');
  });

  it('never reaches a status by an illegal move, whatever is attempted', () => {
    const start = new Date('2026-10-05T07:00:00Z');
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...INCIDENT_STATUSES), { maxLength: 30 }),
        (attempts) => {
          let incident: Incident = declareIncident(
            { title: 'Main server down', severity: 'SEV1' },
            { id: 'i1', sequence: 1 },
            start,
          );
          let minute = 0;
          for (const to of attempts) {
            minute += 1;
            const before = incident.status;
            try {
              incident = transitionIncident(
                incident,
                to,
                new Date(start.getTime() + minute * 60_000),
              );
              expect(canTransition(before, to)).toBe(true);
              expect(incident.status).toBe(to);
              expect(incident.resolvedAt !== null).toBe(to === 'RESOLVED');
            } catch (error) {
              expect(error).toBeInstanceOf(DomainError);
              expect(canTransition(before, to)).toBe(false);
              expect(incident.status).toBe(before);
            }
          }
        },
      ),
    );
  });
});

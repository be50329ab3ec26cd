import { DomainError } from '../shared/domain-error';
import type { Communication, CommunicationStatus } from './communication';

/**
 * The only moves a message's status can make. A draft is approved before it goes out (a second
 * look at what customers will read); a draft or an approved message can be withdrawn before it
 * is published, and a published one can be retracted. Retracted is final.
 */
export const COMMUNICATION_TRANSITIONS: Readonly<
  Record<CommunicationStatus, readonly CommunicationStatus[]>
> = {
  DRAFT: ['APPROVED', 'RETRACTED'],
  APPROVED: ['PUBLISHED', 'RETRACTED'],
  PUBLISHED: ['RETRACTED'],
  RETRACTED: [],
};

/** True when the table allows moving from `from` to `to`. */
export function canTransitionCommunication(
  from: CommunicationStatus,
  to: CommunicationStatus,
): boolean {
  return COMMUNICATION_TRANSITIONS[from].includes(to);
}

/**
 * Why a move is not allowed, in words a responder understands; `null` when it is allowed.
 */
export function communicationTransitionRefusal(
  from: CommunicationStatus,
  to: CommunicationStatus,
): string | null {
  if (canTransitionCommunication(from, to)) {
    return null;
  }
  if (from === to) {
    return `The communication is already ${from}`;
  }
  if (from === 'RETRACTED') {
    return 'A retracted communication cannot change any more; write a new one';
  }
  if (from === 'DRAFT' && to === 'PUBLISHED') {
    return 'A draft must be approved before it is published';
  }
  if (from === 'PUBLISHED') {
    return 'A published communication can only be retracted; write a new one to correct it';
  }
  return `A communication cannot move from ${from} to ${to}`;
}

/**
 * The message after moving to `to` at `at`, with the matching timestamp set. The input is not
 * changed. An illegal move throws `CONFLICT`: the request is well-formed but clashes with the
 * message's current state (for example publishing it twice).
 */
export function transitionCommunication<T extends Communication>(
  communication: T,
  to: CommunicationStatus,
  at: Date,
): T {
  const refusal = communicationTransitionRefusal(communication.status, to);
  if (refusal !== null) {
    throw new DomainError('CONFLICT', refusal, [{ field: 'status', message: refusal }]);
  }
  switch (to) {
    case 'APPROVED':
      return { ...communication, status: to, approvedAt: at };
    case 'PUBLISHED':
      return { ...communication, status: to, publishedAt: at };
    case 'RETRACTED':
      return { ...communication, status: to, retractedAt: at };
    /* istanbul ignore next -- no transition leads back to DRAFT */
    case 'DRAFT':
      return { ...communication, status: to };
  }
}

/**
 * Under the four-eyes rule, why `approver` may not approve a message drafted (or last edited)
 * by the people named; `null` when they may. People are compared by how the audit names them.
 */
export function fourEyesRefusal(
  drafters: readonly (string | null)[],
  approver: string,
  fourEyesApproval: boolean,
): DomainError | null {
  if (!fourEyesApproval || !drafters.includes(approver)) return null;
  const message = 'Under the four-eyes rule a message is approved by someone who did not draft it';
  return new DomainError('FORBIDDEN', message, [
    { field: 'status', message, code: 'FOUR_EYES', params: {} },
  ]);
}

import { type ReactNode } from 'react';

/** Why a form was refused, announced to screen readers; renders nothing without a message. */
export function FormProblem({
  message,
  children,
}: {
  message: string | undefined;
  children?: ReactNode;
}) {
  if (!message) return null;
  return (
    <div className="form__problem" role="alert">
      <p>{message}</p>
      {children}
    </div>
  );
}

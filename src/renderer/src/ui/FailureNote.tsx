interface FailureNoteProps {
  /** Why the last attempt failed; nothing is shown while it is empty. */
  message: string | null | undefined;
  testId?: string;
}

/** Why something failed, beside the control that failed, announced as it appears. */
export function FailureNote({ message, testId }: FailureNoteProps) {
  if (!message) return null;
  return (
    <p className="field-error" role="alert" data-testid={testId}>
      {message}
    </p>
  );
}

interface AdjustmentCheckboxProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** A switch turns a mode on and off (screen readers say so); a plain checkbox is an option. */
  isSwitch?: boolean;
  testId: string;
}

/** A checkbox inside its label, so a click on the words toggles it too. */
export function AdjustmentCheckbox({ label, checked, onChange, isSwitch, testId }: AdjustmentCheckboxProps) {
  return (
    <label className="adjust-check">
      <input type="checkbox" role={isSwitch ? 'switch' : undefined} checked={checked} onChange={(event) => onChange(event.currentTarget.checked)} data-testid={testId} />
      <span>{label}</span>
    </label>
  );
}

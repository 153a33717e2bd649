/** A <select> of whole numbers from `from` to `to`, each shown with its unit ("1 day", "3 days"). */
export function CountSelect({
  id,
  name,
  from,
  to,
  unit,
  defaultValue,
  zeroLabel,
  className = "min-h-11 rounded-lg border border-slate-300 bg-white px-2 text-base",
}: {
  id: string;
  name: string;
  from: number;
  to: number;
  unit: readonly [singular: string, plural: string];
  defaultValue: string;
  /** What 0 means, when 0 is offered: "0 times (off)" rather than a bare "0 times". */
  zeroLabel?: string;
  className?: string;
}) {
  return (
    <select id={id} name={name} defaultValue={defaultValue} className={className}>
      {Array.from({ length: to - from + 1 }, (_, index) => from + index).map((count) => (
        <option key={count} value={count}>
          {count === 0 && zeroLabel ? zeroLabel : `${count} ${count === 1 ? unit[0] : unit[1]}`}
        </option>
      ))}
    </select>
  );
}

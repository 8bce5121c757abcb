import type { Failure } from '../sim/failure';

/** Shown instead of the scope when a file cannot be opened or simulated: never a blank page. */
export function FailurePanel({ failure }: { failure: Failure }) {
  return (
    <section className="failure" role="alert" data-testid="failure">
      <h2 className="failure__title">{failure.title}</h2>
      <p className="failure__message">{failure.message}</p>
      {failure.details.length === 0 ? null : (
        <ul className="failure__details">
          {failure.details.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

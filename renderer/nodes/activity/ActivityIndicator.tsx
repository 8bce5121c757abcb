/**
 * A node card's live activity: a dot that pulses when the node spiked in the latest frame and the
 * rate in spikes/s (LIF populations, spike generators), or a small level bar with the mean v (LI
 * populations, which never spike). Memoised and reading only its own node's entry, so a batch
 * re-renders only the indicators whose figures changed, never the card or the canvas.
 */
import { memo } from 'react';
import { useNodeActivity } from './activityStore';
import './activity.css';

function formatRate(hz: number): string {
  return hz >= 100 ? `${Math.round(hz)}` : hz.toFixed(1);
}

export const ActivityIndicator = memo(function ActivityIndicator({
  nodeId,
  kind,
}: {
  nodeId: string;
  kind: 'li' | 'spiking';
}) {
  const activity = useNodeActivity(nodeId);
  const sampled =
    activity !== undefined && activity.neurons > 1 ? ` (first ${activity.neurons} neurons)` : '';
  if (kind === 'li') {
    const meanV = activity?.meanV ?? null;
    return (
      <div
        className="cnode-activity cnode-activity--li"
        data-testid={`activity-${nodeId}`}
        data-mean-v={meanV ?? undefined}
        title={
          meanV === null
            ? 'mean v once a simulation runs (LI neurons do not spike)'
            : `mean v ${meanV}${sampled}; bar relative to the largest |v| since the reset`
        }
      >
        <span className="cnode-activity__bar" aria-hidden="true">
          <span
            className={`cnode-activity__fill${meanV !== null && meanV < 0 ? ' is-negative' : ''}`}
            style={{ width: `${Math.round((activity?.level ?? 0) * 100)}%` }}
          />
        </span>
        <span className="cnode-activity__value">{meanV === null ? 'v –' : `v ${meanV}`}</span>
      </div>
    );
  }
  const rateHz = activity?.rateHz ?? null;
  const active = rateHz !== null && rateHz > 0;
  return (
    <div
      className={`cnode-activity${active ? ' is-active' : ''}`}
      data-testid={`activity-${nodeId}`}
      data-rate-hz={rateHz ?? undefined}
      title={
        rateHz === null
          ? 'spike rate once a simulation runs'
          : `${formatRate(rateHz)} spikes/s per neuron over the last 250 ms simulated${sampled}`
      }
    >
      {/* A new key restarts the pulse animation when the latest frame had spikes. */}
      <span
        key={activity?.pulse ?? 0}
        className={`cnode-activity__dot${(activity?.pulse ?? 0) > 0 ? ' is-pulse' : ''}`}
        aria-hidden="true"
      />
      <span className="cnode-activity__value">
        {rateHz === null ? '– Hz' : `${formatRate(rateHz)} Hz`}
      </span>
    </div>
  );
});

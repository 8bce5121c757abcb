/** The fixed parts of an exported Norse script: imports, helpers, the step loop, output. */
import { PLOT_FUNCTION } from './scriptCommon';

export const NORSE_IMPORTS = `import json
import sys

import torch
from norse.torch.functional.leaky_integrator import LIParameters, LIState, li_feed_forward_step
from norse.torch.functional.lif import (LIFFeedForwardState, LIFParameters,
                                        lif_feed_forward_step)
`;

export const NORSE_HELPERS = `def f32(values):
    return torch.as_tensor(values, dtype=torch.float32)


def lif(node_id, size, tau_mem_inv, tau_syn_inv, v_leak, v_th, v_reset, v_init):
    """A LIF population: Norse's parameters (tau_*_inv in 1/s) and its state (v, i)."""
    p = LIFParameters(tau_syn_inv=f32(tau_syn_inv), tau_mem_inv=f32(tau_mem_inv),
                      v_leak=f32(v_leak), v_th=f32(v_th), v_reset=f32(v_reset))
    state = LIFFeedForwardState(v=f32(v_init).expand(size).clone(), i=torch.zeros(size))
    return {'id': node_id, 'kind': 'lif', 'size': size, 'p': p, 'state': state, 'inputs': []}


def li(node_id, size, tau_mem_inv, tau_syn_inv, v_leak, v_init):
    """A leaky integrator (LI) population: no threshold, no spikes."""
    p = LIParameters(tau_syn_inv=f32(tau_syn_inv), tau_mem_inv=f32(tau_mem_inv),
                     v_leak=f32(v_leak))
    state = LIState(v=f32(v_init).expand(size).clone(), i=torch.zeros(size))
    return {'id': node_id, 'kind': 'li', 'size': size, 'p': p, 'state': state, 'inputs': []}


def spike_train(size, neurons, steps):
    """A generator's spikes as Spikeboard produced them: train[step, neuron] = 1."""
    train = torch.zeros(STEPS, size)
    if steps:
        train[torch.as_tensor(steps, dtype=torch.long),
              torch.as_tensor(neurons, dtype=torch.long)] = 1.0
    return train


def current(size, amplitude, first, stop):
    """A constant-current source: the amplitude at every step in [first, stop)."""
    train = torch.zeros(STEPS, size)
    train[first:stop] = amplitude
    return train


class Projection:
    """W[post, pre] = w (one weight for all, or one per synapse): Norse's linear(z, W) = z W^T, delivered delay_steps after the source's
    output (the loop step of a loop-closing projection included)."""

    def __init__(self, source, shape, pre, post, w, delay_steps):
        self.source = source
        self.delay = delay_steps
        n_post, n_pre = shape
        self.dense = n_post * n_pre <= 1_000_000
        self.pre = torch.as_tensor(pre, dtype=torch.long)
        self.post = torch.as_tensor(post, dtype=torch.long)
        self.w = f32(w)
        self.size = n_post
        if self.dense:
            self.weight = torch.zeros(n_post, n_pre)
            if len(pre):
                self.weight[self.post, self.pre] = self.w

    def __call__(self, z):
        if self.dense:
            return torch.nn.functional.linear(z, self.weight)
        return torch.zeros(self.size).index_add_(0, self.post, self.w * z[self.pre])
`;

export const NORSE_LOOP = `def simulate(sources, populations, projections_depth):
    """One step t, as Spikeboard runs it: the generators, then every population in update order
    with x = the sum of its projections (each reading its source's output delay steps ago)."""
    depth = projections_depth
    sizes = {**{k: s.shape[1] for k, s in sources.items()},
             **{pop['id']: pop['size'] for pop in populations}}
    ring = {node: [torch.zeros(size) for _ in range(depth)] for node, size in sizes.items()}
    late = {pop['id']: torch.zeros(pop['size']) for pop in populations}
    recorded = {probe['id']: [] for probe in PROBES}
    with torch.no_grad():
        for t in range(STEPS):
            for node, train in sources.items():
                ring[node][t % depth] = train[t]
            now = {}
            for pop in populations:
                x = torch.zeros(pop['size'])
                for projection in pop['inputs']:
                    if t - projection.delay >= 0:
                        x = x + projection(ring[projection.source][(t - projection.delay) % depth])
                feed = x
                if INPUT_ORDER == 'norse-0.0.7':
                    # The seed notebook's order on current Norse: the input one step late.
                    feed, late[pop['id']] = late[pop['id']], x
                if pop['kind'] == 'lif':
                    z, pop['state'] = lif_feed_forward_step(feed, pop['state'], pop['p'], dt=DT)
                else:
                    _, pop['state'] = li_feed_forward_step(feed, pop['state'], pop['p'], dt=DT)
                    z = torch.zeros(pop['size'])
                ring[pop['id']][t % depth] = z
                i = pop['state'].i + x if INPUT_ORDER == 'norse-0.0.7' else pop['state'].i
                now[pop['id']] = {'v': pop['state'].v, 'i': i, 'spikes': z}
            for node in sources:
                now[node] = {'spikes': ring[node][t % depth]}
            for probe in PROBES:
                recorded[probe['id']].append(now[probe['target']][probe['variable']].clone())
    return recorded


def traces(recorded):
    """The probe traces in the layout of \`spikeboard run --format json\`."""
    out = []
    for probe in PROBES:
        entry = {key: probe[key] for key in ('id', 'label', 'target', 'variable', 'neurons')}
        width = 1 + max(probe['neurons'], default=0)
        steps = torch.stack(recorded[probe['id']]) if STEPS else torch.zeros(0, width)
        if probe['variable'] == 'spikes':
            entry['spikeSteps'] = [[int(s) for s in torch.nonzero(steps[:, n]).flatten()]
                                   for n in probe['neurons']]
        else:
            entry['values'] = [[float(x) for x in steps[:, n]] for n in probe['neurons']]
        out.append(entry)
    return {'circuit': CIRCUIT, 'backend': 'norse', 'dtMs': DT_MS, 'steps': STEPS,
            'inputOrder': INPUT_ORDER, 'probes': out}


${PLOT_FUNCTION}`;

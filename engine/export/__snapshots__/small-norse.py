#!/usr/bin/env python3
"""Small "LIF" circuit

A Spikeboard circuit as a Norse script (https://github.com/norse/norse; PyTorch, float32).

    python3 this_script.py            run it and plot the probes (needs matplotlib)
    python3 this_script.py out.json   run it and save the probe traces as JSON, in the layout
                                      of `spikeboard run --format json`

This script assumes current Norse (1.x), whose LIF and LI steps add the input to the
synaptic current before the membrane update (Spikeboard's norse-1.1 order):
    i' = i + x;  v* = v + dt*tau_mem_inv*((v_leak - v) + i');  i = i' - dt*tau_syn_inv*i'
    z = (v* - v_th) > 0;  v = v_reset where z else v*
The circuit uses the norse-0.0.7 order (the seed notebook's Norse 0.0.7, where the input joins
the current after the membrane update, so it first moves v one step later). The script converts:
each population gets its input one step late, which gives the same v and spikes bit for bit,
and the recorded i adds the step's own input (0.0.7's i(t) = current Norse's i(t) + x(t)).

Generator spikes (Poisson and regular ones included), connectivity and weights are the
engine's own, exported as arrays. A feed-forward projection delivers in the same step (as in
Norse's SequentialState), one that closes a loop one step later (as a recurrent cell's
W_rec z(t-1)), plus its delay. Potentials match Spikeboard's to the last bit where at most one
input reaches a neuron per step; where several do, torch may sum them in another order
(float32 rounding, about 1e-7).
"""


import json
import sys

import torch
from norse.torch.functional.leaky_integrator import LIParameters, LIState, li_feed_forward_step
from norse.torch.functional.lif import (LIFFeedForwardState, LIFParameters,
                                        lif_feed_forward_step)


CIRCUIT = "Small \"LIF\" circuit"
INPUT_ORDER = "norse-0.0.7"
DT_MS = 1
DT = DT_MS / 1000  # Norse's dt, in seconds
STEPS = 30


def f32(values):
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


PROBES = [
    {'id': "v", 'label': "v", 'target': "lif",
     'variable': "v", 'neurons': [0]},
    {'id': "spikes", 'label': "spikes", 'target': "lif",
     'variable': "spikes", 'neurons': [0]},
]


def run():
    sources = {}
    # input
    sources["input"] = spike_train(
        1,
        neurons=[0, 0],
        steps=[5, 12])

    # Populations in Spikeboard’s update order.
    populations = []
    # 1. lif (LIF, 1 neuron(s)): τmem 20 ms, τsyn 10 ms; tau_inv = 1000 / τ(ms) in 1/s
    populations.append(lif(
        "lif", 1,
        tau_mem_inv=50,
        tau_syn_inv=100,
        v_leak=0,
        v_th=0.10000000149011612,
        v_reset=0,
        v_init=0))
    by_id = {pop["id"]: pop for pop in populations}

    # Projections W[post, pre], in the order Spikeboard sums them.
    # input-to-lif: input → lif, 1 synapse(s)
    by_id["lif"]['inputs'].append(Projection(
        "input", (1, 1),
        pre=[0],
        post=[0],
        w=2,
        delay_steps=0))

    return simulate(sources, populations, 1)


def simulate(sources, populations, projections_depth):
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
    """The probe traces in the layout of `spikeboard run --format json`."""
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


def plot(result):
    import matplotlib.pyplot as plt
    probes = result['probes']
    if not probes:
        print('This circuit has no probes: nothing to plot.')
        return
    fig, axes = plt.subplots(len(probes), 1, sharex=True, squeeze=False,
                             figsize=(8, 2.2 * len(probes)))
    time_ms = [step * DT_MS for step in range(STEPS)]
    for axis, probe in zip(axes[:, 0], probes):
        if probe['variable'] == 'spikes':
            for row, steps in enumerate(probe['spikeSteps']):
                axis.plot([step * DT_MS for step in steps], [row] * len(steps), '|', color='k')
            axis.set_ylabel('neuron')
        else:
            for n, values in zip(probe['neurons'], probe['values']):
                axis.plot(time_ms, values, label=f'neuron {n}')
            axis.set_ylabel(probe['variable'])
        axis.set_title(probe['label'], fontsize=10)
    axes[-1, 0].set_xlabel('time (ms)')
    fig.suptitle(CIRCUIT)
    fig.tight_layout()
    plt.show()


if __name__ == '__main__':
    result = traces(run())
    if len(sys.argv) > 1:
        with open(sys.argv[1], 'w', encoding='utf-8') as out:
            json.dump(result, out)
            out.write('\n')
    else:
        plot(result)

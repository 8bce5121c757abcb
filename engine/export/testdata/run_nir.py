"""Simulates a Spikeboard NIR file (as h5py reads it) in discrete time, float64, and writes the
traces of its populations as JSON: {population: {"v": [[...per neuron] per step], "spikes": ...}}.

The reading of NIR it checks: CubaLIF/CubaLI with tau_syn dI/dt = -I + w_in S, S a Dirac spike
train, so a spike through Linear weight W' raises I by w_in W' / tau_syn; tau_mem dv/dt =
(v_leak - v) + r I; Delay nodes in seconds; the graph's dt and input order from its metadata. A
projection from a population updated later in the step (a loop) arrives one step late.
"""
import json
import sys

import h5py
import numpy as np


def text(d):
    value = d[()]
    return value.decode('utf8') if isinstance(value, bytes) else value


with h5py.File(sys.argv[1], 'r') as f:
    g = f['node']
    nodes = {name: n for name, n in g['nodes'].items()}
    edges = [(a.decode('utf8'), b.decode('utf8')) for a, b in g['edges'][()]]
    dt = float(g['metadata/dt_s'][()])
    steps = int(g['metadata/steps'][()])
    order11 = text(g['metadata/input_order']) == 'norse-1.1'
    kind = {name: text(n['type']) for name, n in nodes.items()}
    pops = [name for name in json.loads(sys.argv[3])]  # the update order, from the test
    param = {name: {k: n[k][()] for k in n.keys() if k not in ('type', 'metadata')}
             for name, n in nodes.items()}
    meta = {name: {k: n['metadata'][k][()] for k in n['metadata'].keys()}
            for name, n in nodes.items() if 'metadata' in n}

into = {}
for a, b in edges:
    into.setdefault(b, []).append(a)


def chain(target):
    """(source, weight, delay steps) of every Linear path into a population."""
    out = []
    for a in into.get(target, []):
        delay = 0
        if kind[a] == 'Delay':
            delay = int(round(float(param[a]['delay'][0]) / dt))
            (a,) = into[a]
        assert kind[a] == 'Linear'
        (source,) = into[a]
        out.append((source, np.asarray(param[a]['weight'], dtype=float), delay))
    return out


inputs = {p: chain(p) for p in pops}
size = {p: len(param[p]['tau_mem']) for p in pops}
state = {p: {'v': np.asarray(meta[p]['v_init'], dtype=float), 'i': np.zeros(size[p])} for p in pops}
history = {}  # (node, step) -> output
for name in nodes:
    if kind[name] == 'Input':
        m = meta[name]
        n = int(param[name]['shape'][0])
        train = np.zeros((steps, n))
        signal = m['signal'].decode('utf8') if isinstance(m['signal'], bytes) else m['signal']
        if signal == 'spikes':
            train[np.asarray(m['spike_steps'], int), np.asarray(m['spike_neurons'], int)] = 1
        else:
            stop = int(m['stop_step'])
            train[int(m['start_step']):(None if stop < 0 else stop)] = float(m['amplitude'])
        for t in range(steps):
            history[(name, t)] = train[t]
traces = {p: {'v': [], 'i': [], 'spikes': []} for p in pops}
for t in range(steps):
    for k, p in enumerate(pops):
        x = np.zeros(size[p])
        for source, weight, delay in inputs[p]:
            late = 1 if source in pops and pops.index(source) >= k else 0
            key = (source, t - delay - late)
            if key in history:
                x += weight @ history[key]
        q = param[p]
        jump = q['w_in'] * x / q['tau_syn']
        s = state[p]
        i = s['i'] + jump if order11 else s['i']
        v = s['v'] + dt / q['tau_mem'] * ((q['v_leak'] - s['v']) + q['r'] * i)
        i = i - dt / q['tau_syn'] * i
        z = np.zeros(size[p])
        if kind[p] == 'CubaLIF':
            z = (v - q['v_threshold'] > 0).astype(float)
            v = np.where(z > 0, q['v_reset'], v)
        if not order11:
            i = i + jump
        state[p] = {'v': v, 'i': i}
        history[(p, t)] = z
        traces[p]['v'].append(v.tolist())
        traces[p]['i'].append(i.tolist())
        traces[p]['spikes'].append(np.nonzero(z)[0].tolist())
json.dump(traces, open(sys.argv[2], 'w'))

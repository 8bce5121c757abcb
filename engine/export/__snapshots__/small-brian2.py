#!/usr/bin/env python3
"""Small "LIF" circuit

A Spikeboard circuit as a Brian2 script (method='euler', NumPy code generation).

    python3 this_script.py            run it and plot the probes (needs matplotlib)
    python3 this_script.py out.json   run it and save the probe traces as JSON, in the layout
                                      of `spikeboard run --format json`

Per step, with a = dt*tau_mem_inv, b = dt*tau_syn_inv and x the input arriving this step:
    norse-1.1:    i += x; v += a*((v_leak - v) + i); i -= b*i; spike if v > v_th, then v = v_reset
    norse-0.0.7:  v += a*((v_leak - v) + i); i -= b*i; spike if v > v_th, then v = v_reset; i += x
This circuit uses the norse-1.1 order (current Norse): an input moves v in the step it arrives.
Generator spikes, connectivity and weights are the engine's own (exported as arrays), so this
is the same network. Brian2 computes in float64 and Spikeboard in float32: potentials agree to
about 1e-6 and the spike steps are the same.
"""


import json
import sys

import numpy as np
from brian2 import (Hz, Network, NeuronGroup, SpikeGeneratorGroup, SpikeMonitor, StateMonitor,
                    Synapses, defaultclock, ms, prefs)

# Plain NumPy code generation: no C compiler needed, and quick for small circuits.
prefs.codegen.target = 'numpy'


CIRCUIT = "Small \"LIF\" circuit"
INPUT_ORDER = "norse-1.1"
DT_MS = 1
DT = DT_MS * ms
STEPS = 30
defaultclock.dt = DT


# Norse's leaky integrator (LI) and leaky integrate-and-fire neuron (LIF). Brian's 'euler'
# evaluates both right-hand sides on the old state: v' = v + dt*tau_mem_inv*((v_leak - v) + i),
# i' = i - dt*tau_syn_inv*i, which is Norse's update. Brian reserves the name i (the neuron
# index), so the synaptic current is called i_syn here.
LI_EQUATIONS = '''
dv/dt = tau_mem_inv * ((v_leak - v) + i_syn) : 1
di_syn/dt = -tau_syn_inv * i_syn : 1
tau_mem_inv : Hz (constant)
tau_syn_inv : Hz (constant)
v_leak : 1 (constant)
'''
LIF_EQUATIONS = LI_EQUATIONS + '''
v_th : 1 (constant)
v_reset : 1 (constant)
'''

# One time step runs these slots in order (Network.schedule): the generators, then each
# population in Spikeboard's update order, its input slot before its update (norse-1.1) or
# after its threshold and reset (norse-0.0.7), then the monitors at the end of the step.
def schedule(population_count):
    slots = ['start', 'generators']
    for k in range(population_count):
        stages = ['update', 'spike', 'reset']
        stages = ['input'] + stages if INPUT_ORDER == 'norse-1.1' else stages + ['input']
        slots += [f'{stage}_{k}' for stage in stages]
    return slots + ['groups', 'thresholds', 'synapses', 'resets', 'end']


def population(name, slot, kind, size, a, b, v_leak, v_init, v_th=None, v_reset=None,
               currents=()):
    """A population; a and b are Spikeboard's per-step coefficients dt*tau_mem_inv and
    dt*tau_syn_inv (float32), so tau_inv = a / dt gives Brian the engine's exact products.
    currents: (values per neuron, first step, stop step or None) of constant-current inputs."""
    lif = kind == 'lif'
    equations = LIF_EQUATIONS if lif else LI_EQUATIONS
    equations += ''.join(f'x_current_{k} : 1 (constant)\n' for k in range(len(currents)))
    group = NeuronGroup(size, equations, method='euler', name=name,
                        threshold='v > v_th' if lif else None,
                        reset='v = v_reset' if lif else None)
    group.tau_mem_inv = np.asarray(a, dtype=float) / float(DT) * Hz
    group.tau_syn_inv = np.asarray(b, dtype=float) / float(DT) * Hz
    group.v_leak = v_leak
    if lif:
        group.v_th = v_th
        group.v_reset = v_reset
    group.v = v_init
    group.i_syn = 0
    group.state_updater.when = f'update_{slot}'
    if lif:
        group.thresholder['spike'].when = f'spike_{slot}'
        group.resetter['spike'].when = f'reset_{slot}'
    for k, (values, first, stop) in enumerate(currents):
        setattr(group, f'x_current_{k}', values)
        window = f'timestep(t, dt) >= {first}'
        if stop is not None:
            window += f' and timestep(t, dt) < {stop}'
        group.run_regularly(f'i_syn += x_current_{k} * int({window})', when=f'input_{slot}',
                            name=f'{name}_current_{k}')
    return group


def spike_source(name, size, neurons, steps):
    """A generator's spikes as the engine produced them (explicit, regular or Poisson)."""
    return SpikeGeneratorGroup(size, np.asarray(neurons, dtype=int), np.asarray(steps) * DT,
                               when='generators', name=name)


def projection(name, source, target, target_slot, pre, post, w, delay_steps):
    """Synapses W[post, pre] = w (one weight for all, or one per synapse) adding w to the target's i_syn on a presynaptic spike, in the
    target's input slot, delay_steps after the spike the slot sees (this step's or, when the
    source updates later in the step, the previous step's)."""
    synapses = Synapses(source, target, model='w : 1', on_pre='i_syn_post += w', name=name)
    synapses.connect(i=np.asarray(pre, dtype=int), j=np.asarray(post, dtype=int))
    synapses.w = w
    synapses.delay = delay_steps * DT
    synapses.pre.when = f'input_{target_slot}'
    return synapses


PROBES = [
    {'id': "v", 'label': "v", 'target': "lif",
     'variable': "v", 'neurons': [0]},
    {'id': "spikes", 'label': "spikes", 'target': "lif",
     'variable': "spikes", 'neurons': [0]},
]


def run():
    groups = {}

    # Generators: the engine’s spike trains.
    groups["input"] = spike_source(  # input
        'source_0', 1,
        neurons=[0, 0],
        steps=[5, 12])

    # Populations in Spikeboard’s update order.
    # lif: LIF, 1 neuron(s); Norse tau_mem_inv = 50 1/s, tau_syn_inv = 100 1/s
    groups["lif"] = population(
        'population_0', 0, "lif", 1,
        a=0.05000000074505806,
        b=0.10000000149011612,
        v_leak=0,
        v_init=0,
        v_th=0.10000000149011612,
        v_reset=0)

    # Projections W[post, pre], in the order Spikeboard sums them.
    synapses = []
    # input-to-lif: input → lif, 1 synapse(s); feed-forward: same step
    synapses.append(projection(
        'projection_0', groups["input"], groups["lif"], 0,
        pre=[0],
        post=[0],
        w=2,
        delay_steps=0))

    monitors = record(groups, PROBES)
    network = Network(*groups.values(), *synapses, *monitors.values())
    network.schedule = schedule(1)
    network.run(STEPS * DT)
    return monitors


# Spikeboard's probe variables and their names here.
VARIABLES = {'v': 'v', 'i': 'i_syn'}


def record(groups, probes):
    monitors = {}
    for probe in probes:
        group = groups[probe['target']]
        if probe['variable'] == 'spikes':
            monitors[probe['id']] = SpikeMonitor(group, when='end', name=f"mon_{len(monitors)}")
        else:
            neurons = sorted(set(probe['neurons']))
            monitors[probe['id']] = StateMonitor(group, VARIABLES[probe['variable']], record=neurons,
                                                 when='end', name=f"mon_{len(monitors)}")
    return monitors


def traces(monitors):
    """The probe traces in the layout of `spikeboard run --format json`."""
    out = []
    for probe in PROBES:
        monitor = monitors[probe['id']]
        entry = {key: probe[key] for key in ('id', 'label', 'target', 'variable', 'neurons')}
        if probe['variable'] == 'spikes':
            steps = {n: [] for n in probe['neurons']}
            for n, t in zip(np.asarray(monitor.i), np.asarray(monitor.t / DT)):
                if int(n) in steps:
                    steps[int(n)].append(int(round(t)))
            entry['spikeSteps'] = [sorted(steps[n]) for n in probe['neurons']]
        else:
            rows = {n: k for k, n in enumerate(sorted(set(probe['neurons'])))}
            values = np.asarray(getattr(monitor, VARIABLES[probe['variable']]))
            entry['values'] = [[float(x) for x in values[rows[n], :STEPS]]
                               for n in probe['neurons']]
        out.append(entry)
    return {'circuit': CIRCUIT, 'backend': 'brian2', 'dtMs': DT_MS, 'steps': STEPS,
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

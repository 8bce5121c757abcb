/** Python shared by the exported scripts: plotting the traces, writing them, the main block. */

/** Plots a result in the layout of spikeboard run --format json, one panel per probe. */
export const PLOT_FUNCTION = `def plot(result):
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
`;

/** Runs, then writes the JSON to the path given, or plots when there is none. */
export const MAIN_BLOCK = `if __name__ == '__main__':
    result = traces(run())
    if len(sys.argv) > 1:
        with open(sys.argv[1], 'w', encoding='utf-8') as out:
            json.dump(result, out)
            out.write('\\n')
    else:
        plot(result)
`;

/** Joins a script's parts: each trimmed, two blank lines between them, one final newline. */
export function joinParts(parts: readonly string[]): string {
  return parts
    .map((part) => part.trim())
    .join('\n\n\n')
    .concat('\n');
}

"""The random numbers of the golden sample sets (docs/quality-attenuation.md): splitmix64, u = (next >> 11) * 2^-53."""

MASK = (1 << 64) - 1


def splitmix64(state):
    while True:
        state = (state + 0x9E3779B97F4A7C15) & MASK
        z = state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        yield (z ^ (z >> 31)) & MASK


def uniform(seed):
    for value in splitmix64(seed):
        yield (value >> 11) * 2.0 ** -53

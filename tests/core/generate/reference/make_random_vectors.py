#!/usr/bin/python3
"""Reference outputs of splitmix64 and xoshiro256** (seeded by four splitmix64 outputs), written from the
published C code of Blackman & Vigna (https://prng.di.unimi.it/), independently of loadscope's C++.
Prints the rows pasted into test_random_stream.cpp."""
M = (1 << 64) - 1

def splitmix64(state):
    state = (state + 0x9E3779B97F4A7C15) & M
    z = state
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & M
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & M
    return state, z ^ (z >> 31)

def rotl(x, k):
    return ((x << k) | (x >> (64 - k))) & M

def xoshiro(seed, n):
    st, s = seed, []
    for _ in range(4):
        st, v = splitmix64(st)
        s.append(v)
    out = []
    for _ in range(n):
        out.append((rotl((s[1] * 5) & M, 7) * 9) & M)
        t = (s[1] << 17) & M
        s[2] ^= s[0]; s[3] ^= s[1]; s[1] ^= s[2]; s[0] ^= s[3]; s[2] ^= t; s[3] = rotl(s[3], 45)
    return out

for seed in (0, 1, 42, 0xFFFFFFFFFFFFFFFF):
    st, outs = seed, []
    for _ in range(3):
        st, v = splitmix64(st)
        outs.append(v)
    print(f'splitmix seed {seed:#x}: ' + ", ".join(f"{v:#x}ULL" for v in outs))
    x = xoshiro(seed, 5)
    print(f'xoshiro seed {seed:#x}: ' + ", ".join(f"{v:#x}ULL" for v in x))
    # uniform(): top 53 bits / 2^53
    print(f'uniform seed {seed:#x}: ' + ", ".join(repr((v >> 11) / 2.0**53) for v in x[:2]))

#!/usr/bin/env python3
"""Copies the Go package's golden values out of the specification into go_goldens.txt.

The numbers were printed by github.com/network-quality/goresponsiveness' qualityattenuation package (amd64,
%.17g) and are recorded in docs/quality-attenuation.md; the tests read this copy because CI has no shared/.
Usage: extract_go_goldens.py [path/to/quality-attenuation.md] > go_goldens.txt
"""
import sys

path = sys.argv[1] if len(sys.argv) > 1 else "/work/docs/quality-attenuation.md"
text = open(path, encoding="utf-8").read()
start = text.index("## Golden values from the Go package")
block = text[start:]
first = block.index("```\n") + 4
last = block.index("```", first)
sys.stdout.write(block[first:last])

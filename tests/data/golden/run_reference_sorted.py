#!/usr/bin/python3
"""Runs the reference pipeline with every directory listing sorted by name.

The notebook numbers its events frame in os.scandir order, and pandas' drop(label) while collapsing successes
can then also drop a log failure with the same label (docs/differences.md, row 10). The file system decides that
order, so goldens made without this differ from machine to machine. loadscope's notebook mode assumes the
sorted order. Usage: run_reference_sorted.py notebook_pipeline.py ARGS..."""
import os, runpy, sys


class SortedListing:
    def __init__(self, path):
        with _scandir(path) as it:
            self.entries = sorted(it, key=lambda e: e.name)

    def __iter__(self):
        return self

    def __next__(self):
        if not self.entries:
            raise StopIteration
        return self.entries.pop(0)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        return False

    def close(self):
        pass


_scandir = os.scandir
os.scandir = lambda path=".": SortedListing(path)
script = sys.argv[1]
sys.argv = sys.argv[1:]
runpy.run_path(script, run_name="__main__")

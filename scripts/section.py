"""Writes standard input as the section NAME of BENCHMARKS.md:
    cargo bench --bench redaction | python3 scripts/section.py redaction"""
import sys

from benchmarks_md import write_section

print(write_section(sys.argv[1], sys.stdin.read().rstrip("\n").split("\n")))

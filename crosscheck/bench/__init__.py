"""Benchmarks: `speed` (make bench) and `detect` (make bench-detect, error injection)."""

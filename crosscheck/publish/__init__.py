"""The published datasets and the human report."""

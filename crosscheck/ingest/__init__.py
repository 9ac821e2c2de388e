"""Landing files -> documents: readers for every format, and cleaning."""

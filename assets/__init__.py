"""One Dagster asset module per pipeline stage; each calls into `crosscheck` and writes the warehouse."""

"""Claims across sources: figure groups and the consistency rules over them."""

"""One article -> its claims: quantities, figures, names, titles, quotes, attribution."""

"""Language handling for search: analysis chains, application normalisers, query language guessing."""

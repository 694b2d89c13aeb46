"""Query sets for `make search-eval`; see ``devtools.evaluation``."""

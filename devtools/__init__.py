"""Development-only tools: benchmark, evaluation, local search node. Never installed in production settings."""

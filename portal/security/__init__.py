"""Site-wide protections: security headers, per-client rate limits, checked uploads."""

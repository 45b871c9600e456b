"""One reader per platform, each turning one export into the canonical model."""

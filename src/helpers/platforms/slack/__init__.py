"""The Slack workspace export (a zip or its folder) into the canonical model: ``reader.read_slack``."""

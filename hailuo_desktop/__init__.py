"""Hailuo Desktop: make short AI videos with the Hailuo models on AceData Cloud."""

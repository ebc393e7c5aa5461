"""The lossless parser: line patterns, line roles and the article document."""

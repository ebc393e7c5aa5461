"""Reading and writing files: strict text and YAML input, atomic output."""

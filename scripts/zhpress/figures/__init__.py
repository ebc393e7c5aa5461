"""Figures: the model and figures.yaml, the classification rules, the suggester, exports."""

"""Script variants: OpenCC conversion, ambiguous characters, their review record, segmentation."""

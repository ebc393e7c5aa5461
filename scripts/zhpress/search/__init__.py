"""Site search: Chinese text folded to one script and indexed character by character (Pagefind)."""

"""Image checks: safe decoding, faces, and a school's logos (issue 3)."""

"""Views over a Report: json, console (rich), markdown."""

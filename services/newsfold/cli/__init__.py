"""The thin command-line entrypoint (``newsfold``)."""

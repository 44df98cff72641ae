"""newsfold: fold a stream of news articles into trustworthy, queryable tech-industry facts."""

__version__ = "0.1.0"

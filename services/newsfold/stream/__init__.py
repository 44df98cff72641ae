"""The stream layer: the Faust app, its topics, agents and dead letters."""

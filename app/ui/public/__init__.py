"""Public mode (a library PC): the banner, the idle watch with its countdown, and the wipe
that leaves nothing behind for the next visitor."""

"""Front ends: the command line, the shell, the terminal rendering, health, Slack."""

"""What the command line prints: plain lines and the Rich summary."""

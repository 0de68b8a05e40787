"""Policy: the pure check (Plan, Requester -> Decision), the policy file, guards, rate limit."""

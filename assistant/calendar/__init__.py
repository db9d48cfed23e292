"""The week ahead: meetings from a calendar source, matched to a workspace's partners, with prep status and cadence."""

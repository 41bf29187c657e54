"""Follow-ups in the window: the Today page, reminders, the timeline, quick-add, Log a visit."""

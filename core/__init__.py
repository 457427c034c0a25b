"""Framework-free building blocks shared by every domain package.

The product card names four packages (api, auth, consultations, moderation) with the dependency
direction ``api -> {consultations, moderation, auth}``, ``moderation -> consultations -> auth``.
Database types, domain errors and domain events are needed by all three domain packages, so they
live below them here instead of in ``auth`` where they would not belong.
"""
